export * from './analysis-views';
export * from './report-catalog';
export * from './run-report';
export * from './sql-module';
export * from './trace-summary';
export * from './compare-reports';
export * from './chart-specs';
export * from './export';

export * from './export-csv';
export * from './export-parquet';
export * from './export-perfetto';
export * from './export-tables';

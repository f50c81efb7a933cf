export * from './event-tables';
export * from './migrations';
export * from './trace-file-error';
export * from './trace-reader';
export * from './trace-writer';
export * from './event-range';
export * from './page-miss-tally';
export * from './trace-schema-objects';

export * from './format-table';
export * from './paths';
export * from './progress';
export * from './run-cli';
export * from './model-version';
export * from './format-units';
export * from './event-point';
export * from './peak-memory';

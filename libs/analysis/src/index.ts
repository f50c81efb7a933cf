export * from './trace-summary';

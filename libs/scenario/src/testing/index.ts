export * from './run-scenario';

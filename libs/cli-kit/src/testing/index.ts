export * from './cli-process';

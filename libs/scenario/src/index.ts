export * from './run-driver';
export * from './scenario';
export * from './scenario-error';
export * from './scenario-files';
export * from './synthetic-model';
export * from './model-definition';
export * from './models';

export * from './sweep-manifest';
export * from './sweep-table';
export * from './sweep-services';
export * from './crossover';

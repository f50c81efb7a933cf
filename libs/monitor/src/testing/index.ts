export * from './reference-stream';
export * from './synthetic-guest';
export * from './disco-system';

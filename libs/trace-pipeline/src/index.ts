export * from './batch-events';
export * from './encode-batches';
export * from './hash-chain';
export * from './persist-batches';
export * from './record-batches';
export * from './simulation-events';
export * from './verify-batches';
export * from './verify-stored-trace';

export * from './sweep-manifest';
export * from './sweep-table';

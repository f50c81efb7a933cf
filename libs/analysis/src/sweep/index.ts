export * from './sweep-manifest';
export * from './sweep-table';
export * from './sweep-services';

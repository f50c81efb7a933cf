export * from './sweep-manifest';

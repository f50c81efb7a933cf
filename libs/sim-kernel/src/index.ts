export * from './assert';
export * from './event-queue';
export * from './prng';
export * from './simulator';
export * from './time';
export * from './trace-sink';
export * from './model-run';

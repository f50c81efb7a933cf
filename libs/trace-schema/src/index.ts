// Types and the kind table only: model libs import this without loading the
// protobuf runtime. Encoding and decoding live in '@disco/trace-schema/codec'.
export * from './generated/event-types';
export * from './event-kinds';
export * from './trace-event';
export { EVENTS_PROTO } from './generated/events-proto';

/** The protobuf package and file that every trace names. */
export const PROTO_PACKAGE = 'disco.trace.v1';
export const PROTO_FILE = 'events.proto';
export * from './generated/row-values';
export * from './generated/event-packing';
export * from './packed-rows';
export * from './model-limits';

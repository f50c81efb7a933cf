// Must come first: the generated code computes its 64-bit defaults on load.
import './protobuf-numbers';
import { Writer } from 'protobufjs/minimal';
import { kindOfProperty, kindOfType } from './event-kinds';
import { disco } from './generated/events';
import type { TraceEvent } from './trace-event';

const pb = disco.trace.v1;

export interface DecodedBatch {
  readonly index: number;
  readonly firstSeq: number;
  readonly events: TraceEvent[];
}

/**
 * Encodes consecutive events as one `Batch` message. The bytes are exactly
 * what protobufjs' generated `Batch.encode` writes, so `protoc --decode`
 * reads them with the shipped events.proto.
 */
export function encodeBatch(index: number, events: readonly TraceEvent[]): Uint8Array {
  const firstSeq = events.length > 0 ? (events[0] as TraceEvent).seq : 0;
  const message = { index, firstSeq, events: events.map(toProtoEvent) };
  return pb.Batch.encode(message, Writer.create()).finish();
}

export function decodeBatch(bytes: Uint8Array): DecodedBatch {
  const message = pb.Batch.decode(bytes);
  return { index: message.index, firstSeq: message.firstSeq, events: message.events.map((e) => fromProtoEvent(e as disco.trace.v1.Event)) };
}

/** Encodes a single event as an `Event` message (for diffs and tools). */
export function encodeEvent(event: TraceEvent): Uint8Array {
  return pb.Event.encode(toProtoEvent(event), Writer.create()).finish();
}

function toProtoEvent(event: TraceEvent): disco.trace.v1.Event.$Properties {
  const message: Record<string, unknown> = {
    seq: event.seq,
    tick: event.tick,
    cpu: event.cpu,
    node: event.node,
    vm: event.vm,
  };
  message[kindOfType(event.type).property] = event.data;
  return message as disco.trace.v1.Event.$Properties;
}

function fromProtoEvent(message: disco.trace.v1.Event): TraceEvent {
  const property = message.payload;
  const kind = property === undefined ? undefined : kindOfProperty(property);
  if (property === undefined || kind === undefined) {
    throw new TypeError(`event seq ${message.seq} has no known payload`);
  }
  const source = (message as unknown as Record<string, Record<string, unknown>>)[property] as Record<string, unknown>;
  const data: Record<string, unknown> = {};
  for (const field of kind.fields) {
    const value = source[field.name];
    data[field.name] = field.repeated ? Array.from(value as ArrayLike<unknown>) : value;
  }
  return {
    seq: message.seq,
    tick: message.tick,
    cpu: message.cpu,
    node: message.node,
    vm: message.vm,
    type: kind.type,
    data,
  } as unknown as TraceEvent;
}

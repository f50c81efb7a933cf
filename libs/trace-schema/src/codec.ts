// Must come first: the generated code computes its 64-bit defaults on load.
import './protobuf-numbers';
import { Writer } from 'protobufjs/minimal';
import { kindOfProperty, kindOfType } from './event-kinds';
import { EVENT_KINDS } from './generated/event-types';
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
 * what protobufjs' generated `Batch.encode` writes (a property test checks
 * it), so `protoc --decode` reads them with the shipped events.proto; the
 * envelope is written here directly to skip an intermediate object per event.
 */
export function encodeBatch(index: number, events: readonly TraceEvent[]): Uint8Array {
  const w = Writer.create();
  const firstSeq = events.length > 0 ? (events[0] as TraceEvent).seq : 0;
  if (index !== 0) w.uint32(8).uint32(index);
  if (firstSeq !== 0) w.uint32(16).uint64(firstSeq);
  for (let i = 0; i < events.length; i++) writeBatchEvent(w, events[i] as TraceEvent);
  return w.finish();
}

/** The bytes `encodeBatch` writes for one event of a batch: its field key and length, then the `Event` message. */
export function encodeBatchEvent(event: TraceEvent): Uint8Array {
  const w = Writer.create();
  writeBatchEvent(w, event);
  return w.finish();
}

function writeBatchEvent(w: Writer, e: TraceEvent): void {
  w.uint32(26).fork();
  if (e.seq !== 0) w.uint32(8).uint64(e.seq);
  if (e.tick !== 0) w.uint32(16).uint64(e.tick);
  if (e.cpu !== 0) w.uint32(24).sint32(e.cpu);
  if (e.node !== 0) w.uint32(32).sint32(e.node);
  if (e.vm !== 0) w.uint32(40).sint32(e.vm);
  const payload = PAYLOAD_ENCODERS.get(e.type) as PayloadEncoder;
  payload.encode(e.data, w.uint32(payload.tag).fork()).ldelim();
  w.ldelim();
}

/** The generated reference encoder: what `encodeBatch` must match byte for byte. */
export function encodeBatchReference(index: number, events: readonly TraceEvent[]): Uint8Array {
  const firstSeq = events.length > 0 ? (events[0] as TraceEvent).seq : 0;
  const message = { index, firstSeq, events: events.map(toProtoEvent) };
  return pb.Batch.encode(message, Writer.create()).finish();
}

interface PayloadEncoder {
  /** Field key of the payload in `Event`: (field number << 3) | length-delimited. */
  readonly tag: number;
  encode(data: unknown, writer: Writer): Writer;
}

const PAYLOAD_ENCODERS = new Map<string, PayloadEncoder>(
  EVENT_KINDS.map((kind) => {
    const message = (pb as unknown as Record<string, { encode(m: unknown, w: Writer): Writer }>)[kind.type];
    if (message === undefined) throw new Error(`no generated encoder for ${kind.type}`);
    return [kind.type, { tag: (kind.id << 3) | 2, encode: (data: unknown, w: Writer) => message.encode(data, w) }];
  }),
);

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

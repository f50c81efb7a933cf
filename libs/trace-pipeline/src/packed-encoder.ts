import { EVENT_KINDS, PACKED_KINDS, type FieldDescriptor, type PackedKind, type TraceEvent } from '@disco/trace-schema';
import { encodeBatch, encodeBatchEvent } from '@disco/trace-schema/codec';

/**
 * Encodes a packed batch as the protobuf `Batch` that `encodeBatch` writes
 * for its events, straight from the packed numbers: no event objects, and no
 * protobufjs Writer (which allocates an operation per field). That is for the
 * kinds whose fields are all numbers (nearly every event of a detailed
 * trace); an event of another kind (a string or a repeated field) is encoded
 * by protobufjs from the unpacked event, and its bytes copied in.
 *
 * The bytes must be those of the generated encoders, so each kind's encoder
 * here is checked when this module loads: two probe events, one with every
 * field set and one with every field at its default, are encoded both ways,
 * and a kind whose bytes differ is left to protobufjs (a property test,
 * packed-encoder.spec.ts, compares whole batches). The
 * rules it follows are protobufjs's: fields in .proto order, a field equal to
 * its default (0, false) omitted, uint32 as a varint of the value >>> 0,
 * int32 (enums) negative as a 10-byte varint, sint32 zigzag, uint64 from a
 * number through its low and high 32-bit words, bool as one byte.
 */

/** Slots of the envelope in a packed event: kind id, seq, tick, cpu, node, vm. */
const ENVELOPE_SLOTS = 6;

const UINT32 = 0;
const INT32 = 1;
const SINT32 = 2;
const UINT64 = 3;
const BOOL = 4;

interface KindEncoder {
  /** The payload's field key in `Event` ((id << 3) | 2), as a varint. */
  readonly tag: number;
  /** Per payload field: its wire encoding (UINT32…BOOL) and key ((number << 3) | 0). */
  readonly types: Int8Array;
  readonly keys: Int32Array;
}

function encodingOf(field: FieldDescriptor): number | null {
  if (field.repeated) return null;
  switch (field.protoType) {
    case 'uint32':
      return UINT32;
    case 'enum':
    case 'int32':
      return INT32;
    case 'sint32':
      return SINT32;
    case 'uint64':
      return UINT64;
    case 'bool':
      return BOOL;
    default:
      return null;
  }
}

/** Encoders by kind id; undefined for a kind left to protobufjs. */
const BY_ID: (KindEncoder | undefined)[] = [];
/** Every kind's packing by id (how many numbers an event of it takes). */
const PACKED_BY_ID: (PackedKind<unknown> | undefined)[] = [];
for (const kind of EVENT_KINDS) PACKED_BY_ID[kind.id] = (PACKED_KINDS as unknown as Record<string, PackedKind<unknown>>)[kind.type];

/** Writes the varint of a non-negative integer below 2^32 at `pos`; returns the position after it. */
function varint32(buf: Uint8Array, pos: number, v: number): number {
  while (v > 127) {
    buf[pos++] = (v & 127) | 128;
    v = v >>> 7;
  }
  buf[pos++] = v;
  return pos;
}

/**
 * Writes a number as protobufjs' `uint64` does (LongBits.fromNumber, then the
 * 64-bit varint: two's complement for a negative value, so 10 bytes).
 */
function varint64(buf: Uint8Array, pos: number, value: number): number {
  if (value >= 0 && value < 4294967296) return varint32(buf, pos, value);
  const sign = value < 0;
  if (sign) value = -value;
  let lo = value >>> 0;
  let hi = ((value - lo) / 4294967296) >>> 0;
  if (sign) {
    hi = ~hi >>> 0;
    lo = ~lo >>> 0;
    if (++lo > 4294967295) {
      lo = 0;
      if (++hi > 4294967295) hi = 0;
    }
  }
  while (hi) {
    buf[pos++] = (lo & 127) | 128;
    lo = ((lo >>> 7) | (hi << 25)) >>> 0;
    hi >>>= 7;
  }
  while (lo > 127) {
    buf[pos++] = (lo & 127) | 128;
    lo >>>= 7;
  }
  buf[pos++] = lo;
  return pos;
}

/** Writes one field (its key and value) unless the value is the default, which protobufjs omits. */
function field(buf: Uint8Array, pos: number, encoding: number, key: number, value: number): number {
  if (value === 0) return pos;
  pos = varint32(buf, pos, key);
  switch (encoding) {
    case UINT32:
      return varint32(buf, pos, value >>> 0);
    case INT32:
      return value < 0 ? varint64(buf, pos, value) : varint32(buf, pos, value >>> 0);
    case SINT32:
      return varint32(buf, pos, ((value << 1) ^ (value >> 31)) >>> 0);
    case UINT64:
      return varint64(buf, pos, value);
    default:
      buf[pos] = 1;
      return pos + 1;
  }
}

/**
 * Ends a length-delimited part whose content was written after one byte left
 * for its length at `at`: writes the length there, moving the content right
 * when its varint needs more than that byte. Returns the end.
 */
function delimit(buf: Uint8Array, at: number, end: number): number {
  const length = end - at - 1;
  if (length < 128) {
    buf[at] = length;
    return end;
  }
  const bytes = length < 16384 ? 2 : length < 2097152 ? 3 : length < 268435456 ? 4 : 5;
  buf.copyWithin(at + bytes, at + 1, end);
  varint32(buf, at, length);
  return end + bytes - 1;
}

let scratch = new Uint8Array(1 << 16);

/** Per event of the batch being encoded that protobufjs encodes: its bytes (by event index). */
const fallback: (Uint8Array | undefined)[] = [];

/**
 * The `Batch` bytes of a packed batch (as a Buffer, as protobufjs' `finish`
 * gives them). An event of a kind left to protobufjs is encoded by it, from
 * `events` (the batch unpacked); without them, such a batch gives null.
 */
export function encodePacked(index: number, numbers: Float64Array, eventCount: number, events?: readonly (TraceEvent | undefined)[]): Uint8Array | null {
  // The bound on the bytes: a key and a 10-byte varint per field, or the bytes protobufjs gave.
  let bound = 32;
  let o = 0;
  fallback.length = 0;
  for (let i = 0; i < eventCount; i++) {
    const id = numbers[o] as number;
    const kind = BY_ID[id];
    if (kind === undefined) {
      const event = events?.[i];
      const packed = PACKED_BY_ID[id];
      if (event === undefined || packed === undefined) return null;
      const bytes = encodeBatchEvent(event);
      fallback[i] = bytes;
      bound += bytes.length;
      o += ENVELOPE_SLOTS + packed.numbers;
      continue;
    }
    bound += 80 + 11 * kind.types.length;
    o += ENVELOPE_SLOTS + kind.types.length;
  }
  if (o !== numbers.length) return null;
  if (scratch.length < bound) scratch = new Uint8Array(Math.max(bound, scratch.length * 2));
  const buf = scratch;
  let pos = field(buf, 0, UINT32, 8, index);
  pos = field(buf, pos, UINT64, 16, eventCount > 0 ? (numbers[1] as number) : 0);
  o = 0;
  for (let i = 0; i < eventCount; i++) {
    const kind = BY_ID[numbers[o] as number];
    if (kind === undefined) {
      const bytes = fallback[i] as Uint8Array;
      buf.set(bytes, pos);
      pos += bytes.length;
      o += ENVELOPE_SLOTS + (PACKED_BY_ID[numbers[o] as number] as PackedKind<unknown>).numbers;
      continue;
    }
    const types = kind.types;
    const keys = kind.keys;
    buf[pos] = 26;
    const eventAt = pos + 1;
    pos = eventAt + 1;
    pos = field(buf, pos, UINT64, 8, numbers[o + 1] as number);
    pos = field(buf, pos, UINT64, 16, numbers[o + 2] as number);
    pos = field(buf, pos, SINT32, 24, numbers[o + 3] as number);
    pos = field(buf, pos, SINT32, 32, numbers[o + 4] as number);
    pos = field(buf, pos, SINT32, 40, numbers[o + 5] as number);
    pos = varint32(buf, pos, kind.tag);
    const payloadAt = pos;
    pos = payloadAt + 1;
    const base = o + ENVELOPE_SLOTS;
    for (let f = 0; f < types.length; f++) pos = field(buf, pos, types[f] as number, keys[f] as number, numbers[base + f] as number);
    pos = delimit(buf, payloadAt, pos);
    pos = delimit(buf, eventAt, pos);
    o = base + types.length;
  }
  fallback.length = 0;
  const bytes = Buffer.allocUnsafe(pos);
  bytes.set(buf.subarray(0, pos));
  return bytes;
}

// Each numeric kind's encoder, kept only if it writes a probe event exactly as protobufjs does.
for (const kind of EVENT_KINDS) {
  const packed = (PACKED_KINDS as unknown as Record<string, PackedKind<unknown>>)[kind.type] as PackedKind<unknown>;
  const types = kind.fields.map(encodingOf);
  if (packed.extras !== 0 || types.some((t) => t === null) || packed.numbers !== kind.fields.length) continue;
  // Payload fields are numbered 1, 2, … in .proto order (the probe below fails for any kind where they are not).
  BY_ID[kind.id] = { tag: (kind.id << 3) | 2, types: Int8Array.from(types as number[]), keys: Int32Array.from(kind.fields.map((_, i) => ((i + 1) << 3) | 0)) };
  const data: Record<string, unknown> = {};
  kind.fields.forEach((field, i) => {
    const t = types[i];
    data[field.name] = t === BOOL ? true : t === SINT32 ? -(i + 2) : t === INT32 ? i + 1 : t === UINT64 ? 2 ** 40 + 12_345 * (i + 1) : 300 + 70_000 * i;
  });
  const zeros: Record<string, unknown> = {};
  kind.fields.forEach((field, i) => (zeros[field.name] = types[i] === BOOL ? false : 0));
  // Every field set, then every field at its default (omitted), each in a batch of its own.
  const probes = [
    { seq: 5_000_000_000, tick: 2 ** 45 + 17, cpu: 3, node: -1, vm: 2, type: kind.type, data },
    { seq: 0, tick: 0, cpu: 0, node: 0, vm: 0, type: kind.type, data: zeros },
  ] as unknown as TraceEvent[];
  for (const probe of probes) {
    const numbers = new Float64Array(ENVELOPE_SLOTS + packed.numbers);
    numbers.set([kind.id, probe.seq, probe.tick, probe.cpu, probe.node, probe.vm]);
    packed.pack(probe.data, numbers, ENVELOPE_SLOTS, []);
    const direct = BY_ID[kind.id] === undefined ? null : encodePacked(7, numbers, 1);
    if (direct === null || !Buffer.from(direct).equals(Buffer.from(encodeBatch(7, [probe])))) BY_ID[kind.id] = undefined;
  }
}

/** Whether `encodePacked` encodes events of kind `id` from their numbers (false: it needs the unpacked event). */
export function encodesFromNumbers(id: number): boolean {
  return BY_ID[id] !== undefined;
}

/** The kinds `encodePacked` encodes itself (for tests and the bench). */
export function packedEncodedKinds(): string[] {
  return EVENT_KINDS.filter((k) => BY_ID[k.id] !== undefined).map((k) => k.type);
}

import { EVENT_KINDS, PACKED_KINDS, type PackedKind, type TraceEvent } from '@disco/trace-schema';

/**
 * A batch of events laid out for a worker thread: every number in one
 * Float64Array over a SharedArrayBuffer (shared with the worker, neither
 * copied nor transferred) and the few strings and repeated
 * fields in a small list (cloned). Per event, `numbers` holds the kind's id,
 * the envelope (seq, tick, cpu, node, vm) and the payload's numeric fields in
 * .proto order; `extra` holds the payload's strings and repeated fields in
 * order. Unpacking gives back events that encode to the same bytes.
 */
export interface PackedBatch {
  readonly index: number;
  readonly eventCount: number;
  readonly numbers: Float64Array;
  readonly extra: readonly unknown[];
}

/** Slots of the envelope in `numbers`: kind id, seq, tick, cpu, node, vm. */
const ENVELOPE_SLOTS = 6;
const MAX_SLOTS = ENVELOPE_SLOTS + Math.max(...EVENT_KINDS.map((k) => k.fields.length));

const BY_TYPE = PACKED_KINDS as unknown as Record<string, PackedKind<unknown>>;
/** One lookup per event on the simulation's thread: the kind's id and packer by type. */
const PACKING = new Map<string, { readonly id: number; readonly kind: PackedKind<unknown> }>(EVENT_KINDS.map((k) => [k.type, { id: k.id, kind: BY_TYPE[k.type] as PackedKind<unknown> }]));
const BY_ID: (PackedKind<unknown> | undefined)[] = [];
const TYPE_BY_ID: string[] = [];
for (const kind of EVENT_KINDS) {
  BY_ID[kind.id] = BY_TYPE[kind.type];
  TYPE_BY_ID[kind.id] = kind.type;
}

/**
 * Packs batches of events. Keeps one scratch array for the largest batch seen
 * and hands out an exact-size copy of it per batch in shared memory, which
 * the caller posts to another thread as it is.
 *
 * Shared, not transferred: transferring an ArrayBuffer detaches it, and the
 * first detach in an isolate invalidates V8's array-buffer-detaching
 * protector, after which every optimized typed-array access on the
 * simulation's thread carries a detach check (and the code optimized before
 * is thrown away). The simulator lives on typed arrays: disco-numa-synthetic
 * ran its simulation 20-25 % slower once its first batch was transferred
 * (an experiment, 2026-12-07: 530-545 ms with no worker, 650-700 ms posting
 * three transferred batches to a worker that did nothing with them).
 */
export class BatchPacker {
  private scratch = new Float64Array(0);
  private extra: unknown[] = [];
  private slots = 0;
  private events = 0;

  /** Events added since the last `take`. */
  get count(): number {
    return this.events;
  }

  /** Packs one event after those added since the last `take`. */
  add(e: TraceEvent): void {
    if (this.scratch.length < this.slots + MAX_SLOTS) {
      const grown = new Float64Array(Math.max(4096 * MAX_SLOTS, this.scratch.length * 2));
      grown.set(this.scratch.subarray(0, this.slots));
      this.scratch = grown;
    }
    const num = this.scratch;
    const packing = PACKING.get(e.type);
    if (packing === undefined) throw new RangeError(`event seq ${e.seq} has an unknown type ${String(e.type)}`);
    const kind = packing.kind;
    const o = this.slots;
    num[o] = packing.id;
    num[o + 1] = e.seq;
    num[o + 2] = e.tick;
    num[o + 3] = e.cpu;
    num[o + 4] = e.node;
    num[o + 5] = e.vm;
    kind.pack(e.data, num, o + ENVELOPE_SLOTS, this.extra);
    this.slots = o + ENVELOPE_SLOTS + kind.numbers;
    this.events++;
  }

  /** The events added since the last `take`, as batch `index`, in shared memory of their exact size; starts the next batch. */
  take(index: number): PackedBatch {
    const numbers = new Float64Array(new SharedArrayBuffer(this.slots * Float64Array.BYTES_PER_ELEMENT));
    numbers.set(this.scratch.subarray(0, this.slots));
    const batch = { index, eventCount: this.events, numbers, extra: this.extra };
    this.extra = [];
    this.slots = 0;
    this.events = 0;
    return batch;
  }

  /** Packs `events` as batch `index` (nothing may be pending from `add`). */
  pack(index: number, events: readonly TraceEvent[]): PackedBatch {
    if (this.events !== 0) throw new RangeError(`BatchPacker.pack with ${this.events} events added and not taken`);
    for (let i = 0; i < events.length; i++) this.add(events[i] as TraceEvent);
    return this.take(index);
  }
}

/** The events of a packed batch, as they were packed. */
export function unpackBatch(batch: PackedBatch): TraceEvent[] {
  return unpackEvents(batch, null).events as TraceEvent[];
}

/** What `unpackSome` gives: the batch's events, those of unkept kinds left out, and where its last event starts in `numbers`. */
export interface SparseEvents {
  /** One slot per event of the batch: the event, or undefined where its kind was not kept. */
  readonly events: readonly (TraceEvent | undefined)[];
  readonly lastOffset: number;
}

/**
 * The events of a packed batch whose kind id has a non-zero `keep[id]`,
 * unpacked as `unpackBatch` would, the others left as undefined: for a
 * consumer that reads most kinds straight from the numbers, so that it does
 * not build two objects per event it never reads. The batch is checked as
 * `unpackBatch` checks it (known kinds, numbers and extras used up exactly).
 */
export function unpackSome(batch: PackedBatch, keep: Uint8Array): SparseEvents {
  return unpackEvents(batch, keep);
}

function unpackEvents(batch: PackedBatch, keep: Uint8Array | null): SparseEvents {
  const num = batch.numbers;
  const extra = batch.extra;
  const events = new Array<TraceEvent | undefined>(batch.eventCount);
  let o = 0;
  let x = 0;
  let lastOffset = 0;
  for (let i = 0; i < batch.eventCount; i++) {
    const id = num[o] as number;
    const kind = BY_ID[id];
    if (kind === undefined) throw new RangeError(`packed batch ${batch.index}: event ${i} has an unknown kind id ${id}`);
    lastOffset = o;
    if (keep !== null && keep[id] === 0) {
      events[i] = undefined;
      o += ENVELOPE_SLOTS + kind.numbers;
      x += kind.extras;
      continue;
    }
    const data = kind.unpack(num, o + ENVELOPE_SLOTS, extra, x);
    events[i] = {
      seq: num[o + 1] as number,
      tick: num[o + 2] as number,
      cpu: num[o + 3] as number,
      node: num[o + 4] as number,
      vm: num[o + 5] as number,
      type: TYPE_BY_ID[id],
      data,
    } as TraceEvent;
    o += ENVELOPE_SLOTS + kind.numbers;
    x += kind.extras;
  }
  if (o !== num.length || x !== extra.length) {
    throw new RangeError(`packed batch ${batch.index}: ${num.length - o} numbers and ${extra.length - x} extras left over after ${batch.eventCount} events`);
  }
  return { events, lastOffset };
}

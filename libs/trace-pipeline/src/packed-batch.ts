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

  pack(index: number, events: readonly TraceEvent[]): PackedBatch {
    if (this.scratch.length < events.length * MAX_SLOTS) this.scratch = new Float64Array(events.length * MAX_SLOTS);
    const num = this.scratch;
    const extra: unknown[] = [];
    let o = 0;
    for (let i = 0; i < events.length; i++) {
      const e = events[i] as TraceEvent;
      const packing = PACKING.get(e.type);
      if (packing === undefined) throw new RangeError(`event seq ${e.seq} has an unknown type ${String(e.type)}`);
      const kind = packing.kind;
      num[o] = packing.id;
      num[o + 1] = e.seq;
      num[o + 2] = e.tick;
      num[o + 3] = e.cpu;
      num[o + 4] = e.node;
      num[o + 5] = e.vm;
      kind.pack(e.data, num, o + ENVELOPE_SLOTS, extra);
      o += ENVELOPE_SLOTS + kind.numbers;
    }
    const numbers = new Float64Array(new SharedArrayBuffer(o * Float64Array.BYTES_PER_ELEMENT));
    numbers.set(num.subarray(0, o));
    return { index, eventCount: events.length, numbers, extra };
  }
}

/** The events of a packed batch, as they were packed. */
export function unpackBatch(batch: PackedBatch): TraceEvent[] {
  const num = batch.numbers;
  const extra = batch.extra;
  const events = new Array<TraceEvent>(batch.eventCount);
  let o = 0;
  let x = 0;
  for (let i = 0; i < batch.eventCount; i++) {
    const id = num[o] as number;
    const kind = BY_ID[id];
    if (kind === undefined) throw new RangeError(`packed batch ${batch.index}: event ${i} has an unknown kind id ${id}`);
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
  return events;
}

import type { TraceEvent } from '@disco/trace-schema';
import { decodeBatch } from '@disco/trace-schema/codec';
import { checkStorage, verifyStoredTrace, type IntegrityFailure } from '@disco/trace-pipeline';
import { runDifferences, type BatchRow, type RunDifferences, type TraceReader } from '@disco/trace-store';

export interface TraceDifference {
  readonly seq: number;
  readonly tick: number | null;
  /** The event in the first trace, or null when it ends first. */
  readonly left: TraceEvent | null;
  /** The event in the second trace, or null when it ends first. */
  readonly right: TraceEvent | null;
  readonly batchIndex: number;
}

export interface DiffResult {
  readonly left: string;
  readonly right: string;
  readonly identical: boolean;
  /** Events before the first difference (all of them when identical). */
  readonly matchingEvents: number;
  /** Batches compared by hash alone, without decoding. */
  readonly batchesSkipped: number;
  readonly batchesDecoded: number;
  /** How the batches were compared: by hash (aligned batch sizes) or event by event. */
  readonly method: 'hash-chain' | 'events';
  readonly difference: TraceDifference | null;
  /** Run metadata that differs (scenario, seed, level, model…), for context. */
  readonly metadata: readonly { field: string; left: unknown; right: unknown }[];
  /** The scenario fields (JSON pointers into run.scenario_json) whose values differ: the parameters behind a difference. */
  readonly scenario: RunDifferences;
  /** A trace that disagrees with its own batches (typed rows, run fields, damaged pages): then nothing else was compared. */
  readonly integrity: { readonly file: string; readonly failure: IntegrityFailure } | null;
}

/**
 * Finds the first event where two traces differ. When both were cut into
 * batches of the same size, the hash chain decides: hash i is equal exactly
 * when batches 0..i are, so a binary search over the chain finds the first
 * differing batch, and only that batch is decoded in both traces. Otherwise
 * the two event streams are decoded and compared in order.
 */
export function diffTraces(left: TraceReader, right: TraceReader): DiffResult {
  const base = { left: left.file, right: right.file, metadata: metadataDiff(left, right), scenario: runDifferences(left.run, right.run, 12, false), integrity: null };
  for (const reader of [left, right]) {
    // The hash chain speaks for the batches only; what users query must agree with them first.
    const failure = checkStorage(reader) ?? verifyStoredTrace(reader);
    if (failure !== null) {
      return { ...base, identical: false, matchingEvents: 0, batchesSkipped: 0, batchesDecoded: 0, method: 'hash-chain', difference: null, integrity: { file: reader.file, failure } };
    }
  }
  if (left.run.batchSize !== right.run.batchSize) return { ...base, ...diffEvents(left, right) };
  const a = left.batchHashes();
  const b = right.batchHashes();
  const common = Math.min(a.length, b.length);
  // Invariant: batches [0, lo) are equal; batch hi is the first that differs (or common).
  let lo = 0;
  let hi = common;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]!.equals(b[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  if (first === common && a.length === b.length) {
    return { ...base, identical: true, matchingEvents: left.run.eventCount === right.run.eventCount ? left.run.eventCount : countEvents(left), batchesSkipped: common, batchesDecoded: 0, method: 'hash-chain', difference: null };
  }
  const leftBatch = left.batchAt(first);
  const rightBatch = right.batchAt(first);
  const leftEvents = leftBatch ? decodeBatch(leftBatch.bytes).events : [];
  const rightEvents = rightBatch ? decodeBatch(rightBatch.bytes).events : [];
  const before = leftBatch?.firstSeq ?? rightBatch?.firstSeq ?? 0;
  const at = firstDifference(leftEvents, rightEvents);
  const difference = at < 0 ? batchMetadataDifference(first, leftBatch, rightBatch, leftEvents) : eventDifference(first, leftEvents[at] ?? null, rightEvents[at] ?? null);
  return {
    ...base,
    identical: false,
    matchingEvents: before + Math.max(0, at),
    batchesSkipped: first,
    batchesDecoded: 1,
    method: 'hash-chain',
    difference,
  };
}

function eventDifference(batchIndex: number, l: TraceEvent | null, r: TraceEvent | null): TraceDifference {
  const ref = l ?? r!;
  return { seq: ref.seq, tick: ref.tick, left: l, right: r, batchIndex };
}

/** The events decode equal but the stored batches differ (e.g. another index): report the batch's first event. */
function batchMetadataDifference(index: number, l: BatchRow | undefined, r: BatchRow | undefined, events: TraceEvent[]): TraceDifference {
  const e = events[0] ?? null;
  return { seq: l?.firstSeq ?? r?.firstSeq ?? 0, tick: e?.tick ?? null, left: e, right: e, batchIndex: index };
}

function firstDifference(a: readonly TraceEvent[], b: readonly TraceEvent[]): number {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] === undefined || b[i] === undefined || !sameEvent(a[i]!, b[i]!)) return i;
  }
  return -1;
}

export function sameEvent(a: TraceEvent, b: TraceEvent): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Batch boundaries differ: decode both streams and walk them together. */
function diffEvents(left: TraceReader, right: TraceReader): Omit<DiffResult, 'left' | 'right' | 'metadata' | 'scenario' | 'integrity'> {
  const a = events(left);
  const b = events(right);
  try {
    return walk(a, b);
  } finally {
    // Releases the readers' statements when the walk stops early.
    a.return(undefined);
    b.return(undefined);
  }
}

function walk(a: Generator<{ event: TraceEvent; batch: number }>, b: Generator<{ event: TraceEvent; batch: number }>): Omit<DiffResult, 'left' | 'right' | 'metadata' | 'scenario' | 'integrity'> {
  let matching = 0;
  let decoded = 0;
  for (;;) {
    const x = a.next();
    const y = b.next();
    if (x.done && y.done) return { identical: true, matchingEvents: matching, batchesSkipped: 0, batchesDecoded: decoded, method: 'events', difference: null };
    decoded = Math.max(x.done ? 0 : x.value.batch, y.done ? 0 : y.value.batch) + 1;
    const l = x.done ? null : x.value.event;
    const r = y.done ? null : y.value.event;
    if (l === null || r === null || !sameEvent(l, r)) {
      const batchIndex = x.done ? (y.done ? 0 : y.value.batch) : x.value.batch;
      return { identical: false, matchingEvents: matching, batchesSkipped: 0, batchesDecoded: decoded, method: 'events', difference: eventDifference(batchIndex, l, r) };
    }
    matching++;
  }
}

function* events(reader: TraceReader): Generator<{ event: TraceEvent; batch: number }> {
  for (const batch of reader.batches()) {
    for (const event of decodeBatch(batch.bytes).events) yield { event, batch: batch.index };
  }
}

function countEvents(reader: TraceReader): number {
  let n = 0;
  for (const batch of reader.batches()) n += batch.eventCount;
  return n;
}

function metadataDiff(left: TraceReader, right: TraceReader): { field: string; left: unknown; right: unknown }[] {
  const fields = ['scenarioName', 'seed', 'level', 'modelVersion', 'batchSize', 'status', 'eventCount'] as const;
  return fields.filter((f) => left.run[f] !== right.run[f]).map((f) => ({ field: f, left: left.run[f], right: right.run[f] }));
}

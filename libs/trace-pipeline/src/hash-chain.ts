import { createHash } from 'node:crypto';
import { scan, type OperatorFunction } from 'rxjs';
import type { StoredBatch } from '@disco/trace-store';
import type { TraceEvent } from '@disco/trace-schema';
import type { EncodedBatch } from './encode-batches';

/** The `prev_hash` of the first batch. */
export const GENESIS_HASH: Uint8Array = new Uint8Array(32);

/** hash = SHA-256(prevHash || bytes). */
export function chainHash(prevHash: Uint8Array, bytes: Uint8Array): Uint8Array {
  return createHash('sha256').update(prevHash).update(bytes).digest();
}

export interface ChainedBatch extends StoredBatch {
  readonly events: readonly TraceEvent[];
  /** The same events packed (PackedBatch.numbers), when the batch came packed: the typed-row check reads them there. */
  readonly numbers?: Float64Array;
}

/**
 * Extends the hash chain over encoded batches: each batch's hash covers the
 * previous hash and the batch's bytes, so a changed, missing or reordered
 * batch breaks every hash after it.
 *
 * @example events$.pipe(batchEvents(4096), encodeBatches(), chainHashes())
 */
export function chainHashes(genesis: Uint8Array = GENESIS_HASH): OperatorFunction<EncodedBatch, ChainedBatch> {
  return scan<EncodedBatch, ChainedBatch | undefined, undefined>(
    (previous, batch) => toChained(batch, previous === undefined ? genesis : previous.hash),
    undefined,
  ) as OperatorFunction<EncodedBatch, ChainedBatch>;
}

function toChained(batch: EncodedBatch, prevHash: Uint8Array): ChainedBatch {
  const first = batch.events[0] as TraceEvent;
  const last = batch.events[batch.events.length - 1] as TraceEvent;
  return {
    index: batch.index,
    firstSeq: first.seq,
    lastSeq: last.seq,
    firstTick: first.tick,
    lastTick: last.tick,
    eventCount: batch.events.length,
    bytes: batch.bytes,
    prevHash,
    hash: chainHash(prevHash, batch.bytes),
    events: batch.events,
  };
}

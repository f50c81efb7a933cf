import { tap, type MonoTypeOperatorFunction } from 'rxjs';
import type { StoredBatch } from '@disco/trace-store';
import type { TraceEvent } from '@disco/trace-schema';
import type { ChainedBatch } from './hash-chain';

/** Where batches are persisted; `TraceWriter` from trace-store is one. */
export interface BatchWriter {
  append(batch: StoredBatch, events: readonly TraceEvent[]): void;
}

/**
 * Persists each batch synchronously before passing it on, so that whatever
 * is downstream (progress, summary) only ever sees committed batches.
 *
 * @example events$.pipe(recordBatches(4096), persistBatches(writer))
 */
export function persistBatches(writer: BatchWriter): MonoTypeOperatorFunction<ChainedBatch> {
  return tap((batch) => writer.append(batch, batch.events));
}

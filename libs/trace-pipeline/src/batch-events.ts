import { bufferCount, type OperatorFunction } from 'rxjs';
import type { TraceEvent } from '@disco/trace-schema';

/**
 * Groups events into batches of `size` by count (never by wall-clock time,
 * which would make batch boundaries, and so hashes, nondeterministic). The
 * last batch holds the remainder.
 *
 * @example events$.pipe(batchEvents(4096))
 */
export function batchEvents(size: number): OperatorFunction<TraceEvent, TraceEvent[]> {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`batch size must be a positive integer, got ${size}`);
  return bufferCount<TraceEvent>(size);
}

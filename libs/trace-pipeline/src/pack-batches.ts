import { Observable, type OperatorFunction } from 'rxjs';
import type { TraceEvent } from '@disco/trace-schema';
import { BatchPacker, type PackedBatch } from './packed-batch';

/**
 * Events → batches by count → packed for a worker thread, numbered from 0:
 * all the simulation's thread does per batch before it hands the batch over
 * (encoding, hashing and storing happen in the worker). The batches are those
 * of `batchEvents` (by count, the remainder last, nothing flushed after an
 * error), but each event is packed as it arrives: no array of events is kept,
 * and no buffering operator runs per event.
 *
 * @example simulationEvents(start).pipe(packBatches(4096), tap((b) => queue.push(b)))
 */
export function packBatches(batchSize: number): OperatorFunction<TraceEvent, PackedBatch> {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batch size must be a positive integer, got ${batchSize}`);
  return (source) =>
    new Observable<PackedBatch>((subscriber) => {
      const packer = new BatchPacker();
      let index = 0;
      return source.subscribe({
        next: (event) => {
          // An event that cannot be packed ends the stream with its error, as an operator's would.
          try {
            packer.add(event);
          } catch (error) {
            subscriber.error(error);
            return;
          }
          if (packer.count === batchSize) subscriber.next(packer.take(index++));
        },
        error: (error: unknown) => subscriber.error(error),
        complete: () => {
          if (packer.count > 0) subscriber.next(packer.take(index++));
          subscriber.complete();
        },
      });
    });
}

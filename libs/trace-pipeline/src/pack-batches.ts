import { map, pipe, type OperatorFunction } from 'rxjs';
import type { TraceEvent } from '@disco/trace-schema';
import { batchEvents } from './batch-events';
import { BatchPacker, type PackedBatch } from './packed-batch';

/**
 * Events → batches by count → packed for a worker thread, numbered from 0:
 * all the simulation's thread does per batch before it hands the batch over
 * (encoding, hashing and storing happen in the worker).
 *
 * @example simulationEvents(start).pipe(packBatches(4096), tap((b) => queue.push(b)))
 */
export function packBatches(batchSize: number): OperatorFunction<TraceEvent, PackedBatch> {
  const packer = new BatchPacker();
  return pipe(
    batchEvents(batchSize),
    map((events, index) => packer.pack(index, events)),
  );
}

import { pipe, type OperatorFunction } from 'rxjs';
import type { TraceEvent } from '@disco/trace-schema';
import { batchEvents } from './batch-events';
import { encodeBatches } from './encode-batches';
import { chainHashes, type ChainedBatch } from './hash-chain';

/**
 * Events → batches by count → protobuf bytes → hash chain: everything that
 * record and replay share, so both produce the same bytes and hashes.
 *
 * @example simulationEvents(start).pipe(recordBatches(4096), persistBatches(writer))
 */
export function recordBatches(batchSize: number): OperatorFunction<TraceEvent, ChainedBatch> {
  return pipe(batchEvents(batchSize), encodeBatches(), chainHashes());
}

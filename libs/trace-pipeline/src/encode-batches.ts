import { map, type OperatorFunction } from 'rxjs';
import { encodeBatch } from '@disco/trace-schema/codec';
import type { TraceEvent } from '@disco/trace-schema';

export interface EncodedBatch {
  readonly index: number;
  readonly events: readonly TraceEvent[];
  readonly bytes: Uint8Array;
}

/**
 * Encodes each batch as a protobuf `Batch`, numbering batches from 0.
 *
 * @example events$.pipe(batchEvents(4096), encodeBatches())
 */
export function encodeBatches(): OperatorFunction<readonly TraceEvent[], EncodedBatch> {
  return map((events, index) => ({ index, events, bytes: encodeBatch(index, events) }));
}

import { Observable, type Subscriber } from 'rxjs';
import type { TraceSink } from '@disco/sim-kernel';
import type { TraceEvent } from '@disco/trace-schema';
import { BatchPacker, type PackedBatch } from './packed-batch';

/** Runs a simulation a slice at a time. */
export interface Stepper {
  /** Runs one bounded slice; true when the run has ended. */
  step(): boolean;
}

/**
 * The event stream of a simulation. `start` builds the run with a sink that
 * feeds this Observable; each slice runs synchronously, and the event loop
 * gets a turn between slices, for progress output and signals. Everything
 * downstream (batching, encoding, storing) runs synchronously inside `next`,
 * so the simulator can never run ahead of the store: memory stays bounded by
 * one batch.
 *
 * @example
 * simulationEvents((sink) => startRun(scenario, seed, sink)).pipe(batchEvents(4096))
 */
export function simulationEvents(start: (sink: TraceSink) => Stepper): Observable<TraceEvent> {
  return new Observable<TraceEvent>((subscriber) => runSlices(subscriber, () => start({ emit: (event) => subscriber.next(event) })));
}

/**
 * The run's events as packed batches for a worker thread, numbered from 0:
 * the batches of `simulationEvents(start)` by count, but the sink packs
 * each event itself, so no Observable runs per event (only per batch). The
 * batches are those of `batchEvents` (by count, the remainder last when the
 * run ends, nothing flushed after an error); an event that cannot be packed
 * ends the stream with its error.
 *
 * @example simulationBatches((sink) => startRun(scenario, seed, sink), 4096).pipe(tap((b) => queue.push(b)))
 */
export function simulationBatches(start: (sink: TraceSink) => Stepper, batchSize: number): Observable<PackedBatch> {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batch size must be a positive integer, got ${batchSize}`);
  return new Observable<PackedBatch>((subscriber) => {
    const packer = new BatchPacker();
    let index = 0;
    const sink: TraceSink = {
      emit: (event) => {
        packer.add(event);
        if (packer.count === batchSize) subscriber.next(packer.take(index++));
      },
    };
    return runSlices(subscriber, () => start(sink), () => {
      if (packer.count > 0) subscriber.next(packer.take(index++));
    });
  });
}

/**
 * Builds the stepper (`create`), then steps it a slice per turn of the event
 * loop until it ends (`flush`, then complete), fails or is unsubscribed.
 * Returns the teardown.
 */
function runSlices<T>(subscriber: Subscriber<T>, create: () => Stepper, flush: () => void = () => undefined): () => void {
  let handle: NodeJS.Immediate | undefined;
  let stepper: Stepper;
  try {
    stepper = create();
  } catch (error) {
    subscriber.error(error);
    return () => undefined;
  }
  const slice = () => {
    handle = undefined;
    try {
      if (stepper.step()) {
        flush();
        subscriber.complete();
      } else if (!subscriber.closed) handle = setImmediate(slice);
    } catch (error) {
      subscriber.error(error);
    }
  };
  handle = setImmediate(slice);
  return () => {
    if (handle !== undefined) clearImmediate(handle);
  };
}

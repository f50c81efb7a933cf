import { Observable } from 'rxjs';
import type { TraceSink } from '@disco/sim-kernel';
import type { TraceEvent } from '@disco/trace-schema';

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
  return new Observable<TraceEvent>((subscriber) => {
    let handle: NodeJS.Immediate | undefined;
    let stepper: Stepper;
    try {
      stepper = start({ emit: (event) => subscriber.next(event) });
    } catch (error) {
      subscriber.error(error);
      return undefined;
    }
    const slice = () => {
      handle = undefined;
      try {
        if (stepper.step()) subscriber.complete();
        else if (!subscriber.closed) handle = setImmediate(slice);
      } catch (error) {
        subscriber.error(error);
      }
    };
    handle = setImmediate(slice);
    return () => {
      if (handle !== undefined) clearImmediate(handle);
    };
  });
}

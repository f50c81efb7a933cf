import { ArraySink, Simulator } from '@disco/sim-kernel';
import type { TraceEvent } from '@disco/trace-schema';
import { createGuestRun, type GuestRun } from '../scenario/create-guest-run';
import { withGuestDefaults, type GuestScenario } from '../scenario/guest-scenario';

export interface GuestRunResult {
  readonly run: GuestRun;
  readonly sim: Simulator;
  readonly events: readonly TraceEvent[];
}

/** Runs an `irix` scenario section to its end in memory (tests, calibration). */
export function runGuest(section: Partial<GuestScenario>, seed = 1, keepEvents = true): GuestRunResult {
  const sink = keepEvents ? new ArraySink() : { emit: () => undefined };
  const sim = new Simulator({ seed, sink });
  const run = createGuestRun(sim, withGuestDefaults(section));
  run.start();
  sim.run(run.durationTicks);
  run.finish?.();
  return { run, sim, events: keepEvents ? (sink as ArraySink).events : [] };
}

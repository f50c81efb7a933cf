import { ArraySink, Simulator } from '@disco/sim-kernel';
import type { TraceEvent } from '@disco/trace-schema';
import { createDiscoIrixRun, type DiscoIrixRun } from '../scenario/create-disco-irix-run';
import { withDiscoIrixDefaults, type DiscoIrixScenario } from '../scenario/disco-irix-scenario';

export interface DiscoIrixRunResult {
  readonly run: DiscoIrixRun;
  readonly sim: Simulator;
  readonly events: readonly TraceEvent[];
}

/** Runs a `disco-irix` scenario section to its end in memory (tests, measurements). */
export function runDiscoIrix(section: Partial<DiscoIrixScenario>, seed = 1, keepEvents = true): DiscoIrixRunResult {
  const sink = keepEvents ? new ArraySink() : { emit: () => undefined };
  const sim = new Simulator({ seed, sink });
  const run = createDiscoIrixRun(sim, withDiscoIrixDefaults(section));
  run.start();
  sim.run(run.durationTicks);
  run.finish?.();
  return { run, sim, events: keepEvents ? (sink as ArraySink).events : [] };
}

import { msToTicks, nsToTicks } from '@disco/sim-kernel';
import { defineModel, type TraceEventBounds } from '../../model-definition';
import { ScenarioError } from '../../scenario-error';

/** Events a synthetic run may produce. ASSUMPTION: 10^9 (a trace of tens of GB), above any useful pipeline test and the SIGKILL tests' long runs. */
const MAX_EVENTS = 1e9;
import { createSyntheticRun, syntheticScenarioSchema, type SyntheticScenario } from './synthetic-model';

/** The synthetic event source (no machine): exercises the kernel, pipeline and store. */
export const syntheticModel = defineModel<SyntheticScenario>({
  name: 'synthetic',
  description: 'a synthetic event source with no machine: exercises the kernel, pipeline and store',
  uses: [],
  schema: syntheticScenarioSchema,
  withDefaults: (section) => section as SyntheticScenario,
  check: (section) => {
    const events = (section.workers * section.durationMs * 1e6) / section.meanWorkNs;
    if (events > MAX_EVENTS) throw new ScenarioError(`/synthetic: about ${events.toExponential(1)} events (workers × durationMs / meanWorkNs) exceed the limit of ${MAX_EVENTS.toExponential(0)}`);
  },
  create: (sim, section) => createSyntheticRun(sim, section),
  eventBounds: (section) => syntheticEventBounds(section),
});

/** A worker's units of work are counted from this many on: below it, nothing is sure. */
const SURE_FROM_UNITS = 100;

/**
 * Each worker runs units of work back to back until the duration, each busy
 * max(1, round(Exp(mean))) ticks, so their mean lies between max(1, mean - 0.5)
 * and mean + 1 ticks; each unit sends at most one message (with
 * messageProbability, when there are two workers or more). The count is a
 * Poisson process's: below half its mean with probability at most e^(-μ/8),
 * above twice with at most e^(-μ/3) (Chernoff), negligible from 100 a worker.
 */
function syntheticEventBounds(s: SyntheticScenario): TraceEventBounds {
  const durationTicks = msToTicks(s.durationMs);
  const meanTicks = nsToTicks(s.meanWorkNs);
  const fewest = durationTicks / (meanTicks + 1);
  const most = durationTicks / Math.max(1, meanTicks - 0.5);
  const messages = s.workers > 1 ? s.messageProbability : 0;
  return {
    sure: fewest >= SURE_FROM_UNITS ? s.workers * Math.floor(fewest / 2) : 0,
    upper: Math.ceil(2 * Math.max(most, SURE_FROM_UNITS) * s.workers * (1 + messages)),
  };
}

import { defineModel } from '../../model-definition';
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
});

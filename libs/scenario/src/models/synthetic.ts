import { defineModel } from '../model-definition';
import { createSyntheticRun, syntheticScenarioSchema, type SyntheticScenario } from '../synthetic-model';

/** The synthetic event source (no machine): exercises the kernel, pipeline and store. */
export const syntheticModel = defineModel<SyntheticScenario>({
  name: 'synthetic',
  schema: syntheticScenarioSchema,
  withDefaults: (section) => section as SyntheticScenario,
  create: createSyntheticRun,
});

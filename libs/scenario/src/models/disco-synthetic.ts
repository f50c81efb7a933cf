import { createDiscoSyntheticRun, discoSyntheticScenarioSchema, withDiscoSyntheticDefaults, type DiscoSyntheticScenario } from '@disco/monitor';
import { defineModel } from '../model-definition';

/** VMs running the monitor's synthetic guest on Disco (libs/monitor): NUMA, COW disk and virtual network scenarios. */
export const discoSyntheticModel = defineModel<DiscoSyntheticScenario>({
  name: 'disco-synthetic',
  schema: discoSyntheticScenarioSchema,
  withDefaults: withDiscoSyntheticDefaults,
  create: createDiscoSyntheticRun,
});

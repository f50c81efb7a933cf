import { createDiscoIrixRun, discoIrixScenarioSchema, withDiscoIrixDefaults, type DiscoIrixScenario } from '@disco/guest';
import { defineModel } from '../model-definition';

/** IRIX-like kernels (libs/guest) in Disco VMs (libs/monitor): the paper's runs on Disco (§5.2–§5.5). */
export const discoIrixModel = defineModel<DiscoIrixScenario>({
  name: 'disco-irix',
  schema: discoIrixScenarioSchema,
  withDefaults: withDiscoIrixDefaults,
  create: createDiscoIrixRun,
});

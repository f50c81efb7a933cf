import { defineModel } from '../../model-definition';
import { checkDiscoIrix, createDiscoIrixRun } from './create-disco-irix-run';
import { discoIrixScenarioSchema, withDiscoIrixDefaults, type DiscoIrixScenario } from './disco-irix-section';

/** IRIX-like kernels (libs/guest) in Disco VMs (libs/monitor): the paper's runs on Disco (§5.2–§5.5). */
export const discoIrixModel = defineModel<DiscoIrixScenario>({
  name: 'disco-irix',
  description: 'IRIX-like kernels or SPLASHOS in Disco VMs on the ccNUMA machine (libs/guest on libs/monitor)',
  uses: ['machine', 'monitor', 'guest'],
  schema: discoIrixScenarioSchema,
  withDefaults: withDiscoIrixDefaults,
  check: checkDiscoIrix,
  create: createDiscoIrixRun,
});

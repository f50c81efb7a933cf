import { defineModel } from '../../model-definition';
import { createDiscoSyntheticRun } from './create-disco-synthetic-run';
import { discoSyntheticScenarioSchema, withDiscoSyntheticDefaults, type DiscoSyntheticScenario } from './disco-synthetic-section';

/** VMs running the monitor's synthetic guest on Disco (libs/monitor): NUMA, COW disk and virtual network scenarios. */
export const discoSyntheticModel = defineModel<DiscoSyntheticScenario>({
  name: 'disco-synthetic',
  description: "VMs running the monitor's synthetic guest on Disco: NUMA, COW-disk and virtual-network mechanisms in isolation (libs/monitor)",
  uses: ['machine', 'monitor'],
  schema: discoSyntheticScenarioSchema,
  withDefaults: withDiscoSyntheticDefaults,
  create: createDiscoSyntheticRun,
  // The synthetic guests never stop: the machine samples each CPU's counters every interval and at the end.
  eventBounds: (section, shared) => ({ sure: (shared.machine.cpus as number) * (Math.floor(section.durationUs / section.sampleIntervalUs) + 1), upper: null }),
});

import { defineModel } from '../../model-definition';
import { createHardwareRun } from './create-hardware-run';
import { hardwareScenarioSchema, withHardwareDefaults, type HardwareScenario } from './hardware-section';

/** The bare ccNUMA machine running synthetic reference streams. */
export const hardwareModel = defineModel<HardwareScenario>({
  name: 'hardware',
  description: 'the bare ccNUMA machine running synthetic reference streams (libs/hardware)',
  uses: ['machine'],
  schema: hardwareScenarioSchema,
  withDefaults: withHardwareDefaults,
  create: createHardwareRun,
});

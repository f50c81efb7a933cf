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
  // The streams never stop, so a run lasts its duration: a CounterSample per CPU each interval and at
  // the end, an ExecutionSample per CPU each interval (one bucket: user). Hot pages and, at the detailed
  // level, every miss come on top, as the pattern makes them.
  eventBounds: (section, shared) => {
    const intervals = Math.floor(section.durationUs / section.sampleIntervalUs);
    return { sure: (shared.machine.cpus as number) * (2 * intervals + 1), upper: null };
  },
});

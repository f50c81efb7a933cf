import { createHardwareRun, hardwareScenarioSchema, withHardwareDefaults, type HardwareScenario } from '@disco/hardware';
import { defineModel } from '../model-definition';

/** The bare ccNUMA machine running synthetic reference streams. */
export const hardwareModel = defineModel<HardwareScenario>({
  name: 'hardware',
  schema: withoutMetaSchema(hardwareScenarioSchema),
  withDefaults: withHardwareDefaults,
  create: createHardwareRun,
});

/** Ajv refuses a `$schema` keyword below the root. */
function withoutMetaSchema(schema: object): object {
  const { $schema: _, ...rest } = schema as { $schema?: string };
  return rest;
}

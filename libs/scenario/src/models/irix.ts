import { createGuestRun, guestScenarioSchema, withGuestDefaults, type GuestScenario } from '@disco/guest';
import { defineModel } from '../model-definition';

/** The IRIX-like OS (libs/guest) running a workload natively on the bare ccNUMA machine. */
export const irixModel = defineModel<GuestScenario>({
  name: 'irix',
  schema: withoutMetaSchema(guestScenarioSchema),
  withDefaults: withGuestDefaults,
  create: createGuestRun,
});

/** Ajv refuses a `$schema` keyword below the root. */
function withoutMetaSchema(schema: object): object {
  const { $schema: _, ...rest } = schema as { $schema?: string };
  return rest;
}

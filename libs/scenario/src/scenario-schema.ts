import { TRACE_LEVELS } from '@disco/sim-kernel';
import { MODEL_DEFINITIONS } from './models';
import type { SharedSectionName } from './model-definition';
import { guestSectionSchema } from './sections/guest-section';
import { machineSectionSchema } from './sections/machine-section';
import { monitorSectionSchema } from './sections/monitor-section';

/** Names of the models a scenario may name; each has a section of the same name. */
export const MODELS: readonly string[] = MODEL_DEFINITIONS.map((m) => m.name);

const SHARED_SCHEMAS: Record<SharedSectionName, object> = { machine: machineSectionSchema, monitor: monitorSectionSchema, guest: guestSectionSchema };

export const scenarioSchema = {
  $id: 'https://disco-sim.invalid/scenario.schema.json',
  type: 'object',
  additionalProperties: false,
  required: ['name', 'model'],
  properties: {
    name: { type: 'string', pattern: '^[a-z0-9][a-z0-9._-]*$', maxLength: 100 },
    description: { type: 'string', maxLength: 1000, default: '' },
    paper: { type: 'string', maxLength: 200, default: '' },
    model: { enum: [...MODELS] },
    seed: { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER, default: 1 },
    level: { enum: [...TRACE_LEVELS], default: 'default' },
    batchSize: { type: 'integer', minimum: 1, maximum: 1_000_000, default: 4096 },
    sources: { type: 'object', additionalProperties: { type: 'string', maxLength: 1000 } },
    ...SHARED_SCHEMAS,
    ...Object.fromEntries(MODEL_DEFINITIONS.map((m) => [m.name, m.schema])),
  },
} as const;

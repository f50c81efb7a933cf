import Ajv, { type ErrorObject } from 'ajv';
import { hardwareScenarioSchema, withHardwareDefaults, type HardwareScenario } from '@disco/hardware';
import { TRACE_LEVELS, type TraceLevel } from '@disco/sim-kernel';
import { ScenarioError } from './scenario-error';
import { syntheticScenarioSchema, type SyntheticScenario } from './synthetic-model';

/** Which model a scenario runs; each has a section of the same name. */
export const MODELS = ['synthetic', 'hardware'] as const;
export type ModelName = (typeof MODELS)[number];

export interface Scenario {
  readonly name: string;
  readonly description: string;
  readonly model: ModelName;
  /** Seed used when the command line gives none. */
  readonly seed: number;
  /** Trace level used when the command line gives none. */
  readonly level: TraceLevel;
  /** Events per stored batch. */
  readonly batchSize: number;
  /** Where each parameter's value comes from: JSON pointer → source. */
  readonly sources?: Readonly<Record<string, string>>;
  readonly synthetic?: SyntheticScenario;
  readonly hardware?: HardwareScenario;
}

/** Each model's section: its JSON Schema and how its defaults are applied. */
const SECTION_SCHEMAS: Record<ModelName, object> = {
  synthetic: syntheticScenarioSchema,
  hardware: withoutMetaSchema(hardwareScenarioSchema),
};
const SECTION_DEFAULTS: Record<ModelName, (section: never) => unknown> = {
  synthetic: (section) => section,
  hardware: (section: Partial<HardwareScenario>) => withHardwareDefaults(section),
};

function withoutMetaSchema(schema: object): object {
  const { $schema: _, ...rest } = schema as { $schema?: string };
  return rest;
}

export const scenarioSchema = {
  $id: 'https://disco-sim.invalid/scenario.schema.json',
  type: 'object',
  additionalProperties: false,
  required: ['name', 'model'],
  properties: {
    name: { type: 'string', pattern: '^[a-z0-9][a-z0-9._-]*$' },
    description: { type: 'string', default: '' },
    model: { enum: [...MODELS] },
    seed: { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER, default: 1 },
    level: { enum: [...TRACE_LEVELS], default: 'default' },
    batchSize: { type: 'integer', minimum: 1, maximum: 1_000_000, default: 4096 },
    sources: { type: 'object', additionalProperties: { type: 'string' } },
    ...SECTION_SCHEMAS,
  },
  allOf: MODELS.map((model) => ({ if: { properties: { model: { const: model } } }, then: { required: [model] } })),
} as const;

const ajv = new Ajv({ allErrors: false, useDefaults: true, strict: true, strictRequired: false, allowUnionTypes: true });
const validate = ajv.compile(scenarioSchema);

/**
 * Parses and validates a scenario's JSON text, applying defaults. A bad field
 * is a `ScenarioError` that names the field, e.g.
 * `scenario pmake: /synthetic/workers must be >= 1`.
 */
export function parseScenario(text: string, origin: string): Scenario {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ScenarioError(`scenario ${origin} is not valid JSON: ${(error as Error).message}`);
  }
  if (!validate(value)) {
    throw new ScenarioError(`scenario ${origin}: ${describe(validate.errors?.[0])}`);
  }
  const scenario = value as Scenario & Record<string, unknown>;
  return { ...scenario, [scenario.model]: SECTION_DEFAULTS[scenario.model](scenario[scenario.model] as never) };
}

function describe(error: ErrorObject | undefined): string {
  if (error === undefined) return 'invalid';
  const at = error.instancePath === '' ? '' : `${error.instancePath} `;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return `${at}has unknown field '${String(params['additionalProperty'])}'`;
    case 'required':
      return `${at || '/ '}is missing required field '${String(params['missingProperty'])}'`;
    case 'enum':
      return `${at}must be one of ${(params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return `${at}${error.message ?? 'is invalid'}`;
  }
}

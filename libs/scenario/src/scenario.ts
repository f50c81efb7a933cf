import Ajv, { type ErrorObject } from 'ajv';
import { TRACE_LEVELS, type TraceLevel } from '@disco/sim-kernel';
import type { ModelDefinition } from './model-definition';
import { MODEL_DEFINITIONS } from './models';
import { ScenarioError } from './scenario-error';

/** Names of the models a scenario may name; each has a section of the same name. */
export const MODELS: readonly string[] = MODEL_DEFINITIONS.map((m) => m.name);

export interface Scenario {
  readonly name: string;
  readonly description: string;
  /** Which model runs; its section is `scenario[model]`. */
  readonly model: string;
  /** Seed used when the command line gives none. */
  readonly seed: number;
  /** Trace level used when the command line gives none. */
  readonly level: TraceLevel;
  /** Events per stored batch. */
  readonly batchSize: number;
  /** Where each parameter's value comes from: JSON pointer → source. */
  readonly sources?: Readonly<Record<string, string>>;
  /** Model sections, keyed by model name. */
  readonly [section: string]: unknown;
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
    ...Object.fromEntries(MODEL_DEFINITIONS.map((m) => [m.name, m.schema])),
  },
  allOf: MODELS.map((model) => ({ if: { properties: { model: { const: model } } }, then: { required: [model] } })),
} as const;

const ajv = new Ajv({ allErrors: false, useDefaults: true, strict: true, strictRequired: false, allowUnionTypes: true });
const validate = ajv.compile(scenarioSchema);

/** The definition of the model a (validated) scenario names. */
export function modelOf(scenario: Scenario): ModelDefinition {
  const definition = MODEL_DEFINITIONS.find((m) => m.name === scenario.model);
  if (definition === undefined) throw new ScenarioError(`scenario ${scenario.name}: unknown model '${scenario.model}'`);
  return definition;
}

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
  const scenario = value as Scenario;
  const model = modelOf(scenario);
  return { ...scenario, [model.name]: model.withDefaults((scenario[model.name] ?? {}) as never) };
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

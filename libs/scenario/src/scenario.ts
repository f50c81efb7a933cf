import type { ErrorObject, ValidateFunction } from 'ajv';
import { AssertionError, type TraceLevel } from '@disco/sim-kernel';
import { SHARED_SECTIONS, type ModelDefinition, type SharedSections } from './model-definition';
import { MODEL_DEFINITIONS } from './models';
import { ScenarioError } from './scenario-error';
import { MODELS, scenarioSchema } from './scenario-schema';
import { validate as validateScenarioSchema } from './generated/scenario-validator';
import { cacheAffinityOf, GUEST_SECTION_DEFAULTS } from './sections/guest-section';
import { hardwareConfigOf, MACHINE_SECTION_DEFAULTS } from './sections/machine-section';
import { MONITOR_SECTION_DEFAULTS, monitorConfigOf } from './sections/monitor-section';

export { MODELS, scenarioSchema } from './scenario-schema';

export interface Scenario {
  readonly name: string;
  /** One line: what the scenario runs. */
  readonly description: string;
  /** The part of the paper it reproduces (e.g. "§5.5 Figure 8"), or what it checks. */
  readonly paper: string;
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
  /** Shared and model sections, keyed by name. */
  readonly [section: string]: unknown;
}

const SHARED_DEFAULTS: SharedSections = { machine: MACHINE_SECTION_DEFAULTS, monitor: MONITOR_SECTION_DEFAULTS, guest: GUEST_SECTION_DEFAULTS };

/**
 * The schema's validator: Ajv's standalone code for `scenarioSchema`, generated
 * ahead of time (`npm run codegen`; a test fails when it is out of date), so a
 * CLI does not compile the schema at every start (about 80 ms of CPU).
 */
const validateSchema = validateScenarioSchema as unknown as ValidateFunction;

/** The definition of the model a (validated) scenario names. */
export function modelOf(scenario: Scenario): ModelDefinition {
  const definition = MODEL_DEFINITIONS.find((m) => m.name === scenario.model);
  if (definition === undefined) throw new ScenarioError(`scenario ${scenario.name}: unknown model '${scenario.model}'`);
  return definition;
}

/** The shared sections a parsed scenario's model reads, defaults applied (the others keep their defaults). */
export function sharedSectionsOf(scenario: Scenario): SharedSections {
  return {
    machine: (scenario['machine'] as SharedSections['machine'] | undefined) ?? SHARED_DEFAULTS.machine,
    monitor: (scenario['monitor'] as SharedSections['monitor'] | undefined) ?? SHARED_DEFAULTS.monitor,
    guest: (scenario['guest'] as SharedSections['guest'] | undefined) ?? SHARED_DEFAULTS.guest,
  };
}

/** Parses and validates a scenario's JSON text, applying defaults. */
export function parseScenario(text: string, origin: string): Scenario {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ScenarioError(`scenario ${origin} is not valid JSON: ${(error as Error).message}`);
  }
  return validateScenario(value, origin);
}

/**
 * Validates a scenario value and applies defaults: the schema (a bad field is
 * named, e.g. `scenario pmake: /machine/cpus must be <= 32`), then the model's
 * sections (a shared section its model does not read is refused), then the
 * combinations only the model can judge (`check`), then the configs the
 * machine and the monitor build from it. Everything a run is built from is
 * validated here, once.
 */
export function validateScenario(value: unknown, origin: string): Scenario {
  if (!validateSchema(value)) throw new ScenarioError(`scenario ${origin}: ${describe(validateSchema.errors?.[0])}`);
  const raw = value as Scenario;
  const model = modelOf(raw);
  if (raw[model.name] === undefined && ((model.schema as { required?: unknown[] }).required ?? []).length > 0) {
    throw new ScenarioError(`scenario ${origin}: / is missing required field '${model.name}'`);
  }
  const out: Record<string, unknown> = { ...raw };
  for (const name of SHARED_SECTIONS) {
    if (!model.uses.includes(name)) {
      if (raw[name] !== undefined) throw new ScenarioError(`scenario ${origin}: /${name}: model '${model.name}' has no ${name} section`);
      continue;
    }
    out[name] = { ...SHARED_DEFAULTS[name], ...(raw[name] as object | undefined) };
  }
  for (const other of MODELS) {
    if (other !== model.name && raw[other] !== undefined) throw new ScenarioError(`scenario ${origin}: /${other}: the scenario runs model '${model.name}', not '${other}'`);
  }
  out[model.name] = model.withDefaults((raw[model.name] ?? {}) as never);
  const scenario = out as Scenario;
  const shared = sharedSectionsOf(scenario);
  asScenarioError(origin, () => {
    model.check?.(scenario[model.name], shared);
    if (model.uses.includes('machine')) hardwareConfigOf(shared.machine);
    if (model.uses.includes('monitor')) monitorConfigOf(shared.monitor, 1);
    if (model.uses.includes('guest')) cacheAffinityOf(shared.guest);
    if (model.uses.includes('monitor') && model.uses.includes('machine') && shared.monitor.placement?.policy === 'carrefour' && shared.machine['contention'] !== true) {
      throw new ScenarioError('/monitor/placement/policy: carrefour interleaves pages to even out the memory controllers\' queues, which exist only with the directory queueing model: set /machine/contention=true');
    }
    if (model.uses.includes('monitor') && model.uses.includes('machine')) checkSchedule(shared.monitor.placement?.schedule ?? [], hardwareConfigOf(shared.machine).nodes, vmsOf(scenario[model.name]));
  });
  return scenario;
}

/** VMs of a model's section (`vms`), 1 when it has no such field. */
function vmsOf(section: unknown): number {
  const vms = (section as { vms?: unknown } | undefined)?.vms;
  return typeof vms === 'number' ? vms : 1;
}

/** A schedule's decisions name nodes and VMs the scenario has (the schema bounds the rest). */
function checkSchedule(schedule: readonly { vm: number; node: number }[], nodes: number, vms: number): void {
  schedule.forEach((d, i) => {
    if (d.node >= nodes) throw new ScenarioError(`/monitor/placement/schedule/${i}/node: ${d.node}, but the machine has ${nodes} nodes`);
    if (d.vm >= vms) throw new ScenarioError(`/monitor/placement/schedule/${i}/vm: ${d.vm}, but the scenario runs ${vms} VM(s)`);
  });
}

/** Runs `check`, turning a broken assertion into bad input that names the scenario. */
function asScenarioError(origin: string, check: () => void): void {
  try {
    check();
  } catch (error) {
    if (error instanceof ScenarioError) throw new ScenarioError(`scenario ${origin}: ${error.message}`);
    if (error instanceof AssertionError || error instanceof RangeError) throw new ScenarioError(`scenario ${origin}: ${error.message.replace(/^assertion failed: /, '')}`);
    throw error;
  }
}

function describe(error: ErrorObject | undefined): string {
  if (error === undefined) return 'invalid';
  const at = error.instancePath === '' ? '' : `${error.instancePath} `;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const field = String(params['additionalProperty']);
      return `${at}has unknown field '${field}'${didYouMean(scenarioSchema, error.schemaPath, field)}`;
    }
    case 'required':
      return `${at || '/ '}is missing required field '${String(params['missingProperty'])}'`;
    case 'enum':
      return `${at}must be one of ${(params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return `${at}${error.message ?? 'is invalid'}`;
  }
}

/**
 * ` (did you mean 'remoteMissNs'?)` for a field that `schema`'s object at
 * Ajv's `schemaPath` (its `additionalProperties`) refused, when one of the
 * fields that object defines is near enough (`closestName`); '' otherwise.
 */
export function didYouMean(schema: object, schemaPath: string, field: string): string {
  return meant(field, fieldsAt(schema, schemaPath));
}

/** ` (did you mean 'x'?)` when a known name is near `name` (closestName), '' otherwise. */
export function meant(name: string, known: readonly string[]): string {
  const near = closestName(name, known);
  return near === null ? '' : ` (did you mean '${near}'?)`;
}

/** The fields the schema object at `schemaPath`'s parent defines (the object whose additionalProperties refused a field). */
function fieldsAt(schema: object, schemaPath: string): string[] {
  let node: unknown = schema;
  for (const segment of schemaPath.replace(/^#\//, '').split('/').slice(0, -1)) {
    if (node === null || typeof node !== 'object') return [];
    node = (node as Record<string, unknown>)[segment.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  const properties = (node as { properties?: unknown } | null | undefined)?.properties;
  return properties !== null && typeof properties === 'object' ? Object.keys(properties) : [];
}

/**
 * The known name a mistyped one most likely meant: the nearest by edit
 * distance (a swap of two neighbours counts one), within a third of its
 * length and at least 1, case ignored; null when none is that near, or two
 * are equally near.
 */
export function closestName(name: string, known: readonly string[]): string | null {
  const limit = Math.max(1, Math.floor(name.length / 3));
  let best: string | null = null;
  let bestDistance = Infinity;
  let tie = false;
  for (const candidate of known) {
    const d = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance) tie = true;
  }
  return bestDistance <= limit && !tie ? best : null;
}

/** Optimal string alignment distance (Damerau-Levenshtein without repeated edits of a substring). */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 8) return Infinity;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

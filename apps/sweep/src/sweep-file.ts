import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { applyOverrides, didYouMean, listScenarios, loadScenario, meant, pointerTokens, ScenarioError, type Override } from '@disco/scenario';

/** A range of numbers, both ends included: from, from + step, … ≤ to. */
export interface SweepRange {
  readonly from: number;
  readonly to: number;
  readonly step: number;
}

export interface SweepAxisSpec {
  /** JSON pointer into the scenario, e.g. /machine/remoteMissNs. */
  readonly pointer: string;
  /** Short name used in run names and tables (default: the pointer's last token). */
  readonly name?: string;
  readonly values?: readonly unknown[];
  readonly range?: SweepRange;
}

/** A sweep file (traces/sweeps/*.json) as written. */
export interface SweepSpec {
  readonly name: string;
  readonly description?: string;
  /** A scenario name from traces/scenarios, or a path (relative to the sweep file). */
  readonly scenario: string;
  /** Overrides applied to every run before the axes (to scale a scenario down, say). */
  readonly set?: Readonly<Record<string, unknown>>;
  readonly axes: readonly SweepAxisSpec[];
  /** Seeds: a list or a range (default: the scenario's seed). */
  readonly seeds?: readonly number[] | SweepRange;
  /** Explicit points instead of the full product: each gives a value for every axis, by pointer. */
  readonly points?: readonly Readonly<Record<string, unknown>>[];
}

/** One axis, expanded. */
export interface SweepAxis {
  readonly pointer: string;
  readonly name: string;
  readonly values: readonly unknown[];
}

/** One run of a sweep: its overrides (fixed ones first, then the axes), seed and name. */
export interface PlannedRun {
  readonly index: number;
  readonly name: string;
  /** Axis name → value. */
  readonly axisValues: Readonly<Record<string, unknown>>;
  readonly seed: number;
  /** Every --set of the run, in order: the sweep's fixed overrides, then one per axis. */
  readonly overrides: readonly { pointer: string; value: unknown }[];
}

export interface SweepPlan {
  readonly name: string;
  readonly description: string;
  /** Where the sweep came from (as given). */
  readonly source: string;
  /** Absolute path of the base scenario's JSON file (what each run is recorded from). */
  readonly scenarioFile: string;
  readonly scenarioName: string;
  readonly fixed: readonly { pointer: string; value: unknown }[];
  readonly axes: readonly SweepAxis[];
  readonly seeds: readonly number[];
  readonly runs: readonly PlannedRun[];
}

/** More runs than this in one sweep is a typo in a range, not a study. */
export const MAX_RUNS = 100_000;

const range = {
  type: 'object',
  additionalProperties: false,
  required: ['from', 'to'],
  properties: { from: { type: 'number' }, to: { type: 'number' }, step: { type: 'number', exclusiveMinimum: 0 } },
} as const;
const pointer = { type: 'string', pattern: '^(/[^/]+)+$', maxLength: 300 } as const;
const scalar = { type: ['number', 'string', 'boolean'] } as const;

export const sweepSchema = {
  $id: 'https://disco-sim.invalid/sweep.schema.json',
  type: 'object',
  additionalProperties: false,
  required: ['name', 'scenario', 'axes'],
  properties: {
    name: { type: 'string', pattern: '^[a-z0-9][a-z0-9._-]*$', maxLength: 100 },
    description: { type: 'string', maxLength: 2000 },
    scenario: { type: 'string', minLength: 1, maxLength: 1000 },
    set: { type: 'object', propertyNames: pointer, additionalProperties: true },
    axes: {
      type: 'array',
      maxItems: 16,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['pointer'],
        properties: {
          pointer,
          name: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]*$', maxLength: 40 },
          values: { type: 'array', maxItems: 10_000, items: scalar },
          range,
        },
        oneOf: [{ required: ['values'] }, { required: ['range'] }],
      },
    },
    seeds: {
      oneOf: [{ type: 'array', maxItems: 10_000, items: { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER } }, range],
    },
    points: { type: 'array', maxItems: MAX_RUNS, items: { type: 'object', propertyNames: pointer, additionalProperties: scalar } },
  },
} as const;

/** The schema's validator, compiled on first use (a command that reads no sweep file does not pay for it). */
let compiled: ValidateFunction | undefined;
function validator(): ValidateFunction {
  compiled ??= new Ajv({ allErrors: false, strict: true, strictRequired: false, allowUnionTypes: true }).compile(sweepSchema);
  return compiled;
}

/** Reads a sweep given as a name from `sweepsDir` or a path, and expands it into runs, all validated. */
export function loadSweep(nameOrPath: string, sweepsDir: string, scenariosDir: string, extra: readonly Override[] = []): SweepPlan {
  const looksLikePath = nameOrPath.includes('/') || nameOrPath.endsWith('.json');
  const file = looksLikePath ? path.resolve(nameOrPath) : path.join(sweepsDir, `${nameOrPath}.json`);
  if (!existsSync(file)) {
    // The sweep files, listed as scenario files are (the .json files of the folder).
    const known = listScenarios(sweepsDir);
    throw new ScenarioError(looksLikePath ? `sweep file not found: ${nameOrPath}` : `unknown sweep '${nameOrPath}'${meant(nameOrPath, known)} (no ${file})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ScenarioError(`sweep ${nameOrPath} is not valid JSON: ${(error as Error).message}`);
  }
  return planSweep(value, nameOrPath, path.dirname(file), scenariosDir, extra);
}

/**
 * Validates a sweep value and expands it: the schema, then each axis and the
 * seeds, then every run's scenario (fixed overrides, `extra` from the command
 * line, then the axes) through the scenario schema. Nothing runs before all
 * of this passed; the first problem is a ScenarioError (exit 2) naming it.
 */
export function planSweep(value: unknown, origin: string, baseDir: string, scenariosDir: string, extra: readonly Override[] = []): SweepPlan {
  const validate = validator();
  if (!validate(value)) throw new ScenarioError(`sweep ${origin}: ${describe(validate.errors?.[0])}`);
  const spec = value as SweepSpec;
  const scenarioArg = spec.scenario.includes('/') || spec.scenario.endsWith('.json') ? path.resolve(baseDir, spec.scenario) : spec.scenario;
  const loaded = loadScenario(scenarioArg, scenariosDir);
  const fixed = [...Object.entries(spec.set ?? {}).map(([p, v]) => ({ pointer: p, value: v })), ...extra.map((o) => ({ pointer: o.pointer, value: o.value }))];
  const axes = spec.axes.map((a, i) => expandAxis(a, i, origin));
  const names = new Set<string>();
  for (const axis of axes) {
    if (names.has(axis.name)) throw new ScenarioError(`sweep ${origin}: two axes are named '${axis.name}': give one a "name"`);
    names.add(axis.name);
    if (fixed.some((f) => f.pointer === axis.pointer)) throw new ScenarioError(`sweep ${origin}: ${axis.pointer} is both an axis and a fixed override`);
  }
  const seeds = spec.seeds === undefined ? [loaded.scenario.seed] : Array.isArray(spec.seeds) ? [...spec.seeds] : expandRange(spec.seeds as SweepRange, `${origin}: /seeds`);
  if (seeds.length === 0) throw new ScenarioError(`sweep ${origin}: no seeds (the product is empty)`);
  if (new Set(seeds).size !== seeds.length) throw new ScenarioError(`sweep ${origin}: a seed is listed twice`);
  if (seeds.some((s) => !Number.isSafeInteger(s) || s < 0)) throw new ScenarioError(`sweep ${origin}: seeds must be integers ≥ 0`);
  const points = spec.points === undefined ? product(axes) : explicitPoints(spec.points, axes, origin);
  if (points.length === 0) {
    const empty = axes.find((a) => a.values.length === 0);
    throw new ScenarioError(`sweep ${origin}: the product is empty${empty ? ` (axis ${empty.name} has no values)` : ' (no points)'}`);
  }
  if (points.length * seeds.length > MAX_RUNS) throw new ScenarioError(`sweep ${origin}: ${points.length * seeds.length} runs, more than ${MAX_RUNS}`);

  const runs: PlannedRun[] = [];
  const runNames = new Set<string>();
  for (const point of points) {
    const overrides = [...fixed, ...axes.map((a, i) => ({ pointer: a.pointer, value: point[i] }))];
    const pointName = axes.map((a, i) => `${a.name}=${valueToken(point[i])}`).join('_') || 'base';
    try {
      applyOverrides(loaded.scenario, overrides.map((o) => ({ ...o, text: `${o.pointer}=${JSON.stringify(o.value)}` })), loaded.scenario.name);
    } catch (error) {
      if (error instanceof ScenarioError) throw new ScenarioError(`sweep ${origin}: point ${pointName}: ${error.message}`);
      throw error;
    }
    for (const seed of seeds) {
      const name = `${pointName}_s${seed}`;
      if (runNames.has(name)) throw new ScenarioError(`sweep ${origin}: run ${name} appears twice (a repeated point or value)`);
      runNames.add(name);
      runs.push({ index: runs.length, name, axisValues: Object.fromEntries(axes.map((a, i) => [a.name, point[i]])), seed, overrides });
    }
  }
  return {
    name: spec.name,
    description: spec.description ?? '',
    source: origin,
    scenarioFile: loaded.file,
    scenarioName: loaded.scenario.name,
    fixed,
    axes,
    seeds,
    runs,
  };
}

function expandAxis(spec: SweepAxisSpec, index: number, origin: string): SweepAxis {
  const tokens = pointerTokens(spec.pointer);
  const name = spec.name ?? tokens[tokens.length - 1]!;
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(name)) throw new ScenarioError(`sweep ${origin}: /axes/${index}: '${name}' cannot name an axis: give it a "name"`);
  const values = spec.values !== undefined ? [...spec.values] : expandRange(spec.range!, `${origin}: /axes/${index}/range`);
  if (new Set(values.map((v) => JSON.stringify(v))).size !== values.length) throw new ScenarioError(`sweep ${origin}: /axes/${index} (${spec.pointer}) lists a value twice`);
  return { pointer: spec.pointer, name, values };
}

/** from, from + step, … up to `to` included, each rounded to 12 significant digits (no 0.30000000000000004). */
export function expandRange(r: SweepRange, where: string): number[] {
  const step = r.step ?? 1;
  if (r.to < r.from) return [];
  const count = Math.floor((r.to - r.from) / step + 1e-9) + 1;
  if (count > 10_000) throw new ScenarioError(`sweep ${where}: ${count} values, more than 10000`);
  return Array.from({ length: count }, (_, i) => Number((r.from + i * step).toPrecision(12)));
}

function product(axes: readonly SweepAxis[]): unknown[][] {
  let points: unknown[][] = [[]];
  for (const axis of axes) points = points.flatMap((p) => axis.values.map((v) => [...p, v]));
  return points;
}

function explicitPoints(points: readonly Readonly<Record<string, unknown>>[], axes: readonly SweepAxis[], origin: string): unknown[][] {
  return points.map((point, i) => {
    for (const key of Object.keys(point)) {
      if (!axes.some((a) => a.pointer === key)) throw new ScenarioError(`sweep ${origin}: /points/${i}: ${key} is not an axis`);
    }
    return axes.map((a) => {
      if (!(a.pointer in point)) throw new ScenarioError(`sweep ${origin}: /points/${i} gives no value for ${a.pointer}`);
      return point[a.pointer];
    });
  });
}

/** A value as it appears in a file name: safe characters only. */
export function valueToken(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const token = text.replace(/[^A-Za-z0-9.+-]/g, '-');
  return token.length > 40 ? `${token.slice(0, 32)}~${token.length}` : token;
}

function describe(error: ErrorObject | undefined): string {
  if (error === undefined) return 'invalid';
  const where = error.instancePath || '/';
  if (error.keyword === 'additionalProperties') {
    const field = (error.params as { additionalProperty: string }).additionalProperty;
    return `${where} has unknown field '${field}'${didYouMean(sweepSchema, error.schemaPath, field)}`;
  }
  if (error.keyword === 'required') return `${where} is missing required field '${(error.params as { missingProperty: string }).missingProperty}'`;
  if (error.keyword === 'pattern' && /pointer|propertyName/.test(error.schemaPath + error.propertyName)) return `${where}: not a JSON pointer (e.g. /machine/remoteMissNs)`;
  if (error.keyword === 'oneOf') return `${where} must give exactly one of "values" and "range" (or seeds as a list or a range)`;
  return `${where} ${error.message ?? 'is invalid'}`;
}

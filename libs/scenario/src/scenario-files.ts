import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { meant, parseScenario, type Scenario } from './scenario';
import { applyOverrides, pointerTokens, type Override } from './overrides';
import { ScenarioError } from './scenario-error';

export interface LoadedScenario {
  readonly scenario: Scenario;
  /** The scenario with defaults applied, as stored in the trace. */
  readonly json: string;
  readonly file: string;
}

/** Names of the scenarios in `dir` (files `<name>.json`). */
export function listScenarios(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

/**
 * Loads a scenario given as a name from `dir` or as a path to a JSON file.
 */
export function loadScenario(nameOrPath: string, dir: string): LoadedScenario {
  const looksLikePath = nameOrPath.includes('/') || nameOrPath.includes(path.sep) || nameOrPath.endsWith('.json');
  const file = looksLikePath ? path.resolve(nameOrPath) : path.join(dir, `${nameOrPath}.json`);
  if (!existsSync(file)) {
    const known = listScenarios(dir);
    throw new ScenarioError(
      looksLikePath
        ? `scenario file not found: ${nameOrPath}`
        : `unknown scenario '${nameOrPath}'${meant(nameOrPath, known)}; known: ${known.join(', ') || '(none)'}`,
    );
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ScenarioError(`cannot read scenario ${nameOrPath}: ${(error as Error).message}`);
  }
  const scenario = parseScenario(text, looksLikePath ? nameOrPath : nameOrPath);
  return { scenario, json: JSON.stringify(scenario), file };
}

/**
 * The scenario with its workload grown `factor` times: the `guest` section's
 * `scale` (or the model section's, for models without a guest) is multiplied
 * and validated again. A model without a `scale` cannot be grown.
 */
export function scaleScenario(loaded: LoadedScenario, factor: number): LoadedScenario {
  const scenario = JSON.parse(loaded.json) as Record<string, unknown> & { model: string; name: string };
  const pointer = [`/guest/scale`, `/${scenario.model}/scale`].find((p) => typeof valueAt(scenario, p) === 'number');
  if (pointer === undefined) throw new ScenarioError(`scenario ${scenario.name}: model '${scenario.model}' has no scale to grow`);
  const scaled = applyOverrides(loaded.scenario, [{ pointer, value: (valueAt(scenario, pointer) as number) * factor, text: `--scale ${factor}` }], `${scenario.name} (scaled ×${factor})`);
  return { scenario: scaled, json: JSON.stringify(scaled), file: loaded.file };
}

/** The scenario with `--set` overrides applied and validated again (stored in the trace as run). */
export function overrideScenario(loaded: LoadedScenario, overrides: readonly Override[]): LoadedScenario {
  if (overrides.length === 0) return loaded;
  const scenario = applyOverrides(loaded.scenario, overrides, loaded.scenario.name);
  return { scenario, json: JSON.stringify(scenario), file: loaded.file };
}

/** A shipped scenario's one-line listing. */
export interface ScenarioListing {
  readonly name: string;
  readonly model: string;
  readonly paper: string;
  readonly description: string;
}

/** Every scenario of `dir`, parsed (a broken one is listed with its error as description). */
export function describeScenarios(dir: string): ScenarioListing[] {
  return listScenarios(dir).map((name) => {
    try {
      const { scenario } = loadScenario(name, dir);
      return { name, model: scenario.model, paper: scenario.paper, description: scenario.description };
    } catch (error) {
      return { name, model: '?', paper: '?', description: `invalid: ${(error as Error).message}` };
    }
  });
}

function valueAt(value: unknown, pointer: string): unknown {
  let node = value;
  for (const token of pointerTokens(pointer)) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[token] : undefined;
  return node;
}

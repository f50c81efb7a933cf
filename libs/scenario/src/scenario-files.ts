import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseScenario, type Scenario } from './scenario';
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
        : `unknown scenario '${nameOrPath}'; known: ${known.join(', ') || '(none)'}`,
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
 * The scenario with its workload grown `factor` times: the model section's
 * `scale` is multiplied (and validated again). A model without a `scale`
 * cannot be grown.
 */
export function scaleScenario(loaded: LoadedScenario, factor: number): LoadedScenario {
  const scenario = JSON.parse(loaded.json) as Record<string, unknown> & { model: string; name: string };
  const section = scenario[scenario.model] as Record<string, unknown> | undefined;
  if (section === undefined || typeof section['scale'] !== 'number') {
    throw new ScenarioError(`scenario ${scenario.name}: model '${scenario.model}' has no scale to grow`);
  }
  section['scale'] = (section['scale'] as number) * factor;
  const scaled = parseScenario(JSON.stringify(scenario), `${scenario.name} (scaled ×${factor})`);
  return { scenario: scaled, json: JSON.stringify(scaled), file: loaded.file };
}

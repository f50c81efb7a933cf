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

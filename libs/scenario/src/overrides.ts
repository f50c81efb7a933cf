import { validateScenario, type Scenario } from './scenario';
import { ScenarioError } from './scenario-error';

/** One `--set POINTER=VALUE`: a JSON pointer (RFC 6901) into the scenario and the value to put there. */
export interface Override {
  readonly pointer: string;
  readonly value: unknown;
  /** As the user wrote it, for messages. */
  readonly text: string;
}

/**
 * Parses `POINTER=VALUE`. The value is JSON when it parses as JSON (`600`,
 * `false`, `"pmake"`, `[1,2]`), else the bare string (`pmake`).
 */
export function parseOverride(text: string): Override {
  const eq = text.indexOf('=');
  if (eq < 0) throw new ScenarioError(`--set ${text}: expected POINTER=VALUE, e.g. /machine/remoteMissNs=600`);
  const pointer = text.slice(0, eq);
  const raw = text.slice(eq + 1);
  if (!pointer.startsWith('/') || pointer.length < 2) throw new ScenarioError(`--set ${text}: '${pointer}' is not a JSON pointer (it starts with /, e.g. /machine/remoteMissNs)`);
  if (raw === '') throw new ScenarioError(`--set ${text}: no value after '='`);
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    value = raw;
  }
  return { pointer, value, text };
}

/** The reference tokens of a JSON pointer, unescaped (~1 is /, ~0 is ~). */
export function pointerTokens(pointer: string): string[] {
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor']);

/** `target` with `value` at `pointer`; missing objects on the way are created. Throws ScenarioError naming the pointer. */
export function setAtPointer(target: Record<string, unknown>, override: Override): void {
  const tokens = pointerTokens(override.pointer);
  let node: unknown = target;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (FORBIDDEN.has(token)) throw new ScenarioError(`--set ${override.text}: '${token}' is not a scenario field`);
    const last = i === tokens.length - 1;
    if (Array.isArray(node)) {
      const index = /^(0|[1-9]\d*)$/.test(token) ? Number(token) : -1;
      if (index < 0 || index >= node.length) throw new ScenarioError(`--set ${override.text}: ${tokens.slice(0, i).join('/') || '/'} has no element ${token}`);
      if (last) node[index] = override.value;
      else node = node[index];
      continue;
    }
    if (node === null || typeof node !== 'object') throw new ScenarioError(`--set ${override.text}: /${tokens.slice(0, i).join('/')} is not an object`);
    const object = node as Record<string, unknown>;
    if (last) object[token] = override.value;
    else {
      if (object[token] === undefined) object[token] = {};
      node = object[token];
    }
  }
}

/**
 * The scenario with each override applied in order, then validated exactly
 * as a file is: a value the schema refuses is named by its pointer.
 */
export function applyOverrides(scenario: Scenario, overrides: readonly Override[], origin: string): Scenario {
  if (overrides.length === 0) return scenario;
  const copy = JSON.parse(JSON.stringify(scenario)) as Record<string, unknown>;
  for (const o of overrides) setAtPointer(copy, o);
  try {
    return validateScenario(copy, origin);
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    // The override the error names, or (a field the schema does not know, at the top level too) whose last segment is that field.
    const unknown = /has unknown field '([^']*)'/.exec(error.message)?.[1];
    const named =
      overrides.find((o) => error.message.includes(o.pointer) || o.pointer.startsWith(pathOf(error.message))) ??
      overrides.find((o) => unknown !== undefined && o.pointer.split('/').at(-1)?.replace(/~1/g, '/').replace(/~0/g, '~') === unknown);
    throw new ScenarioError(named === undefined ? error.message : `--set ${named.text}: ${error.message}`);
  }
}

/** The JSON pointer an error message of validateScenario names, or '' when none. */
function pathOf(message: string): string {
  return /: (\/[^\s:]*)/.exec(message)?.[1] ?? '\u0000';
}

/** Adds one `--set POINTER=VALUE` to those given before (a repeatable CLI option's collector); a bad one is a ScenarioError, exit 2. */
export function collectOverride(text: string, previous: readonly Override[]): Override[] {
  return [...previous, parseOverride(text)];
}

/**
 * What a run was given that another was not: the scenario fields (JSON
 * pointers into each trace's `run.scenario_json`, the scenario as run with its
 * defaults applied, so every parameter is there on both sides) and the run's
 * seed and level, where they differ. `disco-analyze compare` shows them under
 * each trace, so that the figures that moved can be read against the
 * parameters that moved, and `disco-replay --diff` beside the first event
 * that differs
 * (its name, description and paper section are left out: they say what the
 * scenario is, not what it sets).
 *
 * Traces are untrusted: the scenario text may not parse, may nest without end
 * or hold thousands of fields, and its names may hold any character. So the
 * walk stops at MAX_DEPTH (deeper values compare as JSON text), arrays compare
 * whole, names are escaped (RFC 6901, then control characters as JSON does)
 * and cut, values are shown as JSON cut to MAX_VALUE_CHARS, and at most
 * `limit` differences are listed with the count of the rest.
 */
export interface RunIdentity {
  readonly scenarioJson: string;
  readonly seed: number;
  readonly level: string;
}

export interface RunDifference {
  /** A JSON pointer into the scenario (`/machine/remoteMissNs`), or `seed` or `level` for the run's own. */
  readonly what: string;
  /** The value in each run as JSON text (cut), or `(absent)`. */
  readonly a: string;
  readonly b: string;
}

export interface RunDifferences {
  readonly differences: readonly RunDifference[];
  /** Differences past `limit`, not listed. */
  readonly more: number;
  /** Which side's scenario text is not JSON (its fields are then not compared). */
  readonly unreadable: readonly ('a' | 'b')[];
}

/**
 * Scenario fields not compared: what names and describes it (the label shows
 * the name), and its default seed and level, which the run's own replace
 * (`--seed`, `--level`): those are compared instead.
 */
const NOT_COMPARED = new Set(['/name', '/description', '/paper', '/seed', '/level']);
const MAX_DEPTH = 16;
const MAX_VALUE_CHARS = 40;
const MAX_POINTER_CHARS = 80;
const ABSENT = '(absent)';
/** A value too deep for JSON.stringify, as scenarioFieldDifferences gives it: two such are never taken for equal. */
export const UNPRINTABLE_VALUE = '(too deep to print)';

/** The differences of `b` from `a`, scenario fields in pointer order, then (with `runFields`) seed and level. */
export function runDifferences(a: RunIdentity, b: RunIdentity, limit = 12, runFields = true): RunDifferences {
  const { fields, unreadable } = scenarioFieldDifferences(a.scenarioJson, b.scenarioJson);
  const all: RunDifference[] = fields.map((f) => ({
    what: printable(f.pointer, MAX_POINTER_CHARS),
    a: f.a === undefined ? ABSENT : printable(f.a, MAX_VALUE_CHARS),
    b: f.b === undefined ? ABSENT : printable(f.b, MAX_VALUE_CHARS),
  }));
  if (runFields && a.seed !== b.seed) all.push({ what: 'seed', a: String(a.seed), b: String(b.seed) });
  if (runFields && a.level !== b.level) all.push({ what: 'level', a: printable(a.level, MAX_VALUE_CHARS), b: printable(b.level, MAX_VALUE_CHARS) });
  return { differences: all.slice(0, Math.max(0, limit)), more: Math.max(0, all.length - limit), unreadable };
}

/** A scenario field whose value differs: its JSON pointer (RFC 6901) and each side's value as JSON text, whole (undefined: absent). */
export interface ScenarioFieldDifference {
  readonly pointer: string;
  readonly a: string | undefined;
  readonly b: string | undefined;
}

/**
 * The scenario fields of two scenario texts whose values differ, in pointer
 * order, values whole and unescaped (runDifferences cuts and escapes them
 * for display); with which side is not JSON (nothing compared then).
 */
export function scenarioFieldDifferences(aText: string, bText: string): { fields: ScenarioFieldDifference[]; unreadable: ('a' | 'b')[] } {
  const left = parse(aText);
  const right = parse(bText);
  const unreadable = [...(left === undefined ? ['a' as const] : []), ...(right === undefined ? ['b' as const] : [])];
  const fields: ScenarioFieldDifference[] = [];
  if (left !== undefined && right !== undefined) {
    const l = leaves(left);
    const r = leaves(right);
    for (const pointer of [...new Set([...l.keys(), ...r.keys()])].sort()) {
      if (NOT_COMPARED.has(pointer)) continue;
      const x = l.get(pointer);
      const y = r.get(pointer);
      if (x !== y || x === UNPRINTABLE_VALUE) fields.push({ pointer, a: x, b: y });
    }
  }
  return { fields, unreadable };
}


/** One line for a trace under its label: `/machine/remoteMissNs 900 → 1800, seed 1 → 2`, or that nothing differs. */
export function describeDifferences(d: RunDifferences, baseline = 'A'): string {
  const unreadable = d.unreadable.length > 0 ? ` (the scenario of ${d.unreadable.map((s) => (s === 'a' ? baseline : 'this trace')).join(' and ')} is not JSON: its fields are not compared)` : '';
  if (d.differences.length === 0) return `same scenario, seed and level as ${baseline}${unreadable}`;
  return `differs from ${baseline}: ${listDifferences(d)}${unreadable}`;
}

/** The differences as `what a → b`, comma-separated, and how many more. */
export function listDifferences(d: RunDifferences): string {
  return `${d.differences.map((x) => `${x.what} ${x.a} → ${x.b}`).join(', ')}${d.more > 0 ? `, and ${d.more} more` : ''}`;
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Every leaf of `value` by JSON pointer, as JSON text; arrays, and what lies below MAX_DEPTH, are leaves. */
function leaves(value: unknown): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (v: unknown, pointer: string, depth: number): void => {
    if (v !== null && typeof v === 'object' && !Array.isArray(v) && depth < MAX_DEPTH) {
      for (const [key, child] of Object.entries(v as Record<string, unknown>)) walk(child, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, depth + 1);
      return;
    }
    out.set(pointer === '' ? '/' : pointer, json(v));
  };
  walk(value, '', 0);
  return out;
}

function json(v: unknown): string {
  try {
    return JSON.stringify(v) ?? 'null';
  } catch {
    // Too deep for JSON.stringify's stack (JSON.parse takes any depth).
    return UNPRINTABLE_VALUE;
  }
}

/** `text` with control characters escaped as JSON escapes them, cut to `max` characters: safe to print from an untrusted trace. */
export function printable(text: string, max: number): string {
  // eslint-disable-next-line no-control-regex
  const safe = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return safe.length <= max ? safe : `${safe.slice(0, max - 1)}…`;
}

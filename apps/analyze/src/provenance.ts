import { scenariosDir } from '@disco/cli-kit';
import { listScenarios, loadScenario } from '@disco/scenario';
import { scenarioFieldDifferences, UNPRINTABLE_VALUE, type RunInfo, type ScenarioFieldDifference } from '@disco/trace-store';

/**
 * How a trace was made, told against the shipped scenario of its name: the
 * fields its scenario sets otherwise (`--set` overrides, a `--scale`), and the
 * disco-record command line that records the same run again. With the same
 * scenario file and model version, that line gives the same final hash.
 */
export interface Provenance {
  /** The shipped scenario file compared with, as it is now. */
  readonly shipped: string;
  /** The trace's values where they differ from the file's, as `--set` takes them. */
  readonly overrides: readonly { readonly pointer: string; readonly value: string }[];
  /**
   * The command line that records the run again, or null when `--set` cannot
   * say what differs (a field the trace lacks, a value too long or deep, a
   * field name it cannot take, a scenario that is not JSON; `reason` says which).
   */
  readonly rerecord: string | null;
  readonly reason: string | null;
}

/** `--set` takes pointers of plain names and values of at most this many characters here (longer ones go in a file). */
const MAX_SET_VALUE_CHARS = 200;
const PLAIN_POINTER = /^(\/[A-Za-z0-9_.-]+)+$/;
/** What the shell passes unquoted. */
const SHELL_SAFE = /^[A-Za-z0-9_.,:/=+-]+$/;

/**
 * The trace's provenance, or null when its scenario name is not a shipped
 * scenario. The name comes from the trace (untrusted): it reaches the file
 * system only when it is one of the names `listScenarios` gives.
 */
export function provenanceOf(run: Pick<RunInfo, 'scenarioName' | 'scenarioJson' | 'seed' | 'level' | 'batchSize'>, dir = scenariosDir()): Provenance | null {
  if (!listScenarios(dir).includes(run.scenarioName)) return null;
  let shipped;
  try {
    shipped = loadScenario(run.scenarioName, dir);
  } catch {
    // A shipped file that does not load today (edited by hand): nothing to tell against.
    return null;
  }
  const { fields, unreadable } = scenarioFieldDifferences(shipped.json, run.scenarioJson);
  const file = shipped.file;
  if (unreadable.length > 0) return { shipped: file, overrides: [], rerecord: null, reason: "the trace's scenario is not JSON" };
  const overrides = fields.flatMap((f) => (f.b === undefined ? [] : [{ pointer: f.pointer, value: f.b }]));
  const reason = notSettable(fields, overrides);
  const args = [
    'npx disco-record', run.scenarioName, '--seed', String(run.seed), '--level', run.level,
    ...(run.batchSize === shipped.scenario.batchSize ? [] : ['--batch-size', String(run.batchSize)]),
    ...overrides.flatMap((o) => ['--set', quoted(`${o.pointer}=${setValue(o.value)}`)]),
  ];
  return { shipped: file, overrides, rerecord: reason === null ? args.join(' ') : null, reason };
}

/**
 * Why `--set` cannot say what differs, or null. The run's seed, level and
 * batch size need no check: the reader refuses a trace whose run row holds
 * anything else than a safe integer, a level name and a batch size.
 */
function notSettable(fields: readonly ScenarioFieldDifference[], overrides: Provenance['overrides']): string | null {
  const lacking = fields.find((f) => f.b === undefined);
  if (lacking !== undefined) return `the trace's scenario lacks ${lacking.pointer}, which --set cannot remove`;
  if (overrides.some((o) => !PLAIN_POINTER.test(o.pointer))) return 'a field name --set cannot take';
  if (overrides.some((o) => o.value === UNPRINTABLE_VALUE || o.value.length > MAX_SET_VALUE_CHARS)) return 'a value too long for --set: copy run.scenario_json to a file and record that';
  return null;
}

/** A JSON value as `--set` reads it back: a string bare when it would not parse as JSON (so `--set /x=migratory`), JSON otherwise. */
function setValue(json: string): string {
  const value = JSON.parse(json) as unknown;
  if (typeof value !== 'string' || value === '') return json;
  try {
    JSON.parse(value);
    return json;
  } catch {
    return value;
  }
}

/** `text` as one shell word: bare when safe, else in single quotes. */
function quoted(text: string): string {
  return SHELL_SAFE.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

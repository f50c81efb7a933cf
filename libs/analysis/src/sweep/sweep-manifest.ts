import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Where a run of a sweep stands. */
export type SweepRunStatus = 'pending' | 'running' | 'submitted' | 'complete' | 'failed';
export const SWEEP_RUN_STATUSES: readonly SweepRunStatus[] = ['pending', 'running', 'submitted', 'complete', 'failed'];

export interface SweepManifestRun {
  readonly index: number;
  /** Run name from its axis values and seed; its trace is `<name>.db` in the sweep's folder. */
  readonly name: string;
  readonly axisValues: Readonly<Record<string, unknown>>;
  readonly seed: number;
  readonly overrides: readonly { pointer: string; value: unknown }[];
  /** The trace, relative to the sweep's folder. */
  readonly trace: string;
  status: SweepRunStatus;
  finalHash?: string | null;
  /** True when disco-replay re-executed the trace and found it identical. */
  verified?: boolean;
  wallSeconds?: number;
  error?: string;
  /** SLURM job id of the array that last ran it. */
  slurmJob?: string;
}

/** DIR/manifest.json: what a sweep runs and where each run stands. Written by disco-sweep only. */
export interface SweepManifest {
  readonly version: 1;
  readonly sweep: string;
  readonly description: string;
  readonly source: string;
  readonly scenarioFile: string;
  readonly scenarioName: string;
  readonly fixed: readonly { pointer: string; value: unknown }[];
  readonly axes: readonly { pointer: string; name: string; values: readonly unknown[] }[];
  readonly seeds: readonly number[];
  executor: 'local' | 'slurm';
  slurmJobs?: string[];
  updatedAt: string;
  readonly runs: SweepManifestRun[];
}

export const MANIFEST_FILE = 'manifest.json';

/** A manifest that cannot be read or trusted: bad input, exit code 2. */
export class SweepManifestError extends Error {
  override readonly name = 'SweepManifestError';
  readonly exitCode = 2;
}

const RUN_NAME = /^[A-Za-z0-9][A-Za-z0-9_.=+~-]{0,400}$/;
const AXIS_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/;

/**
 * Reads and checks DIR/manifest.json. It is untrusted input: every run name
 * and trace path is checked to stay inside DIR, every axis name to be a plain
 * identifier, before any of it reaches a path, an SQL identifier or a table.
 */
export function readSweepManifest(dir: string): SweepManifest {
  const file = path.join(dir, MANIFEST_FILE);
  if (!existsSync(file)) throw new SweepManifestError(`${dir} holds no sweep (no ${MANIFEST_FILE})`);
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new SweepManifestError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  return checkManifest(value, file);
}

export function checkManifest(value: unknown, file: string): SweepManifest {
  const bad = (what: string): never => {
    throw new SweepManifestError(`${file}: ${what}`);
  };
  if (value === null || typeof value !== 'object') bad('not an object');
  const m = value as Partial<SweepManifest>;
  if (m.version !== 1) bad(`version ${JSON.stringify(m.version)} is not 1`);
  if (typeof m.sweep !== 'string' || !/^[a-z0-9][a-z0-9._-]{0,99}$/.test(m.sweep)) bad('/sweep is not a sweep name');
  if (!Array.isArray(m.axes) || m.axes.length > 16) bad('/axes is not a list of at most 16 axes');
  for (const [i, a] of m.axes!.entries()) {
    if (typeof a?.name !== 'string' || !AXIS_NAME.test(a.name)) bad(`/axes/${i}/name is not an axis name`);
    if (typeof a.pointer !== 'string' || !Array.isArray(a.values)) bad(`/axes/${i} has no pointer or values`);
  }
  if (!Array.isArray(m.seeds)) bad('/seeds is not a list');
  if (!Array.isArray(m.runs) || m.runs.length > 100_000) bad('/runs is not a list of at most 100000 runs');
  const names = new Set<string>();
  for (const [i, r] of m.runs!.entries()) {
    if (r === null || typeof r !== 'object') bad(`/runs/${i} is not an object`);
    if (r.index !== i) bad(`/runs/${i}/index is ${JSON.stringify(r.index)}`);
    if (typeof r.name !== 'string' || !RUN_NAME.test(r.name) || names.has(r.name)) bad(`/runs/${i}/name is not a unique run name`);
    names.add(r.name);
    if (r.trace !== `${r.name}.db`) bad(`/runs/${i}/trace must be ${r.name}.db`);
    if (!Number.isSafeInteger(r.seed) || r.seed < 0) bad(`/runs/${i}/seed is not an integer ≥ 0`);
    if (!SWEEP_RUN_STATUSES.includes(r.status)) bad(`/runs/${i}/status '${String(r.status)}' is unknown`);
    if (r.axisValues === null || typeof r.axisValues !== 'object') bad(`/runs/${i}/axisValues is not an object`);
    for (const a of m.axes!) if (!(a.name in r.axisValues)) bad(`/runs/${i}/axisValues has no ${a.name}`);
    if (!Array.isArray(r.overrides)) bad(`/runs/${i}/overrides is not a list`);
  }
  if (m.executor !== 'local' && m.executor !== 'slurm') bad(`/executor '${String(m.executor)}' is neither local nor slurm`);
  return m as SweepManifest;
}

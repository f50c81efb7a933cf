import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, runCli, type CliResult } from '@disco/cli-kit/testing';

const SWEEP = path.join(ROOT, 'apps', 'sweep', 'dist', 'main.cjs');

/** Runs the disco-sweep bundle in a real process. */
export function runSweep(args: readonly string[], timeoutMs = 120_000): CliResult {
  const r = spawnSync(process.execPath, [SWEEP, ...args], { encoding: 'utf8', timeout: timeoutMs });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function startSweep(args: readonly string[]): ChildProcess {
  return spawn(process.execPath, [SWEEP, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A small, fast sweep: 2 axes × 2 values × 2 seeds of hw-migratory, 300 µs each (8 runs). */
export function writeSmallSweep(dir: string, extra: Record<string, unknown> = {}): string {
  const file = path.join(dir, 'small.json');
  const sweep = {
    name: 'small',
    scenario: 'hw-migratory',
    set: { '/hardware/durationUs': 300, '/machine/cpus': 4 },
    axes: [
      { pointer: '/machine/remoteMissNs', values: [600, 1800] },
      { pointer: '/hardware/pattern', values: ['migratory', 'read-shared'] },
    ],
    seeds: [1, 2],
    ...extra,
  };
  writeFileSync(file, JSON.stringify(sweep));
  return file;
}

export type SweepRow = Record<string, string | number | boolean | null>;

/** Writes `sweep` to DIR/<name>.json, runs it into `out` with --jobs 2 (it must succeed, silently) and returns `disco-analyze sweep --json`'s rows. */
export function runSweepRows(dir: string, sweep: { readonly name: string } & Record<string, unknown>, out: string): SweepRow[] {
  const file = path.join(dir, `${sweep.name}.json`);
  writeFileSync(file, JSON.stringify(sweep));
  const r = runSweep(['run', file, '--out', out, '--jobs', '2', '--quiet']);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const a = runCli('analyze', ['sweep', out, '--json']);
  expect(a.status).toBe(0);
  return JSON.parse(a.stdout) as SweepRow[];
}

/** The one value of a one-row SQL query on a trace (the trace's own events, not the sweep table). */
export function sqlValue(trace: string, sql: string): number {
  const r = runCli('analyze', [trace, 'sql', sql, '--json']);
  expect(r.status).toBe(0);
  return Object.values((JSON.parse(r.stdout) as Record<string, number>[])[0]!)[0]!;
}

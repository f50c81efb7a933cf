import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, type CliResult } from '@disco/cli-kit/testing';

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

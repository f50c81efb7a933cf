import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../../../..');

export type Cli = 'record' | 'replay' | 'analyze' | 'sweep';

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a CLI bundle in a real process, as `npx disco-<cli>` does. */
export function runCli(cli: Cli, args: readonly string[], env: NodeJS.ProcessEnv = {}): CliResult {
  const t0 = Date.now();
  const result = spawnSync(process.execPath, [path.join(ROOT, 'apps', cli, 'dist', 'main.cjs'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 120_000,
  });
  // DISCO_CLI_TIMES=FILE appends each call's wall time (ms) and arguments: which CLI calls a test suite spends its time on.
  if (process.env['DISCO_CLI_TIMES']) appendFileSync(process.env['DISCO_CLI_TIMES'], `${Date.now() - t0} ${cli} ${args.join(' ').slice(0, 200)}\n`);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts a CLI in the background (for signals). */
export function startCli(cli: Cli, args: readonly string[]): ChildProcess {
  return spawn(process.execPath, [path.join(ROOT, 'apps', cli, 'dist', 'main.cjs'), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A fresh temporary folder, removed by the returned cleanup. */
export function tempDir(prefix = 'disco-e2e-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function sha256File(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** Writes a synthetic scenario file into `dir` and returns its path. */
export function writeSyntheticScenario(dir: string, name: string, synthetic: Record<string, number>, extra: Record<string, unknown> = {}): string {
  const file = path.join(dir, `${name}.json`);
  const scenario = {
    name,
    model: 'synthetic',
    seed: 1,
    synthetic: { workers: 4, meanWorkNs: 1000, messageProbability: 0.3, messageLatencyNs: 900, durationMs: 2, ...synthetic },
    ...extra,
  };
  writeFileSync(file, JSON.stringify(scenario, null, 2));
  return file;
}

/** A one-line error message without a stack trace. */
export function expectOneLineError(result: CliResult, pattern: RegExp): void {
  const lines = result.stderr.trim().split('\n');
  if (lines.length !== 1 || !pattern.test(lines[0]!) || /\bat .+:\d+:\d+/.test(result.stderr)) {
    throw new Error(`expected one error line matching ${pattern}, got stderr:\n${result.stderr}`);
  }
}

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { SweepManifest, SweepManifestRun } from '@disco/analysis';
import { scenariosDir, workspaceRoot } from '@disco/cli-kit';
import { loadScenario, overrideScenario } from '@disco/scenario';
import { TraceReader } from '@disco/trace-store';

const root = workspaceRoot(__dirname);
export const RECORD_MAIN = path.join(root, 'apps', 'record', 'dist', 'main.cjs');
export const REPLAY_MAIN = path.join(root, 'apps', 'replay', 'dist', 'main.cjs');
const EXIT_WITH_PARENT = path.join(root, 'apps', 'sweep', 'bin', 'exit-with-parent.js');

/** The disco-record arguments of one run (after the bundle's path). */
export function recordArgs(manifest: SweepManifest, run: SweepManifestRun, dir: string): string[] {
  return [
    manifest.scenarioFile,
    ...run.overrides.flatMap((o) => ['--set', `${o.pointer}=${JSON.stringify(o.value)}`]),
    '--seed',
    String(run.seed),
    '--out',
    path.join(path.resolve(dir), run.trace),
    '--force',
    '--json',
  ];
}

export interface ChildOutcome {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  /** The last non-empty line of stderr: the error, if any. */
  readonly lastError: string;
}

/** A disco-record or disco-replay child that stops if this process dies (see bin/exit-with-parent.js). */
export function startChild(main: string, args: readonly string[], onExit: (outcome: ChildOutcome) => void): ChildProcess {
  const child = spawn(process.execPath, ['--require', EXIT_WITH_PARENT, main, ...args], { stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => {
    stderr += d.toString();
    if (stderr.length > 64_000) stderr = stderr.slice(-16_000);
  });
  child.on('error', (error) => onExit({ code: null, signal: null, stdout, lastError: error.message }));
  child.on('close', (code, signal) => {
    const lines = stderr.split('\n').map((l) => l.trim()).filter((l) => l !== '');
    onExit({ code, signal, stdout, lastError: (lines[lines.length - 1] ?? '').replace(/^error: /, '') });
  });
  return child;
}

/** What a run's trace file says, read-only. */
export interface TraceState {
  readonly exists: boolean;
  readonly status: string | null;
  readonly finalHash: string | null;
  /** Whether the trace holds this run (its scenario as run and its seed), not some other. */
  readonly matches: boolean;
  readonly problem?: string;
}

const expectedJson = new Map<string, string>();

/** The scenario JSON a run of the manifest stores in its trace (what `disco-record --set …` would store). */
export function expectedScenarioJson(manifest: SweepManifest, run: SweepManifestRun): string {
  const key = JSON.stringify([manifest.scenarioFile, run.overrides]);
  let json = expectedJson.get(key);
  if (json === undefined) {
    const loaded = loadScenario(manifest.scenarioFile, scenariosDir());
    json = overrideScenario(loaded, run.overrides.map((o) => ({ ...o, text: `${o.pointer}=${JSON.stringify(o.value)}` }))).json;
    expectedJson.set(key, json);
  }
  return json;
}

export function traceState(manifest: SweepManifest, run: SweepManifestRun, dir: string): TraceState {
  const file = path.join(dir, run.trace);
  if (!existsSync(file)) return { exists: false, status: null, finalHash: null, matches: false };
  try {
    const reader = TraceReader.open(file);
    try {
      const info = reader.run;
      const matches = info.seed === run.seed && info.scenarioJson === expectedScenarioJson(manifest, run);
      return { exists: true, status: info.status, finalHash: info.finalHash ?? null, matches };
    } finally {
      reader.close();
    }
  } catch (error) {
    return { exists: true, status: null, finalHash: null, matches: false, problem: (error as Error).message };
  }
}

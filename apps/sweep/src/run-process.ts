import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { SweepManifest, SweepManifestRun } from '@disco/analysis';
import { lastErrorLine, scenariosDir, workspaceRoot } from '@disco/cli-kit';
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
    onExit({ code, signal, stdout, lastError: lastErrorLine(stderr) });
  });
  return child;
}

/** disco-record's flag that makes it a run server (apps/record/src/serve.ts; a copy: apps do not import apps). */
const SERVE_FLAG = '--serve-ipc';

/**
 * One disco-record run server (`disco-record --serve-ipc`): records the runs
 * it is given one at a time, in one process, each exactly as `disco-record
 * ARGS` would. It starts at the first run and again after it has ended (after
 * a run that did not succeed, or after its share of runs); `close` lets it end.
 */
export class RecordServer {
  private child: ChildProcess | null = null;
  private stderrTail = '';

  /** The process, while there is one (for signals). */
  get process(): ChildProcess | null {
    return this.child;
  }

  record(args: readonly string[]): Promise<ChildOutcome> {
    const child = this.child ?? this.start();
    return new Promise<ChildOutcome>((resolve) => {
      let settled = false;
      const settle = (outcome: ChildOutcome) => {
        if (settled) return;
        settled = true;
        child.off('message', onMessage);
        child.off('close', onClose);
        resolve(outcome);
      };
      const onMessage = (reply: { code: number; lastError: string; exiting: boolean }) => {
        if (reply.exiting) this.forget(child);
        settle({ code: reply.code, signal: null, stdout: '', lastError: reply.lastError });
      };
      const onClose = (code: number | null, signal: NodeJS.Signals | null) => settle({ code, signal, stdout: '', lastError: lastErrorLine(this.stderrTail) });
      child.on('message', onMessage);
      child.on('close', onClose);
      child.send({ args }, (error) => error && onClose(null, null));
    });
  }

  /** Lets the server end (it exits when its channel closes). */
  close(): void {
    const child = this.child;
    if (child === null) return;
    this.forget(child);
    if (child.connected) child.disconnect();
  }

  private start(): ChildProcess {
    const child = spawn(process.execPath, ['--require', EXIT_WITH_PARENT, RECORD_MAIN, SERVE_FLAG], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    this.stderrTail = '';
    child.stderr!.on('data', (d: Buffer) => (this.stderrTail = (this.stderrTail + d.toString()).slice(-16_000)));
    child.on('error', () => this.forget(child));
    child.on('close', () => this.forget(child));
    this.child = child;
    return child;
  }

  private forget(child: ChildProcess): void {
    if (this.child === child) this.child = null;
  }
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

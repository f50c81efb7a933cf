import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { SweepManifest, SweepManifestRun } from '@disco/analysis';
import { writeManifest } from './manifest-store';
import { RecordServer, recordArgs, REPLAY_MAIN, startChild, traceState, type ChildOutcome } from './run-process';
import { SweepProgress } from './sweep-progress';

export interface LocalOptions {
  readonly jobs: number;
  readonly failFast: boolean;
  /** Replay every freshly recorded run too (resumed runs are always replayed). */
  readonly verify: boolean;
  readonly progress: SweepProgress;
}

export interface LocalResult {
  readonly recorded: number;
  readonly skipped: number;
  readonly failed: number;
  readonly interrupted: boolean;
}

/**
 * Runs every run of the manifest that is not complete and verified, `jobs`
 * at a time: each job records its runs in a disco-record run server of its
 * own (one process for many runs, each recorded as `disco-record` records it;
 * see RecordServer). A run whose trace is already
 * complete is replayed first (disco-replay) and kept when identical. The
 * manifest is rewritten (atomically) at every change of a run's state, so a
 * sweep killed at any point loses no completed run.
 */
export async function runLocal(manifest: SweepManifest, dir: string, o: LocalOptions): Promise<LocalResult> {
  const children = new Set<ChildProcess>();
  const servers = Array.from({ length: Math.max(1, o.jobs) }, () => new RecordServer());
  let stopping = false;
  let interrupted = false;
  const counts = { recorded: 0, skipped: 0, failed: 0 };
  const save = () => {
    writeManifest(dir, manifest);
    o.progress.update(manifest.runs);
  };
  const stopAll = () => {
    stopping = true;
    for (const c of children) c.kill('SIGINT');
    for (const s of servers) s.process?.kill('SIGINT');
  };
  const onSignal = () => {
    interrupted = true;
    stopAll();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const child = (main: string, args: string[]) =>
    new Promise<ChildOutcome>((resolve) => {
      const c = startChild(main, args, (outcome) => {
        children.delete(c);
        resolve(outcome);
      });
      children.add(c);
    });

  const verify = async (run: SweepManifestRun): Promise<boolean> => {
    const r = await child(REPLAY_MAIN, [path.join(dir, run.trace), '--json', '--quiet']);
    if (r.code !== 0) return false;
    const result = JSON.parse(r.stdout) as { identical: boolean; status: string };
    return result.identical && result.status === 'complete';
  };

  const work = async (run: SweepManifestRun, server: RecordServer): Promise<void> => {
    const before = traceState(manifest, run, dir);
    if (before.status === 'complete' && before.matches && before.finalHash !== null) {
      // Verified earlier with this very hash: nothing to redo.
      const known = run.verified === true && run.finalHash === before.finalHash;
      if (known || (await verify(run))) {
        Object.assign(run, { status: 'complete', finalHash: before.finalHash, verified: true, error: undefined });
        counts.skipped++;
        save();
        return;
      }
      if (stopping) return;
    }
    run.status = 'running';
    run.error = undefined;
    save();
    const started = Date.now();
    const r = await server.record(recordArgs(manifest, run, dir));
    const after = traceState(manifest, run, dir);
    if (r.code === 0 && after.status === 'complete' && after.matches) {
      Object.assign(run, { status: 'complete', finalHash: after.finalHash, verified: false, wallSeconds: (Date.now() - started) / 1000 });
      if (o.verify) run.verified = await verify(run);
      if (o.verify && !run.verified) Object.assign(run, { status: 'failed', error: 'disco-replay found the fresh trace differs from its re-execution' });
      else counts.recorded++;
    } else if (stopping && (r.code === 130 || r.signal !== null)) {
      run.status = 'pending';
    } else {
      Object.assign(run, { status: 'failed', verified: false, error: r.lastError || `disco-record exited ${r.code ?? r.signal}`, wallSeconds: (Date.now() - started) / 1000 });
    }
    if ((run.status as string) === 'failed') {
      counts.failed++;
      o.progress.log(`failed: ${run.name}: ${run.error}`);
      if (o.failFast) stopAll();
    }
    save();
  };

  const queue = manifest.runs.filter((r) => !(r.status === 'complete' && r.verified === true && traceState(manifest, r, dir).finalHash === r.finalHash));
  counts.skipped += manifest.runs.length - queue.length;
  for (const r of queue) if (r.status !== 'failed') r.status = 'pending';
  o.progress.start(manifest.runs);
  save();
  let next = 0;
  try {
    await Promise.all(
      Array.from({ length: Math.min(o.jobs, queue.length) }, async (_, job) => {
        while (!stopping && next < queue.length) await work(queue[next++]!, servers[job]!);
      }),
    );
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    for (const s of servers) s.close();
    for (const r of manifest.runs) if (r.status === 'running') r.status = 'pending';
    save();
    o.progress.stop();
  }
  return { ...counts, interrupted };
}

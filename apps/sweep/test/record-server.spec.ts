import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { SweepManifest } from '@disco/analysis';
import { runCli, tempDir } from '@disco/cli-kit/testing';
import { runSweep, writeSmallSweep } from './sweep-cli';

const manifestOf = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as SweepManifest;

/** What disco-record, a process of its own, records for the run: its final hash. */
function recordedAlone(m: SweepManifest, run: SweepManifest['runs'][number], out: string): string {
  const sets = run.overrides.flatMap((o) => ['--set', `${o.pointer}=${JSON.stringify(o.value)}`]);
  const r = runCli('record', [m.scenarioFile, ...sets, '--seed', String(run.seed), '--out', out, '--force', '--json']);
  expect(r.status).toBe(0);
  return (JSON.parse(r.stdout) as { finalHash: string }).finalHash;
}

describe('disco-sweep run: each job records its runs in one disco-record run server', () => {
  const t = tempDir('disco-sweep-server-');
  afterAll(t.cleanup);

  it('records, in one process one after another, the very traces disco-record writes alone', () => {
    // --jobs 1: the four runs go through one server, each after the others.
    const sweep = writeSmallSweep(t.dir, { axes: [{ pointer: '/machine/remoteMissNs', values: [600, 1800] }, { pointer: '/hardware/pattern', values: ['migratory', 'read-shared'] }], seeds: [3] });
    const out = path.join(t.dir, 'one-job');
    const r = runSweep(['run', sweep, '--out', out, '--jobs', '1', '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const m = manifestOf(out);
    expect(m.runs).toHaveLength(4);
    for (const [i, run] of m.runs.entries()) {
      expect(run.status).toBe('complete');
      expect([run.name, run.finalHash]).toEqual([run.name, recordedAlone(m, run, path.join(t.dir, `alone-${i}.db`))]);
    }
    expect(new Set(m.runs.map((run) => run.finalHash)).size).toBe(4);
  }, 120_000);

  it('reports a run that fails with its error, and records the runs after it in a fresh server', () => {
    const sweep = writeSmallSweep(t.dir, { axes: [{ pointer: '/machine/remoteMissNs', values: [600, 1200, 1800] }], seeds: [1] });
    const out = path.join(t.dir, 'failing');
    const first = runSweep(['run', sweep, '--out', out, '--jobs', '1', '--quiet']);
    expect(first.status).toBe(0);
    const before = manifestOf(out);
    // All three to record again, and a folder where the second run's trace goes: disco-record refuses to replace it.
    for (const run of before.runs) rmSync(path.join(out, run.trace));
    mkdirSync(path.join(out, before.runs[1]!.trace));
    const r = runSweep(['run', sweep, '--out', out, '--jobs', '1']);
    expect(r.status).toBe(1);
    const m = manifestOf(out);
    expect(m.runs.map((run) => run.status)).toEqual(['complete', 'failed', 'complete']);
    expect(m.runs[1]!.error).toMatch(/refuses to replace .*it is not a trace/);
    expect(r.stderr).toMatch(/failed: .*refuses to replace/);
    // The runs before and after the failure are those recorded the first time.
    expect(m.runs[0]!.finalHash).toBe(before.runs[0]!.finalHash);
    expect(m.runs[2]!.finalHash).toBe(before.runs[2]!.finalHash);
  }, 120_000);
});

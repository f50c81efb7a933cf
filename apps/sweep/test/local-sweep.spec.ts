import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SweepManifest } from '@disco/analysis';
import { expectOneLineError, runCli, sha256File, tempDir } from '@disco/cli-kit/testing';
import { TraceReader } from '@disco/trace-store';
import { runSweep, startSweep, writeSmallSweep } from './sweep-cli';

const manifestOf = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as SweepManifest;

describe('disco-sweep: the shipped sweeps', () => {
  const dir = path.resolve(__dirname, '../../../traces/sweeps');
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''));

  it.each(names)('%s plans: every point is a valid scenario', (name) => {
    const r = runSweep(['plan', name]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/\d+ runs of /);
  });

  it('a name one letter off a shipped sweep: exit 2, guessing the sweep it means', () => {
    const r = runSweep(['plan', `${names[0]}x`]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`unknown sweep '${names[0]}x' (did you mean '${names[0]}'?)`);
  });
});

describe('disco-sweep: bad sweeps are refused before anything runs', () => {
  const t = tempDir('disco-sweep-bad-');
  afterAll(t.cleanup);

  const refused = (name: string, extra: Record<string, unknown>, pattern: RegExp) => {
    const file = writeSmallSweep(t.dir, extra);
    const out = path.join(t.dir, `out-${name}`);
    const r = runSweep(['run', file, '--out', out]);
    expect(r.status).toBe(2);
    expectOneLineError(r, pattern);
    expect(existsSync(out)).toBe(false);
  };

  it('a pointer the scenario has no field for', () => {
    refused('pointer', { axes: [{ pointer: '/machine/remoteMisNs', values: [600] }] }, /remoteMisNs/);
  });

  it('a value the scenario schema refuses, naming the point', () => {
    refused('value', { axes: [{ pointer: '/machine/remoteMissNs', values: [600, -5] }] }, /point remoteMissNs=-5.*\/machine\/remoteMissNs/);
  });

  it('an empty product', () => {
    refused('empty', { axes: [{ pointer: '/machine/remoteMissNs', range: { from: 900, to: 600, step: 100 } }] }, /product is empty.*remoteMissNs/);
  });

  it('a sweep field that does not exist', () => {
    refused('field', { sedes: [1] }, /unknown field 'sedes' \(did you mean 'seeds'\?\)/);
  });

  it('a folder that holds another sweep', () => {
    const out = path.join(t.dir, 'other');
    expect(runSweep(['run', writeSmallSweep(t.dir, { axes: [{ pointer: '/machine/remoteMissNs', values: [600] }], seeds: [1] }), '--out', out, '--quiet']).status).toBe(0);
    const before = readFileSync(path.join(out, 'manifest.json'), 'utf8');
    const r = runSweep(['run', writeSmallSweep(t.dir), '--out', out]);
    expect(r.status).toBe(2);
    expectOneLineError(r, /holds sweep 'small' with other runs/);
    expect(readFileSync(path.join(out, 'manifest.json'), 'utf8')).toBe(before);
  });
});

describe('disco-sweep run: killed mid-way, resumed, every run complete and verified', () => {
  const t = tempDir('disco-sweep-local-');
  afterAll(t.cleanup);

  it('keeps every run completed before the SIGKILL and finishes the rest', async () => {
    const sweep = writeSmallSweep(t.dir);
    const out = path.join(t.dir, 'out');
    const child = startSweep(['run', sweep, '--out', out, '--jobs', '2']);
    // Kill the sweep as soon as the manifest shows a completed run (and not all of them).
    const completedBefore = await new Promise<Map<string, string>>((resolve, reject) => {
      const poll = setInterval(() => {
        if (!existsSync(path.join(out, 'manifest.json'))) return;
        const m = manifestOf(out);
        const done = m.runs.filter((r) => r.status === 'complete');
        if (done.length === 0) return;
        clearInterval(poll);
        if (done.length === m.runs.length) reject(new Error('the sweep finished before it could be killed'));
        child.kill('SIGKILL');
        resolve(new Map(done.map((r) => [r.trace, sha256File(path.join(out, r.trace))])));
      }, 50);
    });
    await new Promise((resolve) => child.on('close', resolve));
    const killed = manifestOf(out);
    expect(killed.runs.some((r) => r.status !== 'complete')).toBe(true);
    // Its runs see the IPC channel close and stop as on Ctrl-C.
    await new Promise((resolve) => setTimeout(resolve, 1500));

    const r = runSweep(['run', sweep, '--out', out, '--jobs', '2', '--verify']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const m = manifestOf(out);
    expect(m.runs).toHaveLength(8);
    for (const run of m.runs) {
      expect([run.name, run.status, run.verified]).toEqual([run.name, 'complete', true]);
      const reader = TraceReader.open(path.join(out, run.trace));
      try {
        expect(reader.run.status).toBe('complete');
        expect(reader.run.finalHash).toBe(run.finalHash);
        expect(reader.run.seed).toBe(run.seed);
      } finally {
        reader.close();
      }
    }
    // The runs completed before the kill were kept as they were, not recorded again.
    for (const [trace, hash] of completedBefore) expect(sha256File(path.join(out, trace))).toBe(hash);
    expect(readdirSync(out).filter((f) => f.endsWith('.db')).sort()).toEqual(m.runs.map((run) => run.trace).sort());

    // One row per run in the sweep table.
    const table = runCli('analyze', ['sweep', out, '--json']);
    expect(table.status).toBe(0);
    const rows = JSON.parse(table.stdout) as { run: string; remoteMissNs: number; seed: number }[];
    expect(rows.map((row) => row.run).sort()).toEqual(m.runs.map((run) => run.name).sort());
    expect(new Set(rows.map((row) => `${row.remoteMissNs}/${row.seed}`)).size).toBe(4);
  }, 120_000);

  it('a trace altered after the sweep is found by the resume and recorded again', () => {
    const out = path.join(t.dir, 'out');
    const m = manifestOf(out);
    const victim = m.runs[0]!;
    // A complete trace of another run in its place: the stored scenario does not match.
    writeFileSync(path.join(out, victim.trace), readFileSync(path.join(out, m.runs[7]!.trace)));
    const r = runSweep(['run', path.join(t.dir, 'small.json'), '--out', out, '--jobs', '2']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/1 recorded, 7 kept/);
    expect(manifestOf(out).runs[0]!.finalHash).toBe(victim.finalHash);
  }, 60_000);
});

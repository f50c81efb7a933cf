import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { SweepManifest } from '@disco/analysis';
import { tempDir } from '@disco/cli-kit/testing';
import { runSweep, writeSmallSweep } from './sweep-cli';

/** Why SLURM cannot be used here, or null when `sinfo` answers. */
function slurmProblem(): string | null {
  const r = spawnSync('sinfo', ['-h', '-o', '%T'], { encoding: 'utf8', timeout: 10_000 });
  if (r.error) return (r.error as NodeJS.ErrnoException).code === 'ENOENT' ? 'sinfo not found (SLURM is not installed; tools/testing/slurm-up.sh installs and starts it)' : `sinfo: ${r.error.message}`;
  if (r.status !== 0) return `sinfo exited ${r.status}: ${r.stderr.trim().split('\n').pop() ?? ''}`;
  return null;
}

// A real single-node SLURM (tools/testing/slurm-up.sh, started by .ci/run); there is no mock scheduler.
const problem = slurmProblem();
if (problem !== null) console.log(`SLURM not available: ${problem}`);
const describeWithSlurm = problem === null ? describe : describe.skip;

const manifestOf = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as SweepManifest;
const hashes = (m: SweepManifest) => Object.fromEntries(m.runs.map((r) => [r.name, r.finalHash]));

describeWithSlurm('disco-sweep --executor slurm on a single-node SLURM', () => {
  const t = tempDir('disco-sweep-slurm-');
  afterAll(t.cleanup);
  let sweep: string;
  let local: SweepManifest;

  beforeAll(() => {
    sweep = writeSmallSweep(t.dir);
    expect(runSweep(['run', sweep, '--out', path.join(t.dir, 'local'), '--quiet']).status).toBe(0);
    local = manifestOf(path.join(t.dir, 'local'));
  }, 120_000);

  it('one job array gives the same final hashes as the local executor', () => {
    const out = path.join(t.dir, 'slurm');
    const r = runSweep(['run', sweep, '--out', out, '--executor', 'slurm', '--poll-seconds', '0.5']);
    expect(r.stderr).toMatch(/^submitted SLURM job array \d+\n$/);
    expect(r.status).toBe(0);
    const m = manifestOf(out);
    expect(m.slurmJobs).toHaveLength(1);
    expect(m.runs.every((run) => run.status === 'complete' && run.slurmJob === m.slurmJobs![0])).toBe(true);
    expect(Object.values(hashes(local)).every((h) => typeof h === 'string' && h.length === 64)).toBe(true);
    expect(hashes(m)).toEqual(hashes(local));
  }, 120_000);

  it('--no-wait returns at once; a rerun resubmits only the missing run; status follows it to the end', async () => {
    const out = path.join(t.dir, 'slurm');
    const victim = manifestOf(out).runs[5]!;
    rmSync(path.join(out, victim.trace));
    const r = runSweep(['run', sweep, '--out', out, '--executor', 'slurm', '--no-wait']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(out);
    const submitted = manifestOf(out);
    expect(submitted.slurmJobs).toHaveLength(2);
    const second = submitted.slurmJobs![1]!;
    expect(submitted.runs.filter((run) => run.slurmJob === second).map((run) => run.name)).toEqual([victim.name]);
    expect(submitted.runs.find((run) => run.name === victim.name)!.status).toMatch(/^(submitted|running)$/);

    let status = runSweep(['status', out]);
    for (let i = 0; i < 120 && !/: 8 runs: 8 complete\n$/.test(status.stdout); i++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      status = runSweep(['status', out]);
    }
    expect(status.status).toBe(0);
    expect(status.stdout).toMatch(/sweep small \(SLURM jobs \d+, \d+\): 8 runs: 8 complete\n$/);
    expect(hashes(manifestOf(out))).toEqual(hashes(local));
  }, 120_000);
});

import path from 'node:path';
import { expectOneLineError, runCli, tempDir } from '@disco/cli-kit/testing';
import { runSweepRows, sqlValue, type SweepRow as Row } from './sweep-cli';

interface Point {
  x: number;
  seeds: number;
  onMean: number;
  offMean: number;
  gainMean: number;
  gainSd: number | null;
}

describe('disco-analyze sweep --crossover: where migration starts to pay along the remote latency', () => {
  const t = tempDir('disco-sweep-crossover-');
  afterAll(() => t.cleanup());
  const out = path.join(t.dir, 'out');
  let rows: Row[] = [];

  beforeAll(() => {
    rows = runSweepRows(t.dir, {
      name: 'lat',
      scenario: 'disco-numa-synthetic',
      set: { '/disco-synthetic/durationUs': 4000 },
      axes: [
        { pointer: '/machine/remoteMissNs', name: 'remote', values: [450, 1350] },
        { pointer: '/monitor/migration', name: 'migration', values: [true, false] },
      ],
      seeds: [1, 2],
    }, out);
  }, 120_000);

  it("gives window_ms, each run's measured window from its own trace", () => {
    expect(rows).toHaveLength(8);
    const r = rows[0]!;
    expect(r['window_ms']).toBeCloseTo(sqlValue(path.join(out, `${r['run']}.db`), 'SELECT (end_tick - start_tick) / 1e9 FROM measure_window'), 9);
  });

  it('prices each latency by off / on - 1 of the same seed, averaged over seeds, with x shown as a ratio', () => {
    const r = runCli('analyze', ['sweep', out, '--crossover', 'remote', '--on', 'migration=true', '--off', 'migration=false', '--x-per', '300', '--json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const result = JSON.parse(r.stdout) as { groups: { points: Point[]; perSeed: { seed: number }[] }[] };
    expect(result.groups).toHaveLength(1);
    const [g] = result.groups;
    expect(g!.points.map((p) => p.x)).toEqual([1.5, 4.5]);
    for (const p of g!.points) {
      const at = (migration: boolean, seed: number) => rows.find((w) => w['remote'] === p.x * 300 && w['migration'] === migration && w['seed'] === seed)!['window_ms'] as number;
      const gains = [1, 2].map((s) => at(false, s) / at(true, s) - 1);
      expect(p.seeds).toBe(2);
      expect(p.gainMean).toBeCloseTo((gains[0]! + gains[1]!) / 2, 12);
      expect(p.gainSd).toBeCloseTo(Math.abs(gains[0]! - gains[1]!) / Math.SQRT2, 12);
    }
    expect(g!.perSeed.map((s) => s.seed)).toEqual([1, 2]);
  });

  it('prints the gain table and the crossover lines without --json', () => {
    const r = runCli('analyze', ['sweep', out, '--crossover', 'remote', '--on', 'migration=true', '--off', 'migration=false']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/gain % \(off\/on - 1\)/);
    expect(r.stdout).toMatch(/^crossover of the mean gains: /m);
    expect(r.stdout).toMatch(/^crossover per seed: seed 1: .*; seed 2: /m);
  });

  it('refuses a bad query with one line and exit 2', () => {
    const bad = (args: string[], pattern: RegExp) => {
      const r = runCli('analyze', ['sweep', out, ...args]);
      expect(r.status).toBe(2);
      expectOneLineError(r, pattern);
    };
    bad(['--crossover', 'latency', '--on', 'migration=true', '--off', 'migration=false'], /crossover: 'latency' is not an axis of the sweep/);
    bad(['--on', 'migration=true'], /--on needs --crossover/);
    bad(['--crossover', 'remote', '--on', 'migration=true', '--off', 'migration=false', '--x-per', '0'], /--x-per 0: expected a positive number/);
  });
});

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expectOneLineError, runCli, tempDir } from '@disco/cli-kit/testing';
import { runSweep } from './sweep-cli';

/** Table 2's services and their sweep-table columns. */
const SERVICES = ['DEMAND_ZERO', 'QUICK_FAULT', 'OPEN', 'UTLB_MISS', 'WRITE', 'READ', 'EXECVE'];

type Row = Record<string, string | number | null>;

/** µs per call of each service from `disco-analyze TRACE report overhead` (its services section, rounded to 0.001 µs). */
function reportUsPerCall(trace: string): Map<string, number> {
  const r = runCli('analyze', [trace, 'report', 'overhead', '--json']);
  expect(r.status).toBe(0);
  const sections = (JSON.parse(r.stdout) as { sections: { name: string; rows: { service: string; us_per_call: number }[] }[] }).sections;
  return new Map(sections.find((s) => s.name === 'services')!.rows.map((row) => [row.service, row.us_per_call]));
}

describe('disco-analyze sweep: Table 2 columns (µs per call, slowdown against a baseline)', () => {
  const t = tempDir('disco-sweep-table2-');
  afterAll(() => t.cleanup());
  const disco = path.join(t.dir, 'disco');
  const irix = path.join(t.dir, 'irix');

  beforeAll(() => {
    // The §5.2 pmake pair at a tenth of its size, over two seeds each: the same names (axes and seed) in both folders.
    for (const [name, scenario, out] of [['disco', 'uni-pmake-disco', disco], ['irix', 'uni-pmake-irix', irix]] as const) {
      const file = path.join(t.dir, `${name}.json`);
      writeFileSync(file, JSON.stringify({ name, scenario, set: { '/guest/scale': 0.5 }, axes: [], seeds: [1, 2] }));
      const r = runSweep(['run', file, '--out', out, '--jobs', '2', '--quiet']);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    }
  }, 120_000);

  it('gives each run the µs per call of its overhead report, and Disco over IRIX of the same seed with --baseline DIR', () => {
    const r = runCli('analyze', ['sweep', disco, '--baseline', irix, '--json']);
    expect(r.status).toBe(0);
    const rows = JSON.parse(r.stdout) as Row[];
    expect(rows.map((row) => row['seed'])).toEqual([1, 2]);
    let compared = 0;
    for (const row of rows) {
      const here = reportUsPerCall(path.join(disco, `base_s${row['seed']}.db`));
      const there = reportUsPerCall(path.join(irix, `base_s${row['seed']}.db`));
      for (const s of SERVICES) {
        const us = row[`${s.toLowerCase()}_us`];
        const slowdown = row[`${s.toLowerCase()}_slowdown`];
        if (!here.has(s)) {
          expect(us).toBeNull();
          expect(slowdown).toBeNull();
          continue;
        }
        expect(Math.abs((us as number) - here.get(s)!)).toBeLessThanOrEqual(0.0005 + 1e-9);
        if (there.has(s)) {
          // The reports' µs are rounded to 0.0005: the ratio of rounded values is within that relative error.
          const ratio = here.get(s)! / there.get(s)!;
          expect(Math.abs((slowdown as number) / ratio - 1)).toBeLessThanOrEqual(0.0005 / here.get(s)! + 0.0005 / there.get(s)! + 1e-12);
          compared++;
        } else expect(slowdown).toBeNull();
      }
    }
    // pmake runs demand-zero faults, quick faults, reads, writes and execs on both.
    expect(compared).toBeGreaterThanOrEqual(2 * 4);
  });

  it('a baseline trace is every row\'s baseline; without --baseline there are no slowdown columns', () => {
    const irixTrace = path.join(irix, 'base_s1.db');
    const rows = JSON.parse(runCli('analyze', ['sweep', disco, '--baseline', irixTrace, '--json']).stdout) as Row[];
    const there = reportUsPerCall(irixTrace);
    for (const row of rows) expect((row['demand_zero_us'] as number) / there.get('DEMAND_ZERO')!).toBeCloseTo(row['demand_zero_slowdown'] as number, 3);
    const plain = JSON.parse(runCli('analyze', ['sweep', disco, '--json']).stdout) as Row[];
    expect(Object.keys(plain[0]!).some((c) => c.endsWith('_slowdown'))).toBe(false);
    expect(typeof plain[0]!['demand_zero_us']).toBe('number');
  });

  it('a run the baseline folder has no match for (an axis the sweep lacks) gets no slowdown', () => {
    const other = path.join(t.dir, 'other');
    const file = path.join(t.dir, 'other.json');
    writeFileSync(file, JSON.stringify({ name: 'other', scenario: 'hw-migratory', set: { '/hardware/durationUs': 300 }, axes: [{ pointer: '/machine/remoteMissNs', values: [600] }], seeds: [1] }));
    expect(runSweep(['run', file, '--out', other, '--jobs', '1', '--quiet']).status).toBe(0);
    const rows = JSON.parse(runCli('analyze', ['sweep', disco, '--baseline', other, '--json']).stdout) as Row[];
    expect(rows).toHaveLength(2);
    for (const row of rows) for (const s of SERVICES) expect(row[`${s.toLowerCase()}_slowdown`]).toBeNull();
    expect(typeof rows[0]!['demand_zero_us']).toBe('number');
  });

  it('a baseline that is neither a sweep folder nor a trace exits 2 naming it', () => {
    const junk = path.join(t.dir, 'junk.db');
    writeFileSync(junk, 'not a trace');
    expectOneLineError(runCli('analyze', ['sweep', disco, '--baseline', junk]), /baseline .*junk\.db is not a trace/);
  });
});

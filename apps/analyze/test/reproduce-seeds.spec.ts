import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { tempDir } from '@disco/cli-kit/testing';
import { writeScaledScenarios } from './scaled-scenarios';

// `npm run reproduce -- --seeds`: every scenario once per seed, the tables as
// mean ± sample sd over the seeds (a decimal finer than the values) and each
// claim judged on every seed. Table 2's pmake pair at a tenth of its shipped
// size (a scenario folder of its own).

const ROOT = path.resolve(__dirname, '../../..');
const REPRODUCE = path.join(ROOT, 'tools/reproduce/run.mjs');

/** Decimal places a number is written with (as JSON gives it). */
const decimals = (x: number) => (String(x).split('.')[1] ?? '').length;

describe('npm run reproduce -- --seeds', () => {
  const t = tempDir('disco-reproduce-seeds-');
  afterAll(() => t.cleanup());
  const scenarios = path.join(t.dir, 'scenarios');
  const out = path.join(t.dir, 'out');
  let result: ReturnType<typeof spawnSync>;

  beforeAll(() => {
    writeScaledScenarios(scenarios, ['uni-pmake-irix', 'uni-pmake-disco'], 10);
    result = spawnSync(process.execPath, [REPRODUCE, '--no-build', '--only', 'table-2', '--seeds', '2-3', '--scenarios', scenarios, '--out', out], { encoding: 'utf8', timeout: 240_000 });
  }, 300_000);

  it('records each scenario once per seed, with that seed', () => {
    expect(result.stderr).not.toMatch(/FAILED/);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/\[4\/4\] recorded/);
    for (const s of ['uni-pmake-irix', 'uni-pmake-disco'])
      for (const seed of [2, 3]) {
        const file = path.join(out, 'traces', `${s}-s${seed}.db`);
        expect(existsSync(file)).toBe(true);
        const db = new Database(file, { readonly: true });
        try {
          expect((db.prepare('SELECT seed FROM run').get() as { seed: number }).seed).toBe(seed);
        } finally {
          db.close();
        }
      }
  });

  it('writes results.json with each seed\'s figures, the table as mean ± sd of theirs, and the claims judged on each', () => {
    type Figure = { table: { columns: string[]; rows: (string | number | null)[][] }; claims: { agrees: boolean | null; agreesOn?: number; judgedOn?: number }[] };
    const results = JSON.parse(readFileSync(path.join(out, 'results.json'), 'utf8')) as { seeds: number[]; figures: Record<string, Figure & { seeds: Record<string, Figure> }> };
    expect(results.seeds).toEqual([2, 3]);
    const figure = results.figures['table-2']!;
    expect(Object.keys(figure.seeds)).toEqual(['2', '3']);
    const [a, b] = [figure.seeds['2']!, figure.seeds['3']!];
    let numeric = 0;
    figure.table.rows.forEach((row, i) =>
      row.forEach((cell, j) => {
        const [x, y] = [a.table.rows[i]![j]!, b.table.rows[i]![j]!];
        if (typeof x !== 'number' || typeof y !== 'number') return;
        if (x === y) return expect(cell).toBe(x);
        const [mean, sd] = String(cell).split(' ± ').map(Number);
        // Two values: mean (x + y) / 2, sample sd |x - y| / sqrt(2), each rounded to the decimals printed,
        // which are two significant digits of the sd and at most one beyond the values' own.
        const printed = (String(cell).split(' ± ')[0]!.split('.')[1] ?? '').length;
        expect(printed).toBeLessThanOrEqual(Math.max(decimals(x), decimals(y)) + 1);
        const half = 0.5 * 10 ** -printed + 1e-9;
        expect(Math.abs(mean! - (x + y) / 2)).toBeLessThanOrEqual(half);
        expect(Math.abs(sd! - Math.abs(x - y) / Math.SQRT2)).toBeLessThanOrEqual(half);
        numeric++;
      }),
    );
    expect(numeric).toBeGreaterThanOrEqual(figure.table.rows.length);
    figure.claims.forEach((c, i) => {
      const verdicts = [a.claims[i]!.agrees, b.claims[i]!.agrees].filter((v) => v !== null);
      expect(c.judgedOn).toBe(verdicts.length);
      expect(c.agreesOn).toBe(verdicts.filter((v) => v).length);
      expect(c.agrees).toBe(verdicts.length === 0 ? null : verdicts.every((v) => v));
    });
    expect(readFileSync(path.join(out, 'REPORT.md'), 'utf8')).toMatch(/each of 2 seeds \(2, 3\)/);
  });

  it.each([
    ['5-2', "range '5-2' ends before it starts"],
    ['1,x', "'x' is not a seed or a range A-B of seeds"],
    ['1-1000', "'1-1000' is more than 100 seeds"],
  ])('refuses --seeds %s with exit 2 and one line', (seeds, message) => {
    const r = spawnSync(process.execPath, [REPRODUCE, '--no-build', '--seeds', seeds, '--out', out], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`reproduce: --seeds: ${message}\n`);
  });
});

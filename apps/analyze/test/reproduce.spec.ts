import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { tempDir } from '@disco/cli-kit/testing';
import { writeScaledScenarios } from './scaled-scenarios';
import { CHROMIUM, expectCleanView, HAS_CHROMIUM, viewInBrowser } from './browser-check';

// The reproduction harness (tools/reproduce) on one fast experiment: Table 2
// (uniprocessor pmake on IRIX and on Disco, at a third of the shipped scale:
// ≈3 s each to record). The whole run is `npm run reproduce`, never part of
// the tests.

const ROOT = path.resolve(__dirname, '../../..');
let dir: string;
let cleanup: () => void;
let result: ReturnType<typeof spawnSync>;

beforeAll(() => {
  ({ dir, cleanup } = tempDir('disco-reproduce-'));
  const scenarios = writeScaledScenarios(path.join(dir, 'scenarios'), ['uni-pmake-irix', 'uni-pmake-disco'], 3);
  result = spawnSync(process.execPath, [path.join(ROOT, 'tools/reproduce/run.mjs'), '--no-build', '--only', 'table-2', '--scenarios', scenarios, '--out', dir], { encoding: 'utf8', timeout: 240_000 });
}, 300_000);
afterAll(() => cleanup());

function count(file: string, query: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare(query).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('npm run reproduce', () => {
  it('records the experiment\'s scenarios with progress on stderr, and writes REPORT.md and index.html', () => {
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/\[1\/2\] recorded uni-pmake-(irix|disco)/);
    expect(result.stderr).toMatch(/\[2\/2\] recorded/);
    for (const s of ['uni-pmake-irix', 'uni-pmake-disco']) expect(existsSync(path.join(dir, 'traces', `${s}.db`))).toBe(true);
    expect(existsSync(path.join(dir, 'REPORT.md'))).toBe(true);
    const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
    expect(html).toMatch(/<svg/);
    expect(html).not.toMatch(/<script/);
  });

  it('sets our numbers beside the paper\'s quoted claims, and they match the traces', () => {
    const md = readFileSync(path.join(dir, 'REPORT.md'), 'utf8');
    expect(md).toContain('IRIX on Disco requests each service as often as bare IRIX, except UTLB_MISS');
    // The DEMAND_ZERO row: calls on Disco / on IRIX after 'booted', counted here from the raw events.
    const after = (file: string) =>
      count(file, `SELECT count(*) AS n FROM kernel_service_completed WHERE service = 3 AND tick > (SELECT max(tick) FROM workload_phase_changed WHERE phase = 'booted')
                   AND tick <= (SELECT max(tick) FROM workload_phase_changed WHERE phase = 'finished')`);
    const ratio = after(path.join(dir, 'traces/uni-pmake-disco.db')) / after(path.join(dir, 'traces/uni-pmake-irix.db'));
    const row = md.split('\n').find((l) => l.startsWith('| DEMAND_ZERO |'))!;
    const cells = row.split('|').map((c) => c.trim());
    // columns: service, paper µs, our IRIX µs, our Disco µs, slowdown, calls ratio…
    expect(cells[2]).toBe('21');
    expect(Number(cells[6])).toBeCloseTo(ratio, 2);
  });

  it('lists the commands that regenerate it, and they work', () => {
    const md = readFileSync(path.join(dir, 'REPORT.md'), 'utf8');
    const compare = md.split('\n').find((l) => l.startsWith('npx disco-analyze compare'))!;
    expect(compare).toContain('--report overhead --section services');
    const args = compare.replace(/^npx disco-analyze /, '').split(' ');
    args[args.indexOf('--html') + 1] = path.join(dir, 'again.html');
    const again = spawnSync(process.execPath, [path.join(ROOT, 'apps/analyze/dist/main.cjs'), ...args], { encoding: 'utf8', cwd: process.cwd() });
    expect(again.stderr).toBe('');
    expect(again.status).toBe(0);
    expect(readFileSync(path.join(dir, 'again.html'), 'utf8')).toMatch(/<svg/);
  });

  it('names the traces by configuration and the charts by workload, and REPORT.md names the traces folder it used', () => {
    const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
    // Chart titles are the SVG texts that name the paper's figure or table.
    const titles = [...html.matchAll(/<text[^>]*>([^<]*\((?:Table|Figure) \d[^<]*)<\/text>/g)].map((m) => m[1]);
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(title).toMatch(/: pmake$/);
    const page = readFileSync(path.join(dir, 'table-2-pmake-overhead.html'), 'utf8');
    expect(page).toMatch(/<li><b>IRIX<\/b> [^<]*: uni-pmake-irix [^<]*\(baseline\)<\/li>/);
    expect(page).toMatch(/<li><b>Disco<\/b> [^<]*: uni-pmake-disco /);
    expect(page).not.toMatch(/<b>[AB]<\/b>/);
    const md = readFileSync(path.join(dir, 'REPORT.md'), 'utf8');
    const folder = /the traces under `([^`]+)`/.exec(md)?.[1];
    expect(path.resolve(folder ?? '')).toBe(path.join(dir, 'traces'));
    expect(md).not.toContain('reproduction/traces');
  });

  it('writes results.json: the numbers by figure, workload and configuration, as the traces give them', () => {
    const results = JSON.parse(readFileSync(path.join(dir, 'results.json'), 'utf8')) as {
      figures: Record<string, { claims: { claim: string; agrees: boolean | null }[]; workloads: Record<string, Record<string, { scenario: string; sections: Record<string, Record<string, unknown>[]> }>> }>;
    };
    expect(Object.keys(results.figures)).toEqual(['table-2']);
    const pmake = results.figures['table-2']!.workloads['pmake']!;
    expect(Object.keys(pmake).sort()).toEqual(['Disco', 'IRIX']);
    expect(pmake['IRIX']!.scenario).toBe('uni-pmake-irix');
    // DEMAND_ZERO invocations after 'booted', counted here from the raw events of each trace.
    for (const [configuration, scenario] of [['IRIX', 'uni-pmake-irix'], ['Disco', 'uni-pmake-disco']] as const) {
      const rows = pmake[configuration]!.sections['overhead/services']!;
      const demandZero = rows.find((r) => r['service'] === 'DEMAND_ZERO')!;
      const n = count(
        path.join(dir, 'traces', `${scenario}.db`),
        `SELECT count(*) AS n FROM kernel_service_completed WHERE service = 3 AND tick > (SELECT max(tick) FROM workload_phase_changed WHERE phase = 'booted')
         AND tick <= (SELECT max(tick) FROM workload_phase_changed WHERE phase = 'finished')`,
      );
      expect(demandZero['invocations']).toBe(n);
    }
    const md = readFileSync(path.join(dir, 'REPORT.md'), 'utf8');
    for (const c of results.figures['table-2']!.claims) expect(md).toContain(c.claim);
  });

  it('refuses an unknown experiment with exit 2', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'tools/reproduce/run.mjs'), '--no-build', '--only', 'figure-99', '--out', dir], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown experiment figure-99/);
  });
});

const inBrowser = HAS_CHROMIUM ? describe : describe.skip;
if (!HAS_CHROMIUM) process.stdout.write(`reproduction page not opened in a browser: no chromium at ${CHROMIUM}\n`);

inBrowser('the reproduction page in chromium', () => {
  it('shows no console error, marks in every chart, and no horizontal overflow at 700 and 1400 px', () => {
    expect(result.status).toBe(0);
    expectCleanView(viewInBrowser(path.join(dir, 'index.html'), 'reproduction'), 'reproduction');
  });
});

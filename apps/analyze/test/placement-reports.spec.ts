import path from 'node:path';
import { expectOneLineError, runCli, tempDir } from '@disco/cli-kit/testing';

const SCENARIO = path.resolve(__dirname, '../../../traces/scenarios/disco-numa-synthetic.json');
// 20 ms of the scenario's 40: phases of single-node work (migrations) and read sharing (replicas, a few collapses).
const SHORT = ['--set', '/disco-synthetic/durationUs=20000'];

let dir: string;
let cleanup: () => void;
let detailed: string;
let still: string;
let plain: string;
let roundRobin: string;

function record(out: string, args: string[]): string {
  const r = runCli('record', [SCENARIO, '--out', out, '--quiet', ...SHORT, ...args]);
  if (r.status !== 0) throw new Error(r.stderr);
  return out;
}

beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  detailed = record(path.join(dir, 'detailed.db'), ['--level', 'detailed']);
  still = record(path.join(dir, 'still.db'), ['--level', 'detailed', '--set', '/monitor/migration=false', '--set', '/monitor/replication=false']);
  plain = record(path.join(dir, 'plain.db'), []);
  roundRobin = record(path.join(dir, 'round-robin.db'), ['--level', 'detailed', '--set', '/monitor/placement/policy=round-robin']);
});
afterAll(() => cleanup());

function json(args: string[]): any {
  const r = runCli('analyze', args);
  if (r.status !== 0) throw new Error(`exit ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

function sql(trace: string, query: string): any[] {
  return json([trace, 'sql', query, '--json']);
}

function regretOf(trace: string): Record<string, any> {
  return json([trace, 'report', 'policy', '--section', 'regret', '--json']).sections[0].rows[0];
}

describe('disco-analyze report policy', () => {
  it("gives the run's figures, the baseline, the run's cost in the same model and the regret", () => {
    const r = regretOf(detailed);
    const [trace] = sql(detailed, 'SELECT count(*) AS misses, sum(node != home_node) AS remote FROM cache_missed');
    const [moves] = sql(detailed, 'SELECT (SELECT count(*) FROM page_migrated) AS m, (SELECT count(*) FROM page_replicated) AS r');
    expect(r).toMatchObject({ policy: 'disco', misses: trace.misses, remote_misses: trace.remote, migrations: moves.m, replications: moves.r });
    expect(moves.m).toBeGreaterThan(0);
    expect(r.baseline_ms).toBeLessThanOrEqual(r.actual_ms);
    expect(r.baseline_ms).toBeLessThanOrEqual(r.static_ms);
    expect(r.baseline_ms).toBeLessThanOrEqual(r.no_moves_ms);
    expect(r.regret_ms).toBeCloseTo(r.actual_ms - r.baseline_ms, 2);
    expect(r.run_ms).toBe(20);
    const model = json([detailed, 'report', 'policy', '--section', 'model', '--json']).sections[0].rows[0];
    // The scenario's machine: 900 - 300 ns.
    expect(model.remote_extra_ns).toBe(600);
    expect(model.pages_below_baseline).toBe(0);
  });

  it('names the policy from the scenario, and a run that never moves a page costs exactly its no-moves figure', () => {
    const r = regretOf(still);
    expect(r).toMatchObject({ policy: 'none', migrations: 0, replications: 0 });
    expect(r.actual_ms).toBe(r.no_moves_ms);
  });

  it('names the policy the scenario chose with /monitor/placement/policy', () => {
    const r = regretOf(roundRobin);
    expect(r).toMatchObject({ policy: 'round-robin', migrations: 0, replications: 0 });
    expect(r.actual_ms).toBe(r.no_moves_ms);
  });

  it("compares traces side by side, each trace's row naming its policy", () => {
    const c = json(['compare', detailed, still, roundRobin, '--report', 'policy', '--json']);
    const rows = c.sections.find((s: { name: string }) => s.name === 'regret').rows;
    expect(rows.map((x: { trace: string; policy: string }) => [x.trace, x.policy])).toEqual([['A', 'disco'], ['B', 'none'], ['C', 'round-robin']]);
    expect(rows[1].regret_ratio_ratio).not.toBeUndefined();
    // Each row as report policy gives it for its trace alone.
    for (const [i, trace] of [detailed, still, roundRobin].entries()) expect(rows[i]).toMatchObject(regretOf(trace));
    const csv = runCli('analyze', ['compare', detailed, roundRobin, '--report', 'policy', '--section', 'regret', '--csv']);
    const [head, a, b] = csv.stdout.trim().split(/\r?\n/).map((l) => l.split(','));
    expect(head!.slice(0, 3)).toEqual(['trace', 'policy', 'misses']);
    expect([a![1], b![1]]).toEqual(['disco', 'round-robin']);
    const text = runCli('analyze', ['compare', detailed, roundRobin, '--report', 'policy', '--section', 'regret']).stdout;
    expect(text).toMatch(/^A +disco +\d/m);
    expect(text).toMatch(/^B +round-robin +\d/m);
  });

  it('says in one line that a default-level trace needs --level detailed, exit 2', () => {
    const r = runCli('analyze', [plain, 'report', 'policy']);
    expect(r.status).toBe(2);
    expectOneLineError(r, /--level detailed/);
  });
});

describe('disco-analyze report decisions', () => {
  it("accounts for every decision, and judges each move's pay-off on a detailed trace only", () => {
    const paid = (trace: string) => new Map(json([trace, 'report', 'decisions', '--section', 'paid', '--json']).sections[0].rows.map((r: { event: string }) => [r.event, r]));
    const counts = sql(detailed, "SELECT event, count(*) AS n FROM page_event WHERE event != 'hot-page-flagged' GROUP BY event");
    const byKind = paid(detailed);
    for (const c of counts) expect((byKind.get(c.event) as { decisions: number }).decisions).toBe(c.n);
    expect(byKind.get('migrated')).toMatchObject({ judged: counts.find((c) => c.event === 'migrated').n });
    expect(byKind.get('migration-declined')).toMatchObject({ judged: 0 });
    const plainMigrated = paid(plain).get('migrated') as { decisions: number; judged: number };
    expect(plainMigrated.decisions).toBeGreaterThan(0);
    expect(plainMigrated.judged).toBe(0);
  });

  it('explains where a migrated page is at a time: the node of its last move before then', () => {
    const [m] = sql(detailed, 'SELECT seq, tick, old_machine_page AS old, new_machine_page AS new, to_node FROM page_migrated ORDER BY seq LIMIT 1');
    const at = `${m.tick}ps`;
    const report = json([detailed, 'report', 'decisions', '--page', String(m.new), '--at', at, '--json']);
    const where = report.sections.find((s: { name: string }) => s.name === 'where').rows[0];
    expect(where.machine_pages.split(' ')).toContain(String(m.new));
    expect(where.last_decision).toMatch(new RegExp(`^migrate to node ${m.to_node} at event`));
    const history = report.sections.find((s: { name: string }) => s.name === 'decisions').rows;
    expect(history.at(-1).seq).toBeLessThanOrEqual(Number(json([detailed, 'sql', `SELECT max(seq) AS s FROM events WHERE tick <= ${m.tick}`, '--json'])[0].s));
  });

  it('refuses a bad --page or --at, and --page on another report, with one line and exit 2', () => {
    for (const args of [
      ['--page', 'x'], ['--page', '-3'], ['--page', '99999999999'], ['--at', 'yesterday'], ['--page', '1', '--at', '101%'],
    ]) {
      const r = runCli('analyze', [detailed, 'report', 'decisions', ...args]);
      expect(r.status).toBe(2);
      expectOneLineError(r, /--page|--at/);
    }
    expectOneLineError(runCli('analyze', [detailed, 'report', 'decisions', '--page', '999999']), /no page 999999/);
    expectOneLineError(runCli('analyze', [detailed, 'report', 'policy', '--page', '1']), /--page and --at belong to report decisions/);
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expectOneLineError, runCli, tempDir } from '@disco/cli-kit/testing';

const SCENARIO = path.resolve(__dirname, '../../../traces/scenarios/disco-numa-synthetic.json');
// 20 ms of the scenario's 40, no policy: phases of single-node work and of read sharing, every page where it was first touched.
const SHORT = ['--set', '/disco-synthetic/durationUs=20000', '--set', '/monitor/placement/policy=none'];
const POLICY_SCHEDULED = 7;

let dir: string;
let cleanup: () => void;
let none: string;
let scenario: string;
let scheduled: string;
let written: any;

function ok(cli: 'record' | 'analyze', args: string[]): string {
  const r = runCli(cli, args);
  if (r.status !== 0) throw new Error(`${cli} exit ${r.status}: ${r.stderr}`);
  return r.stdout;
}

const sql = (trace: string, query: string): any[] => JSON.parse(ok('analyze', [trace, 'sql', query, '--json']));

beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  none = path.join(dir, 'none.db');
  ok('record', [SCENARIO, '--out', none, '--quiet', '--level', 'detailed', ...SHORT]);
  scenario = path.join(dir, 'scheduled.json');
  written = JSON.parse(ok('analyze', [none, 'schedule', '--out', scenario, '--json']));
  scheduled = path.join(dir, 'scheduled.db');
  ok('record', [scenario, '--out', scheduled, '--quiet']);
});
afterAll(() => cleanup());

describe('disco-analyze schedule, and the scheduled policy carrying the baseline out', () => {
  it("writes the trace's scenario with the baseline's decisions as its policy, and says how much of the trace they cover", () => {
    const file = JSON.parse(readFileSync(scenario, 'utf8'));
    const [run] = sql(none, 'SELECT seed, level FROM run');
    expect(file.seed).toBe(run.seed);
    expect(file.level).toBe('detailed');
    expect(file['disco-synthetic'].durationUs).toBe(20000);
    expect(file.monitor.placement.policy).toBe('scheduled');
    const decisions = file.monitor.placement.schedule;
    expect(decisions.length).toBe(written.decisions);
    expect(decisions.length).toBeGreaterThan(0);
    for (const d of decisions) expect(['migrate', 'replicate', 'collapse']).toContain(d.action);
    const [trace] = sql(none, 'SELECT count(*) AS misses FROM cache_missed');
    expect(written.misses).toBe(trace.misses);
    expect(written.pages_covered).toBeLessThanOrEqual(written.pages);
    expect(written.misses_covered).toBeLessThanOrEqual(written.misses);
    // The synthetic guest maps every page it uses through the TLB: the schedule covers most misses.
    expect(written.misses_covered / written.misses).toBeGreaterThan(0.9);
    const regret = JSON.parse(ok('analyze', [none, 'report', 'policy', '--section', 'regret', '--json'])).sections[0].rows[0];
    expect(written.baseline_ms).toBeCloseTo(regret.baseline_ms, 2);
  });

  it('runs it: every move is the schedule\'s, no more moves and declines than decisions, and fewer remote misses than without them', () => {
    const [moves] = sql(
      scheduled,
      `SELECT (SELECT count(*) FROM page_migrated WHERE policy = ${POLICY_SCHEDULED}) AS migrations,
              (SELECT count(*) FROM page_migrated) AS all_migrations,
              (SELECT count(*) FROM page_replicated WHERE policy = ${POLICY_SCHEDULED}) AS replications,
              (SELECT count(*) FROM page_replicated) AS all_replications,
              (SELECT count(*) FROM migration_declined WHERE policy = ${POLICY_SCHEDULED}) AS declined`,
    );
    expect(moves.migrations).toBe(moves.all_migrations);
    expect(moves.replications).toBe(moves.all_replications);
    expect(moves.replications + moves.migrations).toBeGreaterThan(0);
    const decided = JSON.parse(readFileSync(scenario, 'utf8')).monitor.placement.schedule.filter((d: any) => d.action !== 'collapse').length;
    expect(moves.migrations + moves.replications).toBeLessThanOrEqual(decided);
    const remote = (t: string) => sql(t, 'SELECT count(*) AS n FROM cache_missed WHERE node != home_node')[0].n;
    expect(remote(scheduled)).toBeLessThan(remote(none));
    const policy = JSON.parse(ok('analyze', [scheduled, 'report', 'policy', '--section', 'summary', '--json'])).sections[0].rows[0];
    expect(policy.policy).toBe('scheduled');
  });

  it('refuses bad input with one line: a default-level trace, an unknown baseline, an existing file, a schedule naming a node the machine lacks', () => {
    const plain = path.join(dir, 'plain.db');
    ok('record', [SCENARIO, '--out', plain, '--quiet', ...SHORT]);
    expectOneLineError(runCli('analyze', [plain, 'schedule', '--out', path.join(dir, 'x.json')]), /--level detailed/);
    expectOneLineError(runCli('analyze', [none, 'schedule', '--out', path.join(dir, 'y.json'), '--baseline', 'oracle']), /--baseline oracle: choose one of optimum, static/);
    expectOneLineError(runCli('analyze', [none, 'schedule', '--out', scenario]), /exists; use --force/);
    const bad = JSON.parse(readFileSync(scenario, 'utf8'));
    bad.monitor.placement.schedule[0].node = 99;
    const badFile = path.join(dir, 'bad.json');
    writeFileSync(badFile, JSON.stringify(bad));
    expectOneLineError(runCli('record', [badFile, '--out', path.join(dir, 'bad.db'), '--quiet']), /\/monitor\/placement\/schedule\/0\/node: 99, but the machine has \d+ nodes/);
    bad.monitor.placement.schedule[0] = { vm: 0, ppn: 1, afterMisses: -1, action: 'swap', node: 0 };
    writeFileSync(badFile, JSON.stringify(bad));
    expectOneLineError(runCli('record', [badFile, '--out', path.join(dir, 'bad.db'), '--quiet']), /\/monitor\/placement\/schedule\/0/);
  });
});

import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
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
let carrefour: string;
let off: string;
const POLICY_SCHEDULED = 7;

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
  carrefour = record(path.join(dir, 'carrefour.db'), ['--level', 'detailed', '--set', '/monitor/placement/policy=carrefour', '--set', '/machine/contention=true']);
  // Another workload (scenario) for the panels of compare --html: the same guest with migration and replication off.
  const r = runCli('record', [SCENARIO.replace('.json', '-off.json'), '--out', path.join(dir, 'off.db'), '--quiet', ...SHORT, '--level', 'detailed']);
  if (r.status !== 0) throw new Error(r.stderr);
  off = path.join(dir, 'off.db');
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

const policyReports = new Map<string, any>();
/** `report policy --json` of a trace, every section, run once per trace (each run prices every page's optimum). */
function policyReport(trace: string): any {
  if (!policyReports.has(trace)) policyReports.set(trace, json([trace, 'report', 'policy', '--json']));
  return policyReports.get(trace);
}

/** The first row of one section of `report policy` on a trace. */
function policyRow(trace: string, section: 'regret' | 'summary' | 'model'): Record<string, any> {
  return policyReport(trace).sections.find((s: { name: string }) => s.name === section).rows[0];
}

function regretOf(trace: string): Record<string, any> {
  return policyRow(trace, 'regret');
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
    const model = policyRow(detailed, 'model');
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

describe('progress while the pages are priced', () => {
  // A terminal for stderr: util-linux's script(1) runs the CLI on a pseudo-terminal and copies what it draws.
  const script = spawnSync('script', ['--version'], { encoding: 'utf8' });
  const cli = path.resolve(__dirname, '../dist/main.cjs');
  (script.status === 0 ? it : it.skip)('shows the misses read, then the pages priced, on a terminal only, and never with --json', () => {
    const onTerminal = (args: string) => spawnSync('script', ['-qec', `${process.execPath} ${cli} ${detailed} ${args} > /dev/null`, '/dev/null'], { encoding: 'utf8' }).stdout;
    const drawn = onTerminal('report policy --section regret');
    expect(drawn).toMatch(/report policy . [\d,]+ misses read \([\d,]+\/s\)/);
    expect(drawn).toMatch(/report policy . [\d,]+ pages priced/);
    expect(onTerminal('report policy --section regret --json')).toBe('');
    expect(runCli('analyze', [detailed, 'report', 'policy', '--section', 'regret']).stderr).toBe('');
  });
  if (script.status !== 0) console.log('script(1) not found (util-linux): the terminal progress check does not run');
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

describe('Carrefour in the policy reports', () => {
  it("stores its periods' gates (the accesses gate per ms: the default 1.5 per µs) and names its policy", () => {
    const periods = sql(carrefour, 'SELECT accesses_per_ms AS a, min_accesses_per_ms AS min, local_access_percent AS local, max_local_access_percent AS max, migration_enabled AS on_ FROM placement_sampled');
    expect(periods.length).toBeGreaterThan(0);
    for (const p of periods) {
      expect(p.min).toBe(1500);
      // Rounded to the ms, a rate at the threshold could go either way.
      if (p.a !== p.min) expect(p.on_).toBe(p.a > p.min && p.local < p.max ? 1 : 0);
    }
    const summary = policyRow(carrefour, 'summary');
    const [moves] = sql(carrefour, 'SELECT (SELECT count(*) FROM page_interleaved) AS i, (SELECT count(*) FROM page_migrated) AS m, (SELECT count(*) FROM page_replicated) AS r');
    expect(moves.i).toBeGreaterThan(0);
    expect(summary).toMatchObject({ policy: 'carrefour', interleaves: moves.i, migrations: moves.m, replications: moves.r });
    expect(summary.regret_ratio).toBeGreaterThanOrEqual(1);
  });

  it('lists and judges every interleave as a decision, each on the page it moved', () => {
    const paid = json([carrefour, 'report', 'decisions', '--section', 'paid', '--json']).sections[0].rows;
    const [n] = sql(carrefour, 'SELECT count(*) AS n FROM page_interleaved');
    expect(paid.find((r: { event: string }) => r.event === 'interleaved')).toMatchObject({ decisions: n.n, judged: n.n });
  });
});

/** The cells of the first table after `<h2>name:` in a page, and the bars of that section's charts (their aria labels). */
function pageSection(html: string, name: string): { head: string[]; rows: string[][]; charts: string[][] } {
  const start = html.indexOf(`<section><h2>${name}:`);
  expect(start).toBeGreaterThanOrEqual(0);
  const section = html.slice(start, html.indexOf('</section>', start));
  const cells = (row: string, tag: string) => [...row.matchAll(new RegExp(`<${tag}[^>]*>([^<]*)</${tag}>`, 'g'))].map((m) => m[1]!.replace(/&#39;/g, "'").replace(/&amp;/g, '&'));
  const table = section.slice(section.indexOf('<table>'));
  const rows = [...table.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => m[1]!);
  const charts = [...section.matchAll(/<figure>([\s\S]*?)<\/figure>/g)].map((f) => [...f[1]!.matchAll(/aria-label="([^"]*Sum of value[^"]*)"/g)].map((m) => m[1]!));
  return { head: cells(rows[0]!, 'th'), rows: rows.slice(1).map((r) => cells(r, 'td')), charts };
}

describe('compare --report policy --html', () => {
  it("has every trace's summary row, and bars of run time and regret per policy, a panel per workload", () => {
    const traces = [detailed, still, roundRobin, carrefour, off];
    const page = path.join(dir, 'policy.html');
    const r = runCli('analyze', ['compare', ...traces, '--report', 'policy', '--html', page, '--csv']);
    expect(r.status).toBe(0);
    // --csv with --html: the rows on stdout, the page besides.
    expect(r.stdout).toMatch(/^# policy\/summary\r?\ntrace,scenario,policy,run_ms,window_ms,local_pct,migrations,replications,interleaves,remote_misses,regret_ratio\r?\n/);
    expect(r.stderr).toMatch(/^wrote .*policy\.html/);
    const html = readFileSync(page, 'utf8');
    const summary = pageSection(html, 'summary');
    expect(summary.head).toEqual(['trace', 'scenario', 'policy', 'run_ms', 'window_ms', 'local_pct', 'migrations', 'replications', 'interleaves', 'remote_misses', 'regret_ratio']);
    const own = traces.map((t) => policyRow(t, 'summary'));
    const scenarios = traces.map((t) => policyReport(t).trace.scenario);
    expect(summary.rows).toEqual(own.map((row, i) => ['ABCDE'[i], scenarios[i], ...summary.head.slice(2).map((c) => String(row[c]))]));
    expect(own.map((x) => x.policy)).toEqual(['disco', 'none', 'round-robin', 'carrefour', 'none']);
    // Two charts, each a bar per trace named by its policy, with the trace's value, in the panel of its workload.
    expect(summary.charts).toHaveLength(2);
    const [runTime, regret] = summary.charts.map((bars) => bars.map((label) => {
      const fields = new Map(label.split('; ').map((f) => f.split(': ') as [string, string]));
      return [fields.get('trace'), fields.get('policy'), Number([...fields].find(([k]) => k.startsWith('ms simulated') || k.startsWith('x baseline'))![1])];
    }));
    expect(runTime).toEqual(own.map((x, i) => ['ABCDE'[i], x.policy, x.window_ms]));
    expect(regret).toEqual(own.map((x, i) => ['ABCDE'[i], x.policy, x.regret_ratio]));
    const figure = html.slice(html.indexOf('<figure>', html.indexOf('<section><h2>summary:')));
    for (const scenario of ['disco-numa-synthetic', 'disco-numa-synthetic-off']) expect(figure.slice(0, figure.indexOf('</figure>'))).toContain(`>${scenario}</text>`);
    // The regret section keeps its policy column and its ratios to trace A.
    const regretTable = pageSection(html, 'regret');
    expect(regretTable.head.slice(0, 3)).toEqual(['trace', 'policy', 'misses']);
    expect(regretTable.rows.map((x) => x[1])).toEqual(own.map((x) => x.policy));
    expect(regretTable.rows[1]![2]).toMatch(/\(\d+\.\d\d×\)$/);
  });
});

describe('disco-analyze schedule, and the scheduled policy carrying the baseline out', () => {
  let scenario: string;
  let scheduled: string;
  let written: any;
  beforeAll(() => {
    // From the run that moves nothing (every page where it was first touched).
    scenario = path.join(dir, 'scheduled.json');
    written = json([still, 'schedule', '--out', scenario, '--json']);
    scheduled = path.join(dir, 'scheduled.db');
    const r = runCli('record', [scenario, '--out', scheduled, '--quiet']);
    if (r.status !== 0) throw new Error(r.stderr);
  });

  it("writes the trace's scenario with the baseline's decisions as its policy, and says how much of the trace they cover", () => {
    const file = JSON.parse(readFileSync(scenario, 'utf8'));
    const [run] = sql(still, 'SELECT seed, level FROM run');
    expect(file.seed).toBe(run.seed);
    expect(file.level).toBe('detailed');
    expect(file['disco-synthetic'].durationUs).toBe(20000);
    expect(file.monitor.placement.policy).toBe('scheduled');
    const decisions = file.monitor.placement.schedule;
    expect(decisions.length).toBe(written.decisions);
    expect(decisions.length).toBeGreaterThan(0);
    for (const d of decisions) expect(['migrate', 'replicate', 'collapse']).toContain(d.action);
    const [trace] = sql(still, 'SELECT count(*) AS misses FROM cache_missed');
    expect(written.misses).toBe(trace.misses);
    expect(written.pages_covered).toBeLessThanOrEqual(written.pages);
    expect(written.misses_covered).toBeLessThanOrEqual(written.misses);
    // The synthetic guest maps every page it uses through the TLB: the schedule covers most misses. What it
    // cannot cover are the monitor's own (its L2TLB slots, pmap entries and code: monitor-memory.ts), about a
    // tenth of this run's, on pages no policy moves.
    expect(written.misses_covered / written.misses).toBeGreaterThan(0.85);
    const regret = regretOf(still);
    expect(written.baseline_ms).toBeCloseTo(regret.baseline_ms, 2);
  });

  it('runs it: every move is the schedule\'s, no more moves than decisions, and a node given a replica reads its own copy', () => {
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
    // Each node given a replica reads its own copy from then on: no miss of it on the primary after the replica
    // (pages never collapsed or freed), and misses on the replicas.
    const [after] = sql(
      scheduled,
      `SELECT (SELECT count(*) FROM cache_missed c JOIN page_replicated r ON c.machine_address / 4096 = r.machine_page AND c.node = r.to_node
                WHERE c.seq > r.seq AND r.machine_page NOT IN (SELECT machine_page FROM replica_collapsed)
                  AND r.machine_page NOT IN (SELECT machine_page FROM shootdown_sent WHERE reason = 6)) AS on_primary,
              (SELECT count(*) FROM cache_missed WHERE machine_address / 4096 IN (SELECT replica_machine_page FROM page_replicated)) AS on_replicas`,
    );
    expect(after.on_primary).toBe(0);
    expect(after.on_replicas).toBeGreaterThan(0);
    const policy = policyRow(scheduled, 'summary');
    expect(policy.policy).toBe('scheduled');
  });

  it('refuses bad input with one line: a default-level trace, an unknown baseline, an existing file, a schedule naming a node the machine lacks', () => {
    expectOneLineError(runCli('analyze', [plain, 'schedule', '--out', path.join(dir, 'x.json')]), /--level detailed/);
    expectOneLineError(runCli('analyze', [still, 'schedule', '--out', path.join(dir, 'y.json'), '--baseline', 'oracle']), /--baseline oracle: choose one of optimum, static/);
    expectOneLineError(runCli('analyze', [still, 'schedule', '--out', scenario]), /exists; use --force/);
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

describe('the scheduled policy on engineering with its threads pinned (the policy lab control)', () => {
  // Engineering on one 8-VCPU VM, each thread bound to VCPU tid mod 8 (/guest/pinThreads), so a job's misses
  // come from one node whatever the moves do to the timing; scale 1 of the scenario's 40, about 90 ms of window.
  const ENGINEERING = path.resolve(__dirname, '../../../traces/scenarios/engineering-disco-numa.json');
  const PINNED = ['--set', '/guest/scale=1', '--set', '/guest/pinThreads=true', '--set', '/machine/contention=true'];
  let none: Record<string, any>;
  let scheduled: Record<string, any>;
  beforeAll(() => {
    const noneTrace = path.join(dir, 'eng-pinned-none.db');
    const r = runCli('record', [ENGINEERING, '--out', noneTrace, '--quiet', '--level', 'detailed', '--set', '/monitor/placement/policy=none', ...PINNED]);
    if (r.status !== 0) throw new Error(r.stderr);
    const file = path.join(dir, 'eng-pinned-scheduled.json');
    json([noneTrace, 'schedule', '--out', file, '--json']);
    const scheduledTrace = path.join(dir, 'eng-pinned-scheduled.db');
    const s = runCli('record', [file, '--out', scheduledTrace, '--quiet']);
    if (s.status !== 0) throw new Error(s.stderr);
    none = policyRow(noneTrace, 'summary');
    scheduled = policyRow(scheduledTrace, 'summary');
  }, 120_000);

  it("carried out, the baseline's decisions at least halve the distance from moving nothing to the baseline, with fewer remote misses and a shorter window", () => {
    expect(none.policy).toBe('none');
    expect(scheduled.policy).toBe('scheduled');
    // Moving nothing is far enough from the baseline for the check to mean something.
    expect(none.regret_ratio).toBeGreaterThan(1.2);
    expect(scheduled.regret_ratio - 1).toBeLessThan((none.regret_ratio - 1) / 2);
    expect(scheduled.remote_misses).toBeLessThan(none.remote_misses);
    expect(scheduled.window_ms).toBeLessThan(none.window_ms);
  });
});

import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expectOneLineError, runCli, tempDir, writeSyntheticScenario } from '@disco/cli-kit/testing';

let dir: string;
let cleanup: () => void;
let privateTrace: string;
let migratoryTrace: string;
let syntheticTrace: string;

function record(scenario: string, out: string, args: string[] = []): string {
  const r = runCli('record', [scenario, '--out', out, '--quiet', ...args]);
  if (r.status !== 0) throw new Error(r.stderr);
  return out;
}

function hardware(name: string, pattern: string): string {
  const file = path.join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify({ name, model: 'hardware', machine: { cpus: 8 }, hardware: { durationUs: 2500, sampleIntervalUs: 250, pattern, sharedKb: 64, burstReferences: 32 } }));
  return file;
}

beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  privateTrace = record(hardware('private', 'private'), path.join(dir, 'private.db'));
  migratoryTrace = record(hardware('migratory', 'migratory'), path.join(dir, 'migratory.db'));
  syntheticTrace = record(writeSyntheticScenario(dir, 'syn', { durationMs: 0.5 }), path.join(dir, 'syn.db'));
});
afterAll(() => cleanup());

function json(args: string[]): any {
  const r = runCli('analyze', args);
  if (r.status !== 0) throw new Error(`exit ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

describe('disco-analyze report', () => {
  it('lists the reports, and whether a trace has their data', () => {
    const r = runCli('analyze', [privateTrace, 'report', '--list']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^locality\s/m);
    expect(r.stdout).toMatch(/^hot-pages\s/m);
    expect(r.stdout).toMatch(/no data for: hot-pages-missed/);
    const list = json([syntheticTrace, 'report', '--list', '--json']);
    expect(list.map((l: { name: string }) => l.name)).toEqual(['locality', 'hot-pages', 'overhead', 'footprint', 'scalability', 'policy', 'decisions']);
    expect(list[0].sections.every((s: { absent: boolean }) => s.absent)).toBe(true);
    expect(runCli('analyze', ['report', '--list']).status).toBe(0);
  });

  it('locality: local + remote equals the counter_sample misses from a separate query', () => {
    const report = json([migratoryTrace, 'report', 'locality', '--json']);
    const summary = report.sections.find((s: { name: string }) => s.name === 'summary');
    expect(summary.columns.every((c: { doc: string | null }) => c.doc)).toBe(true);
    const [sums] = json([migratoryTrace, 'sql', 'SELECT sum(misses_local) AS l, sum(misses_remote) AS r FROM counter_sample', '--json']);
    expect(summary.rows[0].misses_local + summary.rows[0].misses_remote).toBe(sums.l + sums.r);
    expect(summary.rows[0].misses_remote).toBe(sums.r);
  });

  it('locality: private data is served locally more than migratory data', () => {
    const local = (trace: string) => json([trace, 'report', 'locality', '--section', 'summary', '--json']).sections[0].rows[0].local_pct;
    expect(local(privateTrace)).toBeGreaterThan(local(migratoryTrace));
  });

  it('prints text tables, with absent sections said in words, and CSV', () => {
    const text = runCli('analyze', [migratoryTrace, 'report', 'locality']);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/== summary: /);
    expect(text.stdout).toMatch(/== hot-pages-missed: .*\nno data: .*--level detailed/);
    const csv = runCli('analyze', [migratoryTrace, 'report', 'locality', '--section', 'by-cpu', '--csv']);
    const lines = csv.stdout.trim().split('\r\n');
    expect(lines[0]!.split(',').slice(0, 3)).toEqual(['cpu', 'node', 'misses_local']);
    expect(lines).toHaveLength(1 + 8);
  });

  it('hot-pages: each interrupt with its provenance, and the rate per simulated second', () => {
    const report = json([migratoryTrace, 'report', 'hot-pages', '--json']);
    const [{ n }] = json([migratoryTrace, 'sql', 'SELECT count(*) AS n FROM hot_page_flagged', '--json']);
    const events = report.sections.find((s: { name: string }) => s.name === 'events');
    expect(events.rows).toHaveLength(n);
    expect(JSON.parse(events.rows[0].node_misses)).toHaveLength(8);
    const rate = report.sections.find((s: { name: string }) => s.name === 'rate').rows[0];
    expect(rate.events).toBe(n);
    expect(rate.per_second).toBeCloseTo(n / 0.0025, 0);
  });

  it('refuses a report whose data the trace lacks, saying which events are missing', () => {
    const r = runCli('analyze', [syntheticTrace, 'report', 'locality']);
    expect(r.status).toBe(2);
    expectOneLineError(r, /report locality has no data in .*no CounterSample events/);
    expect(r.stdout).toBe('');
  });

  it('refuses bad input with one line and exit 2', () => {
    const unknown = runCli('analyze', [privateTrace, 'report', 'nosuch']);
    expect(unknown.status).toBe(2);
    expectOneLineError(unknown, /unknown report 'nosuch'; reports: locality, hot-pages/);
    expectOneLineError(runCli('analyze', [privateTrace, 'report', 'locality', '--section', 'nope']), /report locality has no section nope/);
    expectOneLineError(runCli('analyze', [privateTrace, 'report', 'locality', '--top', '0']), /--top must be a positive integer/);
    expectOneLineError(runCli('analyze', [privateTrace, 'report', 'locality', '--json', '--csv']), /choose one of/);
    expectOneLineError(runCli('analyze', [path.join(dir, 'missing.db'), 'report', 'locality']), /trace not found/);
  });

  it('--html writes a self-contained page of SVG charts', () => {
    const page = path.join(dir, 'locality.html');
    const r = runCli('analyze', [migratoryTrace, 'report', 'locality', '--html', page]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^wrote .*locality\.html \(\d+ KB, \d+ charts\)/);
    const html = readFileSync(page, 'utf8');
    expect(html.match(/<svg/g)!.length).toBeGreaterThanOrEqual(5);
    expect(html).toMatch(/<rect|<path/);
    // Nothing loaded from elsewhere: no scripts, stylesheets, images or fonts by URL.
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(/i);
    expect(html.replace(/xmlns(:xlink)?="http[^"]*"/g, '')).not.toMatch(/https?:\/\//);
  });

  it('--html to an unwritable path: exit 2, one line, nothing written', () => {
    const missingDir = runCli('analyze', [migratoryTrace, 'report', 'locality', '--html', path.join(dir, 'no', 'such', 'x.html')]);
    expect(missingDir.status).toBe(2);
    expectOneLineError(missingDir, /cannot write .*x\.html: no such directory/);
    // A directory this user cannot write to (root writes anywhere, except in /proc).
    const isRoot = process.getuid?.() === 0;
    const locked = isRoot ? '/proc' : path.join(dir, 'locked');
    if (!isRoot) {
      mkdirSync(locked);
      chmodSync(locked, 0o500);
    }
    try {
      const denied = runCli('analyze', [migratoryTrace, 'report', 'locality', '--html', path.join(locked, 'x.html')]);
      expect(denied.status).toBe(2);
      expectOneLineError(denied, /cannot write .*x\.html/);
      expect(existsSync(path.join(locked, 'x.html'))).toBe(false);
    } finally {
      if (!isRoot) chmodSync(locked, 0o700);
    }
    const isDir = runCli('analyze', [migratoryTrace, 'report', 'locality', '--html', dir]);
    expect(isDir.status).toBe(2);
    expectOneLineError(isDir, /it is a directory/);
  });

  it('the analysis views are there for sql too', () => {
    const rows = json([migratoryTrace, 'sql', 'SELECT event, count(*) AS n FROM page_event GROUP BY event', '--json']);
    const [{ n }] = json([migratoryTrace, 'sql', 'SELECT count(*) AS n FROM hot_page_flagged', '--json']);
    expect(rows).toEqual(n > 0 ? [{ event: 'hot-page-flagged', n }] : []);
    expect(json([migratoryTrace, 'sql', 'SELECT cpus, nodes, sim_seconds FROM run_clock', '--json'])).toEqual([{ cpus: 8, nodes: 8, sim_seconds: 0.0025 }]);
  });
});

describe('disco-analyze compare', () => {
  it('--names and --caption label the HTML page; bad names exit 2 with one line', () => {
    const page = path.join(dir, 'named.html');
    const ok = runCli('analyze', ['compare', privateTrace, migratoryTrace, '--report', 'locality', '--section', 'summary', '--names', 'private,migratory 2', '--caption', 'hw', '--html', page]);
    expect(ok.status).toBe(0);
    const html = readFileSync(page, 'utf8');
    expect(html).toMatch(/<li><b>private<\/b> [^<]*\(baseline\)<\/li>/);
    expect(html).toMatch(/<li><b>migratory 2<\/b> /);
    expect(html).toMatch(/% of private/);
    expect(html).toMatch(/<text[^>]*>L2 misses by where they were served: hw<\/text>/);
    for (const [names, message] of [
      ['one', /--names gives 1 names for 2 traces/],
      ['a,<b>', /--names: '<b>' is not a name/],
      ['same,same', /--names: each trace needs its own name/],
    ] as const) {
      const r = runCli('analyze', ['compare', privateTrace, migratoryTrace, '--report', 'locality', '--names', names, '--html', path.join(dir, 'bad.html')]);
      expect(r.status).toBe(2);
      expectOneLineError(r, message);
    }
  });

  it('sets the report side by side with ratios to the first trace', () => {
    const c = json(['compare', privateTrace, migratoryTrace, '--report', 'locality', '--json']);
    expect(c.traces.map((t: { trace: string; scenario: string }) => [t.trace, t.scenario])).toEqual([['A', 'private'], ['B', 'migratory']]);
    const summary = c.sections.find((s: { name: string }) => s.name === 'summary');
    const [a, b] = summary.rows;
    expect(a.trace).toBe('A');
    expect(a.misses_local_ratio).toBe(1);
    expect(b.misses_local_ratio).toBeCloseTo(b.misses_local / a.misses_local, 3);
    expect(b.local_pct_ratio).toBeLessThan(1);
    const byCpu = c.sections.find((s: { name: string }) => s.name === 'by-cpu');
    expect(byCpu.rows).toHaveLength(16);
    expect(byCpu.rows.slice(0, 2).map((r: { cpu: number; trace: string }) => [r.cpu, r.trace])).toEqual([[0, 'A'], [0, 'B']]);
  });

  it('prints text with the traces named A, B… and marks a trace without the data', () => {
    const r = runCli('analyze', ['compare', migratoryTrace, privateTrace, syntheticTrace, '--report', 'locality', '--section', 'summary']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^\s+A\s+.*migratory\.db/m);
    expect(r.stdout).toMatch(/^C: no data: .*CounterSample/m);
    expect(r.stdout).toMatch(/^B\s+8 \(1\.00×\)/m);
  });

  it("says under each trace what it was given that trace A was not: scenario fields, seed and level", () => {
    const changed = record(hardware('private', 'private'), path.join(dir, 'private-1800.db'), ['--set', '/machine/remoteMissNs=1800', '--seed', '3']);
    const r = runCli('analyze', ['compare', privateTrace, changed, privateTrace, migratoryTrace, '--report', 'locality', '--section', 'summary']);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    const under = (letter: string) => lines[lines.findIndex((l) => l.startsWith(`  ${letter}  `)) + 1]!.trim();
    expect(under('B')).toBe('differs from A: /machine/remoteMissNs 900 → 1800, seed 1 → 3');
    expect(under('C')).toBe('same scenario, seed and level as A');
    // Another workload: its own fields (not its name or description, which the label shows).
    expect(under('D')).toBe('differs from A: /hardware/pattern "private" → "migratory"');
    const c = json(['compare', privateTrace, changed, '--report', 'locality', '--section', 'summary', '--json']);
    expect(c.traces[0].differsFromA).toBeUndefined();
    expect(c.traces[1]).toMatchObject({ differsFromA: [{ what: '/machine/remoteMissNs', a: '900', b: '1800' }, { what: 'seed', a: '1', b: '3' }], moreDifferences: 0, unreadableScenario: [] });
    const page = path.join(dir, 'differs.html');
    expect(runCli('analyze', ['compare', privateTrace, changed, '--report', 'locality', '--section', 'summary', '--html', page]).status).toBe(0);
    expect(readFileSync(page, 'utf8')).toContain('<span class="differs">differs from A: /machine/remoteMissNs 900 → 1800, seed 1 → 3</span>');
  });

  it("shows a crafted trace's scenario fields escaped and cut, and one that is not JSON as such", () => {
    const crafted = path.join(dir, 'crafted.db');
    copyFileSync(privateTrace, crafted);
    const db = new Database(crafted);
    const scenario = JSON.parse((db.prepare('SELECT scenario_json AS j FROM run').get() as { j: string }).j);
    scenario.machine['<script>\u001b[31m'] = 'x'.repeat(500);
    db.prepare('UPDATE run SET scenario_json = ?').run(JSON.stringify(scenario));
    db.close();
    const page = path.join(dir, 'crafted.html');
    const r = runCli('analyze', ['compare', privateTrace, crafted, '--report', 'locality', '--section', 'summary', '--html', page, '--csv']);
    expect(r.status).toBe(0);
    const html = readFileSync(page, 'utf8');
    expect(html).toContain('/machine/&lt;script&gt;\\u001b[31m (absent) → &quot;xxxxx');
    expect(html).not.toContain('<script>');
    const text = runCli('analyze', ['compare', privateTrace, crafted, '--report', 'locality', '--section', 'summary']).stdout;
    expect(text).not.toContain('\u001b');
    expect(text).toMatch(/\/machine\/<script>\\u001b\[31m \(absent\) → "x{38}…$/m);
    const broken = path.join(dir, 'broken.db');
    copyFileSync(privateTrace, broken);
    const b = new Database(broken);
    b.prepare("UPDATE run SET scenario_json = '{not json'").run();
    b.close();
    const t = runCli('analyze', ['compare', privateTrace, broken, '--report', 'locality', '--section', 'summary']);
    expect(t.stdout).toContain('same scenario, seed and level as A (the scenario of this trace is not JSON: its fields are not compared)');
  });

  it('writes an HTML page of normalized charts', () => {
    const page = path.join(dir, 'compare.html');
    expect(runCli('analyze', ['compare', privateTrace, migratoryTrace, '--report', 'locality', '--html', page]).status).toBe(0);
    const html = readFileSync(page, 'utf8');
    expect(html).toMatch(/% of trace A/);
    expect(html.match(/<svg/g)!.length).toBeGreaterThanOrEqual(4);
  });

  it('refuses bad input with exit 2', () => {
    expectOneLineError(runCli('analyze', ['compare', privateTrace, migratoryTrace, '--report', 'nosuch']), /unknown report 'nosuch'/);
    expectOneLineError(runCli('analyze', ['compare', privateTrace, '--report', 'locality']), /at least two traces/);
    expectOneLineError(runCli('analyze', ['compare', privateTrace, migratoryTrace, '--report', 'locality', '--section', 'hot-pages-missed']), /no comparable section hot-pages-missed/);
    const none = runCli('analyze', ['compare', syntheticTrace, syntheticTrace, '--report', 'hot-pages']);
    expect(none.status).toBe(2);
    expectOneLineError(none, /no data in any of the traces/);
    expect(runCli('analyze', ['compare', privateTrace, migratoryTrace]).status).toBe(2);
  });
});

import path from 'node:path';
import { expectOneLineError, runCli, sha256File, tempDir, writeSyntheticScenario } from '@disco/cli-kit/testing';

let dir: string;
let cleanup: () => void;
let trace: string;

beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  const scenario = writeSyntheticScenario(dir, 'analyzed', { durationMs: 1 });
  trace = path.join(dir, 'analyzed.db');
  const r = runCli('record', [scenario, '--out', trace, '--quiet']);
  if (r.status !== 0) throw new Error(r.stderr);
});
afterAll(() => cleanup());

describe('disco-analyze', () => {
  it('runs SQL over the events view and the typed tables, with the same counts in both', () => {
    const byKind = JSON.parse(runCli('analyze', [trace, 'sql', 'SELECT kind, count(*) AS n FROM events GROUP BY kind ORDER BY kind', '--json']).stdout);
    const work = JSON.parse(runCli('analyze', [trace, 'sql', 'SELECT count(*) AS n FROM synthetic_work_done', '--json']).stdout);
    expect(byKind.find((r: { kind: string }) => r.kind === 'SyntheticWorkDone').n).toBe(work[0].n);
    const total = byKind.reduce((s: number, r: { n: number }) => s + r.n, 0);
    const run = JSON.parse(runCli('analyze', [trace, 'sql', 'SELECT event_count FROM run', '--json']).stdout);
    expect(total).toBe(run[0].event_count);
  });

  it('lists events in seq order with their payload as JSON', () => {
    const rows = JSON.parse(runCli('analyze', [trace, 'sql', 'SELECT seq, kind, args FROM events LIMIT 5', '--json']).stdout);
    expect(rows.map((r: { seq: number }) => r.seq)).toEqual([0, 1, 2, 3, 4]);
    expect(rows[0].kind).toBe('RunStarted');
    expect(JSON.parse(rows[0].args)).toMatchObject({ scenario_name: 'analyzed', seed: 1 });
  });

  it('prints a table, CSV and JSON', () => {
    const table = runCli('analyze', [trace, 'sql', 'SELECT scenario_name, seed FROM run']);
    expect(table.stdout.split('\n').slice(0, 3)).toEqual(['scenario_name  seed', '-------------  ----', 'analyzed          1']);
    const csv = runCli('analyze', [trace, 'sql', 'SELECT scenario_name, seed FROM run', '--csv']);
    expect(csv.stdout).toBe('scenario_name,seed\r\nanalyzed,1\r\n');
  });

  it('accepts the command first too', () => {
    const r = runCli('analyze', ['sql', trace, 'SELECT 42 AS answer', '--json']);
    expect(JSON.parse(r.stdout)).toEqual([{ answer: 42 }]);
  });

  it('refuses write statements with one line and exit 2, leaving the file unchanged', () => {
    const before = sha256File(trace);
    for (const sql of ['DELETE FROM run', 'DROP TABLE batch', "UPDATE run SET status = 'complete'", 'CREATE TABLE x (a)']) {
      const r = runCli('analyze', [trace, 'sql', sql]);
      expect(r.status).toBe(2);
      expectOneLineError(r, /refused: the statement would write/);
    }
    expect(sha256File(trace)).toBe(before);
  });

  it('reports SQL errors and bad flags with exit 2', () => {
    expectOneLineError(runCli('analyze', [trace, 'sql', 'SELEC 1']), /SQL error: near "SELEC"/);
    const both = runCli('analyze', [trace, 'sql', 'SELECT 1', '--json', '--csv']);
    expect(both.status).toBe(2);
    expectOneLineError(both, /choose one of --json and --csv/);
  });

  it('summarizes a trace', () => {
    const r = runCli('analyze', [trace, 'summary']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/scenario\s+analyzed \(seed 1, level default\)/);
    expect(r.stdout).toMatch(/status\s+complete/);
    const json = JSON.parse(runCli('analyze', [trace, 'summary', '--json']).stdout);
    expect(json.eventsInTables).toBe(json.run.eventCount);
  });

  it('help sql prints the help of sql and exits 0, as sql --help does', () => {
    const help = runCli('analyze', ['help', 'sql']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: disco-analyze sql \[options\] <trace> <query>/);
    expect(help.stdout).toBe(runCli('analyze', ['sql', '--help']).stdout);
  });

  it('a trace and no command, or a trace then help: one line saying what to type, exit 2', () => {
    for (const args of [[trace], [trace, '--json']]) {
      const r = runCli('analyze', args);
      expect(r.status).toBe(2);
      expectOneLineError(r, /^error: missing command after .*analyzed\.db: disco-analyze <trace> <command>, commands: sql, summary, report, compare, export, schedule, sweep/);
    }
    for (const args of [[trace, 'help'], [trace, 'help', 'sql']]) {
      const r = runCli('analyze', args);
      expect(r.status).toBe(2);
      expectOneLineError(r, /^error: help takes no trace: disco-analyze help \[command\] \(e\.g\. disco-analyze help sql\), or disco-analyze <trace> <command> --help$/);
    }
    const unknown = runCli('analyze', [trace, 'sumary']);
    expect(unknown.status).toBe(2);
    expectOneLineError(unknown, /^error: unknown command 'sumary' after .*analyzed\.db; commands: sql, summary/);
  });
});

import { copyFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expectOneLineError, runCli, sha256File, tempDir, writeSyntheticScenario } from '@disco/cli-kit/testing';

let dir: string;
let cleanup: () => void;
let trace: string;

beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  const scenario = writeSyntheticScenario(dir, 'q', { durationMs: 1 });
  trace = path.join(dir, 'q.db');
  const r = runCli('record', [scenario, '--out', trace, '--quiet']);
  if (r.status !== 0) throw new Error(r.stderr);
});
afterAll(() => cleanup());

const FOREVER = 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c) SELECT count(*) FROM c';

describe('disco-analyze sql on untrusted queries', () => {
  it('stops a query that never ends at --timeout: one line naming it, exit 2', () => {
    const started = Date.now();
    const r = runCli('analyze', [trace, 'sql', FOREVER, '--timeout', '1']);
    expect(r.status).toBe(2);
    expectOneLineError(r, /ran past --timeout 1 s/);
    expect(r.stdout).toBe('');
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('has a default timeout of 30 s, and a query within it prints its rows', () => {
    expect(runCli('analyze', ['sql', '--help']).stdout).toMatch(/--timeout <seconds>[\s\S]*\(default: "30"\)/);
    expect(JSON.parse(runCli('analyze', [trace, 'sql', 'SELECT 7 AS n', '--json', '--timeout', '5']).stdout)).toEqual([{ n: 7 }]);
  });

  it.each(['-1', 'soon', ''])('refuses --timeout %p with exit 2', (value) => {
    const r = runCli('analyze', [trace, 'sql', 'SELECT 1', '--timeout', value]);
    expect(r.status).toBe(2);
    expectOneLineError(r, /--timeout must be a number of seconds/);
  });

  it.each([
    "ATTACH ':memory:' AS m",
    `ATTACH '${'q.db'}' AS other`,
    'DETACH temp',
    'DETACH main',
    "  -- a comment\n/* and another */ attach database ':memory:' as x",
  ])('refuses %p with the real reason, exit 2, the trace unchanged', (sql) => {
    const before = sha256File(trace);
    const r = runCli('analyze', [trace, 'sql', sql]);
    expect(r.status).toBe(2);
    expectOneLineError(r, /^error: sql runs on the trace alone: ATTACH\/DETACH are refused$/);
    expect(sha256File(trace)).toBe(before);
  });

  it('prints integers past 2^53 exactly in the table, JSON and CSV', () => {
    const sql = 'SELECT 9007199254740993 AS big, -9223372036854775808 AS low, 42 AS small';
    const table = runCli('analyze', [trace, 'sql', sql]);
    expect(table.stdout.split('\n')[2]!.trim().split(/\s+/)).toEqual(['9007199254740993', '-9223372036854775808', '42']);
    const json = runCli('analyze', [trace, 'sql', sql, '--json']);
    expect(json.stdout).toMatch(/"big": 9007199254740993,/);
    expect(json.stdout).toMatch(/"low": -9223372036854775808,/);
    expect(JSON.parse(json.stdout)[0].small).toBe(42);
    expect(runCli('analyze', [trace, 'sql', sql, '--csv']).stdout).toBe('big,low,small\r\n9007199254740993,-9223372036854775808,42\r\n');
  });

  it('reports an error while the statement runs as SQL, exit 2', () => {
    const r = runCli('analyze', [trace, 'sql', "SELECT json_extract('not json', '$.a')"]);
    expect(r.status).toBe(2);
    expectOneLineError(r, /SQL error: malformed JSON/);
  });
});

describe('disco-analyze on a trace whose event_kind was crafted', () => {
  it('summary refuses an event kind that names another table (it counted run as CounterSample): one line, exit 2', () => {
    const crafted = path.join(dir, 'crafted-kind.db');
    copyFileSync(trace, crafted);
    const db = new Database(crafted);
    db.exec("UPDATE event_kind SET table_name = 'run' WHERE table_name = 'counter_sample'");
    db.close();
    const r = runCli('analyze', [crafted, 'summary']);
    expect(r.status).toBe(2);
    expectOneLineError(r, /event_kind row \d+ names kind "CounterSample" with table "run", not an event kind of this schema/);
  });
});

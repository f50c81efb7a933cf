import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expectOneLineError, runCli, tempDir } from '@disco/cli-kit/testing';

let dir: string;
let cleanup: () => void;
let trace: string;

beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  const scenario = path.join(dir, 'x.json');
  writeFileSync(scenario, JSON.stringify({ name: 'x', model: 'hardware', machine: { cpus: 2 }, hardware: { durationUs: 200, sampleIntervalUs: 100, pattern: 'private' } }));
  trace = path.join(dir, 'x.db');
  const r = runCli('record', [scenario, '--out', trace, '--quiet']);
  if (r.status !== 0) throw new Error(r.stderr);
});
afterAll(() => cleanup());

/** A copy of the trace with one SQL edit, as someone handing us a file could make it. */
function crafted(name: string, sql: string): string {
  const file = path.join(dir, `${name}.db`);
  copyFileSync(trace, file);
  const db = new Database(file);
  db.exec(sql);
  db.close();
  return file;
}

describe('export of a crafted trace writes nothing outside its directory', () => {
  it.each([
    ['a table name that climbs out', `CREATE TABLE "../../escaped" AS SELECT * FROM counter_sample; UPDATE event_kind SET table_name = '../../escaped' WHERE table_name = 'counter_sample'`, /event_kind names table "\.\.\/\.\.\/escaped", which is not a typed table of this schema/],
    ['a column name with a quote', `UPDATE event_kind SET columns = json_array(json_object('name', 'x" FROM run; --', 'type', 'TEXT', 'repeated', 0)) WHERE table_name = 'counter_sample'`, /has a column named "x\\" FROM run; --", not a plain identifier/],
  ])('%s: exit 2, one line naming it, no file written outside', (name, sql, message) => {
    const file = crafted(name.replace(/\W+/g, '-'), sql);
    for (const format of ['csv', 'parquet']) {
      const out = path.join(dir, 'deep', 'er', `${format}-${name.length}`);
      mkdirSync(out, { recursive: true });
      const r = runCli('analyze', [file, 'export', format, out, '--force']);
      expect(r.status).toBe(2);
      expectOneLineError(r, message);
      expect(existsSync(path.join(dir, 'escaped.csv')) || existsSync(path.join(dir, 'escaped.parquet'))).toBe(false);
      expect(existsSync(path.join(dir, 'deep', 'escaped.csv')) || existsSync(path.join(dir, 'deep', 'escaped.parquet'))).toBe(false);
      expect(readdirSync(out)).toEqual([]);
    }
  });
});

describe('export of a trace whose repeated field is not JSON', () => {
  it('exits 2 naming the table, for csv and parquet, and leaves no partial file', () => {
    const file = crafted(
      'not-json',
      `INSERT INTO hot_page_flagged (seq, tick, cpu, node, vm, machine_page, home_node, trigger_node, threshold, node_misses, interval_start_ticks)
       VALUES (99999, 1, 0, 0, -1, 1, 0, 0, 1, 'not json', 0)`,
    );
    for (const format of ['csv', 'parquet']) {
      const out = path.join(dir, `not-json-${format}`);
      const r = runCli('analyze', [file, 'export', format, out]);
      expect(r.status).toBe(2);
      expectOneLineError(r, /table events cannot be exported: malformed JSON; the trace was altered or is damaged/);
      expect(existsSync(path.join(out, `events.${format}`))).toBe(false);
    }
  });
});

describe('export perfetto of a trace whose CPU numbers are out of range', () => {
  it.each([
    ['a row naming CPU 2,000,000,000', `UPDATE counter_sample SET cpu = 2000000000 WHERE seq = (SELECT min(seq) FROM counter_sample)`, /table counter_sample names CPU 2000000000; a machine has at most 32; the trace was altered or is damaged/],
    ['a machine of 2,000,000,000 CPUs', `UPDATE run_started SET cpus = 2000000000`, /table run_started gives the machine 2000000000 CPUs; a machine has 1 to 32; the trace was altered or is damaged/],
  ])('%s: exit 2 at once, one line naming it, no file written', (name, sql, message) => {
    // Before the check, the CPU number sized the thread metadata: the first ran out of memory (4 GB, exit 134).
    const file = crafted(name.replace(/\W+/g, '-'), sql);
    const target = path.join(dir, `${name.length}-cpus.json`);
    const started = Date.now();
    const r = runCli('analyze', [file, 'export', 'perfetto', target]);
    expect(r.status).toBe(2);
    expectOneLineError(r, message);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(existsSync(target)).toBe(false);
  });

  it('exports the undamaged trace, with a thread per CPU of its machine', () => {
    const target = path.join(dir, 'whole.json');
    expect(runCli('analyze', [trace, 'export', 'perfetto', target]).status).toBe(0);
    const names = (JSON.parse(readFileSync(target, 'utf8')) as { traceEvents: { name: string; pid: number; tid?: number; args?: { name?: string } }[] }).traceEvents
      .filter((e) => e.name === 'thread_name' && e.pid === 1 && (e.tid ?? 0) < 100_000)
      .map((e) => e.args?.name);
    expect(names).toEqual(['cpu 0', 'cpu 1']);
  });
});

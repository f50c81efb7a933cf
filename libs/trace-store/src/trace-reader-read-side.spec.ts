import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { EVENT_KINDS, type TraceEvent } from '@disco/trace-schema';
import { lastSeqAtTick } from './event-range';
import { TraceFileError } from './trace-file-error';
import { QueryError, TraceReader } from './trace-reader';
import { TraceWriter } from './trace-writer';

let dir: string;
let file: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'reader-'));
  file = path.join(dir, 't.db');
  const writer = TraceWriter.create(file, { scenarioName: 's', scenarioJson: '{}', seed: 1, level: 'default', modelVersion: 't', batchSize: 2, startedAt: 'x' });
  for (let b = 0; b < 3; b++) {
    const events: TraceEvent[] = [0, 1].map((i) => ({
      seq: 2 * b + i, tick: 10 * (2 * b + i), cpu: 0, node: 0, vm: -1, type: 'SyntheticWorkDone', data: { worker: 0, workUnits: 1, busyTicks: 1, value: i },
    }));
    writer.append(
      { index: b, firstSeq: 2 * b, lastSeq: 2 * b + 1, firstTick: 20 * b, lastTick: 20 * b + 10, eventCount: 2, bytes: new Uint8Array([b]), prevHash: new Uint8Array(32), hash: new Uint8Array(32).fill(b + 1) },
      events,
    );
  }
  writer.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('TraceReader read-side helpers', () => {
  it('reads one batch and the hash chain without the payloads', () => {
    const reader = TraceReader.open(file);
    expect(reader.batchHashes().map((h) => h[0])).toEqual([1, 2, 3]);
    expect(reader.batchAt(1)).toMatchObject({ index: 1, firstSeq: 2, lastSeq: 3, eventCount: 2 });
    expect(reader.batchAt(3)).toBeUndefined();
    reader.close();
  });

  it('tells tables with rows from empty and missing ones', () => {
    const reader = TraceReader.open(file);
    expect([reader.hasTable('synthetic_work_done'), reader.hasRows('synthetic_work_done')]).toEqual([true, true]);
    expect([reader.hasTable('counter_sample'), reader.hasRows('counter_sample')]).toEqual([true, false]);
    expect([reader.hasTable('no_such'), reader.hasRows('no_such')]).toEqual([false, false]);
    reader.close();
  });

  it('defines TEMP views on the connection only, and refuses any other statement', () => {
    const before = readFileSync(file);
    const reader = TraceReader.open(file);
    reader.defineTempView('-- a comment\nCREATE TEMP VIEW busy AS SELECT worker, sum(busy_ticks) AS busy FROM synthetic_work_done GROUP BY worker');
    expect(reader.query('SELECT * FROM busy').rows).toEqual([[0, 6]]);
    expect(() => reader.defineTempView('CREATE VIEW busy2 AS SELECT 1')).toThrow(QueryError);
    expect(() => reader.defineTempView('CREATE TEMP VIEW v AS SELECT 1; DELETE FROM run')).toThrow(QueryError);
    expect(() => reader.defineTempView('DELETE FROM run')).toThrow(/only CREATE TEMP VIEW/);
    reader.close();
    expect(readFileSync(file).equals(before)).toBe(true);
    const again = TraceReader.open(file);
    expect(again.hasTable('busy')).toBe(false);
    again.close();
  });

  it('streams rows of a read-only query, as bigints on request, and refuses writes', () => {
    const reader = TraceReader.open(file);
    const { columns, rows } = reader.iterate('SELECT seq, tick FROM synthetic_work_done ORDER BY seq');
    expect(columns).toEqual(['seq', 'tick']);
    expect([...rows].map((r) => r[1])).toEqual([0, 10, 20, 30, 40, 50]);
    expect([...reader.iterate('SELECT seq FROM synthetic_work_done LIMIT 1', [], { safeIntegers: true }).rows]).toEqual([[0n]]);
    expect(() => reader.iterate('DELETE FROM run')).toThrow(/refused/);
    expect(reader.columnTypes('synthetic_work_done').slice(0, 2)).toEqual([{ name: 'seq', type: 'INTEGER' }, { name: 'tick', type: 'INTEGER' }]);
    reader.close();
  });
});

describe('TraceReader on a crafted event_kind', () => {
  const crafted = (name: string, sql: string): string => {
    const copy = path.join(dir, `${name}.db`);
    copyFileSync(file, copy);
    const db = new Database(copy);
    db.exec(sql);
    db.close();
    return copy;
  };
  const id = EVENT_KINDS.find((k) => k.table === 'synthetic_work_done')!.id;

  it.each([
    ['another table', `UPDATE event_kind SET table_name = 'batch' WHERE id = ${id}`, /event_kind row \d+ names kind "SyntheticWorkDone" with table "batch", not an event kind of this schema/],
    ['a quote in the name', `UPDATE event_kind SET table_name = 'x" WHERE 0 UNION SELECT 99 --' WHERE id = ${id}`, /with table "x\\" WHERE 0 UNION SELECT 99 --", not an event kind/],
    ['a kind renamed', `UPDATE event_kind SET name = 'Evil' WHERE id = ${id}`, /names kind "Evil" with table "synthetic_work_done"/],
    ['an unknown id', `UPDATE event_kind SET id = 9999 WHERE id = ${id}`, /event_kind row 9999 names kind "SyntheticWorkDone"/],
  ])('refuses %s in event_kind before any name reaches SQL: a TraceFileError naming the row', (_what, sql, message) => {
    const reader = TraceReader.open(crafted(_what.replace(/\W/g, '-'), sql));
    try {
      expect(() => reader.eventCounts()).toThrow(TraceFileError);
      expect(() => reader.eventCounts()).toThrow(message);
      expect(() => lastSeqAtTick(reader, 25)).toThrow(message); // inside batch 1: reads the typed tables
    } finally {
      reader.close();
    }
  });

  it('counts the events of an intact trace by kind', () => {
    const reader = TraceReader.open(file);
    expect(reader.eventCounts().find((k) => k.table === 'synthetic_work_done')).toEqual({ kind: 'SyntheticWorkDone', table: 'synthetic_work_done', count: 6 });
    reader.close();
  });
});

describe('the key convention of SQL readers (README: snake_case, booleans as 0/1)', () => {
  it("events.args has exactly the typed table's columns as keys, and a bool field is 0/1 in both", () => {
    const f = path.join(dir, 'convention.db');
    const writer = TraceWriter.create(f, { scenarioName: 's', scenarioJson: '{}', seed: 1, level: 'detailed', modelVersion: 't', batchSize: 2, startedAt: 'x' });
    const miss = (seq: number, fromCache: boolean): TraceEvent => ({
      seq, tick: seq, cpu: 1, node: 1, vm: -1, type: 'CacheMissed',
      data: { machineAddress: 4096, homeNode: 0, kind: 1, latencyTicks: 700, hops: 3, fromCache, invalidations: 0, queueTicks: 0, localTicks: 5, exclusive: false },
    });
    writer.append({ index: 0, firstSeq: 0, lastSeq: 1, firstTick: 0, lastTick: 1, eventCount: 2, bytes: new Uint8Array([0]), prevHash: new Uint8Array(32), hash: new Uint8Array(32) }, [miss(0, true), miss(1, false)]);
    writer.close();
    const reader = TraceReader.open(f);
    try {
      const columns = reader.columnTypes('cache_missed').map((c) => c.name).filter((c) => !['seq', 'tick', 'cpu', 'node', 'vm'].includes(c));
      // The protobuf names (camelCase, as disco-replay prints them) turned into snake_case by rule, not read back.
      const snake = EVENT_KINDS.find((k) => k.type === 'CacheMissed')!.fields.map((x) => x.name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`));
      expect(columns).toEqual(snake);
      const args = reader.query("SELECT args FROM events WHERE kind = 'CacheMissed' ORDER BY seq").rows.map((r) => JSON.parse(r[0] as string) as Record<string, unknown>);
      for (const a of args) expect(Object.keys(a)).toEqual(snake);
      expect(args.map((a) => a['from_cache'])).toEqual([1, 0]);
      expect(reader.query('SELECT from_cache FROM cache_missed ORDER BY seq').rows).toEqual([[1], [0]]);
    } finally {
      reader.close();
    }
  });
});

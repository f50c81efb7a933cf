import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ENUMS, EVENT_KINDS, type TraceEvent } from '@disco/trace-schema';
import { SCHEMA_VERSION } from './migrations';
import { inSeqOrder, QueryError, TraceReader } from './trace-reader';
import { TraceFileError } from './trace-file-error';
import { TraceWriter, type RunMetadata, type StoredBatch } from './trace-writer';

let dir: string;
beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'trace-store-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const metadata: RunMetadata = {
  scenarioName: 'unit',
  scenarioJson: '{"name":"unit"}',
  seed: 3,
  level: 'default',
  modelVersion: 'test',
  batchSize: 2,
  startedAt: '2026-01-01T00:00:00.000Z',
};

const events: TraceEvent[] = [
  { seq: 0, tick: 0, cpu: -1, node: -1, vm: -1, type: 'RunStarted', data: { scenarioName: 'unit', seed: 3, cpus: 2, nodes: 2, vms: 0, level: 'default' } },
  { seq: 1, tick: 10, cpu: 1, node: 1, vm: -1, type: 'SyntheticWorkDone', data: { worker: 1, workUnits: 1, busyTicks: 10, value: 4_000_000_000 } },
  { seq: 2, tick: 25, cpu: 0, node: 0, vm: -1, type: 'SyntheticMessageSent', data: { fromWorker: 0, toWorker: 1, bytes: 64, latencyTicks: 900 } },
];

function batch(index: number, evs: TraceEvent[]): StoredBatch {
  return {
    index,
    firstSeq: evs[0]!.seq,
    lastSeq: evs[evs.length - 1]!.seq,
    firstTick: evs[0]!.tick,
    lastTick: evs[evs.length - 1]!.tick,
    eventCount: evs.length,
    bytes: Uint8Array.from([index, 1, 2]),
    prevHash: new Uint8Array(32),
    hash: new Uint8Array(32).fill(index + 1),
  };
}

function written(file = path.join(dir, 't.db')): string {
  const writer = TraceWriter.create(file, metadata);
  writer.append(batch(0, events.slice(0, 2)), events.slice(0, 2));
  writer.append(batch(1, events.slice(2)), events.slice(2));
  writer.finish({ status: 'complete', simTicks: 30, finishedAt: '2026-01-01T00:00:01.000Z', wallSeconds: 1 });
  writer.close();
  return file;
}

describe('trace store', () => {
  it('writes a run that the read-only reader reads back', () => {
    const reader = TraceReader.open(written());
    expect(reader.run).toMatchObject({
      scenarioName: 'unit',
      seed: 3,
      status: 'complete',
      eventCount: 3,
      batchCount: 2,
      schemaVersion: SCHEMA_VERSION,
      simTicks: 30,
      finalHash: '02'.repeat(32),
    });
    expect([...reader.batches()].map((b) => [b.index, b.firstSeq, b.lastSeq, b.eventCount])).toEqual([
      [0, 0, 1, 2],
      [1, 2, 2, 1],
    ]);
    reader.close();
  });

  it('stores each event in its typed table with typed columns, and all in the events view', () => {
    const reader = TraceReader.open(written());
    const work = reader.query('SELECT seq, tick, cpu, worker, work_units, busy_ticks, value, typeof(value) FROM synthetic_work_done');
    expect(work.rows).toEqual([[1, 10, 1, 1, 1, 10, 4_000_000_000, 'integer']]);
    const all = reader.query("SELECT seq, kind, json_extract(args, '$.to_worker') FROM events");
    expect(all.rows).toEqual([
      [0, 'RunStarted', null],
      [1, 'SyntheticWorkDone', null],
      [2, 'SyntheticMessageSent', 1],
    ]);
    expect(reader.query('SELECT count(*) FROM event_kind').rows[0]).toEqual([EVENT_KINDS.length]);
    reader.close();
  });

  it('stores every row of a batch larger than one multi-row insert, in and out of step across kinds', () => {
    const many: TraceEvent[] = Array.from({ length: 101 }, (_, seq) =>
      seq % 3 === 0
        ? { seq, tick: seq, cpu: 0, node: 0, vm: -1, type: 'SyntheticMessageSent', data: { fromWorker: 0, toWorker: seq, bytes: 64, latencyTicks: 1 } }
        : { seq, tick: seq, cpu: 1, node: 1, vm: -1, type: 'SyntheticWorkDone', data: { worker: 1, workUnits: seq, busyTicks: 2, value: seq * 3 } },
    );
    const file = path.join(dir, 'many.db');
    const writer = TraceWriter.create(file, metadata);
    writer.append({ ...batch(0, many), eventCount: many.length }, many);
    writer.close();
    const reader = TraceReader.open(file);
    const seqs = reader.query('SELECT seq FROM events').rows.map((r) => r[0]);
    expect(seqs).toEqual(many.map((e) => e.seq));
    const work = reader.query('SELECT seq, value FROM synthetic_work_done ORDER BY seq').rows;
    expect(work).toEqual(many.filter((e) => e.type === 'SyntheticWorkDone').map((e) => [e.seq, e.seq * 3]));
    reader.close();
  });

  it('kindRows and integerRowsBySeq give what a plain SELECT gives, over several chunks, for integer tables (read as JSON) and text ones', () => {
    const many: TraceEvent[] = Array.from({ length: 5000 }, (_, seq) => ({
      seq,
      tick: seq * 1_000_003,
      cpu: seq % 8,
      node: seq % 4,
      vm: -1,
      type: 'SyntheticWorkDone',
      data: { worker: seq % 5, workUnits: seq, busyTicks: 2 ** 40 + seq, value: seq * 3 },
    }));
    const file = path.join(dir, 'rows.db');
    const writer = TraceWriter.create(file, metadata);
    writer.append({ ...batch(0, events.slice(0, 1)), eventCount: 1 }, events.slice(0, 1));
    writer.append({ ...batch(1, many), eventCount: many.length }, many.map((e) => ({ ...e, seq: e.seq + 1 })));
    writer.close();
    // Values no event holds: NULL, negative, beyond 2^53 (rounded to a double by either path) and the largest integer.
    const db = new Database(file);
    db.prepare('UPDATE synthetic_work_done SET value = NULL WHERE seq = 7').run();
    db.prepare('UPDATE synthetic_work_done SET worker = -12 WHERE seq = 2049').run();
    db.prepare('UPDATE synthetic_work_done SET busy_ticks = 1152921504606846977 WHERE seq = 3000').run();
    db.prepare('UPDATE synthetic_work_done SET work_units = 9223372036854775807 WHERE seq = 4096').run();
    db.close();
    const plain = new Database(file, { readonly: true });
    const reader = TraceReader.open(file);
    for (const type of ['SyntheticWorkDone', 'RunStarted'] as const) {
      const kind = EVENT_KINDS.find((k) => k.type === type)!;
      const columns = ['seq', 'tick', 'cpu', 'node', 'vm', ...kind.fields.map((f) => f.column)].map((c) => `"${c}"`).join(', ');
      const expected = plain.prepare(`SELECT ${columns} FROM "${kind.table}" ORDER BY seq`).raw(true).all();
      expect([...reader.kindRows(kind)]).toEqual(expected);
      expect(expected.length).toBe(type === 'RunStarted' ? 1 : many.length);
    }
    const expressions = ['seq', 'tick / 7', 'busy_ticks % 4096', 'value', 'work_units'];
    expect([...reader.integerRowsBySeq('synthetic_work_done', expressions)]).toEqual(plain.prepare(`SELECT ${expressions.join(', ')} FROM synthetic_work_done ORDER BY seq`).raw(true).all());
    expect(() => [...reader.integerRowsBySeq('synthetic_work_done', ['tick', 'seq'])]).toThrow(QueryError);
    reader.close();
    plain.close();
  });

  it('puts a JSON chunk that came back out of seq order in order, and leaves an ordered one as it is', () => {
    const ordered = [[1, 'a'], [2, 'b'], [5, 'c']];
    expect(inSeqOrder(ordered)).toBe(ordered);
    expect(inSeqOrder([[5, 'c'], [1, 'a'], [2, 'b']])).toEqual(ordered);
  });

  it('leaves one self-contained file after close (no WAL left behind)', () => {
    const file = written();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    db.close();
  });

  it('refuses to create over an existing file unless forced', () => {
    const file = written();
    expect(() => TraceWriter.create(file, metadata)).toThrow(TraceFileError);
    const writer = TraceWriter.create(file, { ...metadata, seed: 11 }, { force: true });
    writer.close();
    const reader = TraceReader.open(file);
    expect(reader.run.seed).toBe(11);
    expect(reader.run.status).toBe('running');
    reader.close();
  });

  it('refuses a batch whose count disagrees with its events', () => {
    const writer = TraceWriter.create(path.join(dir, 'x.db'), metadata);
    expect(() => writer.append(batch(0, events), events.slice(0, 1))).toThrow(/claims 3 events/);
    writer.close();
  });

  it('refuses statements that write, through the read-only handle', () => {
    const reader = TraceReader.open(written());
    expect(() => reader.query('DELETE FROM run')).toThrow(QueryError);
    expect(() => reader.query("INSERT INTO schema_file VALUES ('a', 'b')")).toThrow(/would write/);
    reader.close();
  });

  it('refuses a trace from a newer schema', () => {
    const file = written();
    const db = new Database(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => TraceReader.open(file)).toThrow(expect.objectContaining({ problem: 'newer-schema' }));
  });

  it('sums L2 misses per page at the end of the run, as a GROUP BY over cache_missed would', () => {
    const misses: TraceEvent[] = Array.from({ length: 300 }, (_, seq) => ({
      seq,
      tick: seq,
      cpu: seq % 4,
      node: seq % 4,
      vm: -1,
      type: 'CacheMissed',
      data: {
        machineAddress: ((seq * 7) % 11) * 4096 + (seq % 64) * 64,
        homeNode: ((seq * 7) % 11) % 4,
        kind: 0,
        latencyTicks: 300_000 + (seq % 3) * 600_000,
        hops: 0,
        fromCache: false,
        invalidations: 0,
        queueTicks: 0,
        localTicks: seq,
        exclusive: false,
      },
    }));
    const file = path.join(dir, 'misses.db');
    const writer = TraceWriter.create(file, metadata);
    writer.append({ ...batch(0, misses), eventCount: misses.length }, misses);
    const running = TraceReader.open(file);
    expect(running.query('SELECT count(*) FROM page_miss').rows[0]).toEqual([0]);
    running.close();
    writer.finish({ status: 'complete', simTicks: 300, finishedAt: 'x', wallSeconds: 1 });
    writer.close();
    const reader = TraceReader.open(file);
    const summary = reader.query('SELECT machine_page, home_node, misses, misses_local, latency_ticks FROM page_miss ORDER BY 1, 2').rows;
    const scan = reader.query(
      `SELECT machine_address / 4096, home_node, count(*), sum(node = home_node), sum(latency_ticks)
       FROM cache_missed GROUP BY 1, 2 ORDER BY 1, 2`,
    ).rows;
    expect(summary.length).toBe(11);
    expect(summary).toEqual(scan);
    reader.close();
  });

  it('names every enum value a payload column can hold', () => {
    const reader = TraceReader.open(written());
    const buckets = reader.query("SELECT value, name FROM enum_value WHERE enum_name = 'TimeBucket' ORDER BY value").rows;
    expect(buckets).toEqual(Object.entries(ENUMS['TimeBucket']!).map(([name, value]) => [value, name]).sort((a, b) => (a[0] as number) - (b[0] as number)));
    const columns = JSON.parse(reader.query("SELECT columns FROM event_kind WHERE name = 'ExecutionSample'").rows[0]![0] as string);
    expect(columns.find((c: { name: string }) => c.name === 'bucket')).toMatchObject({ enum: 'TimeBucket', type: 'INTEGER' });
    reader.close();
  });

  it('ships the .proto inside the trace', () => {
    const reader = TraceReader.open(written());
    const [[text]] = reader.query("SELECT text FROM schema_file WHERE name = 'events.proto'").rows as [[string]];
    expect(text).toContain('message Batch');
    reader.close();
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { from, lastValueFrom, toArray } from 'rxjs';
import { EVENT_KINDS, PACKED_KINDS, ROW_IS_PACKED, type TraceEvent } from '@disco/trace-schema';
import { decodeBatch } from '@disco/trace-schema/codec';
import { arbitraryEventRun } from '@disco/trace-schema/testing';
import { TraceReader, TraceWriter } from '@disco/trace-store';
import { BatchChainer } from './batch-chainer';
import { BatchPacker } from './packed-batch';
import { recordBatches } from './record-batches';
import { StoredTraceChecker, type IntegrityFailure } from './verify-stored-trace';

let dir: string;
beforeAll(() => (dir = mkdtempSync(path.join(tmpdir(), 'verify-stored-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TABLE = new Map(EVENT_KINDS.map((k) => [k.type, k]));

/**
 * Writes `events` as a complete trace, `size` events a batch; with `packed`, the rows come from the packed numbers,
 * and with 'sparse' only the events TraceWriter.needsEvent names are unpacked (the recorder's way: BatchChainer.chainSparse).
 */
async function written(file: string, events: TraceEvent[], size: number, packed: boolean | 'sparse' = false): Promise<void> {
  const batches = await lastValueFrom(from(events).pipe(recordBatches(size), toArray()));
  const writer = TraceWriter.create(file, { scenarioName: 'unit', scenarioJson: '{}', seed: 1, level: 'detailed', modelVersion: 'test', batchSize: size, startedAt: '2026-01-01T00:00:00.000Z' });
  const packer = new BatchPacker();
  const chainer = new BatchChainer();
  for (const b of batches) {
    if (packed === 'sparse') {
      const chained = chainer.chainSparse(packer.pack(b.index, b.events), TraceWriter.needsEvent);
      writer.append(chained, chained.events, chained.numbers);
    } else writer.append(b, b.events, packed ? packer.pack(b.index, b.events).numbers : undefined);
  }
  writer.finish({ status: 'complete', simTicks: 1, finishedAt: '2026-01-01T00:00:01.000Z', wallSeconds: 1 });
  writer.close();
}

/** The checker's answer over the whole trace: each batch decoded from its bytes, or given as the packed events it holds (replay's way). */
function check(file: string, packed: boolean): IntegrityFailure | null {
  const reader = TraceReader.open(file);
  const checker = new StoredTraceChecker(reader);
  const packer = new BatchPacker();
  try {
    for (const row of reader.batches()) {
      const events = packed ? decodeBatch(row.bytes).events : null;
      const failure = events === null ? checker.check(row) : checker.check(row, { index: row.index, firstSeq: row.firstSeq, events, numbers: packer.pack(row.index, events).numbers });
      if (failure !== null) return failure;
    }
    return checker.finish();
  } finally {
    checker.close();
    reader.close();
  }
}

describe('the typed-row check from packed numbers', () => {
  it('covers every kind without a string or repeated field', () => {
    const numeric = EVENT_KINDS.filter((k) => (PACKED_KINDS as Record<string, { extras: number }>)[k.type]!.extras === 0).map((k) => k.type);
    expect([...ROW_IS_PACKED]).toEqual(numeric);
    expect([...ROW_IS_PACKED]).toEqual(expect.arrayContaining(['CacheMissed', 'TlbMissed', 'KernelServiceCompleted']));
  });

  it('finds what the check from events finds, in the same words, on a tampered typed row', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(arbitraryEventRun(0, 40), fc.integer({ min: 1, max: 8 }), fc.nat(), fc.constantFrom('none', 'delete', 'tick', 'vm', 'payload'), async (events, size, pick, how) => {
        const file = path.join(dir, `t${++n}.db`);
        await written(file, events, size);
        const target = events[pick % events.length] as TraceEvent;
        const kind = TABLE.get(target.type)!;
        const payload = kind.fields.find((f) => f.protoType !== 'string' && !f.repeated);
        const db = new Database(file);
        try {
          if (how === 'delete') db.prepare(`DELETE FROM ${kind.table} WHERE seq = ?`).run(target.seq);
          else if (how !== 'none') {
            const column = how === 'payload' && payload !== undefined ? `"${payload.column}"` : how === 'vm' ? 'vm' : 'tick';
            db.prepare(`UPDATE ${kind.table} SET ${column} = coalesce(${column}, 0) + 1 WHERE seq = ?`).run(target.seq);
          }
        } finally {
          db.close();
        }
        const fromEvents = check(file, false);
        if (how === 'none') expect(fromEvents).toBeNull();
        else expect(fromEvents).toMatchObject({ table: kind.table, seq: target.seq });
        expect(check(file, true)).toEqual(fromEvents);
      }),
      { numRuns: 60 },
    );
  });
});

describe('the typed rows written from packed numbers', () => {
  /** Every typed table and page_miss, row by row. */
  function tables(file: string): Record<string, unknown[]> {
    const db = new Database(file, { readonly: true });
    try {
      const out: Record<string, unknown[]> = {};
      for (const kind of EVENT_KINDS) out[kind.table] = db.prepare(`SELECT * FROM ${kind.table} ORDER BY seq`).raw().all();
      out['page_miss'] = db.prepare('SELECT * FROM page_miss ORDER BY 1, 2').raw().all();
      return out;
    } finally {
      db.close();
    }
  }

  it('are the rows written from the events, value for value', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(arbitraryEventRun(0, 40), fc.integer({ min: 1, max: 8 }), async (events, size) => {
        const a = path.join(dir, `w${++n}-events.db`);
        const b = path.join(dir, `w${n}-packed.db`);
        const c = path.join(dir, `w${n}-sparse.db`);
        await written(a, events, size);
        await written(b, events, size, true);
        await written(c, events, size, 'sparse');
        const fromEvents = tables(a);
        expect(Object.values(fromEvents).reduce((k, rows) => k + rows.length, 0)).toBeGreaterThanOrEqual(events.length);
        expect(tables(b)).toEqual(fromEvents);
        expect(tables(c)).toEqual(fromEvents);
        expect(check(b, true)).toBeNull();
        expect(check(c, true)).toBeNull();
      }),
      { numRuns: 40 },
    );
  });
});

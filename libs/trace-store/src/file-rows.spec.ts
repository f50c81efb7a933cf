import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { EVENT_KINDS, type TraceEvent } from '@disco/trace-schema';
import { arbitraryEventRun } from '@disco/trace-schema/testing';
import { sqlTypeOf } from './event-tables';
import { TraceFileError } from './trace-file-error';
import { TraceReader } from './trace-reader';
import { TraceWriter, type StoredBatch } from './trace-writer';

let dir: string;
beforeAll(() => (dir = mkdtempSync(path.join(tmpdir(), 'file-rows-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const INTEGER_KINDS = EVENT_KINDS.filter((k) => k.fields.every((f) => sqlTypeOf(f) === 'INTEGER'));
let n = 0;

/** A trace of `events` (batches of `size`, bytes not a real encoding: only the typed rows matter here); `finish` leaves it one file, else in WAL mode. */
function written(events: readonly TraceEvent[], size: number, finish = true): string {
  const file = path.join(dir, `t${++n}.db`);
  const writer = TraceWriter.create(file, { scenarioName: 'unit', scenarioJson: '{}', seed: 1, level: 'detailed', modelVersion: 'test', batchSize: size, startedAt: '2026-01-01T00:00:00.000Z' });
  for (let i = 0, b = 0; i < events.length; i += size, b++) {
    const part = events.slice(i, i + size);
    const batch: StoredBatch = {
      index: b,
      firstSeq: part[0]!.seq,
      lastSeq: part[part.length - 1]!.seq,
      firstTick: part[0]!.tick,
      lastTick: part[part.length - 1]!.tick,
      eventCount: part.length,
      bytes: Uint8Array.of(b),
      prevHash: new Uint8Array(32),
      hash: new Uint8Array(32).fill(b + 1),
    };
    writer.append(batch, part);
  }
  if (finish) {
    writer.finish({ status: 'complete', simTicks: 1, finishedAt: '2026-01-01T00:00:01.000Z', wallSeconds: 1 });
    writer.close();
  } else writer.release();
  return file;
}

/** What a read gives: its rows, and the error it ended with, if any. */
function outcome(read: () => IterableIterator<unknown[]>): { rows: unknown[][]; error: string | null } {
  const rows: unknown[][] = [];
  try {
    for (const row of read()) rows.push([...row]);
    return { rows, error: null };
  } catch (error) {
    return { rows, error: (error as Error).message };
  }
}

function bothWays(file: string): { fromFile: unknown; fromSql: unknown }[] {
  const reader = TraceReader.open(file);
  try {
    return INTEGER_KINDS.map((kind) => ({ fromFile: outcome(() => reader.kindRowsFromFile(kind)), fromSql: outcome(() => reader.kindRows(kind)) }));
  } finally {
    reader.close();
  }
}

/** Many events of one wide kind, so that its table spans interior pages: values at the edges of what a column holds. */
function manyMisses(count: number): TraceEvent[] {
  const edges = [0, 1, -1, 127, 128, -129, 32767, -32769, 2 ** 23, -(2 ** 31), 2 ** 31, 2 ** 47, -(2 ** 47) - 1, 2 ** 53 - 1, -(2 ** 53) + 1];
  return Array.from({ length: count }, (_, i) => ({
    seq: i,
    tick: i * 1000 + (edges[i % edges.length]! > 0 ? edges[i % edges.length]! : 0),
    cpu: i % 8,
    node: edges[(i * 7) % edges.length]!,
    vm: -1,
    type: 'TlbMissed',
    data: { virtualAddress: Math.abs(edges[(i * 3) % edges.length]!), asid: i % 256, kind: i % 3, write: i % 2 === 0, handlerTicks: edges[(i * 5) % edges.length]!, localTicks: i },
  })) as TraceEvent[];
}

describe('rows read straight from the file\'s B-tree pages', () => {
  it('are the rows SQL gives, for every all-integer typed table of generated runs', () => {
    fc.assert(
      fc.property(arbitraryEventRun(0, 60), fc.integer({ min: 1, max: 9 }), (events, size) => {
        for (const { fromFile, fromSql } of bothWays(written(events, size))) expect(fromFile).toEqual(fromSql);
      }),
      { numRuns: 40 },
    );
  });

  it('are the rows SQL gives on a table of many pages, with values at every integer width', () => {
    const file = written(manyMisses(20_000), 4096);
    const reader = TraceReader.open(file);
    try {
      const kind = EVENT_KINDS.find((k) => k.type === 'TlbMissed')!;
      const fromFile = outcome(() => reader.kindRowsFromFile(kind));
      expect(fromFile.rows.length).toBe(20_000);
      expect(fromFile).toEqual(outcome(() => reader.kindRows(kind)));
    } finally {
      reader.close();
    }
    const db = new Database(file, { readonly: true });
    const interior = db.prepare(`SELECT count(*) AS n FROM dbstat WHERE name = 'tlb_missed' AND pagetype = 'internal'`).get() as { n: number };
    db.close();
    // The scan went through interior pages, not one leaf.
    expect(interior.n).toBeGreaterThan(0);
  });

  it('come through SQL when the file is not the whole story (a trace still in WAL mode)', () => {
    const file = written(manyMisses(3_000), 500, false);
    for (const { fromFile, fromSql } of bothWays(file)) expect(fromFile).toEqual(fromSql);
  });

  it('give what SQL gives on a damaged page: rows up to it, then SQLite\'s own error', () => {
    const file = written(manyMisses(20_000), 4096);
    const db = new Database(file, { readonly: true });
    // A leaf in the middle of the table, in tree order.
    const leaves = db.prepare(`SELECT pageno FROM dbstat WHERE name = 'tlb_missed' AND pagetype = 'leaf' ORDER BY path`).pluck().all() as number[];
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    db.close();
    expect(leaves.length).toBeGreaterThan(4);
    const fd = openSync(file, 'r+');
    try {
      writeSync(fd, Buffer.from([0x42]), 0, 1, (leaves[leaves.length >> 1]! - 1) * pageSize);
    } finally {
      closeSync(fd);
    }
    const reader = TraceReader.open(file);
    try {
      const kind = EVENT_KINDS.find((k) => k.type === 'TlbMissed')!;
      const fromFile = outcome(() => reader.kindRowsFromFile(kind));
      const fromSql = outcome(() => reader.kindRows(kind));
      // The same error; before it, SQL gives the chunks it read whole, the pages every row up to the damaged one.
      expect(fromFile.error).not.toBeNull();
      expect(fromFile.error).toBe(fromSql.error);
      expect(fromFile.rows.length).toBeGreaterThanOrEqual(fromSql.rows.length);
      expect(fromFile.rows.slice(0, fromSql.rows.length)).toEqual(fromSql.rows);
      expect(fromFile.rows.length).toBeGreaterThan(0);
    } finally {
      reader.close();
    }
  });

  it("end, on interior keys damaged so that SQLite's seek after a chunk lands before it again: through SQL in a damaged-trace error, from the pages with every row", () => {
    const events = manyMisses(20_000);
    const file = written(events, 4096);
    const db = new Database(file, { readonly: true });
    const root = db.prepare(`SELECT rootpage FROM sqlite_schema WHERE name = 'tlb_missed'`).pluck().get() as number;
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    db.close();
    const bytes = readFileSync(file);
    const base = (root - 1) * pageSize;
    expect(bytes[base]).toBe(0x05);
    // Every two-byte divider key of the root becomes larger than any seq (its first byte 0xff): a seek for
    // `seq > last` then always goes to the first leaf, and reading on from there gives the same rows again.
    let damaged = 0;
    for (let c = 0; c < bytes.readUInt16BE(base + 3); c++) {
      const key = base + bytes.readUInt16BE(base + 12 + 2 * c) + 4;
      if ((bytes[key]! & 0x80) !== 0 && (bytes[key + 1]! & 0x80) === 0) {
        bytes[key] = 0xff;
        damaged++;
      }
    }
    expect(damaged).toBeGreaterThan(4);
    writeFileSync(file, bytes);
    const reader = TraceReader.open(file);
    try {
      const kind = EVENT_KINDS.find((k) => k.type === 'TlbMissed')!;
      let rows = 0;
      let error: unknown = null;
      try {
        for (const _ of reader.kindRows(kind)) if (++rows > 2 * events.length) break;
      } catch (e) {
        error = e;
      }
      expect(rows).toBeLessThanOrEqual(events.length);
      expect(error).toBeInstanceOf(TraceFileError);
      expect((error as Error).message).toMatch(/table tlb_missed cannot be read: its rows come back out of seq order/);
      expect([...reader.kindRowsFromFile(kind)].map((r) => r[0])).toEqual(events.map((e) => e.seq));
    } finally {
      reader.close();
    }
  });

  it('read a damaged file to the end or to a damaged-trace error, never to another failure, and as SQL reads it wherever SQLite finds the file sound', () => {
    // A table of many leaves and an interior page; the damage goes into its pages, where the parser reads.
    const pristineFile = written(manyMisses(6_000), 4096);
    const db = new Database(pristineFile, { readonly: true });
    const pages = db.prepare(`SELECT pageno FROM dbstat WHERE name = 'tlb_missed' ORDER BY path`).pluck().all() as number[];
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    db.close();
    expect(pages.length).toBeGreaterThan(4);
    const pristine = readFileSync(pristineFile);
    const kind = EVENT_KINDS.find((k) => k.type === 'TlbMissed')!;
    const read = (rows: () => IterableIterator<unknown[]>): { rows: unknown[][]; error: unknown } => {
      const out: unknown[][] = [];
      try {
        for (const row of rows()) out.push([...row]);
        return { rows: out, error: null };
      } catch (error) {
        return { rows: out, error };
      }
    };
    // Bytes of page headers and cell pointers more often than the rest: that is where the parser's checks are.
    const flip = fc.record({ page: fc.integer({ min: 0, max: pages.length - 1 }), offset: fc.oneof(fc.integer({ min: 0, max: 15 }), fc.integer({ min: 0, max: pageSize - 1 })), byte: fc.integer({ min: 0, max: 255 }) });
    const seen = { sound: 0, unsound: 0 };
    fc.assert(
      fc.property(fc.array(flip, { minLength: 1, maxLength: 3 }), (flips) => {
        const bytes = Buffer.from(pristine);
        for (const f of flips) bytes[(pages[f.page]! - 1) * pageSize + f.offset] = f.byte;
        const file = path.join(dir, `damaged${++n}.db`);
        writeFileSync(file, bytes);
        try {
          const check = new Database(file, { readonly: true });
          let sound: boolean;
          try {
            sound = check.pragma('integrity_check', { simple: true }) === 'ok';
          } catch {
            sound = false;
          } finally {
            check.close();
          }
          let reader: TraceReader;
          try {
            reader = TraceReader.open(file);
          } catch (error) {
            expect(error).toBeInstanceOf(TraceFileError);
            return;
          }
          try {
            const fromFile = read(() => reader.kindRowsFromFile(kind));
            const fromSql = read(() => reader.kindRows(kind));
            // A damaged trace is named as one (SQLite's error, mapped), whichever way it is read.
            if (fromFile.error !== null) expect(fromFile.error).toBeInstanceOf(TraceFileError);
            if (fromSql.error !== null) expect(fromSql.error).toBeInstanceOf(TraceFileError);
            // On damage SQLite's check finds, the two may part (SQLite reads a cell pointed outside its page, the
            // parser refuses it and goes on after it), and replay's storage check names the damage; on a file it finds sound, they may not.
            if (sound) {
              expect(fromFile).toEqual(fromSql);
              seen.sound++;
            } else seen.unsound++;
          } finally {
            reader.close();
          }
        } finally {
          rmSync(file);
        }
      }),
      // The first case the property found where SQLite's JSON functions copy a damaged BLOB out as unquoted text (JSON.parse failed).
      { numRuns: 200, examples: [[[{ page: 13, offset: 5231, byte: 16 }]]] },
    );
    // Both kinds of damage came up: a changed value (sound to SQLite) and a broken page (not when one case is replayed).
    const replaying = (globalThis as { __discoPropertyReplay?: { path?: string } | null }).__discoPropertyReplay?.path !== undefined;
    if (!replaying) {
      expect(seen.sound).toBeGreaterThan(0);
      expect(seen.unsound).toBeGreaterThan(0);
    }
  });
});

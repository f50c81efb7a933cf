import { closeSync, copyFileSync, openSync, readSync, writeSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expectOneLineError, runCli, sha256File, tempDir } from '@disco/cli-kit/testing';

let dir: string;
let cleanup: () => void;
let trace: string;

beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  // A detailed run with cache misses and hot pages, so that both placement reports read the cache_missed table.
  trace = path.join(dir, 'm.db');
  const r = runCli('record', ['hw-migratory', '--level', 'detailed', '--out', trace, '--quiet']);
  if (r.status !== 0) throw new Error(r.stderr);
});
afterAll(() => cleanup());

/** The SQLite varint at `at` (file format §1.5) and where it ends. */
function varint(bytes: Buffer, at: number): { value: number; end: number } {
  let value = 0;
  for (let n = 0; n < 9; n++) {
    const c = bytes[at + n]!;
    if (n === 8) return { value: value * 256 + c, end: at + 9 };
    value = value * 128 + (c & 127);
    if ((c & 128) === 0) return { value, end: at + n + 1 };
  }
  throw new Error('unreachable');
}

/**
 * A copy of the trace whose first cache_missed row holds a zero-length BLOB
 * in its last column (`exclusive`, an integer 0 or 1, serial type 8 or 9, set
 * to 12): the bytes a damaged disk or a hand edit leave, which no SQL edit of
 * the STRICT table can write. The record keeps its length, so SQLite reads
 * every row, that one with a BLOB in it.
 */
function withBlobInRow(name: string): string {
  const file = path.join(dir, name);
  copyFileSync(trace, file);
  const db = new Database(file, { readonly: true });
  const leaf = db.prepare(`SELECT pageno FROM dbstat WHERE name = 'cache_missed' AND pagetype = 'leaf' ORDER BY path LIMIT 1`).pluck().get() as number;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const columns = (db.prepare(`SELECT count(*) FROM pragma_table_info('cache_missed')`).pluck().get() as number);
  db.close();
  const fd = openSync(file, 'r+');
  try {
    const page = Buffer.alloc(pageSize);
    readSync(fd, page, 0, pageSize, (leaf - 1) * pageSize);
    // Leaf header (8 bytes), then the first cell pointer; the cell: payload size, rowid, record header size, serial types.
    const cell = page.readUInt16BE(8);
    const rowid = varint(page, varint(page, cell).end);
    let at = varint(page, rowid.end).end;
    for (let k = 0; k < columns - 1; k++) at = varint(page, at).end;
    const last = varint(page, at);
    if (last.value !== 8 && last.value !== 9) throw new Error(`the last column's serial type is ${last.value}, not a 0 or 1`);
    page[at] = 12;
    writeSync(fd, page, 0, pageSize, (leaf - 1) * pageSize);
  } finally {
    closeSync(fd);
  }
  return file;
}

describe('a trace whose typed row holds a value its STRICT column cannot', () => {
  it.each(['policy', 'decisions'])('report %s: exit 2, one line naming the table, the file unchanged', (report) => {
    const file = withBlobInRow(`blob-${report}.db`);
    const before = sha256File(file);
    const r = runCli('analyze', [file, 'report', report]);
    expect(r.status).toBe(2);
    expectOneLineError(r, /table cache_missed cannot be read: JSON cannot hold BLOB values; the trace was altered or is damaged/);
    expect(sha256File(file)).toBe(before);
  });

  it('the same reports read the undamaged trace', () => {
    for (const report of ['policy', 'decisions']) expect(runCli('analyze', [trace, 'report', report]).status).toBe(0);
  });

  it('disco-replay names the damage SQLite finds there, and fails the verification', () => {
    const r = runCli('replay', [withBlobInRow('blob-replay.db'), '--quiet']);
    expect(r.status).toBe(1);
    expect(r.stdout + r.stderr).toMatch(/non-INTEGER value in cache_missed\.exclusive/);
  });
});

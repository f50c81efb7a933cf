import { closeSync, copyFileSync, openSync, readdirSync, readFileSync, readSync, writeFileSync, writeSync } from 'node:fs';
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
 * A copy of the trace whose first cache_missed row has the serial type of
 * its column `column` (0 = seq) set to `serialType`: the bytes a damaged disk
 * or a hand edit leave, which no SQL edit of the STRICT table can write. By
 * default the last column (`exclusive`, an integer 0 or 1, serial type 8 or
 * 9) becomes a zero-length BLOB (12): the record keeps its length, so SQLite
 * reads every row, that one with a BLOB in it.
 */
function damagedRow(name: string, column = -1, serialType = 12): string {
  const file = path.join(dir, name);
  copyFileSync(trace, file);
  const db = new Database(file, { readonly: true });
  const leaf = db.prepare(`SELECT pageno FROM dbstat WHERE name = 'cache_missed' AND pagetype = 'leaf' ORDER BY path LIMIT 1`).pluck().get() as number;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const columns = db.prepare(`SELECT count(*) FROM pragma_table_info('cache_missed')`).pluck().get() as number;
  db.close();
  const target = column < 0 ? columns - 1 : column;
  const fd = openSync(file, 'r+');
  try {
    const page = Buffer.alloc(pageSize);
    readSync(fd, page, 0, pageSize, (leaf - 1) * pageSize);
    // Leaf header (8 bytes), then the first cell pointer; the cell: payload size, rowid, record header size, serial types.
    const cell = page.readUInt16BE(8);
    const rowid = varint(page, varint(page, cell).end);
    let at = varint(page, rowid.end).end;
    for (let k = 0; k < target; k++) at = varint(page, at).end;
    const was = varint(page, at);
    if (column < 0 && was.value !== 8 && was.value !== 9) throw new Error(`the last column's serial type is ${was.value}, not a 0 or 1`);
    if (was.end !== at + 1) throw new Error(`column ${target}'s serial type takes ${was.end - at} bytes`);
    page[at] = serialType;
    writeSync(fd, page, 0, pageSize, (leaf - 1) * pageSize);
  } finally {
    closeSync(fd);
  }
  return file;
}

describe('a trace whose typed row holds a value its STRICT column cannot', () => {
  it.each(['policy', 'decisions'])('report %s: exit 2, one line naming the table, the file unchanged', (report) => {
    const file = damagedRow(`blob-${report}.db`);
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
    const r = runCli('replay', [damagedRow('blob-replay.db'), '--quiet']);
    expect(r.status).toBe(1);
    expect(r.stdout + r.stderr).toMatch(/non-INTEGER value in cache_missed\.exclusive/);
  });

  it('export perfetto of a row whose address is NULL: exit 2, one line naming the table and row, no file, an existing target unchanged', () => {
    // Column 5 is machine_address: NULL (serial type 0) where the export formats an address.
    const file = damagedRow('null-address.db', 5, 0);
    const target = path.join(dir, 'null-address.json');
    writeFileSync(target, 'an earlier export');
    const r = runCli('analyze', [file, 'export', 'perfetto', target, '--force']);
    expect(r.status).toBe(2);
    expectOneLineError(r, /table cache_missed row seq \d+ cannot be exported: .*; the trace was altered or is damaged/);
    expect(readFileSync(target, 'utf8')).toBe('an earlier export');
    expect(readdirSync(dir).filter((f) => f.includes('.partial-'))).toEqual([]);
  });
});

describe('a trace whose node numbers are out of the machine', () => {
  /** A copy of the trace with one SQL edit, as someone handing us a file could make it. */
  const crafted = (name: string, sql: string): string => {
    const file = path.join(dir, name);
    copyFileSync(trace, file);
    const db = new Database(file);
    db.exec(sql);
    db.pragma('journal_mode = DELETE');
    db.close();
    return file;
  };

  it.each([
    ['a miss from node 2,000,000,000', 'UPDATE cache_missed SET node = 2000000000 WHERE seq = (SELECT min(seq) FROM cache_missed)', /table cache_missed row seq \d+ names node 2000000000; the machine has 8; the trace was altered or is damaged/],
    ['a miss homed on node -3', 'UPDATE cache_missed SET home_node = -3 WHERE seq = (SELECT max(seq) FROM cache_missed)', /table cache_missed row seq \d+ names node -3; the machine has 8/],
    ['a machine of 2,000,000,000 nodes', 'UPDATE run_started SET nodes = 2000000000', /table run_started gives the machine 2000000000 nodes; a machine has 1 to 32/],
  ])('%s: report policy and report decisions exit 2 at once, one line naming it', (name, sql, message) => {
    // Before the check, a node number sized the per-node miss counts: the first ran report policy out of memory (3.2 GB, exit 134).
    const file = crafted(`${name.replace(/\W+/g, '-')}.db`, sql);
    for (const report of ['policy', 'decisions']) {
      const started = Date.now();
      const r = runCli('analyze', [file, 'report', report]);
      expect(r.status).toBe(2);
      expectOneLineError(r, message);
      expect(Date.now() - started).toBeLessThan(20_000);
    }
  });
});

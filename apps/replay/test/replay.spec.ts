import { closeSync, copyFileSync, openSync, truncateSync, statSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { decodeBatch } from '@disco/trace-schema/codec';
import { SCHEMA_VERSION } from '@disco/trace-store';
import { expectOneLineError, runCli, sha256File, tempDir, writeSyntheticScenario } from '@disco/cli-kit/testing';

let dir: string;
let cleanup: () => void;
let pristine: string;

beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  const scenario = writeSyntheticScenario(dir, 'replayed', { durationMs: 3 }, { batchSize: 500 });
  pristine = path.join(dir, 'pristine.db');
  const r = runCli('record', [scenario, '--out', pristine, '--quiet']);
  if (r.status !== 0) throw new Error(r.stderr);
});
afterAll(() => cleanup());

interface BatchInfo {
  idx: number;
  first_seq: number;
  last_seq: number;
  bytes: Buffer;
}

/** A copy of the pristine trace, changed by `tamper` through a writable connection. */
function tampered(name: string, tamper: (db: Database.Database, batches: BatchInfo[]) => void): string {
  const file = path.join(dir, `${name}.db`);
  copyFileSync(pristine, file);
  const db = new Database(file);
  const batches = db.prepare('SELECT idx, first_seq, last_seq, bytes FROM batch ORDER BY idx').all() as BatchInfo[];
  expect(batches.length).toBeGreaterThan(5);
  tamper(db, batches);
  db.close();
  return file;
}

function reportedSeq(stdout: string): number {
  const match = /first bad event seq (\d+)/.exec(stdout);
  if (!match) throw new Error(`no seq in: ${stdout}`);
  return Number(match[1]);
}

describe('disco-replay', () => {
  it('verifies an intact trace: exit 0 and a summary', () => {
    const r = runCli('replay', [pristine]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^identical: [\d,]+ events in \d+ batches/);
    expect(r.stdout).toMatch(/^ {2}wall time [\d.]+ s \([\d,]+ events\/s verified\), host memory peak RSS \d+\.\d MB$/m);
    const json = JSON.parse(runCli('replay', [pristine, '--json']).stdout);
    expect(json).toMatchObject({ identical: true, divergence: null, status: 'complete' });
    expect(json.verifiedEvents).toBe(json.storedEvents);
    // The process's peak resident set over the verification (its three threads): Node alone holds tens of MB.
    expect(json.peakRssBytes).toBeGreaterThan(20e6);
    expect(json.peakRssBytes).toBeLessThan(1e9);
  });

  it('finds one changed byte in a stored batch and names the first bad event', () => {
    const k = 3;
    let expectedSeq = -1;
    const file = tampered('byte', (db, batches) => {
      const original = batches[k]!;
      const bytes = Buffer.from(original.bytes);
      const at = Math.floor(bytes.length / 2);
      bytes[at] = bytes[at]! ^ 0x01;
      db.prepare('UPDATE batch SET bytes = ? WHERE idx = ?').run(bytes, k);
      // The first bad event, worked out independently by decoding both versions.
      const before = decodeBatch(original.bytes).events;
      let after: ReturnType<typeof decodeBatch>['events'] | null = null;
      try {
        after = decodeBatch(bytes).events;
      } catch {
        after = null;
      }
      const i = after === null ? 0 : before.findIndex((e, j) => JSON.stringify(e) !== JSON.stringify(after![j]));
      expectedSeq = before[i]!.seq;
    });
    const r = runCli('replay', [file]);
    expect(r.status).toBe(1);
    expect(reportedSeq(r.stdout)).toBe(expectedSeq);
    expect(r.stdout).toMatch(/expected .*\n\s+actual/);
  });

  it('finds a deleted batch and names its first seq', () => {
    let expectedSeq = -1;
    const file = tampered('deleted', (db, batches) => {
      db.prepare('DELETE FROM batch WHERE idx = 2').run();
      expectedSeq = batches[2]!.first_seq;
    });
    const r = runCli('replay', [file]);
    expect(r.status).toBe(1);
    expect(reportedSeq(r.stdout)).toBe(expectedSeq);
  });

  it('finds a deleted last batch of a complete run', () => {
    let expectedSeq = -1;
    const file = tampered('tail', (db, batches) => {
      const last = batches[batches.length - 1]!;
      db.prepare('DELETE FROM batch WHERE idx = ?').run(last.idx);
      expectedSeq = last.first_seq;
    });
    const r = runCli('replay', [file]);
    expect(r.status).toBe(1);
    expect(reportedSeq(r.stdout)).toBe(expectedSeq);
  });

  it('finds two swapped batches and names the first bad seq', () => {
    let expectedSeq = -1;
    const file = tampered('swapped', (db, batches) => {
      const swap = db.prepare('UPDATE batch SET idx = ? WHERE idx = ?');
      db.transaction(() => {
        swap.run(-1, 1);
        swap.run(1, 4);
        swap.run(4, -1);
      })();
      expectedSeq = batches[1]!.first_seq;
    });
    const r = runCli('replay', [file]);
    expect(r.status).toBe(1);
    expect(reportedSeq(r.stdout)).toBe(expectedSeq);
  });

  describe('bad input: one line on stderr, exit 2, no stack, file unchanged', () => {
    const cases: [string, (file: string) => void, RegExp][] = [
      ['a missing file', () => undefined, /trace not found/],
      ['a file that is not SQLite', (f) => writeFileSync(f, 'hello, I am a text file\n'.repeat(20)), /not a SQLite database/],
      ['an empty file', (f) => writeFileSync(f, ''), /not a SQLite database/],
      ['a truncated trace', (f) => {
        copyFileSync(pristine, f);
        truncateSync(f, Math.floor(statSync(f).size / 2));
      }, /truncated|corrupt/],
      ['a SQLite file that is not a trace', (f) => {
        const db = new Database(f);
        db.exec('CREATE TABLE notes (text TEXT)');
        db.close();
      }, /not a Disco trace/],
      ['a trace with a newer schema', (f) => {
        copyFileSync(pristine, f);
        const db = new Database(f);
        db.pragma('user_version = 99');
        db.close();
      }, new RegExp(`schema version 99, newer than this tool's ${SCHEMA_VERSION}`)],
      ['a trace whose run.seed is -5', (f) => {
        copyFileSync(pristine, f);
        const db = new Database(f);
        db.exec('UPDATE run SET seed = -5');
        db.close();
      }, /not a usable trace: run\.seed is -5, not an integer/],
      ['a trace whose batch table was dropped', (f) => {
        copyFileSync(pristine, f);
        const db = new Database(f);
        db.exec('DROP TABLE batch');
        db.close();
      }, /not a usable Disco trace: its batch table is missing/],
    ];
    it.each(cases)('%s', (name, make, message) => {
      const file = path.join(dir, `bad-${name.replace(/\W+/g, '-')}.db`);
      make(file);
      const before = name === 'a missing file' ? null : sha256File(file);
      for (const [cli, args] of [
        ['replay', [file]],
        ['analyze', [file, 'summary']],
        ['analyze', [file, 'sql', 'SELECT 1']],
      ] as const) {
        const r = runCli(cli, args);
        expect({ cli, status: r.status }).toEqual({ cli, status: 2 });
        expectOneLineError(r, message);
      }
      if (before !== null) expect(sha256File(file)).toBe(before);
    });
  });

  it('a damaged page: analysis refuses it with exit 2 (not an internal error), replay finds it with exit 1 naming the table', () => {
    const file = path.join(dir, 'zeroed-page.db');
    copyFileSync(pristine, file);
    const db = new Database(file, { readonly: true });
    const pages = db.prepare(`SELECT pageno FROM dbstat WHERE name = 'synthetic_work_done' AND pagetype = 'leaf' ORDER BY pageno`).all() as { pageno: number }[];
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    db.close();
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(pageSize), 0, pageSize, (pages[Math.floor(pages.length / 2)]!.pageno - 1) * pageSize);
    closeSync(fd);
    const before = sha256File(file);
    const summary = runCli('analyze', [file, 'summary']);
    expect(summary.status).toBe(2);
    expectOneLineError(summary, /zeroed-page\.db is corrupt: database disk image is malformed/);
    const replay = runCli('replay', [file]);
    expect({ status: replay.status, stdout: replay.stdout }).toEqual({ status: 1, stdout: expect.stringMatching(/^DIFFERENT: first bad entry in synthetic_work_done: SQLite finds the file damaged in table synthetic_work_done/) });
    expect(sha256File(file)).toBe(before);
  });
});

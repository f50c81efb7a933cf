import { copyFileSync, openSync, closeSync, writeSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { runCli, tempDir, type CliResult } from '@disco/cli-kit/testing';
import { TraceReader } from '@disco/trace-store';
import { verifyTrace, type VerifyResult } from '../src/verify-trace';

// What users query (typed tables, the events view, run fields, the stored
// .proto) must agree with the hash-chained batches: every edit below leaves
// the batches intact, so only the new checks can find it.

let dir: string;
let cleanup: () => void;
let pristine: string;

beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  pristine = path.join(dir, 'pristine.db');
  // The default scenario at a tenth of its work: every replay below re-executes it, and the checks need only
  // rows in kernel_service_completed, cow_block_shared and process_forked (written from the boot and the first
  // forks on) and more than six batches (62 of 200 events; the full-size run gives 57 of 500).
  const r = runCli('record', ['default', '--scale', '0.1', '--batch-size', '200', '--out', pristine, '--quiet']);
  if (r.status !== 0) throw new Error(r.stderr);
}, 60_000);
afterAll(() => cleanup());

let copies = 0;
/** A copy of the pristine trace changed by `tamper`; returns the file and what `tamper` returned. */
function tampered<T>(tamper: (db: Database.Database) => T): { file: string; value: T } {
  const file = path.join(dir, `copy-${++copies}.db`);
  copyFileSync(pristine, file);
  const db = new Database(file);
  try {
    return { file, value: tamper(db) };
  } finally {
    db.close();
  }
}

/** A seq of `table` chosen from the middle of the run, and the batch that holds it. */
function middleRow(db: Database.Database, table: string): { seq: number; batch: number } {
  const { seq } = db.prepare(`SELECT seq FROM ${table} ORDER BY seq LIMIT 1 OFFSET (SELECT count(*) / 2 FROM ${table})`).get() as { seq: number };
  const { idx } = db.prepare('SELECT idx FROM batch WHERE ? BETWEEN first_seq AND last_seq').get(seq) as { idx: number };
  return { seq, batch: idx };
}

/** Inserts a copy of `table`'s first row under another seq. */
function copyRow(db: Database.Database, table: string, seq: number): void {
  const template = db.prepare(`SELECT * FROM ${table} LIMIT 1`).get() as Record<string, unknown>;
  const columns = Object.keys(template);
  db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(...columns.map((c) => (c === 'seq' ? seq : template[c])));
}

function expectCaught(r: CliResult, pattern: RegExp): void {
  expect({ status: r.status, stdout: r.stdout }).toEqual({ status: 1, stdout: expect.stringMatching(pattern) });
}

function replayAndDiff(file: string, pattern: RegExp): void {
  expectCaught(runCli('replay', [file]), pattern);
  expectCaught(runCli('replay', [pristine, '--diff', file]), pattern);
}

describe('verification covers the typed tables', () => {
  it('the pristine trace verifies, by replay and by --diff against a copy', () => {
    expect(runCli('replay', [pristine]).status).toBe(0);
    const copy = tampered(() => undefined).file;
    const r = runCli('replay', [pristine, '--diff', copy]);
    expect({ status: r.status, stdout: r.stdout }).toEqual({ status: 0, stdout: expect.stringMatching(/^identical/) });
  });

  it('an UPDATE of one kernel_service_completed row: names the table, the column and the seq', () => {
    const { file, value } = tampered((db) => {
      const at = middleRow(db, 'kernel_service_completed');
      db.prepare('UPDATE kernel_service_completed SET tick = tick + 1 WHERE seq = ?').run(at.seq);
      return at;
    });
    replayAndDiff(file, new RegExp(`first bad event seq ${value.seq} in kernel_service_completed \\(batch ${value.batch}\\): kernel_service_completed\\.tick`));
  }, 60_000);

  it('a DELETE of one cow_block_shared row: names its seq', () => {
    const { file, value } = tampered((db) => {
      const at = middleRow(db, 'cow_block_shared');
      db.prepare('DELETE FROM cow_block_shared WHERE seq = ?').run(at.seq);
      return at;
    });
    replayAndDiff(file, new RegExp(`first bad event seq ${value.seq} in cow_block_shared .*lacks the row`));
  }, 60_000);

  it('an INSERT into process_forked at the seq of another kind\'s event: names that seq', () => {
    const { file, value } = tampered((db) => {
      const at = middleRow(db, 'kernel_service_completed');
      copyRow(db, 'process_forked', at.seq);
      return at;
    });
    replayAndDiff(file, new RegExp(`first bad event seq ${value.seq} in process_forked .*no ProcessForked event`));
  }, 60_000);

  it('a row added past the last event: named at the end', () => {
    const { file, value } = tampered((db) => {
      const { n } = db.prepare('SELECT event_count AS n FROM run').get() as { n: number };
      copyRow(db, 'process_forked', n + 10);
      return n + 10;
    });
    expectCaught(runCli('replay', [pristine, '--diff', file]), new RegExp(`seq ${value} in process_forked`));
  });
});

describe('verification covers the run, the batch columns and the schema', () => {
  const cases: [string, string, RegExp][] = [
    ['run.final_hash', `UPDATE run SET final_hash = '${'0'.repeat(64)}'`, /in run: run\.final_hash is "0{64}", but the batches give "[0-9a-f]{64}"/],
    ['run.event_count', 'UPDATE run SET event_count = event_count - 1', /in run: run\.event_count/],
    ['run.batch_count', 'UPDATE run SET batch_count = batch_count + 1', /in run: run\.batch_count/],
    ['batch.first_seq', 'UPDATE batch SET first_seq = first_seq + 1 WHERE idx = 3', /in batch \(batch 3\): batch 3: first_seq/],
    ['batch.last_tick', 'UPDATE batch SET last_tick = last_tick - 1 WHERE idx = 5', /in batch \(batch 5\): batch 5: last_tick/],
    ['the stored events.proto', "UPDATE schema_file SET text = replace(text, 'message', 'messag')", /in schema_file: the stored events\.proto differs/],
    // As an older disco-sim recorded it, before MONITOR_CALL_FIXED_MAP: its .proto and enum rows lack the value; the .proto is named, not the rows.
    [
      "an older disco-sim's trace",
      "DELETE FROM enum_value WHERE name = 'MONITOR_CALL_FIXED_MAP'; UPDATE schema_file SET text = replace(text, '  MONITOR_CALL_FIXED_MAP = 6;\n', '')",
      /in schema_file: the stored events\.proto differs from the one this tool decodes batches with: the trace was recorded by another version of disco-sim/,
    ],
    ['event_kind', "UPDATE event_kind SET name = 'TlbMissedX' WHERE name = 'TlbMissed'", /in event_kind: row .*TlbMissedX/],
    ['the events view', "DROP VIEW events; CREATE VIEW events AS SELECT seq, tick, 'x' AS kind, cpu, node, vm, '{}' AS args FROM run_started", /in events: the view events is not defined/],
    ['an added trigger', 'CREATE TRIGGER t AFTER INSERT ON run_started BEGIN SELECT 1; END', /in t: the trace has an unexpected trigger t/],
    ['an added column', 'ALTER TABLE cow_block_shared ADD COLUMN note TEXT', /in cow_block_shared: the table cow_block_shared is not defined/],
  ];
  it.each(cases)('tampered %s: --diff exit 1 naming it', (_name, sql, pattern) => {
    const { file } = tampered((db) => db.exec(sql));
    expectCaught(runCli('replay', [pristine, '--diff', file]), pattern);
  });

  it('replay checks the run fields too (run.event_count)', () => {
    const { file } = tampered((db) => db.exec('UPDATE run SET event_count = event_count + 1'));
    expectCaught(runCli('replay', [file]), /in run: run\.event_count/);
  }, 60_000);
});

describe('a tampered stored hash alone is found at its batch', () => {
  // Only the hash column changes: the bytes still decode to the right events,
  // so a verifier that skipped this batch's hash check would pass or blame the next batch.
  it.each(['middle', 'last'])('the %s batch', (which) => {
    const { file, value } = tampered((db) => {
      const { n } = db.prepare('SELECT count(*) AS n FROM batch').get() as { n: number };
      const k = which === 'last' ? n - 1 : Math.floor(n / 2);
      db.prepare('UPDATE batch SET hash = zeroblob(32) WHERE idx = ?').run(k);
      return k;
    });
    expectCaught(runCli('replay', [file]), new RegExp(`in batch ${value}: batch ${value}: the stored hash chain is broken`));
    expectCaught(runCli('replay', [pristine, '--diff', file]), new RegExp(`in batch \\(batch ${value}\\): batch ${value}: its stored hash is not SHA-256`));
  }, 60_000);
});

describe('a damaged page', () => {
  it('inside a typed table: SQLite\'s check finds it, exit 1 naming the table, before the re-execution or in a thread meanwhile', async () => {
    const { file, value } = tampered((db) => {
      const pages = db.prepare(`SELECT pageno FROM dbstat WHERE name = 'kernel_service_completed' AND pagetype = 'leaf' ORDER BY pageno`).all() as { pageno: number }[];
      const pageSize = db.pragma('page_size', { simple: true }) as number;
      return { page: pages[Math.floor(pages.length / 2)]!.pageno, pageSize };
    });
    const fd = openSync(file, 'r+');
    // Overwrite the cell pointers of one leaf page (past its 8-byte header).
    writeSync(fd, Buffer.alloc(64, 0xff), 0, 64, (value.page - 1) * value.pageSize + 8);
    closeSync(fd);
    replayAndDiff(file, /in kernel_service_completed: SQLite finds the file damaged in table kernel_service_completed/);

    // The CLI checks a trace this small before re-executing it; a large one is checked in a thread meanwhile.
    const both = async (trace: string): Promise<VerifyResult[]> => {
      const results: VerifyResult[] = [];
      for (const inlineStorageCheckBytes of [Number.POSITIVE_INFINITY, 0]) {
        const reader = TraceReader.open(trace);
        try {
          results.push(await verifyTrace(reader, undefined, { inlineStorageCheckBytes }));
        } finally {
          reader.close();
        }
      }
      return results;
    };
    for (const r of await both(file)) {
      expect({ identical: r.identical, integrity: r.integrity }).toEqual({
        identical: false,
        integrity: expect.objectContaining({ table: 'kernel_service_completed', reason: expect.stringMatching(/^SQLite finds the file damaged in table kernel_service_completed/) }),
      });
    }
    for (const r of await both(pristine)) expect({ identical: r.identical, integrity: r.integrity, status: r.status }).toEqual({ identical: true, integrity: null, status: 'complete' });
  }, 60_000);
});

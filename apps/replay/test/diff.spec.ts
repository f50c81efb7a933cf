import { copyFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { encodeBatch, decodeBatch } from '@disco/trace-schema/codec';
import type { TraceEvent } from '@disco/trace-schema';
import { expectOneLineError, runCli, tempDir, writeSyntheticScenario } from '@disco/cli-kit/testing';
import { createHash } from 'node:crypto';

let dir: string;
let cleanup: () => void;
let a: string;
let aAgain: string;
let otherSeed: string;
let otherBatchSize: string;

function record(scenario: string, out: string, args: string[] = []): string {
  const r = runCli('record', [scenario, '--out', out, '--quiet', ...args]);
  if (r.status !== 0) throw new Error(r.stderr);
  return out;
}

beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  const scenario = writeSyntheticScenario(dir, 'diffed', { durationMs: 2 }, { batchSize: 300 });
  a = record(scenario, path.join(dir, 'a.db'));
  aAgain = record(scenario, path.join(dir, 'a-again.db'));
  otherSeed = record(scenario, path.join(dir, 'seed2.db'), ['--seed', '2']);
  otherBatchSize = record(writeSyntheticScenario(dir, 'diffed', { durationMs: 2 }, { batchSize: 128 }), path.join(dir, 'b128.db'));
});
afterAll(() => cleanup());

/** All events of a trace, decoded batch by batch: the independent reference. */
function allEvents(file: string): TraceEvent[] {
  const db = new Database(file, { readonly: true });
  const rows = db.prepare('SELECT bytes FROM batch ORDER BY idx').all() as { bytes: Buffer }[];
  db.close();
  return rows.flatMap((r) => decodeBatch(r.bytes).events);
}

function firstDifference(x: TraceEvent[], y: TraceEvent[]): number {
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (JSON.stringify(x[i]) !== JSON.stringify(y[i])) return i;
  }
  return -1;
}

/** The typed tables of a trace, from its event_kind table. */
function typedTables(db: Database.Database): Map<string, string> {
  return new Map((db.prepare('SELECT name, table_name AS t FROM event_kind').all() as { name: string; t: string }[]).map((k) => [k.name, k.t]));
}

/**
 * A copy of `source` with the event at `seq` changed, its batch re-encoded,
 * the chain re-hashed from there, and its typed row and final hash changed
 * to match: a consistent trace of another run, as another model would write.
 */
function withChangedEvent(source: string, name: string, seq: number): string {
  const file = path.join(dir, `${name}.db`);
  copyFileSync(source, file);
  const db = new Database(file);
  const batches = db.prepare('SELECT idx, first_seq, last_seq, bytes, prev_hash FROM batch ORDER BY idx').all() as { idx: number; first_seq: number; last_seq: number; bytes: Buffer; prev_hash: Buffer }[];
  let prev: Buffer | null = null;
  for (const b of batches) {
    let bytes = b.bytes;
    if (seq >= b.first_seq && seq <= b.last_seq) {
      const events = decodeBatch(bytes).events.map((e) => (e.seq === seq ? ({ ...e, tick: e.tick + 1 } as TraceEvent) : e));
      bytes = Buffer.from(encodeBatch(b.idx, events));
      const changed = events.find((e) => e.seq === seq)!;
      db.prepare(`UPDATE "${typedTables(db).get(changed.type)}" SET tick = tick + 1 WHERE seq = ?`).run(seq);
      if (b.first_seq === seq) db.prepare('UPDATE batch SET first_tick = first_tick + 1 WHERE idx = ?').run(b.idx);
      if (b.last_seq === seq) db.prepare('UPDATE batch SET last_tick = last_tick + 1 WHERE idx = ?').run(b.idx);
    }
    const prevHash: Buffer = prev ?? b.prev_hash;
    const hash = createHash('sha256').update(prevHash).update(bytes).digest();
    db.prepare('UPDATE batch SET bytes = ?, prev_hash = ?, hash = ? WHERE idx = ?').run(bytes, prevHash, hash, b.idx);
    prev = hash;
  }
  db.prepare('UPDATE run SET final_hash = ?').run(prev!.toString('hex'));
  db.close();
  return file;
}

describe('disco-replay --diff', () => {
  it('finds two recordings of one scenario and seed identical: exit 0', () => {
    const r = runCli('replay', [a, '--diff', aAgain]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^identical: [\d,]+ events \([\d,]+ batches matched by hash, 0 decoded\)/);
  });

  it('reports the first differing event of two seeds, with both events: exit 1', () => {
    const expected = firstDifference(allEvents(a), allEvents(otherSeed));
    const r = runCli('replay', [a, '--diff', otherSeed, '--json']);
    expect(r.status).toBe(1);
    const result = JSON.parse(r.stdout);
    expect(result.identical).toBe(false);
    expect(result.difference.seq).toBe(allEvents(a)[expected]!.seq);
    expect(result.difference.left).toEqual(JSON.parse(JSON.stringify(allEvents(a)[expected])));
    expect(result.difference.right).toEqual(JSON.parse(JSON.stringify(allEvents(otherSeed)[expected])));
    expect(result.metadata).toEqual(expect.arrayContaining([{ field: 'seed', left: 1, right: 2 }]));
    // The seed is the run's, not the scenario's: the scenario fields agree.
    expect(result.scenario).toEqual({ differences: [], more: 0, unreadable: [] });
  });

  it('names the scenario fields whose values differ, beside the first differing event', () => {
    const slower = record(writeSyntheticScenario(dir, 'diffed', { durationMs: 2 }, { batchSize: 300 }), path.join(dir, 'slower.db'), ['--set', '/synthetic/meanWorkNs=3000', '--set', '/synthetic/workers=2']);
    const r = runCli('replay', [a, '--diff', slower]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^note: the scenarios differ: \/synthetic\/meanWorkNs 1000 → 3000, \/synthetic\/workers 4 → 2$/m);
    const json = JSON.parse(runCli('replay', [a, '--diff', slower, '--json']).stdout);
    expect(json.scenario.differences).toEqual([{ what: '/synthetic/meanWorkNs', a: '1000', b: '3000' }, { what: '/synthetic/workers', a: '4', b: '2' }]);
    expect(runCli('replay', [a, '--diff', aAgain]).stdout).not.toMatch(/scenarios differ/);
  });

  it('decodes only the first differing batch, found through the hash chain', () => {
    const events = allEvents(a);
    const seq = events[Math.floor(events.length * 0.7)]!.seq;
    const changed = withChangedEvent(a, 'changed', seq);
    const r = runCli('replay', [a, '--diff', changed, '--json']);
    expect(r.status).toBe(1);
    const result = JSON.parse(r.stdout);
    expect(result).toMatchObject({ method: 'hash-chain', batchesDecoded: 1, matchingEvents: seq });
    expect(result.difference.seq).toBe(seq);
    expect(result.difference.right.tick).toBe(result.difference.left.tick + 1);
    expect(result.batchesSkipped).toBe(Math.floor(seq / 300));
    const text = runCli('replay', [a, '--diff', changed]);
    expect(text.stdout).toMatch(new RegExp(`^DIFFERENT: first differing event seq ${seq} \\(tick \\d+\\) in batch \\d+\\n  .*a\\.db: \\{.*\\n  .*changed\\.db: \\{`));
  });

  it('reports where one trace ends before the other', () => {
    const db = path.join(dir, 'short.db');
    copyFileSync(a, db);
    const w = new Database(db);
    const last = (w.prepare('SELECT max(idx) AS m FROM batch').get() as { m: number }).m;
    const firstMissing = (w.prepare('SELECT first_seq FROM batch WHERE idx = ?').get(last) as { first_seq: number }).first_seq;
    // A consistent shorter trace: the batch, its rows and the run's counts go together.
    w.prepare('DELETE FROM batch WHERE idx = ?').run(last);
    for (const table of typedTables(w).values()) w.prepare(`DELETE FROM "${table}" WHERE seq >= ?`).run(firstMissing);
    w.prepare(`UPDATE run SET event_count = ?, batch_count = batch_count - 1, final_hash = (SELECT lower(hex(hash)) FROM batch WHERE idx = ?)`).run(firstMissing, last - 1);
    w.close();
    const result = JSON.parse(runCli('replay', [a, '--diff', db, '--json']).stdout);
    expect(result.difference).toMatchObject({ seq: firstMissing, right: null });
  });

  it('compares event by event when the batch sizes differ', () => {
    const same = runCli('replay', [a, '--diff', otherBatchSize, '--json']);
    expect(same.status).toBe(0);
    expect(JSON.parse(same.stdout)).toMatchObject({ identical: true, method: 'events', metadata: [{ field: 'batchSize', left: 300, right: 128 }] });
    const changed = withChangedEvent(otherBatchSize, 'changed128', 1000);
    const r = runCli('replay', [a, '--diff', changed, '--json', '--debug']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).difference.seq).toBe(1000);
  });

  it('refuses a missing or non-trace file with exit 2', () => {
    expectOneLineError(runCli('replay', [a, '--diff', path.join(dir, 'nope.db')]), /trace not found/);
    const notTrace = path.join(dir, 'diffed.json');
    const r = runCli('replay', [a, '--diff', notTrace]);
    expect(r.status).toBe(2);
    expectOneLineError(r, /not a SQLite database/);
  });
});

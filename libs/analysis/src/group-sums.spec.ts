import Database from 'better-sqlite3';
import fc from 'fast-check';
import { groupSums } from './group-sums';

/** An in-memory table, and group_sums registered as the analysis views register it. */
function database(rows: readonly [number, number | null, number][]): Database.Database {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE t (k INTEGER, a INTEGER, b REAL)');
  const insert = db.prepare('INSERT INTO t VALUES (?, ?, ?)');
  for (const row of rows) insert.run(...row);
  db.aggregate('group_sums', { ...groupSums, deterministic: true });
  return db;
}

describe('group_sums', () => {
  it('agrees with GROUP BY on any table (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.option(fc.integer({ min: -1000, max: 1000 })), fc.integer({ min: 0, max: 1e6 }))), (rows) => {
        const db = database(rows);
        const ours = (JSON.parse((db.prepare('SELECT group_sums(k, a, b) AS g FROM t').get() as { g: string }).g) as number[][]).sort((x, y) => x[0]! - y[0]!);
        const sqlite = db.prepare('SELECT k, count(*), coalesce(sum(a), 0), coalesce(sum(b), 0) FROM t GROUP BY k ORDER BY k').raw(true).all();
        db.close();
        expect(ours).toEqual(sqlite);
      }),
    );
  });

  it('counts keys alone, and refuses more than four values', () => {
    const db = database([[1, 2, 3], [1, 2, 3], [2, 0, 0]]);
    expect(JSON.parse((db.prepare('SELECT group_sums(k) AS g FROM t').get() as { g: string }).g)).toEqual([[1, 2], [2, 1]]);
    expect(() => db.prepare('SELECT group_sums(k, a, a, a, a, a) FROM t').get()).toThrow(/at most 4 values/);
    db.close();
  });
});

import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { expectOneLineError, ROOT, runCli, tempDir } from '@disco/cli-kit/testing';

let dir: string;
let cleanup: () => void;
let trace: string;

beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  const scenario = path.join(dir, 'x.json');
  writeFileSync(scenario, JSON.stringify({ name: 'x', model: 'hardware', machine: { cpus: 4 }, hardware: { durationUs: 300, sampleIntervalUs: 100, pattern: 'read-shared' } }));
  trace = path.join(dir, 'x.db');
  const r = runCli('record', [scenario, '--out', trace, '--quiet', '--level', 'detailed']);
  if (r.status !== 0) throw new Error(r.stderr);
});
afterAll(() => cleanup());

function count(table: string): number {
  return JSON.parse(runCli('analyze', [trace, 'sql', `SELECT count(*) AS n FROM ${table}`, '--json']).stdout)[0].n;
}

describe('disco-analyze export', () => {
  it('perfetto: trace-event JSON with named CPU tracks, miss slices and counter tracks', () => {
    const out = path.join(dir, 'perfetto.json');
    const r = runCli('analyze', [trace, 'export', 'perfetto', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^wrote .*perfetto\.json: [\d,]+ trace events/);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    const events = json.traceEvents as { ph: string; name: string; cat?: string; tid?: number; args?: { name?: string } }[];
    expect(events.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => e.args!.name)).toEqual(expect.arrayContaining(['cpu 0', 'cpu 3', 'cpu 0 TLB']));
    expect(events.filter((e) => e.ph === 'X' && e.cat === 'cache')).toHaveLength(count('cache_missed'));
    expect(events.filter((e) => e.ph === 'C')).toHaveLength(3 * count('counter_sample'));
    // An existing file is kept unless --force.
    const again = runCli('analyze', [trace, 'export', 'perfetto', out]);
    expect(again.status).toBe(2);
    expectOneLineError(again, /exists; use --force/);
    expect(runCli('analyze', [trace, 'export', 'perfetto', out, '--force']).status).toBe(0);
  });

  it('csv: events and every non-empty table, one file each', () => {
    const out = path.join(dir, 'csv');
    const r = runCli('analyze', [trace, 'export', 'csv', out]);
    expect(r.status).toBe(0);
    const tables = JSON.parse(runCli('analyze', [trace, 'summary', '--json']).stdout).eventsByKind.filter((k: { count: number }) => k.count > 0);
    expect(readdirSync(out).sort()).toEqual(['events.csv', ...tables.map((k: { table: string }) => `${k.table}.csv`)].sort());
    const lines = readFileSync(path.join(out, 'cache_missed.csv'), 'utf8').trim().split('\r\n');
    expect(lines.length - 1).toBe(count('cache_missed'));
    expectOneLineError(runCli('analyze', [trace, 'export', 'csv', out]), /is not empty; use --force/);
  });

  it('parquet: files that a Parquet reader in another process reads back', () => {
    const out = path.join(dir, 'parquet');
    expect(runCli('analyze', [trace, 'export', 'parquet', out]).status).toBe(0);
    // hyparquet is an ES module: read the file in a separate Node process.
    const script = `import { parquetReadObjects } from 'hyparquet'; import { readFileSync } from 'node:fs';
      const b = readFileSync(process.argv[1]); const rows = await parquetReadObjects({ file: b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) });
      console.log(JSON.stringify({ n: rows.length, first: rows[0] }, (k, v) => typeof v === 'bigint' ? Number(v) : v));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script, path.join(out, 'hot_page_flagged.parquet')], { cwd: ROOT, encoding: 'utf8' });
    const flagged = count('hot_page_flagged');
    if (flagged === 0) return expect(readdirSync(out)).not.toContain('hot_page_flagged.parquet');
    expect(r.stderr).toBe('');
    const read = JSON.parse(r.stdout);
    expect(read.n).toBe(flagged);
    expect(Object.keys(read.first)).toEqual(expect.arrayContaining(['seq', 'machine_page', 'node_misses']));
  });

  it('refuses an unknown format, and a target in a missing directory, with exit 2', () => {
    const bad = runCli('analyze', [trace, 'export', 'svg', path.join(dir, 'y')]);
    expect(bad.status).toBe(2);
    expectOneLineError(bad, /unknown export format 'svg'; formats: perfetto, csv, parquet/);
    expectOneLineError(runCli('analyze', [trace, 'export', 'perfetto', path.join(dir, 'no', 'x.json')]), /no such directory/);
    expectOneLineError(runCli('analyze', [trace, 'export', 'csv', path.join(dir, 'x.db')]), /exists and is not a directory/);
  });
});

/** A copy of `trace` with `edit` applied to it directly, as someone handing over a crafted file would. */
function crafted(trace: string, name: string, edit: (db: Database.Database) => void): string {
  const file = path.join(path.dirname(trace), `${name}.db`);
  copyFileSync(trace, file);
  const db = new Database(file);
  edit(db);
  db.close();
  return file;
}

/** Every file below `root`, as paths relative to it. */
function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() || e.isSymbolicLink())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .sort();
}

describe('disco-analyze export: names read from the trace never reach a path outside the target', () => {
  const cases: [string, (db: Database.Database) => void, RegExp][] = [
    [
      'traversal',
      (db) => {
        db.exec(`ALTER TABLE cache_missed RENAME TO "../../pwned"`);
        db.prepare(`UPDATE event_kind SET table_name = '../../pwned' WHERE table_name = 'cache_missed'`).run();
      },
      /event_kind names table "\.\.\/\.\.\/pwned", which is not a typed table/,
    ],
    [
      'absolute',
      (db) => {
        db.exec(`ALTER TABLE cache_missed RENAME TO "/tmp/pwned"`);
        db.prepare(`UPDATE event_kind SET table_name = '/tmp/pwned' WHERE table_name = 'cache_missed'`).run();
      },
      /event_kind names table "\/tmp\/pwned"/,
    ],
    [
      'collision',
      // 'events' is an identifier, but its file would overwrite events.csv.
      (db) => db.prepare(`UPDATE event_kind SET table_name = 'events' WHERE table_name = 'cache_missed'`).run(),
      /event_kind names table "events", which is not a typed table/,
    ],
    [
      'quoted-column',
      (db) => {
        const row = db.prepare(`SELECT columns FROM event_kind WHERE table_name = 'cache_missed'`).get() as { columns: string };
        const columns = JSON.parse(row.columns) as { name: string }[];
        columns[0]!.name = 'x" FROM run; --';
        db.prepare(`UPDATE event_kind SET columns = ? WHERE table_name = 'cache_missed'`).run(JSON.stringify(columns));
      },
      /table "cache_missed" has a column named "x\\" FROM run; --", not a plain identifier/,
    ],
    [
      'absent-column',
      (db) => {
        const row = db.prepare(`SELECT columns FROM event_kind WHERE table_name = 'cache_missed'`).get() as { columns: string };
        db.prepare(`UPDATE event_kind SET columns = ? WHERE table_name = 'cache_missed'`).run(JSON.stringify([...JSON.parse(row.columns), { name: 'ghost', type: 'TEXT', repeated: false }]));
      },
      /table "cache_missed" has no column "ghost"/,
    ],
  ];

  it.each(cases)('%s: exit 2, one line naming the bad name, nothing written anywhere', (name, edit, message) => {
    const bad = crafted(trace, `bad-${name}`, edit);
    const root = path.join(dir, `root-${name}`);
    const target = path.join(root, 'a', 'b', 'out');
    mkdirSync(path.join(root, 'a', 'b'), { recursive: true });
    for (const format of ['csv', 'parquet', 'perfetto']) {
      const out = format === 'perfetto' ? path.join(target, '..', 'run.json') : target;
      const r = runCli('analyze', [bad, 'export', format, out, '--quiet']);
      expect([format, r.status]).toEqual([format, 2]);
      expectOneLineError(r, message);
      expect(filesUnder(root)).toEqual([]);
      expect(existsSync(target)).toBe(false);
    }
    expect(existsSync('/tmp/pwned.csv')).toBe(false);
  });

  it('--force into a directory holding a symbolic link does not write through the link', () => {
    const out = path.join(dir, 'linked');
    mkdirSync(out);
    const victim = path.join(dir, 'victim.txt');
    writeFileSync(victim, 'keep me');
    symlinkSync(victim, path.join(out, 'events.csv'));
    const r = runCli('analyze', [trace, 'export', 'csv', out, '--force', '--quiet']);
    expect(r.status).toBe(2);
    expectOneLineError(r, /refusing to write .*events\.csv: it is a symbolic link/);
    expect(readFileSync(victim, 'utf8')).toBe('keep me');
  });
});

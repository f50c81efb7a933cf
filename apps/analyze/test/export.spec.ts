import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

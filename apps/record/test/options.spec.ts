import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expectOneLineError, ROOT, runCli, tempDir } from '@disco/cli-kit/testing';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const hwMigratory = path.join(ROOT, 'traces/scenarios/hw-migratory.json');
const DEFAULT_REMOTE_MISS_NS = 900;

function record(args: readonly string[]): { finalHash: string; events: number } {
  const r = runCli('record', [...args, '--json']);
  expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
  return JSON.parse(r.stdout);
}

function query<T>(file: string, sql: string): T {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).get() as T;
  } finally {
    db.close();
  }
}

describe('disco-record --set', () => {
  it('changes the run as the same value in the scenario file does, and stores it with the trace', () => {
    const slow = 2 * DEFAULT_REMOTE_MISS_NS;
    const base = record(['hw-migratory', '--out', path.join(dir, 'base.db')]);
    const setOut = path.join(dir, 'set.db');
    const set = record(['hw-migratory', '--set', `/machine/remoteMissNs=${slow}`, '--out', setOut]);
    const file = JSON.parse(readFileSync(hwMigratory, 'utf8'));
    file.machine = { ...file.machine, remoteMissNs: slow };
    const edited = path.join(dir, 'hw-migratory.json');
    writeFileSync(edited, JSON.stringify(file));
    const fromFile = record([edited, '--out', path.join(dir, 'file.db')]);
    expect(set.finalHash).not.toBe(base.finalHash);
    expect(fromFile.finalHash).toBe(set.finalHash);
    const stored = query<{ v: number }>(setOut, "SELECT json_extract(scenario_json, '$.machine.remoteMissNs') AS v FROM run");
    expect(stored.v).toBe(slow);
    // Each remote miss now stalls twice as long: the same 5 ms window holds less work.
    const work = (f: string) => query<{ n: number }>(f, 'SELECT sum(instructions) AS n FROM counter_sample').n;
    expect(work(setOut)).toBeLessThan(work(path.join(dir, 'base.db')));
  }, 60_000);

  it.each([
    [['--set', '/machine/remoteMissNs=fast'], /--set \/machine\/remoteMissNs=fast: .*must be number/],
    [['--set', '/machine/remoteMisNs=600'], /unknown field 'remoteMisNs' \(did you mean 'remoteMissNs'\?\)/],
    [['--set', '/monitor/migration=false'], /model 'hardware' has no monitor section/],
    [['--set', 'machine.cpus=2'], /is not a JSON pointer/],
  ])('refuses %j with exit 2 and one line naming the pointer, writing nothing', (args, message) => {
    const out = path.join(dir, 'bad.db');
    const r = runCli('record', ['hw-migratory', ...args, '--out', out]);
    expect(r.status).toBe(2);
    expectOneLineError(r, message);
    expect(existsSync(out)).toBe(false);
  });
});

describe('disco-record --list', () => {
  it('lists every shipped scenario with the part of the paper it reproduces', () => {
    const r = runCli('record', ['--list', '--json']);
    expect(r.status).toBe(0);
    const listed = JSON.parse(r.stdout) as { name: string; paper: string; description: string }[];
    const shipped = readdirSync(path.join(ROOT, 'traces/scenarios')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
    expect(listed.map((s) => s.name)).toEqual(shipped);
    expect(listed.find((s) => s.name === 'raytrace-disco-numa')).toMatchObject({ paper: expect.stringMatching(/§5\.5/) });
    const text = runCli('record', ['--list']);
    expect(text.stdout.trim().split('\n')).toHaveLength(shipped.length);
  });

  it('without a scenario and without --list says what is missing', () => {
    const r = runCli('record', []);
    expect(r.status).toBe(2);
    expectOneLineError(r, /missing scenario/);
  });
});

describe('disco-record --level none', () => {
  it('runs the scenario and summarises it without writing a trace: the same events a trace would store', () => {
    const traced = record(['hw-migratory', '--out', path.join(dir, 'traced.db')]);
    const r = runCli('record', ['hw-migratory', '--level', 'none', '--json'], { DISCO_TRACES: dir });
    expect(r.status).toBe(0);
    const untraced = JSON.parse(r.stdout);
    expect(untraced).toMatchObject({ level: 'none', status: 'complete', events: traced.events });
    expect(readdirSync(dir)).toEqual(['traced.db']);
  });

  it("gives the footprint of a Disco run's last FootprintSamples: the VMs' summed and the machine's", () => {
    const file = path.join(dir, 'default.db');
    // A quarter of the default's work: the footprint is sampled from the boot on, and each run below is the same run.
    const small = ['--scale', '0.25'];
    record(['default', ...small, '--out', file]);
    const db = new Database(file, { readonly: true });
    const last = (where: string, column: string): number =>
      db.prepare(`SELECT sum(${column}) FROM footprint_sample WHERE seq IN (SELECT max(seq) FROM footprint_sample WHERE ${where} GROUP BY vm)`).pluck().get() as number;
    const expected = {
      virtualPages: last('vm >= 0', 'total_pages'),
      machinePages: last('vm = -1', 'total_pages'),
      virtualBufferCachePages: last('vm >= 0', 'buffer_cache_pages'),
      machineBufferCachePages: last('vm = -1', 'buffer_cache_pages'),
    };
    db.close();
    const r = runCli('record', ['default', ...small, '--level', 'none', '--json'], { DISCO_TRACES: dir });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).footprint).toEqual(expected);
    expect(expected.machinePages).toBeGreaterThan(0);
    const text = runCli('record', ['default', ...small, '--level', 'none'], { DISCO_TRACES: dir });
    expect(text.stdout).toContain(`machine ${(expected.machinePages / 256).toFixed(2)} MB`);
  });
});

describe("the host memory a run took (the summary's peak RSS: both threads of the process)", () => {
  it.each([['recording', ['--out', 'rss.db']], ['--level none', ['--level', 'none']]])('%s: a plausible size in --json, and the same line in the text summary', (_name, args) => {
    const at = (a: readonly string[]) => a.map((x) => (x === 'rss.db' ? path.join(dir, x) : x));
    const json = runCli('record', ['hw-migratory', ...at(args), '--json', '--force']);
    expect(json.status).toBe(0);
    const { peakRssBytes } = JSON.parse(json.stdout) as { peakRssBytes: number };
    // Node alone holds tens of MB; the queue to the writer keeps a recording far below a GB.
    expect(peakRssBytes).toBeGreaterThan(20e6);
    expect(peakRssBytes).toBeLessThan(1e9);
    const text = runCli('record', ['hw-migratory', ...at(args), '--force']);
    expect(text.stdout).toMatch(/^ {2}host memory {5}peak RSS \d+\.\d MB$/m);
  });
});

describe('every CLI as a process', () => {
  const clis = ['record', 'replay', 'analyze', 'sweep'] as const;

  it('each says its version with --version (and -V): the package version and, where it reads or writes traces, the schema a trace records', () => {
    const version = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    const trace = path.join(dir, 'v.db');
    expect(runCli('record', ['hw-private', '--set', '/hardware/durationUs=50', '--out', trace, '--quiet']).status).toBe(0);
    const db = new Database(trace, { readonly: true });
    const { schema, model } = db.prepare('SELECT schema_version AS schema, model_version AS model FROM run').get() as { schema: number; model: string };
    db.close();
    expect(model).toBe(version);
    for (const cli of clis) {
      const lines = [runCli(cli, ['--version']), runCli(cli, ['-V'])];
      const expected = cli === 'sweep' ? `disco-sweep ${version}\n` : `disco-${cli} ${version} (trace schema ${schema})\n`;
      for (const r of lines) expect({ status: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({ status: 0, stdout: expected, stderr: '' });
    }
  });

  it.each(clis)('disco-%s stops quietly, exit 0, when its reader closes stdout early (`| head`)', async (cli) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'apps', cli, 'dist', 'main.cjs'), '--help'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
  });

  it('records the same without its code caches, or with caches V8 refuses, as with those the build wrote', () => {
    // A copy of the bundles beside the checkout's node_modules (they load better-sqlite3 from there).
    mkdirSync(path.join(ROOT, 'tmp'), { recursive: true });
    const copy = mkdtempSync(path.join(ROOT, 'tmp', 'cli-copy-'));
    try {
      const dist = path.join(ROOT, 'apps', 'record', 'dist');
      for (const file of readdirSync(dist).filter((f) => f.endsWith('.cjs'))) copyFileSync(path.join(dist, file), path.join(copy, file));
      const run = (main: string, out: string) => {
        const r = spawnSync(process.execPath, [main, hwMigratory, '--set', '/hardware/durationUs=300', '--out', path.join(copy, out), '--json'], { encoding: 'utf8' });
        expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
        return (JSON.parse(r.stdout) as { finalHash: string }).finalHash;
      };
      const built = run(path.join(dist, 'main.cjs'), 'built.db');
      for (const bundle of ['main.bundle.cjs', 'batch-writer.worker.bundle.cjs']) expect(existsSync(path.join(dist, `${bundle}.cache`))).toBe(true);
      expect(run(path.join(copy, 'main.cjs'), 'without.db')).toBe(built);
      for (const bundle of ['main.bundle.cjs', 'batch-writer.worker.bundle.cjs']) writeFileSync(path.join(copy, `${bundle}.cache`), 'not a code cache');
      expect(run(path.join(copy, 'main.cjs'), 'refused.db')).toBe(built);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

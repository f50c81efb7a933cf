import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expectOneLineError, ROOT, runCli, startCli, tempDir, writeSyntheticScenario } from '@disco/cli-kit/testing';

// Real failures, not injected ones: a full disk is a small tmpfs, a read-only
// directory a read-only mount (as root directly, otherwise in a user and mount
// namespace), signals are sent to a real recorder.

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

/**
 * A run long enough to be stopped by hand: 10 minutes of 1 ms units on 4 workers, 2.4 million units, that
 * takes seconds to record; its trace would take 0.1 to 0.8 GB, so a disk with less than 0.8 GB free warns.
 */
const LONG_RUN = { durationMs: 600_000, meanWorkNs: 1_000_000 };
/** The warning a recording may print first, on a disk with little space. */
const MAYBE_SPACE_WARNING = '(warning: .* may not fit: .*\\n)?';

const bundle = (cli: string) => path.join(ROOT, 'apps', cli, 'dist', 'main.cjs');

/**
 * Runs shell `commands` with a fresh tmpfs mounted (with `options`) at $M;
 * $NODE, $RECORD, $REPLAY name node and the bundles, $OUT is a folder that
 * outlives the mount.
 */
function withMount(options: string, commands: string): { out: string; status: number | null; stderr: string } {
  const mount = path.join(dir, 'mnt');
  const out = path.join(dir, 'out');
  mkdirSync(mount);
  mkdirSync(out);
  const script = `set -e\nmount -t tmpfs -o ${options} tmpfs "$M"\nset +e\n${commands}\numount "$M"\n`;
  const shell = process.getuid?.() === 0 ? ['sh', ['-c', script]] : ['unshare', ['-r', '-m', 'sh', '-c', script]];
  const r = spawnSync(shell[0] as string, shell[1] as string[], {
    encoding: 'utf8',
    env: { ...process.env, M: mount, OUT: out, NODE: process.execPath, RECORD: bundle('record'), REPLAY: bundle('replay') },
    timeout: 120_000,
  });
  if (r.status !== 0) throw new Error(`cannot mount a tmpfs for the test (${r.status}): ${r.stderr}`);
  return { out, status: r.status, stderr: r.stderr };
}

function runRow(file: string): Record<string, unknown> {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT * FROM run').get() as Record<string, unknown>;
  } finally {
    db.close();
  }
}

describe('a full disk', () => {
  it('stops the recording with one line and exit 74; the trace keeps and verifies every committed batch, with and without moving it', () => {
    const { out } = withMount(
      'size=2m',
      [
        '"$NODE" "$RECORD" default --batch-size 500 --out "$M/t.db" --quiet >"$OUT/record.out" 2>"$OUT/record.err"; echo $? >"$OUT/record.status"',
        // Verified where it lies, on the full disk, as a user would first.
        '"$NODE" "$REPLAY" "$M/t.db" --json >"$OUT/replay.json" 2>"$OUT/replay.err"; echo $? >"$OUT/replay.status"',
        'mkdir "$OUT/trace"; cp "$M"/t.db* "$OUT/trace/"',
      ].join('\n'),
    );
    const read = (name: string) => readFileSync(path.join(out, name), 'utf8');
    const stderr = read('record.err');
    // 2 MB is less than a trace's fixed part and its -wal's peak: a warning first, the recording goes on.
    expect({ status: read('record.status').trim(), stderr }).toEqual({
      status: '74',
      stderr: expect.stringMatching(
        /^warning: .*t\.db may not fit: .* has 2\.0 MB free; recording anyway: .*\nerror: cannot write batch \d+ to .*t\.db: the disk is full; recording stopped: .* keeps the \d+ events of its \d+ committed batches \(status failed\), verifiable with disco-replay\n$/,
      ),
    });
    const [, events, batches] = /keeps the (\d+) events of its (\d+) committed/.exec(stderr)!.map(Number);
    expect(batches).toBeGreaterThan(1);
    const trace = path.join(out, 'trace', 't.db');
    // The writer could not checkpoint: the trace is in two files, the .db shorter than its header says.
    expect(existsSync(`${trace}-wal`)).toBe(true);
    const row = runRow(trace);
    expect(row).toMatchObject({ status: 'failed', event_count: events, batch_count: batches, error: expect.stringMatching(/disk is full/) });
    expect({ status: read('replay.status').trim(), replay: JSON.parse(read('replay.json')) }).toEqual({
      status: '0',
      replay: expect.objectContaining({ identical: true, status: 'failed', verifiedEvents: events, verifiedBatches: batches }),
    });
    const moved = runCli('replay', [trace, '--json']);
    expect(moved.status).toBe(0);
    expect(JSON.parse(moved.stdout)).toMatchObject({ identical: true, verifiedEvents: events });
    const summary = runCli('analyze', [trace, 'summary', '--json']);
    expect(summary.status).toBe(0);
    expect(JSON.parse(summary.stdout).eventsInTables).toBe(events);

    // Copied without its -wal: the .db alone lacks the batches, and says why.
    const alone = path.join(dir, 'alone.db');
    copyFileSync(trace, alone);
    for (const cli of ['replay', 'analyze'] as const) {
      const r = runCli(cli, cli === 'replay' ? [alone] : [alone, 'summary']);
      expect(r.status).toBe(2);
      expectOneLineError(r, /alone\.db is in WAL mode but its WAL is missing: alone\.db-wal holds/);
    }
  }, 120_000);
});

describe('free disk space, checked against the trace\'s size before anything is written', () => {
  const record = (scenario: string, mount: string) =>
    withMount(mount, `"$NODE" "$RECORD" "${scenario}" --out "$M/t.db" --quiet >"$OUT/out" 2>"$OUT/err"; echo $? >"$OUT/status"; ls -A "$M" >"$OUT/ls"; cp "$M"/t.db* "$OUT/" 2>/dev/null || true`);
  const read = (out: string, name: string) => readFileSync(path.join(out, name), 'utf8');

  it('clearly too little: exit 2, one line naming what the trace needs and what is free, nothing written', () => {
    // 8 workers, 100 ms of units of 2 µs on average: 400,000 units, surely more than half of them, at 64 bytes
    // or more each beyond the trace's fixed part: more than 12.8 MB, on a 4 MiB (4.19 MB) file system.
    const scenario = writeSyntheticScenario(dir, 'big', { workers: 8, meanWorkNs: 2000, messageProbability: 0.25, durationMs: 100 });
    const { out } = record(scenario, 'size=4m');
    const err = read(out, 'err');
    expect({ status: read(out, 'status').trim(), err }).toEqual({
      status: '2',
      err: expect.stringMatching(/^error: not enough disk space for .*t\.db: the trace needs at least \d+\.\d MB \([\d,]+ events that big surely stores\), .*mnt has 4\.1 MB free\n$/),
    });
    const [, needed, events] = /at least (\d+\.\d) MB \(([\d,]+) events/.exec(err)!;
    expect(Number(needed)).toBeGreaterThan(12.8);
    expect(Number(events!.replace(/,/g, ''))).toBeGreaterThanOrEqual(200_000 - 8);
    expect(read(out, 'ls')).toBe('');
  });

  it('maybe too little: one warning line, then the recording, complete and verifiable', () => {
    // 4 workers, 2 ms of 1 µs units: 8,000 units, sure to take less than 4 MB; maybe more (twice as many
    // units, each with a message, at 128 bytes, and the 1 MB fixed part: 3.1 MB, and a -wal of up to 4 MB while recording).
    const { out } = record(writeSyntheticScenario(dir, 'small', {}), 'size=4m');
    expect({ status: read(out, 'status').trim(), err: read(out, 'err') }).toEqual({
      status: '0',
      err: expect.stringMatching(/^warning: .*t\.db may not fit: the trace may need \d+\.\d MB \(up to [\d,]+ events, and its -wal while recording\), .*mnt has 4\.1 MB free; recording anyway: a full disk stops it with exit 74, keeping every committed batch\n$/),
    });
    const replay = runCli('replay', [path.join(out, 't.db'), '--json']);
    expect(replay.status).toBe(0);
    expect(JSON.parse(replay.stdout)).toMatchObject({ identical: true, status: 'complete' });
  });

  it('enough: no word about it', () => {
    const { out } = record(writeSyntheticScenario(dir, 'small', {}), 'size=16m');
    expect({ status: read(out, 'status').trim(), err: read(out, 'err') }).toEqual({ status: '0', err: '' });
  });
});

describe('--out that cannot be created: exit 2, one line, nothing written', () => {
  it('into a missing directory', () => {
    const r = runCli('record', [writeSyntheticScenario(dir, 's', {}), '--out', path.join(dir, 'no', 'such', 't.db')]);
    expect(r.status).toBe(2);
    expectOneLineError(r, /cannot create .*t\.db: the directory .*no\/such does not exist/);
  });

  it('into a read-only directory', () => {
    const scenario = writeSyntheticScenario(dir, 's', {});
    const { out } = withMount('ro,size=4m', `"$NODE" "$RECORD" "${scenario}" --out "$M/t.db" 2>"$OUT/err"; echo $? >"$OUT/status"; ls -A "$M" >"$OUT/ls"`);
    const err = readFileSync(path.join(out, 'err'), 'utf8');
    expect({ status: readFileSync(path.join(out, 'status'), 'utf8').trim(), err }).toEqual({
      status: '2',
      err: expect.stringMatching(/^error: cannot create .*t\.db: the directory .*mnt is not writable\n$/),
    });
    expect(readFileSync(path.join(out, 'ls'), 'utf8')).toBe('');
  });
});

describe('a scenario that cannot be built', () => {
  it('too few disks: exit 2 naming the shortage, no trace file left', () => {
    const file = path.join(dir, 'few.json');
    const defaults = JSON.parse(readFileSync(path.join(ROOT, 'traces', 'scenarios', 'default.json'), 'utf8'));
    writeFileSync(file, JSON.stringify({ ...defaults, name: 'few', machine: { ...defaults.machine, disks: 1 } }));
    const out = path.join(dir, 'few.db');
    const r = runCli('record', [file, '--out', out]);
    expect(r.status).toBe(2);
    expectOneLineError(r, /scenario .*few\.json: .*need 3 disks, \/machine\/disks is 1: set \/machine\/disks to 3$/);
    expect(existsSync(out)).toBe(false);
  });
});

describe('a run that asks more of the machine than it has', () => {
  it("a database pool larger than the machine's memory: exit 2, one line naming the shortage, the trace kept as failed with it", () => {
    const out = path.join(dir, 'oom.db');
    // 16 MB of memory, a 16 MB buffer pool: the server's data initialisation runs out of pages (the model does not page).
    const r = runCli('record', ['uni-database-irix', '--out', out, '--quiet', '--set', '/machine/memoryPerNodeMb=16', '--set', '/guest/bufferCacheMb=4', '--set', '/guest/sizes/databasePoolKb=16384']);
    expect(r.status).toBe(2);
    expectOneLineError(r, /^error: out of physical memory: all 4096 pages of the kernel's memory are in use .*give the machine or VM more memory, or the workload less$/);
    const run = runRow(out);
    expect(run['status']).toBe('failed');
    expect(run['error']).toMatch(/^out of physical memory: /);
  });
});

describe('signals', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)('%s stops cleanly: exit %i, partial batch flushed, status incomplete, replay verifies', async (signal, code) => {
    const scenario = writeSyntheticScenario(dir, 'long', LONG_RUN, { batchSize: 256 });
    const out = path.join(dir, 'sig.db');
    const child = startCli('record', [scenario, '--out', out]);
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr += String(chunk)));
    await waitForBatches(out, 3);
    child.kill(signal);
    const exit = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect({ exit, stderr }).toEqual({ exit: code, stderr: expect.stringMatching(new RegExp(`^${MAYBE_SPACE_WARNING}interrupted by ${signal}: .* status incomplete\\n$`)) });
    const run = runRow(out);
    expect(run['status']).toBe('incomplete');
    // The last batch is the flushed remainder: fewer events than a full one, unless the stop fell on a boundary.
    const db = new Database(out, { readonly: true });
    const sizes = db.prepare('SELECT event_count AS n FROM batch ORDER BY idx').all() as { n: number }[];
    db.close();
    expect(sizes.reduce((a, b) => a + b.n, 0)).toBe(run['event_count']);
    const replay = runCli('replay', [out, '--json']);
    expect(replay.status).toBe(0);
    expect(JSON.parse(replay.stdout)).toMatchObject({ identical: true, status: 'incomplete', verifiedEvents: run['event_count'] });
  }, 60_000);
});

describe('--force and a live recording', () => {
  it('refuses to replace a trace another recording is writing, which goes on intact; replaces it once that one was killed', async () => {
    const scenario = writeSyntheticScenario(dir, 'long', LONG_RUN, { batchSize: 256 });
    const out = path.join(dir, 'live.db');
    const child = startCli('record', [scenario, '--out', out]);
    await waitForBatches(out, 3);
    const forced = runCli('record', [scenario, '--out', out, '--force', '--seed', '9']);
    expect(forced.status).toBe(2);
    expectOneLineError(forced, /--force refuses to replace .*live\.db: another process has it open/);
    await waitForBatches(out, 6);
    child.kill('SIGINT');
    expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(130);
    const run = runRow(out);
    expect(run).toMatchObject({ status: 'incomplete', seed: 1 });
    expect(JSON.parse(runCli('replay', [out, '--json']).stdout)).toMatchObject({ identical: true, verifiedEvents: run['event_count'] });

    const killed = startCli('record', [scenario, '--out', out, '--force', '--seed', '5']);
    await waitForBatches(out, 3, 5);
    killed.kill('SIGKILL');
    await new Promise((resolve) => killed.on('exit', resolve));
    expect(runRow(out)['status']).toBe('running');
    const replaced = runCli('record', [writeSyntheticScenario(dir, 'short', {}), '--out', out, '--force', '--seed', '9', '--quiet']);
    expect(replaced.status).toBe(0);
    expect(runRow(out)).toMatchObject({ status: 'complete', seed: 9, scenario_name: 'short' });
  }, 90_000);
});

/** Waits until `file` holds `count` batches (of the run with `seed`, when given). */
async function waitForBatches(file: string, count: number, seed?: number): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (existsSync(file)) {
      // Closed every time: a connection left open would count as a live reader of the trace.
      let db: Database.Database | undefined;
      try {
        db = new Database(file, { readonly: true });
        const n = (db.prepare('SELECT count(*) AS n FROM batch').get() as { n: number }).n;
        const run = db.prepare('SELECT seed FROM run').get() as { seed: number } | undefined;
        if (n >= count && (seed === undefined || run?.seed === seed)) return;
      } catch {
        // The recorder is still creating the schema.
      } finally {
        db?.close();
      }
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no ${count} batches in ${file} within 30 s`);
}

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
      'size=1m',
      [
        '"$NODE" "$RECORD" default --batch-size 500 --out "$M/t.db" --quiet >"$OUT/record.out" 2>"$OUT/record.err"; echo $? >"$OUT/record.status"',
        // Verified where it lies, on the full disk, as a user would first.
        '"$NODE" "$REPLAY" "$M/t.db" --json >"$OUT/replay.json" 2>"$OUT/replay.err"; echo $? >"$OUT/replay.status"',
        'mkdir "$OUT/trace"; cp "$M"/t.db* "$OUT/trace/"',
      ].join('\n'),
    );
    const read = (name: string) => readFileSync(path.join(out, name), 'utf8');
    const stderr = read('record.err');
    expect({ status: read('record.status').trim(), stderr }).toEqual({
      status: '74',
      stderr: expect.stringMatching(/^error: cannot write batch \d+ to .*t\.db: the disk is full; recording stopped: .* keeps the \d+ events of its \d+ committed batches \(status failed\), verifiable with disco-replay\n$/),
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

describe('--out that cannot be created: exit 2, one line, nothing written', () => {
  it('into a missing directory', () => {
    const r = runCli('record', [writeSyntheticScenario(dir, 's', {}), '--out', path.join(dir, 'no', 'such', 't.db')]);
    expect(r.status).toBe(2);
    expectOneLineError(r, /cannot create .*t\.db: the directory .*no\/such does not exist/);
  });

  it('into a read-only directory', () => {
    const scenario = writeSyntheticScenario(dir, 's', {});
    const { out } = withMount('ro,size=1m', `"$NODE" "$RECORD" "${scenario}" --out "$M/t.db" 2>"$OUT/err"; echo $? >"$OUT/status"; ls -A "$M" >"$OUT/ls"`);
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

describe('signals', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)('%s stops cleanly: exit %i, partial batch flushed, status incomplete, replay verifies', async (signal, code) => {
    const scenario = writeSyntheticScenario(dir, 'long', { durationMs: 100_000 }, { batchSize: 256 });
    const out = path.join(dir, 'sig.db');
    const child = startCli('record', [scenario, '--out', out]);
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr += String(chunk)));
    await waitForBatches(out, 3);
    child.kill(signal);
    const exit = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect({ exit, stderr }).toEqual({ exit: code, stderr: expect.stringMatching(new RegExp(`^interrupted by ${signal}: .* status incomplete\\n$`)) });
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
    const scenario = writeSyntheticScenario(dir, 'long', { durationMs: 100_000 }, { batchSize: 256 });
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

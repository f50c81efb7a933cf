import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expectOneLineError, runCli, sha256File, startCli, tempDir, writeSyntheticScenario } from '@disco/cli-kit/testing';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

function runRow(file: string): Record<string, unknown> {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT * FROM run').get() as Record<string, unknown>;
  } finally {
    db.close();
  }
}

describe('disco-record', () => {
  it('records the same hash in two processes for the same scenario and seed, another for another seed', () => {
    const scenario = writeSyntheticScenario(dir, 'twice', {});
    const a = runCli('record', [scenario, '--seed', '5', '--out', path.join(dir, 'a.db'), '--json']);
    const b = runCli('record', [scenario, '--seed', '5', '--out', path.join(dir, 'b.db'), '--json']);
    const c = runCli('record', [scenario, '--seed', '6', '--out', path.join(dir, 'c.db'), '--json']);
    for (const r of [a, b, c]) expect(r.status).toBe(0);
    const [ra, rb, rc] = [a, b, c].map((r) => JSON.parse(r.stdout));
    expect(ra.finalHash).toMatch(/^[0-9a-f]{64}$/);
    expect(rb.finalHash).toBe(ra.finalHash);
    expect(rc.finalHash).not.toBe(ra.finalHash);
    expect(runRow(path.join(dir, 'a.db'))).toMatchObject({ status: 'complete', final_hash: ra.finalHash, event_count: ra.events, seed: 5 });
  });

  it('prints a summary with events, simulated time, wall time, rate and the file', () => {
    const scenario = writeSyntheticScenario(dir, 'summary', {});
    const out = path.join(dir, 's.db');
    const r = runCli('record', [scenario, '--out', out]);
    expect(r.status).toBe(0);
    for (const label of ['events', 'simulated time', 'wall time', 'events/s', out]) expect(r.stdout).toContain(label);
    expect(r.stderr).toBe('');
  });

  it('refuses to overwrite an existing trace unless --force, leaving it unchanged', () => {
    const scenario = writeSyntheticScenario(dir, 'noclobber', {});
    const out = path.join(dir, 't.db');
    expect(runCli('record', [scenario, '--out', out, '--quiet']).status).toBe(0);
    const before = sha256File(out);
    const refused = runCli('record', [scenario, '--out', out, '--seed', '9']);
    expect(refused.status).toBe(2);
    expectOneLineError(refused, /already exists.*--force/);
    expect(sha256File(out)).toBe(before);
    const forced = runCli('record', [scenario, '--out', out, '--seed', '9', '--force', '--json']);
    expect(forced.status).toBe(0);
    expect(runRow(out)['seed']).toBe(9);
  });

  it('never overwrites when --out is not given: picks a fresh name', () => {
    const scenario = writeSyntheticScenario(dir, 'fresh', {});
    const env = { DISCO_TRACES: dir };
    const first = runCli('record', [scenario, '--quiet'], env).stdout.trim();
    const second = runCli('record', [scenario, '--quiet'], env).stdout.trim();
    expect(first).toBe(path.join(dir, 'fresh-s1.db'));
    expect(second).toBe(path.join(dir, 'fresh-s1-2.db'));
    expect(sha256File(first)).not.toBe('');
  });

  it.each([
    [{ synthetic: { workers: 0 } }, /\/synthetic\/workers must be >= 1/],
    [{ synthetic: { workerz: 3 } }, /\/synthetic has unknown field 'workerz'/],
    [{ level: 'verbose' }, /\/level must be one of "default", "detailed"/],
  ])('rejects an invalid scenario field %j with exit 2 and names the field', (patch, message) => {
    const file = path.join(dir, 'bad.json');
    const base = { name: 'bad', model: 'synthetic', synthetic: { workers: 2, meanWorkNs: 1, messageProbability: 0, messageLatencyNs: 1, durationMs: 1 } };
    const merged = { ...base, ...patch, synthetic: { ...base.synthetic, ...(patch as { synthetic?: object }).synthetic } };
    writeFileSync(file, JSON.stringify(merged));
    const r = runCli('record', [file, '--out', path.join(dir, 'x.db')]);
    expect(r.status).toBe(2);
    expectOneLineError(r, message);
    expect(existsSync(path.join(dir, 'x.db'))).toBe(false);
  });

  it('rejects unknown scenarios, bad JSON and bad flags with exit 2', () => {
    const unknown = runCli('record', ['no-such-scenario']);
    expect(unknown.status).toBe(2);
    expectOneLineError(unknown, /unknown scenario 'no-such-scenario'; known: .*default/);
    // A name a letter off a shipped one: the guess comes before the list.
    expectOneLineError(runCli('record', ['uni-pmak-disco']), /^error: unknown scenario 'uni-pmak-disco' \(did you mean 'uni-pmake-disco'\?\); known: /);
    const badJson = path.join(dir, 'broken.json');
    writeFileSync(badJson, '{ "name": ');
    expectOneLineError(runCli('record', [badJson]), /not valid JSON/);
    const badSeed = runCli('record', ['default', '--seed', '-3']);
    expect(badSeed.status).toBe(2);
    expect(badSeed.stderr).toMatch(/--seed/);
    const badFlag = runCli('record', ['default', '--bogus']);
    expect(badFlag.status).toBe(2);
    expect(badFlag.stderr).toMatch(/unknown option '--bogus'/);
  });

  it('--scale grows the workload: the stored scenario has the multiplied scale and the run does more work', () => {
    // The scenario at a tenth of its scale (45, set as --set does before --scale multiplies): the same workload, 3 s
    // of recording instead of 20.
    const runs = [1, 2].map((factor) => {
      const out = path.join(dir, `scaled-${factor}.db`);
      const r = runCli('record', ['uni-raytrace-irix', '--set', '/guest/scale=4.5', '--out', out, '--scale', String(factor), '--json']);
      expect(r.status).toBe(0);
      const db = new Database(out, { readonly: true });
      const scenario = JSON.parse((db.prepare('SELECT scenario_json AS j FROM run').get() as { j: string }).j);
      const instructions = (db.prepare('SELECT sum(instructions) AS n FROM counter_sample').get() as { n: number }).n;
      db.close();
      return { scale: scenario.guest.scale as number, instructions };
    });
    expect(runs[0]!.scale).toBe(4.5);
    expect(runs[1]!.scale).toBe(2 * runs[0]!.scale);
    expect(runs[1]!.instructions).toBeGreaterThan(1.5 * runs[0]!.instructions);
    const bad = runCli('record', ['hw-private', '--scale', '2', '--out', path.join(dir, 'hw.db')]);
    expect(bad.status).toBe(2);
    expectOneLineError(bad, /model 'hardware' has no scale to grow/);
    expectOneLineError(runCli('record', ['default', '--scale', 'big']), /--scale must be a positive number/);
  }, 60_000);

  it('killed with SIGKILL leaves a file that opens, not complete, whose committed batches replay verifies', async () => {
    const scenario = writeSyntheticScenario(dir, 'killed', { durationMs: 600_000, meanWorkNs: 1_000_000 }, { batchSize: 256 });
    const out = path.join(dir, 'killed.db');
    const child = startCli('record', [scenario, '--out', out]);
    await waitForBatches(out, 3);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));
    const run = runRow(out);
    expect(run['status']).toBe('running');
    const summary = runCli('analyze', [out, 'summary', '--json']);
    expect(summary.status).toBe(0);
    expect(JSON.parse(summary.stdout).eventsInTables).toBe(run['event_count']);
    const replay = runCli('replay', [out, '--json']);
    expect(replay.status).toBe(0);
    expect(JSON.parse(replay.stdout)).toMatchObject({ identical: true, verifiedEvents: run['event_count'] });
  }, 60_000);
});

async function waitForBatches(file: string, count: number): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (existsSync(file)) {
      let db: Database.Database | undefined;
      try {
        db = new Database(file, { readonly: true });
        const n = (db.prepare('SELECT count(*) AS n FROM batch').get() as { n: number }).n;
        if (n >= count) return;
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

import { copyFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { runCli, tempDir, writeSyntheticScenario } from '@disco/cli-kit/testing';

// `summary` says how a trace was made, against the shipped scenario of its name, and the command that records it again.
let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = tempDir()));
afterAll(() => cleanup());

function summary(trace: string): { provenance: { shipped: string; overrides: { pointer: string; value: string }[]; rerecord: string | null; reason: string | null } | null; run: { finalHash: string } } {
  const r = runCli('analyze', [trace, 'summary', '--json']);
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout);
}

/** A copy of `trace` whose run row is changed by `sql`. */
function edited(trace: string, name: string, sql: string, ...params: unknown[]): string {
  const file = path.join(dir, name);
  copyFileSync(trace, file);
  const db = new Database(file);
  db.prepare(sql).run(...params);
  db.close();
  return file;
}

describe('disco-analyze summary: how the trace was made', () => {
  let made: string;
  beforeAll(() => {
    made = path.join(dir, 'made.db');
    const r = runCli('record', ['hw-migratory', '--set', '/machine/remoteMissNs=1800', '--set', '/hardware/pattern=private', '--set', '/hardware/durationUs=400', '--seed', '3', '--batch-size', '100', '--out', made, '--quiet']);
    expect(r.status).toBe(0);
  });

  it('lists the fields set otherwise than the shipped file, and a command line that records the very same run again', () => {
    const { provenance, run } = summary(made);
    expect(provenance).toMatchObject({
      shipped: expect.stringMatching(/traces\/scenarios\/hw-migratory\.json$/),
      overrides: [{ pointer: '/hardware/durationUs', value: '400' }, { pointer: '/hardware/pattern', value: '"private"' }, { pointer: '/machine/remoteMissNs', value: '1800' }],
      reason: null,
    });
    expect(provenance!.rerecord).toBe('npx disco-record hw-migratory --seed 3 --level default --batch-size 100 --set /hardware/durationUs=400 --set /hardware/pattern=private --set /machine/remoteMissNs=1800');
    const again = path.join(dir, 'again.db');
    const args = provenance!.rerecord!.split(' ').slice(2);
    expect(runCli('record', [...args, '--out', again, '--quiet']).status).toBe(0);
    expect(summary(again).run.finalHash).toBe(run.finalHash);
    const text = runCli('analyze', [made, 'summary']).stdout;
    expect(text).toContain('made from  the shipped scenario with 3 field(s) set otherwise: /hardware/durationUs=400, /hardware/pattern="private", /machine/remoteMissNs=1800\n');
    expect(text).toContain(`re-record  ${provenance!.rerecord}\n`);
  });

  it('says nothing for a scenario of its own, or a name that is not a shipped one (a crafted trace reaches no file)', () => {
    const own = path.join(dir, 'own.db');
    expect(runCli('record', [writeSyntheticScenario(dir, 'own', { durationMs: 0.2 }), '--out', own, '--quiet']).status).toBe(0);
    expect(summary(own).provenance).toBeNull();
    expect(runCli('analyze', [own, 'summary']).stdout).not.toMatch(/made from|re-record/);
    expect(summary(edited(made, 'crafted-name.db', "UPDATE run SET scenario_name = '../../../etc/passwd'")).provenance).toBeNull();
  });

  it('gives no command line when --set cannot say what differs: a field the trace lacks, or a scenario that is not JSON', () => {
    const db = new Database(made, { readonly: true });
    const scenario = JSON.parse((db.prepare('SELECT scenario_json AS j FROM run').get() as { j: string }).j);
    db.close();
    delete scenario.machine.hopNs;
    const lacking = summary(edited(made, 'lacking.db', 'UPDATE run SET scenario_json = ?', JSON.stringify(scenario))).provenance!;
    expect(lacking).toMatchObject({ rerecord: null, reason: "the trace's scenario lacks /machine/hopNs, which --set cannot remove" });
    expect(summary(edited(made, 'broken.db', "UPDATE run SET scenario_json = '{'")).provenance).toMatchObject({ rerecord: null, reason: "the trace's scenario is not JSON" });
    // A field name no --set can take, with a terminal escape in it: listed escaped, no command line.
    scenario.machine.hopNs = 300;
    scenario.machine['\u001b[31mx'] = 1;
    const odd = edited(made, 'odd.db', 'UPDATE run SET scenario_json = ?', JSON.stringify(scenario));
    expect(summary(odd).provenance).toMatchObject({ rerecord: null, reason: 'a field name --set cannot take' });
    const text = runCli('analyze', [odd, 'summary']).stdout;
    expect(text).not.toContain('\u001b');
    expect(text).toContain('/machine/\\u001b[31mx=1');
  });
});

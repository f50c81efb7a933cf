import { readFileSync } from 'node:fs';
import path from 'node:path';
import { listScenarios } from '@disco/scenario';
import { ROOT, runCli, tempDir } from '@disco/cli-kit/testing';

const dir0 = path.join(ROOT, 'traces', 'scenarios');
const scenarios = listScenarios(dir0);

/**
 * Every scenario's run, cut short by its model's time limit so that the whole
 * set records and replays in well under a minute: the assembly of every
 * shipped scenario and its determinism across processes. Full-length runs are
 * checked against their recorded final hashes by `npm run regress`.
 */
const SHORTEN: Record<string, readonly string[]> = {
  irix: ['--set', '/irix/maxDurationMs=15'],
  'disco-irix': ['--set', '/disco-irix/maxDurationMs=15'],
  hardware: ['--set', '/hardware/durationUs=400'],
  'disco-synthetic': ['--set', '/disco-synthetic/durationUs=2000'],
  synthetic: ['--set', '/synthetic/durationMs=1'],
};

describe('every shipped scenario', () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => ({ dir, cleanup } = tempDir()));
  afterAll(() => cleanup());

  it('includes the default and the bare-machine scenarios', () => {
    expect(scenarios).toEqual(expect.arrayContaining(['default', 'hw-private', 'hw-read-shared', 'hw-migratory', 'hw-producer-consumer']));
  });

  it.each(scenarios)('%s records (cut short), then replays identically in another process', (name) => {
    const model = (JSON.parse(readFileSync(path.join(dir0, `${name}.json`), 'utf8')) as { model: string }).model;
    const shorten = SHORTEN[model];
    expect(shorten).toBeDefined();
    const out = path.join(dir, `${name}.db`);
    const recorded = runCli('record', [name, ...shorten!, '--out', out, '--json']);
    expect(recorded.stderr).toBe('');
    expect(recorded.status).toBe(0);
    const summary = JSON.parse(recorded.stdout);
    expect(summary.status).toBe('complete');
    expect(summary.events).toBeGreaterThan(1);
    const replayed = JSON.parse(runCli('replay', [out, '--json']).stdout);
    expect(replayed).toMatchObject({ identical: true, verifiedEvents: summary.events });
  });
});

import path from 'node:path';
import { listScenarios } from '@disco/scenario';
import { ROOT, runCli, tempDir } from '@disco/cli-kit/testing';

const scenarios = listScenarios(path.join(ROOT, 'traces', 'scenarios'));

describe('every shipped scenario', () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => ({ dir, cleanup } = tempDir()));
  afterAll(() => cleanup());

  it('includes the default and the bare-machine scenarios', () => {
    expect(scenarios).toEqual(expect.arrayContaining(['default', 'hw-private', 'hw-read-shared', 'hw-migratory', 'hw-producer-consumer']));
  });

  it.each(scenarios)('%s records, then replays identically in another process', (name) => {
    const out = path.join(dir, `${name}.db`);
    const recorded = runCli('record', [name, '--out', out, '--json']);
    expect(recorded.stderr).toBe('');
    expect(recorded.status).toBe(0);
    const summary = JSON.parse(recorded.stdout);
    expect(summary.status).toBe('complete');
    const replayed = JSON.parse(runCli('replay', [out, '--json']).stdout);
    expect(replayed).toMatchObject({ identical: true, verifiedEvents: summary.events });
  });
});

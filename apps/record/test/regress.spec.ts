import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.join(__dirname, '../../..');
const table = JSON.parse(readFileSync(path.join(root, 'traces/regression.json'), 'utf8')) as { scenarios: Record<string, { small: boolean; finalHash: string }> };

describe('regression table (npm run regress checks every scenario)', () => {
  it('lists every shipped scenario', () => {
    const shipped = require('node:fs')
      .readdirSync(path.join(root, 'traces/scenarios'))
      .filter((f: string) => f.endsWith('.json'))
      .map((f: string) => f.slice(0, -5))
      .sort();
    expect(Object.keys(table.scenarios).sort()).toEqual(shipped);
  });

  it('the small scenarios still give the recorded figures and final hashes', () => {
    const small = Object.keys(table.scenarios).filter((n) => table.scenarios[n]!.small);
    expect(small.length).toBeGreaterThanOrEqual(5);
    const r = spawnSync(process.execPath, [path.join(root, 'tools/regress/run.mjs'), '--small', '--json', '--jobs', '2'], { encoding: 'utf8' });
    const result = JSON.parse(r.stdout) as { checked: number; changed: string[] };
    expect({ status: r.status, changed: result.changed, checked: result.checked }).toEqual({ status: 0, changed: [], checked: small.length });
  }, 120_000);
});

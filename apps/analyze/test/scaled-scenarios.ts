import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

/** Writes shipped scenarios into `dir` with `/guest/scale` divided by `divisor`, for `reproduce --scenarios dir`: the harness's tests at a fraction of the paper's size. */
export function writeScaledScenarios(dir: string, names: readonly string[], divisor: number): string {
  mkdirSync(dir, { recursive: true });
  for (const s of names) {
    const scenario = JSON.parse(readFileSync(path.join(ROOT, 'traces/scenarios', `${s}.json`), 'utf8')) as { guest: { scale: number } };
    scenario.guest.scale = scenario.guest.scale / divisor;
    writeFileSync(path.join(dir, `${s}.json`), JSON.stringify(scenario));
  }
  return dir;
}

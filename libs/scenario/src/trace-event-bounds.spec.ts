import { readFileSync } from 'node:fs';
import path from 'node:path';
import { traceEventBounds } from './run-driver';
import { listScenarios, loadScenario } from './scenario-files';

const dir = path.join(__dirname, '../../../traces/scenarios');
const regression = JSON.parse(readFileSync(path.join(__dirname, '../../../traces/regression.json'), 'utf8')) as { scenarios: Record<string, { events: number }> };
const bounds = (name: string, level: 'default' | 'detailed' = 'default') => traceEventBounds(loadScenario(name, dir).scenario, level);

describe('traceEventBounds', () => {
  it.each(listScenarios(dir))('%s: the events its recording stored (traces/regression.json) lie within the bounds', (name) => {
    const events = regression.scenarios[name]?.events;
    expect(events).toBeDefined();
    const b = bounds(name);
    expect(b.sure).toBeLessThanOrEqual(events!);
    if (b.upper !== null) expect(events!).toBeLessThanOrEqual(b.upper);
  });

  it('hardware: a CounterSample per CPU each interval and at the end, an ExecutionSample per CPU each interval', () => {
    // hw-private: 8 CPUs, 5000 µs sampled every 250 µs: 8 × 21 + 8 × 20, with RunStarted and RunFinished;
    // its streams touch no page often enough to flag it, so that is every event it stores.
    expect(bounds('hw-private')).toEqual({ sure: 8 * 21 + 8 * 20 + 2, upper: null });
    expect(regression.scenarios['hw-private']!.events).toBe(8 * 21 + 8 * 20 + 2);
    // The detailed level adds misses, which the pattern decides: still only the samples are sure.
    expect(bounds('hw-private', 'detailed')).toEqual({ sure: 8 * 21 + 8 * 20 + 2, upper: null });
  });

  it('synthetic: half to twice the mean count of units of work (and at most a message each)', () => {
    // synthetic-small: 8 workers, 10 ms, 2000 ns a unit: 5000 units a worker on average, a quarter sending a message.
    const b = bounds('synthetic-small');
    expect(b.sure).toBeGreaterThanOrEqual(8 * 2499 + 2);
    expect(b.sure).toBeLessThanOrEqual(8 * 2500 + 2);
    expect(b.upper).toBeGreaterThanOrEqual(2 * 8 * 5000 * 1.25 + 2);
    expect(b.upper).toBeLessThanOrEqual(2 * 8 * 5000 * 1.25 + 4);
  });

  it('a workload model: nothing sure but the run\'s first and last events, no upper bound', () => {
    expect(bounds('default')).toEqual({ sure: 2, upper: null });
  });
});

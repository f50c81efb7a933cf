import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { EventOf, TraceEvent } from '@disco/trace-schema';
import { parseScenario } from '../../scenario';
import { runScenarioInMemory, scenarioOf, type FlatScenario } from '../../testing/run-scenario';

const scenarioDir = path.join(__dirname, '../../../../../traces/scenarios');
const files = readdirSync(scenarioDir).filter((f) => f.startsWith('hw-') && f.endsWith('.json'));

const run = (flat: FlatScenario, seed: number): readonly TraceEvent[] => runScenarioInMemory(scenarioOf('hardware', flat), seed).events;

const totals = (events: readonly TraceEvent[]) => {
  const sum = { local: 0, remote: 0, threeHop: 0, instructions: 0 };
  for (const e of events) {
    if (e.type !== 'CounterSample') continue;
    sum.local += e.data.missesLocal;
    sum.remote += e.data.missesRemote;
    sum.threeHop += e.data.threeHopMisses;
    sum.instructions += e.data.instructions;
  }
  return sum;
};

describe('hardware scenarios', () => {
  it('has the four pattern files', () => {
    expect(files.sort()).toEqual(['hw-migratory.json', 'hw-private.json', 'hw-producer-consumer.json', 'hw-read-shared.json']);
  });

  it.each(files)('%s validates and runs deterministically', (file) => {
    const text = readFileSync(path.join(scenarioDir, file), 'utf8');
    const scenario = parseScenario(text, file);
    const short = parseScenario(JSON.stringify({ ...JSON.parse(text), hardware: { ...(scenario['hardware'] as object), durationUs: 300 } }), file);
    const a = runScenarioInMemory(short, scenario.seed).events;
    const b = runScenarioInMemory(short, scenario.seed).events;
    // A CounterSample per CPU every sampleIntervalUs of the 300 µs, and a last one when the run ends.
    const hardware = scenario['hardware'] as { sampleIntervalUs: number };
    const cpus = (scenario['machine'] as { cpus: number }).cpus;
    expect(a.filter((e) => e.type === 'CounterSample')).toHaveLength(cpus * (Math.floor(300 / hardware.sampleIntervalUs) + 1));
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('rejects unknown fields and out-of-range values, naming them', () => {
    expect(() => scenarioOf('hardware', { colour: 'red' })).toThrow(/\/hardware has unknown field 'colour'/);
    expect(() => scenarioOf('hardware', { cpus: 64 })).toThrow(/\/machine\/cpus must be <= 32/);
    expect(() => scenarioOf('hardware', { writeFraction: 1.5 })).toThrow(/\/hardware\/writeFraction must be <= 1/);
  });

  it('private data misses locally; read-shared data round-robin misses remotely; producer-consumer has three-hop misses', () => {
    const base = { cpus: 4, durationUs: 300 } as const;
    const priv = totals(run({ ...base, pattern: 'private' }, 1));
    expect(priv.remote).toBe(0);
    const shared = totals(run({ ...base, pattern: 'read-shared', writeFraction: 0 }, 1));
    expect(shared.remote).toBeGreaterThan(shared.local);
    const pc = totals(run({ ...base, pattern: 'producer-consumer' }, 1));
    expect(pc.threeHop).toBeGreaterThan(0);
  });

  it('time buckets add up, per CPU, to the same time as the counter samples', () => {
    const events = run({ cpus: 4, durationUs: 300, sampleIntervalUs: 50, pattern: 'migratory' }, 3);
    const cycle = 1_000_000 / 400;
    for (let cpu = 0; cpu < 4; cpu++) {
      const counters = events.filter((e): e is EventOf<'CounterSample'> => e.type === 'CounterSample' && e.cpu === cpu);
      const buckets = events.filter((e): e is EventOf<'ExecutionSample'> => e.type === 'ExecutionSample' && e.cpu === cpu);
      // The bare machine runs only the stream, which never stops: each 50 µs interval of the 300 has time in one
      // bucket, the same every time (the last sample comes at 300 µs, an empty interval).
      expect(buckets).toHaveLength(300 / 50);
      expect(new Set(buckets.map((e) => e.data.bucket)).size).toBe(1);
      const fromCounters = counters.reduce(
        (s, e) => s + e.data.cycles * cycle + e.data.exceptionTicks + e.data.idleTicks + e.data.stallLocalTicks + e.data.stallRemoteTicks + e.data.stallL2HitTicks,
        0,
      );
      const fromBuckets = buckets.reduce((s, e) => s + e.data.execTicks + e.data.stallLocalTicks + e.data.stallRemoteTicks + e.data.stallL2HitTicks, 0);
      expect(fromBuckets).toBe(fromCounters);
    }
  });
});

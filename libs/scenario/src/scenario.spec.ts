import fc from 'fast-check';
import { ArraySink } from '@disco/sim-kernel';
import { RunDriver } from './run-driver';
import { parseScenario } from './scenario';
import { ScenarioError } from './scenario-error';

const valid = {
  name: 'unit',
  description: 'a unit test',
  model: 'synthetic',
  synthetic: { workers: 3, meanWorkNs: 500, messageProbability: 0.5, messageLatencyNs: 900, durationMs: 0.2 },
};

function run(seed: number, sliceActions: number) {
  const sink = new ArraySink();
  const driver = new RunDriver(parseScenario(JSON.stringify(valid), 'unit'), { seed, level: 'default', sliceActions }, sink);
  let slices = 0;
  while (!driver.step()) slices++;
  return { events: sink.events, slices };
}

describe('parseScenario', () => {
  it('applies defaults', () => {
    expect(parseScenario(JSON.stringify(valid), 'unit')).toMatchObject({ seed: 1, level: 'default', batchSize: 4096, paper: '' });
  });

  it.each([
    [{ ...valid, model: 'quantum' }, /\/model must be one of "synthetic"/],
    [{ ...valid, synthetic: undefined }, /missing required field 'synthetic'/],
    [{ ...valid, extra: 1 }, /has unknown field 'extra'/],
    [{ ...valid, seed: -1 }, /\/seed must be >= 0/],
    [{ ...valid, synthetic: { ...valid.synthetic, messageProbability: 2 } }, /\/synthetic\/messageProbability must be <= 1/],
    [{ ...valid, name: 'Has Spaces' }, /\/name must match pattern/],
    [{ ...valid, machine: { cpus: 2 } }, /\/machine: model 'synthetic' has no machine section/],
    [{ ...valid, hardware: {} }, /\/hardware: the scenario runs model 'synthetic', not 'hardware'/],
    [{ ...valid, synthetic: { ...valid.synthetic, durationMs: 1e12 } }, /\/synthetic\/durationMs must be <= 600000/],
    [{ ...valid, synthetic: { ...valid.synthetic, durationMs: 600_000, meanWorkNs: 1 } }, /exceed the limit/],
  ])('names the bad field of %j', (scenario, message) => {
    expect(() => parseScenario(JSON.stringify(scenario), 'unit')).toThrow(ScenarioError);
    expect(() => parseScenario(JSON.stringify(scenario), 'unit')).toThrow(message);
  });

  it('reports invalid JSON', () => {
    expect(() => parseScenario('{', 'broken')).toThrow(/scenario broken is not valid JSON/);
  });
});

describe('RunDriver', () => {
  it('produces the same event stream for any slice size', () => {
    const reference = run(7, 1_000_000).events;
    expect(reference.length).toBeGreaterThan(100);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), (slice) => {
        expect(run(7, slice).events).toEqual(reference);
      }),
      { numRuns: 20 },
    );
  });

  it('starts with RunStarted, ends with RunFinished at the duration, seqs without gaps', () => {
    const { events } = run(1, 100);
    expect(events[0]!.type).toBe('RunStarted');
    const last = events[events.length - 1]!;
    expect(last).toMatchObject({ type: 'RunFinished', tick: 200_000_000, data: { reason: 'duration', simTicks: 200_000_000 } });
    events.forEach((e, i) => expect(e.seq).toBe(i));
    for (let i = 1; i < events.length; i++) expect(events[i]!.tick).toBeGreaterThanOrEqual(events[i - 1]!.tick);
  });

  it('gives different streams for different seeds', () => {
    expect(run(1, 100).events).not.toEqual(run(2, 100).events);
  });
});

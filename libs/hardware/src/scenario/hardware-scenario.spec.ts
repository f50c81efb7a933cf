import Ajv from 'ajv';
import { ArraySink, Simulator } from '@disco/sim-kernel';
import type { TraceEvent } from '@disco/trace-schema';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { createHardwareRun } from './create-hardware-run';
import { hardwareScenarioSchema, withHardwareDefaults, type HardwareScenario } from './hardware-scenario';

const scenarioDir = path.join(__dirname, '../../../../traces/scenarios');
const files = readdirSync(scenarioDir).filter((f) => f.startsWith('hw-') && f.endsWith('.json'));

function runScenario(section: HardwareScenario, seed: number): TraceEvent[] {
  const sink = new ArraySink();
  const sim = new Simulator({ seed, sink });
  const run = createHardwareRun(sim, section);
  run.start();
  sim.run(run.durationTicks);
  run.finish?.();
  return sink.events;
}

const totals = (events: TraceEvent[]) => {
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
  const validate = new Ajv({ strict: true }).compile(hardwareScenarioSchema);

  it('has the four pattern files', () => {
    expect(files.sort()).toEqual(['hw-migratory.json', 'hw-private.json', 'hw-producer-consumer.json', 'hw-read-shared.json']);
  });

  it.each(files)('%s validates against the schema and runs deterministically', (file) => {
    const scenario = JSON.parse(readFileSync(path.join(scenarioDir, file), 'utf8'));
    expect(validate(scenario.hardware)).toBe(true);
    const section = withHardwareDefaults({ ...scenario.hardware, durationUs: 300 });
    const a = runScenario(section, scenario.seed);
    const b = runScenario(section, scenario.seed);
    expect(a.length).toBeGreaterThan(0);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('rejects unknown fields and out-of-range values', () => {
    expect(validate({ cpus: 8, colour: 'red' })).toBe(false);
    expect(validate({ cpus: 64 })).toBe(false);
    expect(validate({ writeFraction: 1.5 })).toBe(false);
  });

  it('private data misses locally; read-shared data round-robin misses remotely; producer-consumer has three-hop misses', () => {
    const base = { cpus: 4, durationUs: 300 } as const;
    const priv = totals(runScenario(withHardwareDefaults({ ...base, pattern: 'private' }), 1));
    expect(priv.remote).toBe(0);
    const shared = totals(runScenario(withHardwareDefaults({ ...base, pattern: 'read-shared', writeFraction: 0 }), 1));
    expect(shared.remote).toBeGreaterThan(shared.local);
    const pc = totals(runScenario(withHardwareDefaults({ ...base, pattern: 'producer-consumer' }), 1));
    expect(pc.threeHop).toBeGreaterThan(0);
  });
});

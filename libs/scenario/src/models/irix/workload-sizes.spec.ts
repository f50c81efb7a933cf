import { GuestService, WORKLOAD_SIZES } from '@disco/guest';
import type { TraceEvent } from '@disco/trace-schema';
import { parseScenario } from '../../scenario';
import { runIrix } from '../../testing/run-scenario';

const PAGE = 4096;
const of = <K extends TraceEvent['type']>(events: readonly TraceEvent[], type: K) => events.filter((e) => e.type === type) as Extract<TraceEvent, { type: K }>[];
const demandZeroFaults = (events: readonly TraceEvent[]) => of(events, 'KernelServiceCompleted').filter((e) => e.data.service === GuestService.SERVICE_DEMAND_ZERO).length;

describe('/guest/sizes: the workloads\' sizes at scale 1, set from the scenario', () => {
  it("database: the server initialises its whole buffer pool, one demand-zero fault a page, so the pool's size shows in the faults", () => {
    // At scale 0.05 the pool is a twentieth of its size at scale 1, and one query runs.
    const scale = 0.05;
    const pages = (kb: number) => Math.ceil((kb * 1024 * scale) / PAGE);
    const shipped = runIrix({ workload: 'database', scale }).events;
    const larger = runIrix({ workload: 'database', scale, sizes: { databasePoolKb: 12_288 } }).events;
    expect(demandZeroFaults(larger) - demandZeroFaults(shipped)).toBe(pages(12_288) - pages(WORKLOAD_SIZES.databasePoolBytes / 1024));
  });

  it('pmake: make compiles round(pmakeFiles x scale) files, each a cc that forks cpp, cc1 and as', () => {
    const forks = (pmakeFiles: number) => of(runIrix({ workload: 'pmake', scale: 0.5, sizes: { pmakeFiles } }).events, 'ProcessForked').length;
    // The shell forks make; make forks a cc per file and ld.
    expect(forks(6)).toBe(1 + 3 * (1 + 3) + 1);
    expect(forks(2)).toBe(1 + 1 * (1 + 3) + 1);
  });

  it('pmake: cpp opens pmakeHeadersPerFile of the pmakeHeaders shared headers for every file it compiles', () => {
    const opens = (pmakeHeadersPerFile: number) =>
      of(runIrix({ workload: 'pmake', scale: 0.5, sizes: { pmakeHeaders: 40, pmakeHeadersPerFile } }).events, 'KernelServiceCompleted').filter((e) => e.data.service === GuestService.SERVICE_OPEN).length;
    // round(4 x 0.5) = 2 files, each 30 more headers opened.
    expect(opens(36) - opens(6)).toBe(2 * 30);
  });

  const scenario = (guest: object) => JSON.stringify({ name: 't', description: 't', model: 'irix', machine: { cpus: 8 }, guest, irix: {} });

  it('is left out of a scenario that sets none, which reads as before', () => {
    expect((parseScenario(scenario({ workload: 'radix' }), 't')['guest'] as Record<string, unknown>)['sizes']).toBeUndefined();
    expect((parseScenario(scenario({ workload: 'radix', sizes: { radixKeys: 65_536 } }), 't')['guest'] as Record<string, unknown>)['sizes']).toEqual({ radixKeys: 65_536 });
  });

  it('refuses, naming the field, a size out of range, an unknown size and a Radix too small for its buckets and threads', () => {
    expect(() => parseScenario(scenario({ workload: 'database', sizes: { databasePoolKb: 6 } }), 't')).toThrow(/^scenario t: \/guest\/sizes\/databasePoolKb must be multiple of 4$/);
    expect(() => parseScenario(scenario({ workload: 'pmake', sizes: { pmakeFiles: 0 } }), 't')).toThrow(/^scenario t: \/guest\/sizes\/pmakeFiles must be >= 1$/);
    expect(() => parseScenario(scenario({ workload: 'pmake', sizes: { pmakeHeaders: 4 } }), 't')).toThrow(/^scenario t: \/guest: pmake: cpp reads 6 headers per file of 4$/);
    expect(() => parseScenario(scenario({ sizes: { cpuMhz: 200 } }), 't')).toThrow(/^scenario t: \/guest\/sizes has unknown field 'cpuMhz'$/);
    // 4,096 keys of 4 bytes in 1,024 buckets over 8 threads: 16 bytes a bucket, less than a key's 8-byte slot per thread.
    expect(() => parseScenario(scenario({ workload: 'radix', sizes: { radixKeys: 4096 } }), 't')).toThrow(/^scenario t: \/guest: radix: 4096 keys are too few for 1024 buckets over 8 threads$/);
    expect(() => parseScenario(scenario({ workload: 'radix', sizes: { radixKeys: 65_536 } }), 't')).not.toThrow();
  });
});

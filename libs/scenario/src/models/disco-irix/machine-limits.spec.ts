import { CapacityError } from '@disco/sim-kernel';
import type { TraceEvent } from '@disco/trace-schema';
import { parseScenario } from '../../scenario';
import { runDiscoIrix, runIrix, runScenarioInMemory, scenarioOf, UNIPROCESSOR_MACHINE } from '../../testing/run-scenario';

const of = <K extends TraceEvent['type']>(events: readonly TraceEvent[], type: K) => events.filter((e) => e.type === type) as Extract<TraceEvent, { type: K }>[];

describe("the machine's limits, as the guest and the monitor meet them", () => {
  it("IRIX flushes the TLB it runs on when its ASIDs wrap: every entry past the wired ones, whatever the TLB's size", () => {
    for (const tlbEntries of [48, 128]) {
      const scenario = scenarioOf('disco-irix', { workload: 'pmake', scale: 0.25, tlbEntries }, UNIPROCESSOR_MACHINE);
      const writes = of(runScenarioInMemory(scenario, 1, true, 'detailed').events, 'TlbWriteEmulated');
      const indexed = new Set(writes.map((e) => e.data.index));
      // The ASIDs wrap in this run (more than 255 address spaces on the CPU): the flush writes each entry from the 8 wired on.
      for (let i = 8; i < tlbEntries; i++) expect(indexed.has(i)).toBe(true);
      expect(Math.max(...indexed)).toBe(tlbEntries - 1);
    }
  });

  it('refuses a TLB with no wired entry for IRIX, whose PRDA mapping lives in one, unless it does not swap that entry', () => {
    const scenario = (wiredEntrySwap: boolean) => JSON.stringify({ name: 't', model: 'irix', machine: { cpus: 1, tlbWiredEntries: 0 }, guest: { wiredEntrySwap }, irix: {} });
    expect(() => parseScenario(scenario(true), 't')).toThrow(/^scenario t: \/machine\/tlbWiredEntries: IRIX keeps its PRDA mapping in a wired TLB entry \(\/guest\/wiredEntrySwap\): at least 1$/);
    expect(() => parseScenario(scenario(false), 't')).not.toThrow();
  });

  it("refuses a Raytrace scene smaller than the neighbourhood its rays cluster in, at any scale", () => {
    const scenario = (guest: object) => JSON.stringify({ name: 't', model: 'irix', machine: { cpus: 1 }, guest: { workload: 'raytrace', ...guest }, irix: {} });
    expect(() => parseScenario(scenario({ sizes: { raytraceSceneKb: 8 } }), 't')).toThrow(/^scenario t: \/guest: raytrace: a scene of 8192 bytes is smaller than the 16 KB neighbourhood a bundle of rays visits$/);
    // The shipped 768 KB scene at a hundredth: 7,864 bytes.
    expect(() => parseScenario(scenario({ scale: 0.01 }), 't')).toThrow(/a scene of 7864 bytes is smaller/);
    expect(() => parseScenario(scenario({ scale: 0.03 }), 't')).not.toThrow();
  });

  it('a kernel larger than its memory, or VMs that need more machine memory than there is: a CapacityError (bad input, exit 2)', () => {
    const kernel = () => runIrix({ workload: 'pmake', scale: 0.1, kernelTextKb: 65_536 }, 1, false);
    expect(kernel).toThrow(CapacityError);
    expect(kernel).toThrow(/^the kernel's text and static data take \d+ pages, and its memory has 16384: give it more memory or a smaller kernel \(\/guest\/kernelTextKb\)$/);
    // A 1 MB machine under a VM of the default size: Disco's own pages and the guest's exhaust its 256.
    const machine = () => runDiscoIrix({ workload: 'pmake', scale: 0.1, memoryPerNodeMb: 1 }, 1, false);
    expect(machine).toThrow(CapacityError);
    expect(machine).toThrow(expect.objectContaining({ exitCode: 2, message: 'machine memory exhausted: all 256 pages are in use (the monitor does not page guests out): give the machine more memory or the VMs less' }));
  });
});

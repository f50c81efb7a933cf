import { TimeBucket } from '@disco/trace-schema';
import { B_EXEC_TICKS } from '@disco/hardware';
import { createDiscoSystem } from './testing';
import { V_KERNEL_TLB_FAULTS, V_L2TLB_HITS, V_TLB_REFLECTED, V_TLB_WRITES } from './vcpu';

describe('smoke', () => {
  it('runs a synthetic guest in a VM', () => {
    const s = createDiscoSystem({ vms: [{ spec: { vcpus: 2, memoryMb: 4, disks: [{ physicalDisk: 0, persistent: false }] }, guest: { diskEveryReferences: 2000, maxReferences: 20000 } }] });
    s.disco.start();
    s.machine.startSampling(100_000_000);
    s.sim.run(60_000_000_000);
    const v = s.vms[0]!.vcpus[0]!;
    const counts = new Map<string, number>();
    for (const e of s.sink.events) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
    console.log(counts, v.counters, s.vms[0]!.vcpus[1]!.counters, s.guests[0]!.faults, s.guests[0]!.refills);
    expect(v.counters[V_TLB_WRITES]).toBeGreaterThan(0);
    expect(v.counters[V_KERNEL_TLB_FAULTS]).toBeGreaterThan(0);
    expect(v.counters[V_TLB_REFLECTED]).toBeGreaterThan(0);
    expect(v.counters[V_L2TLB_HITS]).toBeGreaterThanOrEqual(0);
    expect(v.cpu.time.get(TimeBucket.TIME_USER, B_EXEC_TICKS)).toBeGreaterThanOrEqual(0);
  });
});

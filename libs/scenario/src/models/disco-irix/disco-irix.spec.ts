import { createHash } from 'node:crypto';
import { GuestService, type TraceEvent } from '@disco/trace-schema';
import { runDiscoIrix, scenarioOf, UNIPROCESSOR_MACHINE, type FlatScenario } from '../../testing/run-scenario';
import { sharedSectionsOf } from '../../scenario';
import { planOf, vmDisks } from './create-disco-irix-run';
import type { DiscoIrixScenario } from './disco-irix-section';

const of = <K extends TraceEvent['type']>(events: readonly TraceEvent[], type: K) => events.filter((e) => e.type === type) as Extract<TraceEvent, { type: K }>[];

function digest(section: FlatScenario, seed: number): { hash: string; count: number } {
  const { events } = runDiscoIrix(section, seed);
  const h = createHash('sha256');
  for (const e of events) h.update(JSON.stringify(e));
  return { hash: h.digest('hex'), count: events.length };
}

/** n one-VCPU VMs of 16 MB, one small pmake each, on n CPUs. */
function pmakeVms(n: number, sharedRootDisk: boolean): FlatScenario {
  return { workload: 'pmake', cpus: n, memoryPerNodeMb: 32, vms: n, vcpusPerVm: 1, memoryPerVmMb: 16, bufferCacheMb: 3, instances: n, disks: (sharedRootDisk ? 1 : n) + n, scale: 0.25, sharedRootDisk };
}

describe('disco-irix: IRIX in Disco VMs', () => {
  it('is deterministic: the same seed gives the same event stream, another seed another one', () => {
    const section = { workload: 'pmake', scale: 0.25 } as const;
    const a = digest(section, 3);
    expect(digest(section, 3)).toEqual(a);
    expect(a.count).toBeGreaterThan(100);
    expect(digest(section, 4).hash).not.toBe(a.hash);
  });

  it('is deterministic with several VMs', () => {
    const a = digest(pmakeVms(2, true), 5);
    expect(digest(pmakeVms(2, true), 5)).toEqual(a);
  });

  describe('two VMs running pmake', () => {
    const { run, events } = runDiscoIrix(pmakeVms(2, true));

    it('boots each kernel from the root disk, warms up, starts both workloads together and runs them to the end', () => {
      const phases = of(events, 'WorkloadPhaseChanged');
      expect(phases.map((p) => p.data.phase)).toEqual(['booted', 'finished']);
      expect(run.finishedTicks()).toBeGreaterThan(run.bootedTicks());
      for (const g of run.guests) {
        expect(g.kernel.processes.size).toBe(1);
        const execs = of(events, 'ProcessExeced').filter((e) => e.vm === g.vm.id);
        expect(execs.length).toBeGreaterThan(5);
        // Nothing of the measured part ran before every VM had warmed up.
        const measured = execs.filter((e) => e.data.binary !== '/usr/bin/make');
        for (const e of measured) expect(e.tick).toBeGreaterThanOrEqual(run.bootedTicks());
      }
    });

    it('runs the kernel through the monitor: emulated TLB writes, L2TLB hits, monitor calls for zeroed pages and disk requests', () => {
      const vcpu = of(events, 'VcpuCounterSample');
      const sum = (f: (e: (typeof vcpu)[number]) => number) => vcpu.reduce((s, e) => s + f(e), 0);
      expect(sum((e) => e.data.tlbWritesEmulated)).toBeGreaterThan(100);
      expect(sum((e) => e.data.l2tlbHits)).toBeGreaterThan(sum((e) => e.data.tlbMissesReflected));
      expect(sum((e) => e.data.monitorCalls)).toBeGreaterThan(100);
      const calls = of(events, 'MonitorCallHandled');
      expect(new Set(calls.map((c) => c.data.call)).size).toBeGreaterThanOrEqual(3);
    });

    it("splits each service's time by where it went (Table 2): the parts add up, and the zeroed-page request shows as monitor-call time", () => {
      const completed = of(events, 'KernelServiceCompleted').filter((e) => e.tick >= run.bootedTicks());
      for (const e of completed) {
        const d = e.data;
        const parts = d.kernelTicks + d.syncTicks + d.monitorTlbWriteTicks + d.monitorPrivilegedTicks + d.monitorCallFaultTicks + d.monitorKernelTlbTicks + d.monitorTlbMissTicks + d.monitorNumaTicks + d.monitorOtherTicks;
        expect(Math.abs(parts - d.durationTicks)).toBeLessThanOrEqual(2);
      }
      const demandZero = completed.filter((e) => e.data.service === GuestService.SERVICE_DEMAND_ZERO);
      expect(demandZero.length).toBeGreaterThan(10);
      for (const e of demandZero) expect(e.data.monitorCallFaultTicks).toBeGreaterThan(0);
      const sampled = of(events, 'KernelServiceSampled').filter((e) => e.data.service === GuestService.SERVICE_QUICK_FAULT);
      expect(sampled.reduce((s, e) => s + e.data.monitorTlbWriteTicks, 0)).toBeGreaterThan(0);
    });

    it('reads the kernel image and binaries from the root disk once for both VMs (global disk cache)', () => {
      const shared = of(events, 'DiskRequestVirtualized').filter((e) => !e.data.persistent && !e.data.write);
      const mapped = shared.reduce((s, e) => s + e.data.pagesShared, 0);
      const physicalPages = of(events, 'DiskRequestCompleted')
        .filter((e) => e.data.disk === 0 && !e.data.write)
        .reduce((s, e) => s + e.data.sectors / 8, 0);
      expect(physicalPages).toBeGreaterThan(256);
      // Both VMs get every root-disk page they read mapped from the cache; the disk delivers each once.
      expect(mapped).toBeGreaterThanOrEqual(1.9 * physicalPages);
    });
  });

  it('with a shared copy-on-write root disk, VMs use far fewer machine pages for kernel text and cached binaries than with private copies', () => {
    const n = 3;
    const footprint = (shared: boolean) => runDiscoIrix(pmakeVms(n, shared), 1, false).run.disco.footprint.ofMachine();
    const sharing = footprint(true);
    const private_ = footprint(false);
    // Private copies: every VM's text is its own; shared: one set for all.
    expect(private_.kernelTextPages).toBeGreaterThan(0);
    expect(sharing.kernelTextPages * (n - 0.5)).toBeLessThan(private_.kernelTextPages);
    expect(sharing.bufferCachePages).toBeLessThan(private_.bufferCachePages);
    expect(sharing.sharedPages).toBeGreaterThan(private_.sharedPages);
  });

  it('passes each request on a persistent disk to the physical disk as one transfer (clustered writes stay clustered)', () => {
    const { events } = runDiscoIrix({ workload: 'pmake', scale: 1 });
    const virtual = of(events, 'DiskRequestVirtualized').filter((e) => e.data.persistent);
    const physical = of(events, 'DiskRequestCompleted').filter((e) => e.data.disk !== 0);
    expect(virtual.some((e) => e.data.sectors > 8)).toBe(true);
    expect(physical).toHaveLength(virtual.length);
  });

  it('gives each VM the root disk and one private persistent disk per instance, and refuses a machine with too few disks', () => {
    const plan = (flat: FlatScenario) => {
      const scenario = scenarioOf('disco-irix', { vcpusPerVm: 1, cpus: 2, ...flat }, UNIPROCESSOR_MACHINE);
      return planOf(scenario['disco-irix'] as DiscoIrixScenario, sharedSectionsOf(scenario));
    };
    const disks = vmDisks(plan({ vms: 2, instances: 4, disks: 5 }));
    expect(disks).toEqual([
      [{ physicalDisk: 0, persistent: false }, { physicalDisk: 1, persistent: true }, { physicalDisk: 2, persistent: true }],
      [{ physicalDisk: 0, persistent: false }, { physicalDisk: 3, persistent: true }, { physicalDisk: 4, persistent: true }],
    ]);
    expect(() => plan({ vms: 2, instances: 4, disks: 4 })).toThrow(/need 5 disks/);
  });

  it('without the shared root disk, gives each VM a persistent root copy on a disk of its own, and says how many disks that takes', () => {
    const plan = (flat: FlatScenario) => {
      const scenario = scenarioOf('disco-irix', { vcpusPerVm: 1, cpus: 8, sharedRootDisk: false, ...flat }, UNIPROCESSOR_MACHINE);
      return planOf(scenario['disco-irix'] as DiscoIrixScenario, sharedSectionsOf(scenario));
    };
    // 8 VMs with one workload disk each: 8 roots + 8 workload disks.
    const disks = vmDisks(plan({ vms: 8, instances: 8, disks: 16 }));
    expect(disks.map((d) => d[0])).toEqual(Array.from({ length: 8 }, (_, i) => ({ physicalDisk: i, persistent: true })));
    expect(new Set(disks.flat().map((d) => d.physicalDisk)).size).toBe(16);
    expect(() => plan({ vms: 8, instances: 8, disks: 10 })).toThrow(/a root disk each .* need 16 disks, \/machine\/disks is 10: set \/machine\/disks to 16$/);
  });
});

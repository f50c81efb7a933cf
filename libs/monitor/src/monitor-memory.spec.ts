import { B_EXEC_TICKS, B_STALL_L2_HIT_TICKS, B_STALL_LOCAL_TICKS, B_STALL_REMOTE_TICKS, PAGE_BYTES, type Cpu } from '@disco/hardware';
import { TimeBucket } from '@disco/trace-schema';
import type { MonitorConfig } from './monitor-config';
import { VCPU_RECORD_BYTES } from './monitor-memory';
import { checkMonitorInvariants, createDiscoSystem } from './testing';

const guest = { pattern: 'private' as const, privateKb: 512, kernelTextPages: 0, maxReferences: 30_000 };

function run(vcpus: number, monitor: Partial<MonitorConfig>) {
  const s = createDiscoSystem({ vms: [{ spec: { vcpus, memoryMb: 4, timerIntervalUs: 0 }, guest }], monitor });
  s.disco.start();
  s.sim.run(50_000_000_000);
  checkMonitorInvariants(s.disco);
  for (const cpu of s.machine.cpus) cpu.time.close();
  return s;
}

const stall = (s: ReturnType<typeof run>, cpu: number, bucket: number) => {
  const t = s.machine.cpus[cpu]!.time;
  return t.get(bucket, B_STALL_LOCAL_TICKS) + t.get(bucket, B_STALL_REMOTE_TICKS) + t.get(bucket, B_STALL_L2_HIT_TICKS);
};

const busy = (s: ReturnType<typeof run>, cpu: number) => {
  const t = s.machine.cpus[cpu]!.time;
  let sum = 0;
  for (let bucket: number = TimeBucket.TIME_USER; bucket <= TimeBucket.TIME_MONITOR_OTHER; bucket++) if (bucket !== TimeBucket.TIME_IDLE) sum += t.get(bucket, B_EXEC_TICKS) + stall(s, cpu, bucket);
  return sum;
};

describe("Disco's own code and data go through the caches (monitor-memory.ts, §4.2)", () => {
  it('the TLB handlers stall on their own misses (L2TLB slots, pmap entries, code), and do not when the references are off', () => {
    const on = run(1, {});
    const off = run(1, { monitorMemoryReferences: false });
    for (const bucket of [TimeBucket.TIME_MONITOR_TLB_MISS, TimeBucket.TIME_MONITOR_TLB_WRITE]) {
      // Off, these handlers make no memory reference at all; on, the first probe of each cold L2TLB slot and
      // the first read of each pmap entry miss in the L2.
      expect(stall(off, 0, bucket)).toBe(0);
      expect(stall(on, 0, bucket)).toBeGreaterThan(0);
    }
    // The same guest work either way: the references cost time, they change no decision.
    expect(on.guests[0]!.faults).toBe(off.guests[0]!.faults);
    expect(busy(on, 0)).toBeGreaterThan(busy(off, 0));
  });

  it('each node fetches the code from its own replica; without replication the second node fetches remotely', () => {
    const replicated = run(2, {});
    const single = run(2, { monitorCodeReplicated: false });
    const nodeOf = (s: ReturnType<typeof run>, node: number) => new Set(s.disco.own.codePagesOf(node).map((mpn) => s.disco.memory.nodeOf(mpn)));
    expect(nodeOf(replicated, 0)).toEqual(new Set([0]));
    expect(nodeOf(replicated, 1)).toEqual(new Set([1]));
    expect(nodeOf(single, 1)).toEqual(new Set([0]));
    // The refill handler's code and L2TLB are on its VCPU's node when the code is replicated (what remains
    // remote is the pmap, spread over both nodes); with one copy, node 1 fetches every handler miss from node 0.
    const remote = (s: ReturnType<typeof run>) => s.machine.cpus[1]!.time.get(TimeBucket.TIME_MONITOR_TLB_MISS, B_STALL_REMOTE_TICKS);
    expect(remote(single)).toBeGreaterThan(remote(replicated));
  });

  it('its data pages are real machine pages, counted once in the machine footprint', () => {
    const s = run(2, { pmapPlacement: 'interleaved' });
    const c = s.disco.config;
    const vm = s.vms[0]!;
    const perVcpu = Math.ceil((VCPU_RECORD_BYTES + c.l2TlbEntries * c.pmapEntryBytes) / PAGE_BYTES);
    const pmap = Math.ceil((vm.physicalPages * c.pmapEntryBytes) / PAGE_BYTES);
    expect(s.disco.own.dataPagesOf(vm.id)).toBe(pmap + vm.vcpus.length * perVcpu);
    const nodes = s.machine.nodes;
    const code = nodes * Math.ceil(c.monitorCodeBytes / PAGE_BYTES);
    const memmap = nodes * Math.ceil((s.disco.memory.pagesPerNode * c.memmapEntryBytes) / PAGE_BYTES);
    const special = vm.vcpus.length;
    expect(s.disco.footprint.ofMachine().monitorPages).toBe(code + memmap + pmap + vm.vcpus.length * perVcpu + special);
  });

  it("first-touch places each pmap page at its first use, on that CPU's node; interleaved spreads the whole pmap over the VCPUs' nodes at creation", () => {
    const system = (pmapPlacement: 'first-touch' | 'interleaved') => createDiscoSystem({ vms: [{ spec: { vcpus: 2, memoryMb: 4, timerIntervalUs: 0 }, guest }], monitor: { pmapPlacement } });
    const s = system('first-touch');
    const vm = s.vms[0]!;
    const [cpu0, cpu1] = s.machine.cpus as [Cpu, Cpu];
    const perPage = PAGE_BYTES / s.disco.config.pmapEntryBytes;
    expect(s.disco.own.pmapPageOf(vm, 3 * perPage)).toBe(-1);
    s.disco.own.pmapEntry(cpu1, vm, 3 * perPage + 5);
    s.disco.own.pmapEntry(cpu0, vm, 3 * perPage + 6);
    const page = s.disco.own.pmapPageOf(vm, 3 * perPage);
    expect(s.disco.memory.nodeOf(page)).toBe(1);
    expect(s.disco.own.pmapPageOf(vm, 3 * perPage + perPage - 1)).toBe(page);
    s.disco.own.pmapEntry(cpu0, vm, 7 * perPage);
    expect(s.disco.memory.nodeOf(s.disco.own.pmapPageOf(vm, 7 * perPage))).toBe(0);
    const t = system('interleaved');
    const pages = Math.ceil(t.vms[0]!.physicalPages / perPage);
    expect(Array.from({ length: pages }, (_, k) => t.disco.memory.nodeOf(t.disco.own.pmapPageOf(t.vms[0]!, k * perPage)))).toEqual(Array.from({ length: pages }, (_, k) => k % 2));
  });
});

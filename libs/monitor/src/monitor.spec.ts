import { B_EXEC_TICKS, PAGE_BYTES } from '@disco/hardware';
import { ArraySink } from '@disco/sim-kernel';
import { TimeBucket, VcpuScheduleReason } from '@disco/trace-schema';
import { checkMonitorInvariants, createDiscoSystem, newPropertySystem } from './testing';
import { V_KERNEL_TLB_FAULTS, V_L2TLB_HITS, V_PRIVILEGED, V_SPECIAL_PAGE, V_TLB_REFLECTED, V_TLB_WRITES } from './vcpu';

const guest = { pattern: 'private' as const, privateKb: 512, kernelTextPages: 0, maxReferences: 30_000 };

describe('VCPUs, emulation and accounting', () => {
  it('traps and emulates the guest refill path, refills the relocated kernel itself, and charges each to its bucket', () => {
    const s = createDiscoSystem({ vms: [{ spec: { vcpus: 1, memoryMb: 4, timerIntervalUs: 0 }, guest }] });
    s.disco.start();
    s.sim.run(50_000_000_000);
    const v = s.vms[0]!.vcpus[0]!;
    expect(v.counters[V_TLB_WRITES]).toBeGreaterThan(0);
    expect(v.counters[V_TLB_REFLECTED]).toBeGreaterThan(0);
    expect(v.counters[V_KERNEL_TLB_FAULTS]).toBeGreaterThan(0);
    // 512 KB of private data is 128 pages: more than the 64-entry TLB holds, fewer than the L2TLB.
    expect(v.counters[V_L2TLB_HITS]).toBeGreaterThan(0);
    const time = v.cpu.time;
    time.close();
    for (const b of [TimeBucket.TIME_USER, TimeBucket.TIME_KERNEL, TimeBucket.TIME_MONITOR_TLB_WRITE, TimeBucket.TIME_MONITOR_TLB_MISS, TimeBucket.TIME_MONITOR_KERNEL_TLB, TimeBucket.TIME_MONITOR_CALL_FAULT]) {
      expect(time.get(b, B_EXEC_TICKS)).toBeGreaterThan(0);
    }
    checkMonitorInvariants(s.disco);
  });

  it('the special page turns hot privileged accesses into loads and stores', () => {
    const run = (specialPage: boolean) => {
      const s = createDiscoSystem({ vms: [{ spec: { vcpus: 1, memoryMb: 4, timerIntervalUs: 0, modifications: { specialPage } }, guest }] });
      s.disco.start();
      s.sim.run(50_000_000_000);
      return s.vms[0]!.vcpus[0]!.counters;
    };
    const on = run(true);
    const off = run(false);
    expect(on[V_SPECIAL_PAGE]).toBeGreaterThan(0);
    expect(off[V_SPECIAL_PAGE]).toBe(0);
    expect(on[V_PRIVILEGED]! + on[V_SPECIAL_PAGE]!).toBe(off[V_PRIVILEGED]);
  });

  it('time-shares two VCPUs on one CPU by quantum, flushing the TLB at each switch', () => {
    const s = createDiscoSystem({
      monitor: { quantumTicks: 100_000_000 },
      vms: [
        { spec: { vcpus: 1, memoryMb: 4, cpus: [0], timerIntervalUs: 0 }, guest: { ...guest, maxReferences: 0 } },
        { spec: { vcpus: 1, memoryMb: 4, cpus: [0], timerIntervalUs: 0 }, guest: { ...guest, maxReferences: 0 } },
      ],
    });
    s.disco.start();
    s.sim.run(10_000_000_000);
    const switches = s.sink.events.filter((e) => e.type === 'VcpuScheduled' && e.data.reason === VcpuScheduleReason.VCPU_SCHEDULE_QUANTUM);
    // Quantum checks happen between operation buffers, so a buffer full of page faults can overrun one.
    expect(switches.length).toBeGreaterThanOrEqual(10);
    expect(s.guests[0]!.refills).toBeGreaterThan(0);
    expect(s.guests[1]!.refills).toBeGreaterThan(0);
    checkMonitorInvariants(s.disco);
  });
});

describe('copy-on-write disk and network', () => {
  it('a second VM reading a cached block maps the same machine page with no I/O; a store gives it a private copy', () => {
    const p = newPropertySystem();
    p.run(0, 0, (cpu) => cpu.diskRequest({ disk: 0, write: false, sector: 16, sectors: 8, physicalPages: [3], tag: 1 }));
    const disksBefore = p.machine.disks[0]!.queueLength;
    p.run(1, 0, (cpu) => cpu.diskRequest({ disk: 0, write: false, sector: 16, sectors: 8, physicalPages: [5], tag: 2 }));
    expect(p.machine.disks[0]!.queueLength).toBe(disksBefore);
    const shared = p.vms[0]!.pmap[3]!;
    expect(p.vms[1]!.pmap[5]).toBe(shared);
    expect(p.disco.memory.memmap.refCount(shared)).toBe(3); // two mappers and the disk cache
    p.run(1, 0, (cpu) => cpu.store(5 * PAGE_BYTES, 42));
    expect(p.vms[1]!.pmap[5]).not.toBe(shared);
    expect(p.vms[0]!.pmap[3]).toBe(shared);
    checkMonitorInvariants(p.disco);
  });

  it('a full page sent over the virtual subnet is remapped, not copied', () => {
    const p = newPropertySystem();
    p.run(0, 0, (cpu) => cpu.store(2 * PAGE_BYTES, 7));
    p.vms[2]!.postReceivePages([9]);
    p.run(0, 0, (cpu) => cpu.netSend({ to: 2, bytes: PAGE_BYTES, physicalPages: [2], pageOffsetBytes: 0, tag: 3 }));
    expect(p.vms[2]!.pmap[9]).toBe(p.vms[0]!.pmap[2]);
    expect(p.vms[2]!.takeDelivery()?.tag).toBe(3);
    checkMonitorInvariants(p.disco);
  });

  /** Sends pages 2 and 3 of VM 0 (words 7 at offset 32 and 8 at offset 4092 of page 2) to VM 2's pages 9 and 10. */
  function sendTwoPages(netRemap: boolean, pageOffsetBytes: number, bytes: number) {
    const sink = new ArraySink();
    const p = newPropertySystem({}, { monitor: { netRemap }, sink });
    p.run(0, 0, (cpu) => {
      cpu.store(2 * PAGE_BYTES + 32, 7);
      cpu.store(2 * PAGE_BYTES + 4092, 8);
      cpu.store(3 * PAGE_BYTES + 32, 9);
    });
    p.vms[2]!.postReceivePages([9, 10]);
    p.run(0, 0, (cpu) => cpu.netSend({ to: 2, bytes, physicalPages: [2, 3], pageOffsetBytes, tag: 4 }));
    const event = sink.events.find((e) => e.type === 'PacketRemapped');
    const word = (ppn: number, offset: number): number => {
      let value = 0;
      p.run(2, 0, (cpu) => (value = cpu.load(ppn * PAGE_BYTES + offset)));
      return value;
    };
    return { p, event: event?.type === 'PacketRemapped' ? event.data : undefined, word };
  }

  it('copies a fragment that does not start on its page, at its offset (alignment preserved), even a page-long one', () => {
    // 32 bytes of header in each page: fragment 0 is bytes 32..4095, fragment 1 bytes 32..(32 + 100).
    const { p, event, word } = sendTwoPages(true, 32, PAGE_BYTES - 32 + 100);
    expect(event?.pagesRemapped).toBe(0);
    expect(event?.bytesCopied).toBe(PAGE_BYTES - 32 + 100);
    expect(p.vms[2]!.pmap[9]).not.toBe(p.vms[0]!.pmap[2]);
    expect(word(9, 32)).toBe(7);
    expect(word(9, 4092)).toBe(8);
    expect(word(10, 32)).toBe(9);
    checkMonitorInvariants(p.disco);
  });

  it('with the monitor remap switch off, copies page-aligned full pages too', () => {
    const { p, event, word } = sendTwoPages(false, 0, 2 * PAGE_BYTES);
    expect(event?.pagesRemapped).toBe(0);
    expect(event?.bytesCopied).toBe(2 * PAGE_BYTES);
    expect(p.vms[2]!.pmap[9]).not.toBe(p.vms[0]!.pmap[2]);
    expect(p.vms[2]!.pmap[10]).not.toBe(p.vms[0]!.pmap[3]);
    expect(word(9, 32)).toBe(7);
    expect(word(10, 32)).toBe(9);
    checkMonitorInvariants(p.disco);
  });

  it('with the switch on, remaps both page-aligned full pages', () => {
    const { p, event } = sendTwoPages(true, 0, 2 * PAGE_BYTES);
    expect(event?.pagesRemapped).toBe(2);
    expect(event?.bytesCopied).toBe(0);
    expect(p.vms[2]!.pmap[9]).toBe(p.vms[0]!.pmap[2]);
    expect(p.vms[2]!.pmap[10]).toBe(p.vms[0]!.pmap[3]);
  });
});

describe('NUMA replication', () => {
  it('measures each replica of one operation from its own start: the latencies do not accumulate', () => {
    const sink = new ArraySink();
    const p = newPropertySystem({}, { sink });
    p.run(0, 0, (cpu) => cpu.store(2 * PAGE_BYTES, 7));
    const mpn = p.vms[0]!.pmap[2]!;
    const cpu = p.machine.cpus[0]!;
    const before = cpu.nowTicks;
    expect(p.disco.numa.forceReplicate(cpu, mpn, [0, 1, 2])).toBe(true);
    const elapsed = cpu.nowTicks - before;
    const replicas = sink.events.flatMap((e) => (e.type === 'PageReplicated' ? [e.data] : []));
    // Three nodes: a copy on each of the two that are not the page's home.
    expect(replicas).toHaveLength(2);
    const [first, second] = replicas;
    // The first carries the shootdown and its copy; the second only its own copy (nothing else takes time in between).
    expect(first!.latencyTicks).toBeGreaterThan(first!.copyTicks);
    expect(second!.latencyTicks).toBe(second!.copyTicks);
    // Together they are the operation, inside what the call took (its bookkeeping besides).
    expect(first!.latencyTicks + second!.latencyTicks).toBeLessThanOrEqual(elapsed);
    checkMonitorInvariants(p.disco);
  });
});

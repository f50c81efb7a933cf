import { B_EXEC_TICKS, PAGE_BYTES } from '@disco/hardware';
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
    p.run(0, 0, (cpu) => cpu.netSend({ to: 2, bytes: PAGE_BYTES, physicalPages: [2], tag: 3 }));
    expect(p.vms[2]!.pmap[9]).toBe(p.vms[0]!.pmap[2]);
    expect(p.vms[2]!.takeDelivery()?.tag).toBe(3);
    checkMonitorInvariants(p.disco);
  });
});

describe('the zero-page call', () => {
  it('zeroes a page again after the guest wrote it through a writable mapping made before the previous zeroing', () => {
    // Found by the isolation property: a load of ppn 0 maps the pair (0, 1) writable, so the later
    // store to ppn 1 takes no fault and the monitor cannot tell that the page stopped being zero.
    const p = newPropertySystem();
    const word = (vcpu: number, ppn: number) => {
      let value = -1;
      p.run(0, vcpu, (cpu) => (value = cpu.load(ppn * PAGE_BYTES)));
      return value;
    };
    word(1, 0);
    p.run(0, 0, (cpu) => cpu.zeroPage(1));
    p.run(0, 1, (cpu) => cpu.store(1 * PAGE_BYTES, 1));
    p.run(0, 0, (cpu) => cpu.zeroPage(1));
    expect(word(0, 1)).toBe(0);
    checkMonitorInvariants(p.disco);
  });
});

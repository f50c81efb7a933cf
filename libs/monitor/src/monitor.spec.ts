import { B_EXEC_TICKS, PAGE_BYTES } from '@disco/hardware';
import { ArraySink, cycleTicksOfMhz } from '@disco/sim-kernel';
import { MigrationDeclineReason, TimeBucket, VcpuScheduleReason } from '@disco/trace-schema';
import { checkMonitorInvariants, createDiscoSystem, newPropertySystem } from './testing';
import { V_KERNEL_TLB_FAULTS, V_L2TLB_HITS, V_MONITOR_CALLS, V_PRIVILEGED, V_SPECIAL_PAGE, V_TLB_REFLECTED, V_TLB_WRITES, V_VTLB_HITS } from './vcpu';

const guest = { pattern: 'private' as const, privateKb: 512, kernelTextPages: 0, maxReferences: 30_000 };

describe('VCPUs, emulation and accounting', () => {
  it('traps and emulates the guest refill path, refills the relocated kernel itself, and charges each to its bucket', () => {
    const s = createDiscoSystem({ vms: [{ spec: { vcpus: 1, memoryMb: 4, timerIntervalUs: 0 }, guest }] });
    s.disco.start();
    s.sim.run(50_000_000_000);
    const v = s.vms[0]!.vcpus[0]!;
    const config = s.disco.config;
    // The stream walks 16 KB of code (4 pages) and draws 30,000 references over 512 KB of private data (128
    // pages: each is left untouched with probability (127/128)^30000 ≈ e^-234), so the guest takes one
    // demand-zero fault per page: 132, and 66 page pairs.
    const pages = 16 / 4 + 512 / 4;
    expect(s.guests[0]!.faults).toBe(pages);
    // Each page's first reference reaches the guest once (a refill of its pair, or TLB-invalid for the odd page of a
    // pair refilled before it faulted in); every later miss is answered by the L2TLB, whose 1024 entries hold all 66
    // pairs. The guest's handler writes one entry each time, and makes one zero-page monitor call per fault.
    expect(v.counters[V_TLB_REFLECTED]).toBe(pages);
    expect(s.guests[0]!.refills).toBe(pages);
    expect(v.counters[V_TLB_WRITES]).toBe(pages);
    expect(v.counters[V_MONITOR_CALLS]).toBe(pages);
    // 66 pairs do not fit the 56 non-wired hardware entries: at least 10 pairs are evicted, and each is referenced again.
    const pairs = pages / 2;
    const randomSlots = s.machine.config.tlbEntries - s.machine.config.tlbWiredEntries;
    expect(v.counters[V_L2TLB_HITS]).toBeGreaterThanOrEqual(pairs - randomSlots);
    // The page table is read and written through the relocated kernel segment, which Disco refills itself:
    // at least its first reference, at most every one (a load and a store of a PTE per fault).
    expect(v.counters[V_KERNEL_TLB_FAULTS]).toBeGreaterThanOrEqual(1);
    expect(v.counters[V_KERNEL_TLB_FAULTS]).toBeLessThanOrEqual(2 * pages);
    const time = v.cpu.time;
    time.close();
    const cycle = cycleTicksOfMhz(s.machine.config.clockMhz) * s.machine.config.cyclesPerInstruction;
    // Each bucket holds at least the work that the counters above say it did, at its configured cost.
    // User mode runs only the stream: per reference the fetched instruction (which makes the data reference) and 3 computed.
    expect(time.get(TimeBucket.TIME_USER, B_EXEC_TICKS)).toBe(30_000 * (1 + 3) * cycle);
    expect(time.get(TimeBucket.TIME_KERNEL, B_EXEC_TICKS)).toBeGreaterThanOrEqual(pages * 200 * cycle); // the fault path's compute(200)
    expect(time.get(TimeBucket.TIME_MONITOR_TLB_WRITE, B_EXEC_TICKS)).toBeGreaterThanOrEqual(pages * (config.trapEntryExitTicks + config.tlbWriteEmulationTicks));
    // A refill the L2TLB answers stays in the refill vector's handler (no register saved). Every exception the guest
    // sees (a refill the handler escalates, or a TLB-invalid on the general vector) pays the general trap and the
    // reflection; the refills among them also paid the handler's probe. Nothing else runs in this bucket.
    const refill = config.refillEntryExitTicks + config.l2TlbProbeTicks;
    expect(v.counters[V_VTLB_HITS]).toBe(0);
    const beyondReflections = time.get(TimeBucket.TIME_MONITOR_TLB_MISS, B_EXEC_TICKS) - pages * (config.trapEntryExitTicks + config.reflectExceptionTicks);
    expect(beyondReflections).toBeGreaterThanOrEqual(v.counters[V_L2TLB_HITS]! * refill);
    expect(beyondReflections).toBeLessThanOrEqual((v.counters[V_L2TLB_HITS]! + pages) * refill);
    expect(time.get(TimeBucket.TIME_MONITOR_KERNEL_TLB, B_EXEC_TICKS)).toBeGreaterThanOrEqual(v.counters[V_KERNEL_TLB_FAULTS]! * (config.refillEntryExitTicks + config.kernelTlbRefillTicks));
    expect(time.get(TimeBucket.TIME_MONITOR_CALL_FAULT, B_EXEC_TICKS)).toBeGreaterThanOrEqual(pages * config.monitorCallTicks);
    checkMonitorInvariants(s.disco);
  });

  it('with the L2TLB off, every hardware miss the virtual TLB cannot answer goes to the guest (the ablation of §4.2.2)', () => {
    const run = (l2Tlb: boolean) => {
      const s = createDiscoSystem({ vms: [{ spec: { vcpus: 1, memoryMb: 4, timerIntervalUs: 0 }, guest }], monitor: { l2Tlb } });
      s.disco.start();
      s.sim.run(50_000_000_000);
      checkMonitorInvariants(s.disco);
      return s.vms[0]!.vcpus[0]!.counters;
    };
    const on = run(true);
    const off = run(false);
    expect(off[V_L2TLB_HITS]).toBe(0);
    // The same 66 page pairs: with the L2TLB each reaches the guest once per page (the test above); without it, every
    // eviction from the 56 random hardware slots that the 64-entry virtual TLB has also lost is reflected again.
    expect(off[V_TLB_REFLECTED]!).toBeGreaterThan(on[V_TLB_REFLECTED]!);
    expect(off[V_TLB_WRITES]).toBe(off[V_TLB_REFLECTED]);
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
    // The same 132 demand-zero faults as above; each reads Cause and EPC and sets the interrupt mask twice, all four
    // special-page accesses; the refill path's BadVAddr, probe and ERET still trap (no interrupts: the timer is off).
    expect(on[V_SPECIAL_PAGE]).toBe(4 * (16 / 4 + 512 / 4));
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
    // Each VCPU runs about half of 10 ms (~2 M cycles, thousands of references at a few hundred cycles at most
    // each), enough to touch all 132 pages of its layout (a 128-page coupon collector needs ~1,500 draws at 99.9 %).
    // The flush at each switch empties the hardware TLB but not the VCPU's L2TLB, so the guest's handler still
    // runs once per page: the switches cost the guest no refill.
    for (const g of s.guests) {
      expect(g.faults).toBe(16 / 4 + 512 / 4);
      expect(g.refills).toBe(g.faults);
    }
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
  function sendTwoPages(netRemap: boolean, pageOffsetBytes: number, bytes: number, netRemapMinBytes = PAGE_BYTES) {
    const sink = new ArraySink();
    const p = newPropertySystem({}, { monitor: { netRemap, netRemapMinBytes }, sink });
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

  it('remaps a page-aligned partial fragment of at least netRemapMinBytes (page flipping), and copies a shorter one', () => {
    // One full page plus 100 bytes: with the minimum at 64 bytes both fragments flip; at 128, the 100-byte tail is copied.
    const flipped = sendTwoPages(true, 0, PAGE_BYTES + 100, 64);
    expect(flipped.event?.pagesRemapped).toBe(2);
    expect(flipped.event?.bytesCopied).toBe(0);
    expect(flipped.p.vms[2]!.pmap[10]).toBe(flipped.p.vms[0]!.pmap[3]);
    expect(flipped.word(10, 32)).toBe(9);
    checkMonitorInvariants(flipped.p.disco);
    const copiedTail = sendTwoPages(true, 0, PAGE_BYTES + 100, 128);
    expect(copiedTail.event?.pagesRemapped).toBe(1);
    expect(copiedTail.event?.bytesCopied).toBe(100);
    expect(copiedTail.word(10, 32)).toBe(9);
    checkMonitorInvariants(copiedTail.p.disco);
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

describe('the hot-page interrupt', () => {
  // Two VCPUs on two nodes read 256 KB of shared data through a 16 KB L2: every page is missed on from both nodes.
  const hotPages = (nodes: number, monitor: { migration: boolean; replication: boolean }) => {
    const s = createDiscoSystem({
      hardware: { nodes, l2SizeBytes: 16 * 1024, hotPageThresholdMisses: 8 },
      monitor,
      vms: [{ spec: { vcpus: 2, cpus: [0, nodes - 1 === 0 ? 0 : 1], memoryMb: 4, timerIntervalUs: 0 }, guest: { pattern: 'read-shared', sharedKb: 256, maxReferences: 20_000 } }],
    });
    s.disco.start();
    s.sim.run(50_000_000_000);
    return s.sink.events.filter((e) => e.type === 'HotPageFlagged').length;
  };

  it('is programmed where a decision can move a page, and left off on one node or with migration and replication both off', () => {
    expect(hotPages(2, { migration: true, replication: false })).toBeGreaterThan(0);
    expect(hotPages(2, { migration: false, replication: true })).toBeGreaterThan(0);
    // One node: every page is already local. Both off: every decision would be a decline.
    expect(hotPages(1, { migration: true, replication: true })).toBe(0);
    expect(hotPages(2, { migration: false, replication: false })).toBe(0);
  });
});

describe('page colours', () => {
  const colours = (pageColoring: boolean) => {
    const s = createDiscoSystem({ monitor: { pageColoring }, vms: [{ spec: { vcpus: 1, memoryMb: 4, timerIntervalUs: 0 }, guest: { ...guest, kernelTextPages: 0 } }] });
    s.disco.start();
    s.sim.run(50_000_000_000);
    const hw = s.machine.config;
    const colors = hw.l2SizeBytes / hw.l2Ways / PAGE_BYTES;
    const pmap = s.vms[0]!.pmap;
    let backed = 0;
    let same = 0;
    for (let ppn = 0; ppn < pmap.length; ppn++) {
      if (pmap[ppn]! < 0) continue;
      backed++;
      if (pmap[ppn]! % colors === ppn % colors) same++;
    }
    return { colors, allocatorColors: s.disco.memory.allocator.colors, backed, same };
  };

  it("backs each guest-physical page with a machine page of its L2 colour, so the guest's colouring holds; off, colours follow allocation order", () => {
    const on = colours(true);
    // 1 MB, 2-way L2 of 4 KB pages: 128 colours.
    expect(on.colors).toBe(128);
    expect(on.backed).toBeGreaterThan(100);
    expect(on.same).toBe(on.backed);
    expect(on.allocatorColors).toBe(128);
    const off = colours(false);
    expect(off.allocatorColors).toBe(1);
    expect(off.backed).toBe(on.backed);
    expect(off.same).toBeLessThan(off.backed / 2);
  });
});

describe('NUMA move limit', () => {
  it('a page at its move limit is refused until it has not moved for moveThawTicks, then thaws (its count returns to 0)', () => {
    const sink = new ArraySink();
    const p = newPropertySystem({}, { sink });
    p.run(0, 0, (cpu) => cpu.store(2 * PAGE_BYTES, 7));
    const mpn = p.vms[0]!.pmap[2]!;
    const cpu = p.machine.cpus[0]!;
    const { moveLimit, moveThawTicks } = p.disco.config;
    const memmap = p.disco.memory.memmap;
    const declined = () => sink.events.flatMap((e) => (e.type === 'MigrationDeclined' && e.data.machinePage === mpn ? [e.data.reason] : []));
    memmap.moves[mpn] = moveLimit;
    memmap.lastMoveTicks[mpn] = p.sim.now - moveThawTicks + 1;
    p.disco.placement.onHotPage(cpu, mpn);
    expect(declined()).toEqual([MigrationDeclineReason.DECLINE_MOVE_LIMIT]);
    expect(memmap.moves[mpn]).toBe(moveLimit);
    memmap.lastMoveTicks[mpn] = p.sim.now - moveThawTicks;
    p.disco.placement.onHotPage(cpu, mpn);
    // Thawed: the count is back to 0 and the page is judged on its misses again (it has none here).
    expect(memmap.moves[mpn]).toBe(0);
    expect(declined()).toHaveLength(2);
    expect(declined()[1]).not.toBe(MigrationDeclineReason.DECLINE_MOVE_LIMIT);
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

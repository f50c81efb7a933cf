import { assert, assertInRange, type Tick } from '@disco/sim-kernel';
import { KSEG0_BASE, PAGE_BYTES, type KernelDiskRequest, type KernelNetRequest } from '@disco/hardware';
import { MonitorCall, ShootdownReason, TimeBucket } from '@disco/trace-schema';
import { enterMonitor, leaveMonitor, type DiskRequests, type GuestMemory, type MonitorCallGate, type MonitorContext, type NetSends, type PageRemapper, type RunningVcpus } from './monitor-ports';
import { PageKind } from './page-kind';
import { V_MONITOR_CALLS, V_PRIVILEGED } from './vcpu';
import type { FixedMapRange, Vcpu } from './vm';

/** Entering Disco for a monitor call, and its record (§4.2.4, §4.3). */
export class MonitorCallEntry implements MonitorCallGate {
  constructor(
    private readonly ctx: MonitorContext,
    private readonly running: RunningVcpus,
  ) {}

  /** Enters the monitor for a call: one trap; without monitor-call drivers, device requests cost programmed-I/O traps too. */
  monitorCallEnter(v: Vcpu, deviceRequest: boolean): number {
    this.running.assertRunning(v);
    const cpu = v.cpu;
    if (deviceRequest && !v.vm.spec.modifications.monitorCallDrivers) {
      const trapTicks = this.ctx.config.programmedIoTrapsPerRequest * (this.ctx.config.trapEntryExitTicks + this.ctx.config.privilegedEmulationTicks);
      v.counters[V_PRIVILEGED]! += this.ctx.config.programmedIoTrapsPerRequest;
      leaveMonitor(cpu, enterMonitor(cpu, TimeBucket.TIME_MONITOR_PRIVILEGED, trapTicks));
    }
    v.counters[V_MONITOR_CALLS]!++;
    return enterMonitor(cpu, TimeBucket.TIME_MONITOR_CALL_FAULT, this.ctx.config.trapEntryExitTicks + this.ctx.config.monitorCallTicks);
  }

  emitMonitorCall(v: Vcpu, call: MonitorCall, physicalPage: number, pages: number, startTicks: Tick): void {
    const cpu = v.cpu;
    this.ctx.sim.emit('MonitorCallHandled', { vcpu: v.id, call, physicalPage, pages, costTicks: cpu.nowTicks - startTicks }, cpu.id, cpu.id, v.vm.id);
  }
}

/**
 * The monitor calls of the modified IRIX (§4.2.4, §4.3): zeroing a page,
 * copying or remapping one (the NFS `remap`), the freed-page hint, and the
 * monitor-call disk and network drivers, each one trap into Disco. Without
 * the modification a call falls back to what the unmodified kernel does.
 */
export class MonitorCalls {
  constructor(
    private readonly ctx: MonitorContext,
    private readonly gate: MonitorCallGate,
    private readonly guestMemory: GuestMemory,
    private readonly remapper: PageRemapper,
    private readonly disks: DiskRequests,
    private readonly net: NetSends,
  ) {}

  zeroPageCall(v: Vcpu, ppn: number): void {
    const vm = v.vm;
    assertInRange(ppn, 0, vm.physicalPages, 'physical page');
    if (!vm.spec.modifications.zeroPageCall) {
      const base = vm.platform.kernelBase + ppn * PAGE_BYTES;
      for (let w = 0; w < PAGE_BYTES / 4; w++) this.guestMemory.guestStore(v, base + w * 4, 0);
      return;
    }
    const cpu = v.cpu;
    const start = cpu.nowTicks;
    const saved = this.gate.monitorCallEnter(v, false);
    const mpn = vm.pmap[ppn]!;
    if (mpn >= 0 && vm.knownZero[ppn] === 1) {
      // Disco zeroed it when it allocated it (§4.3 item 4: no second zeroing).
    } else if (mpn >= 0 && this.ctx.memory.memmap.writable(mpn)) {
      // Zeroed in place, but not known to stay zero: a writable mapping of it may survive in a TLB or
      // the L2TLB, and a store through it takes no fault (knownZero is set only by a fresh backing).
      this.ctx.memory.zeroMachinePage(cpu, mpn);
    } else {
      this.ctx.memory.detach(vm, ppn, cpu, ShootdownReason.SHOOTDOWN_COW);
      this.ctx.memory.backing(vm, ppn, cpu);
    }
    this.gate.emitMonitorCall(v, MonitorCall.MONITOR_CALL_ZERO_PAGE, ppn, 1, start);
    leaveMonitor(cpu, saved);
  }

  copyPageCall(v: Vcpu, from: number, to: number, remap: boolean): void {
    const vm = v.vm;
    assertInRange(from, 0, vm.physicalPages, 'physical page');
    assertInRange(to, 0, vm.physicalPages, 'physical page');
    // The guest chose bcopy (unmodified NFS, §4.3 item 8) or HAL remap; Disco does what it asked.
    if (!remap) {
      const kb = vm.platform.kernelBase;
      for (let w = 0; w < PAGE_BYTES / 4; w++) this.guestMemory.guestStore(v, kb + to * PAGE_BYTES + w * 4, this.guestMemory.guestLoad(v, kb + from * PAGE_BYTES + w * 4));
      return;
    }
    const cpu = v.cpu;
    const start = cpu.nowTicks;
    const saved = this.gate.monitorCallEnter(v, false);
    this.remapper.remapWithin(v, from, to);
    this.gate.emitMonitorCall(v, MonitorCall.MONITOR_CALL_REMAP_PAGE, to, 1, start);
    leaveMonitor(cpu, saved);
  }

  pageFreedCall(v: Vcpu, ppn: number): void {
    const vm = v.vm;
    assertInRange(ppn, 0, vm.physicalPages, 'physical page');
    if (!vm.spec.modifications.freedPageHint) return;
    const cpu = v.cpu;
    const start = cpu.nowTicks;
    const saved = this.gate.monitorCallEnter(v, false);
    this.ctx.memory.detach(vm, ppn, cpu, ShootdownReason.SHOOTDOWN_FREE);
    vm.pageKind[ppn] = PageKind.USER;
    this.gate.emitMonitorCall(v, MonitorCall.MONITOR_CALL_PAGE_FREED, ppn, 1, start);
    leaveMonitor(cpu, saved);
  }

  /**
   * A guest with no VM subsystem hands Disco a range of its fixed map (DISCO.md §2.8): one monitor call, after
   * which Disco's refill handler answers the range's TLB misses itself and the guest never sees one.
   */
  fixedMapCall(v: Vcpu, range: FixedMapRange): boolean {
    const vm = v.vm;
    assert(Number.isInteger(range.pages) && range.pages > 0, `vm ${vm.id}: a fixed map of ${range.pages} pages`);
    assertInRange(range.firstPage, 0, vm.physicalPages - range.pages + 1, 'first physical page of a fixed map');
    assertInRange(range.startVpn, 0, KSEG0_BASE / PAGE_BYTES - range.pages + 1, 'first virtual page of a fixed map (user segment)');
    for (const r of vm.fixedMap) {
      assert(range.startVpn + range.pages <= r.startVpn || r.startVpn + r.pages <= range.startVpn, `vm ${vm.id}: fixed map ranges overlap at virtual page ${range.startVpn}`);
    }
    const cpu = v.cpu;
    const start = cpu.nowTicks;
    const saved = this.gate.monitorCallEnter(v, false);
    vm.fixedMap.push(range);
    this.gate.emitMonitorCall(v, MonitorCall.MONITOR_CALL_FIXED_MAP, range.firstPage, range.pages, start);
    leaveMonitor(cpu, saved);
    return true;
  }

  diskRequestCall(v: Vcpu, request: KernelDiskRequest): void {
    this.disks.request(v, request);
  }

  netSendCall(v: Vcpu, request: KernelNetRequest): void {
    this.net.send(v, request);
  }
}

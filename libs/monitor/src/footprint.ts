import type { PayloadOf } from '@disco/trace-schema';
import type { Tick } from '@disco/sim-kernel';
import { mapperPpn, mapperVm, PageState } from './memmap';
import type { MonitorContext, RunningVcpus } from './monitor-ports';
import { PageKind } from './page-kind';
import {
  V_COW_FAULTS,
  V_INTERRUPTS,
  V_KERNEL_TLB_FAULTS,
  V_L2TLB_HITS,
  V_MONITOR_CALLS,
  V_PRIVILEGED,
  V_RUN_TICKS,
  V_SPECIAL_PAGE,
  V_TLB_REFLECTED,
  V_TLB_WRITES,
  V_TRAPS,
  V_VTLB_HITS,
  VCPU_COUNTER_COUNT,
} from './vcpu';
import type { Vcpu } from './vm';

/** Pages by kind, as a FootprintSample carries them. */
export type FootprintCounts = { -readonly [K in keyof PayloadOf<'FootprintSample'>]: number };

const zero = (): FootprintCounts => ({ kernelTextPages: 0, kernelDataPages: 0, bufferCachePages: 0, userPages: 0, monitorPages: 0, replicaPages: 0, totalPages: 0, sharedPages: 0 });

function addKind(c: FootprintCounts, kind: number): void {
  if (kind === PageKind.KERNEL_TEXT) c.kernelTextPages++;
  else if (kind === PageKind.KERNEL_DATA) c.kernelDataPages++;
  else if (kind === PageKind.BUFFER_CACHE) c.bufferCachePages++;
  else c.userPages++;
}

/**
 * Memory footprint (§5.3, Figure 6). A VM's virtual footprint is what it
 * would use without sharing: its backed guest-physical pages by the kind the
 * guest hinted, plus the monitor data kept for it (pmap, L2TLBs, special
 * pages). The machine footprint counts each machine page once: a shared page
 * takes the kind of its first mapper; cache-only and privately modified disk
 * pages count as buffer cache; Disco's code, special pages and data
 * structures (memmap, pmaps, L2TLBs) as monitor.
 */
export class Footprint {
  constructor(private readonly ctx: MonitorContext) {}

  ofVm(vmId: number): FootprintCounts {
    const d = this.ctx;
    const vm = d.vms[vmId]!;
    const memmap = d.memory.memmap;
    const c = zero();
    for (let ppn = 0; ppn < vm.physicalPages; ppn++) {
      const mpn = vm.pmap[ppn]!;
      if (mpn < 0) continue;
      addKind(c, vm.pageKind[ppn]!);
      if (memmap.refCount(mpn) > 1) c.sharedPages++;
    }
    c.bufferCachePages += vm.modifiedPages.size;
    c.monitorPages = vm.vcpus.length + this.vmDataPages(vmId);
    c.totalPages = c.kernelTextPages + c.kernelDataPages + c.bufferCachePages + c.userPages + c.monitorPages;
    return c;
  }

  ofMachine(): FootprintCounts {
    const d = this.ctx;
    const memmap = d.memory.memmap;
    const c = zero();
    for (let mpn = 0; mpn < memmap.totalPages; mpn++) {
      const state = memmap.state[mpn];
      if (state === PageState.FREE) continue;
      if (state === PageState.MONITOR) c.monitorPages++;
      else if (state === PageState.REPLICA) c.replicaPages++;
      else if (state === PageState.DISK_PRIVATE) c.bufferCachePages++;
      else {
        const mappers = memmap.mappersOf(mpn);
        if (mappers.length === 0) c.bufferCachePages++;
        else addKind(c, d.vms[mapperVm(mappers[0]!)]!.pageKind[mapperPpn(mappers[0]!)]!);
        if (memmap.refCount(mpn) > 1) c.sharedPages++;
      }
    }
    c.totalPages = c.kernelTextPages + c.kernelDataPages + c.bufferCachePages + c.userPages + c.monitorPages + c.replicaPages;
    return c;
  }

  /** Monitor data kept for one VM: its pmap and its VCPUs' records and L2TLBs (ASSUMPTION: an L2TLB entry is as large as a pmap entry). */
  private vmDataPages(vmId: number): number {
    return this.ctx.own.dataPagesOf(vmId);
  }

  sample(): void {
    const d = this.ctx;
    for (const vm of d.vms) d.sim.emit('FootprintSample', this.ofVm(vm.id), -1, -1, vm.id);
    d.sim.emit('FootprintSample', this.ofMachine(), -1, -1, -1);
  }
}

/** The monitor's periodic samples (§5): VCPU counter deltas and footprints. */
export class MonitorSampler {
  private readonly previousCounters = new Map<Vcpu, Float64Array>();
  private lastSampleTicks: Tick = 0;

  constructor(
    private readonly ctx: MonitorContext,
    private readonly running: RunningVcpus,
    private readonly footprint: Footprint,
  ) {}

  /** VcpuCounterSample per VCPU (deltas) and FootprintSample per VM and for the machine. */
  sample(): void {
    // The end of a run may coincide with a periodic sample: one sample per instant.
    if (this.ctx.sim.now === this.lastSampleTicks && this.ctx.sim.now > 0) return;
    const interval = this.ctx.sim.now - this.lastSampleTicks;
    for (const vm of this.ctx.vms) {
      for (const v of vm.vcpus) this.sampleVcpu(v, interval);
    }
    this.footprint.sample();
    this.lastSampleTicks = this.ctx.sim.now;
  }

  private sampleVcpu(v: Vcpu, intervalTicks: Tick): void {
    this.running.chargeIfRunning(v);
    let prev = this.previousCounters.get(v);
    if (prev === undefined) {
      prev = new Float64Array(VCPU_COUNTER_COUNT);
      this.previousCounters.set(v, prev);
    }
    const c = v.counters;
    const d = (i: number): number => c[i]! - prev[i]!;
    this.ctx.sim.emit(
      'VcpuCounterSample',
      {
        vcpu: v.id,
        intervalTicks,
        privilegedEmulated: d(V_PRIVILEGED),
        specialPageAccesses: d(V_SPECIAL_PAGE),
        tlbWritesEmulated: d(V_TLB_WRITES),
        l2tlbHits: d(V_L2TLB_HITS),
        vtlbHits: d(V_VTLB_HITS),
        tlbMissesReflected: d(V_TLB_REFLECTED),
        kernelTlbFaults: d(V_KERNEL_TLB_FAULTS),
        monitorCalls: d(V_MONITOR_CALLS),
        trapsReflected: d(V_TRAPS),
        interruptsDelivered: d(V_INTERRUPTS),
        cowFaults: d(V_COW_FAULTS),
        runTicks: d(V_RUN_TICKS),
      },
      v.homeCpu,
      v.homeCpu,
      v.vm.id,
    );
    prev.set(c);
  }
}

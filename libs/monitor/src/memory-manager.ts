import { assert, type Tick } from '@disco/sim-kernel';
import { KSEG0_BASE, PAGE_BYTES, type Cpu, type Machine } from '@disco/hardware';
import { ShootdownReason } from '@disco/trace-schema';
import { MachineAllocator } from './machine-allocator';
import { mapperKey, mapperVm, Memmap, PageState } from './memmap';
import type { MonitorConfig } from './monitor-config';
import type { Vcpu, Vm } from './vm';

const WORDS_PER_PAGE = PAGE_BYTES / 4;
/** IPI vector Disco uses for shootdowns (the handler only charges its time; the invalidation is done by the sender, see `shootdown`). */
export const IPI_SHOOTDOWN = 1;
/** IPI vector for posting a virtual interrupt to a VCPU running elsewhere (§4.2.1). */
export const IPI_POST = 2;

/** Who runs on each physical CPU, as the memory manager needs it for shootdowns. */
export interface TlbOwners {
  /** The VCPU whose translations the CPU's hardware TLB holds, or null. */
  tlbOwner(cpu: number): Vcpu | null;
}

/** What a shootdown did (its ShootdownSent event's counts). */
export interface ShootdownCounts {
  readonly tlbEntriesInvalidated: number;
  readonly l2tlbEntriesInvalidated: number;
  readonly ipis: number;
  readonly vcpus: number;
}

const NO_SHOOTDOWN: ShootdownCounts = { tlbEntriesInvalidated: 0, l2tlbEntriesInvalidated: 0, ipis: 0, vcpus: 0 };

/** Where the first machine page of a guest-physical page goes (the placement policy's `nodeForNewPage`). */
export interface FirstPlacement {
  nodeForNewPage(vm: Vm, ppn: number, cpu: Cpu): number;
  /** The machine page `allocateFor` took for (vm, ppn), before it is filled and attached (the scheduled policy counts the filling's misses). */
  pageAllocated?(vm: Vm, ppn: number, mpn: number): void;
  /** `mpn` now backs a guest page (it is allocated, filled, then attached). */
  pageAttached?(mpn: number): void;
}

/** The monitor's own first placement: the node of the CPU that first touches the page (§4.2.2). */
const FIRST_TOUCH: FirstPlacement = { nodeForNewPage: (_vm, _ppn, cpu) => cpu.id };

/** Deliberate bugs for canary tests. */
export interface MonitorFaults {
  /** Skip the first shootdown of a migration, replication or COW break. */
  readonly skipOneShootdown?: boolean;
  /** A COW break copies the wrong way: its fresh page over the shared page, which the other sharers (and the disk cache) still map. */
  readonly cowBreakWritesShared?: boolean;
  /** A replica collapse shoots down the primary's mappings only: a VCPU on another node keeps its replica mapped after the write. */
  readonly collapseKeepsReplicaMapped?: boolean;
  /** AutoNUMA's hinting fault is taken after the refill translated the entry's halves: a migration it makes leaves the old machine page in the inserted entry. */
  readonly hintingFaultAfterTranslate?: boolean;
  /** Carrefour replicates every page hot from several nodes, written or not, without taking its mappings away first: a writable mapping of the primary survives. */
  readonly carrefourReplicatesMapped?: boolean;
  /** A collapse the scheduled policy decides keeps the survivor but leaves the pmap on the freed primary. */
  readonly scheduledCollapseSkipsRepoint?: boolean;
}

/**
 * Machine memory as Disco manages it: allocation (NUMA-aware, zeroed for
 * isolation), the memmap, guest-physical backing, page copies and
 * shootdowns. Page copies and zeroing are real loads and stores by the CPU
 * doing the work, through KSEG0 (Disco runs in kernel mode), so their cost
 * is the cache and directory traffic they cause.
 */
export class MemoryManager {
  readonly memmap: Memmap;
  readonly allocator: MachineAllocator;
  readonly pagesPerNode: number;
  private skippedShootdown = false;
  /** Pages of a batched shootdown (all 0 between calls). */
  private readonly batchMark: Uint8Array;
  /** Set by the monitor to its placement policy. */
  placement: FirstPlacement = FIRST_TOUCH;

  constructor(
    private readonly machine: Machine,
    private readonly config: MonitorConfig,
    private readonly owners: TlbOwners,
    readonly faults: MonitorFaults,
  ) {
    assert(machine.totalPages * PAGE_BYTES <= 0x2000_0000, 'Disco reaches machine memory through KSEG0: at most 512 MB');
    this.pagesPerNode = machine.pagesPerNode;
    this.memmap = new Memmap(machine.totalPages);
    this.batchMark = new Uint8Array(machine.totalPages);
    const hw = machine.config;
    this.allocator = new MachineAllocator(machine.nodes, machine.pagesPerNode, config.pageColoring ? Math.max(1, hw.l2SizeBytes / hw.l2Ways / PAGE_BYTES) : 1);
  }

  nodeOf(mpn: number): number {
    return Math.floor(mpn / this.pagesPerNode);
  }

  /** A monitor-owned page on `node` (code, special pages). */
  allocateMonitorPage(node: number): number {
    const mpn = this.allocator.allocateNear(node);
    this.memmap.claim(mpn, PageState.MONITOR);
    return mpn;
  }

  /** A fresh guest page near `node`, not zeroed (the caller fills it); of `color` where there is one (-1: any). */
  allocateGuestPage(node: number, color = -1): number {
    const mpn = this.allocator.allocateNear(node, color);
    this.memmap.claim(mpn, PageState.GUEST);
    return mpn;
  }

  /** A fresh machine page for (vm, ppn), near the node the placement policy chooses, not zeroed. */
  allocateFor(vm: Vm, ppn: number, cpu: Cpu): number {
    const mpn = this.allocateGuestPage(this.placement.nodeForNewPage(vm, ppn, cpu), ppn);
    this.placement.pageAllocated?.(vm, ppn, mpn);
    return mpn;
  }

  /** Primary machine page of (vm, ppn), allocated where the placement policy says (the toucher's node by default) and zeroed on first use (§4.2.2). */
  backing(vm: Vm, ppn: number, cpu: Cpu): number {
    assert(ppn >= 0 && ppn < vm.physicalPages, `vm ${vm.id}: physical page ${ppn} outside its ${vm.physicalPages} pages`);
    const existing = vm.pmap[ppn]!;
    if (existing >= 0) return existing;
    const mpn = this.allocateFor(vm, ppn, cpu);
    this.zeroMachinePage(cpu, mpn);
    this.attach(vm, ppn, mpn);
    vm.knownZero[ppn] = 1;
    return mpn;
  }

  attach(vm: Vm, ppn: number, mpn: number): void {
    assert(vm.pmap[ppn]! < 0, `vm ${vm.id}: physical page ${ppn} attached twice`);
    this.memmap.addMapper(mpn, mapperKey(vm.id, ppn));
    vm.pmap[ppn] = mpn;
    this.placement.pageAttached?.(mpn);
  }

  /** Drops (vm, ppn)'s backing, shooting down the VM's mappings of it; frees the page if nobody else holds it. */
  detach(vm: Vm, ppn: number, cpu: Cpu, reason: ShootdownReason): number {
    const mpn = vm.pmap[ppn]!;
    if (mpn < 0) return -1;
    this.memmap.removeMapper(mpn, mapperKey(vm.id, ppn));
    vm.pmap[ppn] = -1;
    vm.knownZero[ppn] = 0;
    this.shootdownWithReplicas(mpn, [vm], cpu, reason);
    this.releaseIfUnused(mpn);
    return mpn;
  }

  /**
   * Makes (vm, ppn) a private writable page, for DMA and copies into it.
   * `preserve`: keep its contents (a partial overwrite); otherwise the caller
   * overwrites the whole page, so a fresh page needs no copy or zeroing.
   */
  makePrivate(vm: Vm, ppn: number, cpu: Cpu, preserve: boolean): number {
    const m = this.memmap;
    const current = vm.pmap[ppn]!;
    // The caller is about to write into the page (a DMA, a copied fragment): it is no longer known to be zero.
    vm.knownZero[ppn] = 0;
    if (current >= 0 && m.writable(current)) return current;
    if (current >= 0 && m.refCount(current) === 1 && m.hasReplicas(current)) {
      this.shootdownWithReplicas(current, [vm], cpu, ShootdownReason.SHOOTDOWN_COLLAPSE);
      for (const r of m.dropReplicas(current)) this.allocator.free(r);
      return current;
    }
    const fresh = this.allocateFor(vm, ppn, cpu);
    if (preserve && current >= 0) this.copyMachinePage(cpu, current, fresh);
    else if (preserve) this.zeroMachinePage(cpu, fresh);
    if (current >= 0) this.detach(vm, ppn, cpu, ShootdownReason.SHOOTDOWN_COW);
    this.attach(vm, ppn, fresh);
    vm.knownZero[ppn] = 0;
    return fresh;
  }

  releaseIfUnused(mpn: number): void {
    const m = this.memmap;
    if (m.state[mpn] !== PageState.GUEST || m.refCount(mpn) > 0) return;
    for (const r of m.dropReplicas(mpn)) this.allocator.free(r);
    m.release(mpn);
    this.allocator.free(mpn);
  }

  /** The copy of `primary` a CPU on `node` should map. */
  localCopy(primary: number, node: number): number {
    return this.memmap.localCopy(primary, node, this.pagesPerNode);
  }

  /** Zero-fills a machine page with stores (the caller is in monitor mode). */
  zeroMachinePage(cpu: Cpu, mpn: number): void {
    const base = KSEG0_BASE + mpn * PAGE_BYTES;
    for (let w = 0; w < WORDS_PER_PAGE; w++) cpu.store(base + w * 4, 0);
  }

  /** Copies a machine page word by word; returns the CPU time it took. */
  copyMachinePage(cpu: Cpu, from: number, to: number): Tick {
    assert(from !== to, 'page copy onto itself');
    const start = cpu.nowTicks;
    const src = KSEG0_BASE + from * PAGE_BYTES;
    const dst = KSEG0_BASE + to * PAGE_BYTES;
    for (let w = 0; w < WORDS_PER_PAGE; w++) cpu.store(dst + w * 4, cpu.load(src + w * 4));
    return cpu.nowTicks - start;
  }

  /** Copies `words` words at a byte offset (partial pages: network fragments, partial disk sectors). */
  copyWords(cpu: Cpu, from: number, to: number, offsetBytes: number, words: number): void {
    const src = KSEG0_BASE + from * PAGE_BYTES + offsetBytes;
    const dst = KSEG0_BASE + to * PAGE_BYTES + offsetBytes;
    for (let w = 0; w < words; w++) cpu.store(dst + w * 4, cpu.load(src + w * 4));
  }

  /** Shoots down `mpn` and its replicas; returns the summed counts. */
  shootdownWithReplicas(mpn: number, vms: readonly Vm[], cpu: Cpu, reason: ShootdownReason): ShootdownCounts {
    const first = this.shootdown(mpn, vms, cpu, reason);
    let tlb = first.tlbEntriesInvalidated;
    let l2 = first.l2tlbEntriesInvalidated;
    let ipis = first.ipis;
    let vcpus = first.vcpus;
    for (const r of this.memmap.replicasOf(mpn)) {
      const c = this.shootdown(r, vms, cpu, reason);
      tlb += c.tlbEntriesInvalidated;
      l2 += c.l2tlbEntriesInvalidated;
      ipis += c.ipis;
      vcpus += c.vcpus;
    }
    return { tlbEntriesInvalidated: tlb, l2tlbEntriesInvalidated: l2, ipis, vcpus };
  }

  /**
   * Invalidates every L2TLB entry of the VMs' VCPUs and every hardware TLB
   * entry on CPUs whose TLB holds those VCPUs' translations that maps `mpn`
   * (§4.2.3). Remote CPUs get an IPI; the invalidation takes effect at once
   * and the initiator pays the IPI round trip (it waits for the
   * acknowledgements), a simplification of the slice-level interleaving.
   */
  shootdown(mpn: number, vms: readonly Vm[], cpu: Cpu, reason: ShootdownReason): ShootdownCounts {
    if (this.faults.skipOneShootdown && !this.skippedShootdown && reason !== ShootdownReason.SHOOTDOWN_FREE) {
      this.skippedShootdown = true;
      return NO_SHOOTDOWN;
    }
    const start = cpu.nowTicks;
    let vcpus = 0;
    let l2 = 0;
    for (const vm of vms) {
      for (const v of vm.vcpus) l2 += v.l2tlb.invalidateMachinePage(mpn);
      vcpus += vm.vcpus.length;
    }
    let tlb = 0;
    let ipis = 0;
    for (const other of this.machine.cpus) {
      const owner = this.owners.tlbOwner(other.id);
      if (owner === null || !vms.includes(owner.vm)) continue;
      const n = other.tlb.invalidateMachinePage(mpn);
      tlb += n;
      if (n > 0 && other.id !== cpu.id) {
        this.machine.sendIpi(cpu.id, other.id, IPI_SHOOTDOWN);
        ipis++;
      }
    }
    cpu.chargeExceptionTicks(this.config.shootdownPerVcpuTicks * vcpus + (ipis > 0 ? 2 * this.machine.config.ipiLatencyTicks : 0));
    this.machine.sim.emit(
      'ShootdownSent',
      { machinePage: mpn, reason, vcpus, ipis, tlbEntriesInvalidated: tlb, l2tlbEntriesInvalidated: l2, costTicks: cpu.nowTicks - start },
      cpu.id,
      cpu.id,
    );
    return { tlbEntriesInvalidated: tlb, l2tlbEntriesInvalidated: l2, ipis, vcpus };
  }

  /**
   * One shootdown of many pages of one VM (AutoNUMA's scan window, as Linux
   * flushes a range once): every L2TLB entry of the VM's VCPUs and every
   * hardware TLB entry, on CPUs whose TLB holds the VM's translations, that
   * maps one of the pages or their replicas. The backmap walk is paid per page
   * per VCPU; a remote CPU gets one IPI for the batch. One ShootdownSent, for
   * the first page.
   */
  shootdownBatch(mpns: readonly number[], vm: Vm, cpu: Cpu, reason: ShootdownReason): ShootdownCounts {
    if (mpns.length === 0) return NO_SHOOTDOWN;
    if (this.faults.skipOneShootdown && !this.skippedShootdown) {
      this.skippedShootdown = true;
      return NO_SHOOTDOWN;
    }
    const start = cpu.nowTicks;
    const mark = this.batchMark;
    const all: number[] = [];
    for (const mpn of mpns) {
      for (const page of [mpn, ...this.memmap.replicasOf(mpn)]) {
        if (mark[page] === 1) continue;
        mark[page] = 1;
        all.push(page);
      }
    }
    let l2 = 0;
    for (const v of vm.vcpus) l2 += v.l2tlb.invalidateMarked(mark);
    let tlb = 0;
    let ipis = 0;
    for (const other of this.machine.cpus) {
      const owner = this.owners.tlbOwner(other.id);
      if (owner === null || owner.vm !== vm) continue;
      let n = 0;
      for (const page of all) n += other.tlb.invalidateMachinePage(page);
      tlb += n;
      if (n > 0 && other.id !== cpu.id) {
        this.machine.sendIpi(cpu.id, other.id, IPI_SHOOTDOWN);
        ipis++;
      }
    }
    for (const page of all) mark[page] = 0;
    const vcpus = vm.vcpus.length;
    cpu.chargeExceptionTicks(this.config.shootdownPerVcpuTicks * vcpus * mpns.length + (ipis > 0 ? 2 * this.machine.config.ipiLatencyTicks : 0));
    this.machine.sim.emit(
      'ShootdownSent',
      { machinePage: mpns[0]!, reason, vcpus, ipis, tlbEntriesInvalidated: tlb, l2tlbEntriesInvalidated: l2, costTicks: cpu.nowTicks - start },
      cpu.id,
      cpu.id,
    );
    return { tlbEntriesInvalidated: tlb, l2tlbEntriesInvalidated: l2, ipis, vcpus };
  }

  /** The VMs that map `mpn` (for shootdowns of shared pages). */
  vmsMapping(mpn: number, vms: readonly Vm[]): Vm[] {
    const ids = new Set<number>();
    for (const key of this.memmap.mappersOf(mpn)) ids.add(mapperVm(key));
    return vms.filter((vm) => ids.has(vm.id));
  }
}

import { PrivilegedOp, type KernelCpu } from '@disco/hardware';
import { assert } from '@disco/sim-kernel';
import { AddressSpace, makePte, PTE_COW, PTE_FRAME, PTE_VALID, PTE_WRITABLE, pteFrame, type Region } from './address-space';
import type { BufferCache } from './buffer-cache';
import type { Binary } from './file-system';
import type { KernelCore } from './kernel-core';
import { KernelLock, type LockStats } from './kernel-lock';
import { PATHS } from './kernel-paths';
import { PageUse, type PhysicalMemory } from './physical-memory';
import { GuestService } from './services';

const PFDAT_BYTES = 32;
/** Slots of the address-space table. ASSUMPTION: 512, more than live processes in any workload. */
const SPACE_SLOTS = 512;
/** Shared text regions with a lock word of their own (a slot per binary, reused past this many). */
const REGION_SLOTS = 256;
const ASIDS = 256;
/** Kernel-segment VPN2s used to invalidate TLB entries (never match: KSEG0 is unmapped). */
const INVALID_VPN2_BASE = 0x8000_0000 / 8192;

/** `fault`'s result when its thread went to sleep on a VM lock instead (the fault is taken again when it wakes). */
export const FAULT_SLEPT = -1;

/** Why a fault was taken, for the caller's accounting. */
export type FaultKind = typeof GuestService.SERVICE_QUICK_FAULT | typeof GuestService.SERVICE_DEMAND_ZERO | typeof GuestService.SERVICE_COW_FAULT;

/**
 * The VM system: page allocation under `memlock`, the UTLB refill handler,
 * the slow fault path (quick, demand-zero and copy-on-write faults), address
 * space duplication and teardown, and per-CPU ASIDs.
 */
export class VirtualMemory {
  readonly memlock: KernelLock;
  readonly pfdatVa: number;
  private readonly nextAsid: Int32Array;
  private readonly asidGeneration: Float64Array;
  private nextSpaceId = 1;
  private readonly spaceLocks: LockStats;
  /** Address-space structures (with their lock words), a slot per live space. */
  private readonly spaceTableVa: number;
  /**
   * The shared text region of each binary and its sleeping lock: every
   * process that runs the binary faults its text in under this one lock
   * (IRIX's region lock, one of the VM semaphores §5.4 blames for the 1VM
   * slowdown: under Disco the fault path it covers runs slower, so it is held
   * longer and contended more). INFERENCE: the paper names VM semaphores, not
   * which; a shared region's lock is the one every pmake compiler takes.
   */
  private readonly regionLocks: LockStats;
  private readonly regionTableVa: number;
  private readonly textLocks = new Map<Binary, KernelLock>();

  constructor(
    private readonly core: KernelCore,
    readonly memory: PhysicalMemory,
    private readonly buffers: () => BufferCache,
  ) {
    this.memlock = core.newLock('memlock');
    this.pfdatVa = core.data.reserve(memory.pages * PFDAT_BYTES);
    this.nextAsid = new Int32Array(core.info.cpus).fill(1);
    this.asidGeneration = new Float64Array(core.info.cpus);
    this.spaceLocks = core.lockFamily('aspacelock');
    this.spaceTableVa = core.data.reserve(SPACE_SLOTS * 128);
    this.regionLocks = core.lockFamily('regionlock');
    this.regionTableVa = core.data.reserve(REGION_SLOTS * 128);
  }

  /** The lock of `binary`'s shared text region. */
  private textLockOf(binary: Binary): KernelLock {
    let lock = this.textLocks.get(binary);
    if (lock === undefined) {
      lock = new KernelLock('regionlock', this.regionTableVa + (this.textLocks.size % REGION_SLOTS) * 128, 'sleep', this.regionLocks);
      this.textLocks.set(binary, lock);
    }
    return lock;
  }

  newSpace(): AddressSpace {
    const id = this.nextSpaceId++;
    const lock = new KernelLock('aspacelock', this.spaceTableVa + (id % SPACE_SLOTS) * 128, 'sleep', this.spaceLocks);
    return new AddressSpace(id, this.core.info.cpus, lock);
  }

  private pfdat(page: number): number {
    return this.pfdatVa + page * PFDAT_BYTES;
  }

  /** Allocates a page under memlock, charging the free-list and pfdat references. */
  allocatePage(cpu: KernelCpu, use: PageUse): number {
    const core = this.core;
    core.lock(cpu, this.memlock);
    core.run(cpu, core.routine('pageAlloc'), PATHS.pageAllocInstructions);
    const page = this.memory.allocate(use, cpu.node);
    cpu.load(this.pfdat(page));
    cpu.store(this.pfdat(page), 1);
    cpu.store(this.pfdat(page) + 8, use);
    core.unlock(cpu, this.memlock);
    return page;
  }

  /** Drops a reference under memlock; a page that becomes free is reported to the monitor when the hint is on. */
  releasePage(cpu: KernelCpu, page: number): void {
    const core = this.core;
    core.lock(cpu, this.memlock);
    core.run(cpu, core.routine('pageFree'), PATHS.pageFreeInstructions);
    cpu.load(this.pfdat(page));
    cpu.store(this.pfdat(page), 0);
    const freed = this.memory.release(page, this.core.info.nodeOfPage(page));
    core.unlock(cpu, this.memlock);
    if (freed && core.config.modifications.pageFreedHint) cpu.pageFreed(page);
  }

  /** The fast refill: load the PTE pair and write a random TLB entry. Returns false when the slow path must run. */
  utlbRefill(cpu: KernelCpu, space: AddressSpace, va: number): boolean {
    const vpn2 = va >>> 13;
    const even = vpn2 * 2;
    const ptPage = space.ptPages.get(AddressSpace.ptIndex(even));
    if (ptPage === undefined) return false;
    const core = this.core;
    cpu.privileged(PrivilegedOp.READ_BADVADDR);
    core.run(cpu, core.routine('utlb'), PATHS.utlbInstructions);
    cpu.load(core.kva(ptPage, AddressSpace.pteOffset(even)));
    cpu.load(core.kva(ptPage, AddressSpace.pteOffset(even + 1)));
    // The handler copies the pair whatever it holds: an unfaulted pair is written invalid and the
    // retry takes a TLB-invalid exception to the slow path, as on MIPS.
    cpu.tlbWriteRandom(this.entry(space, cpu, vpn2));
    cpu.privileged(PrivilegedOp.ERET);
    return true;
  }

  /**
   * The slow path for a reference at `va`: the caller holds nothing; this
   * takes the address space's lock and returns which kind of fault it was.
   * With a `sleeper` (a fault from user mode), a busy VM lock puts it to
   * sleep on the lock instead and returns FAULT_SLEPT before touching either
   * lock (ASSUMPTION: both are checked first, so no thread sleeps holding
   * one; IRIX would sleep on the region lock holding the address space's).
   */
  fault(cpu: KernelCpu, space: AddressSpace, va: number, write: boolean, sleeper: object | null = null): FaultKind | typeof FAULT_SLEPT {
    const core = this.core;
    const vpn = Math.floor(va / 4096);
    const region = space.regionOf(vpn);
    assert(region !== undefined, `segmentation fault at 0x${va.toString(16)} (no region)`);
    assert(!write || region.writable, `store to read-only region at 0x${va.toString(16)}`);
    // A text fault also locks the binary's shared region, which every process running it shares.
    const regionLock = region.kind === 'text' && region.binary !== null ? this.textLockOf(region.binary) : null;
    if (sleeper !== null) {
      if (core.mustSleep(cpu, space.lock, sleeper)) {
        core.sleepOn(cpu, space.lock, sleeper);
        return FAULT_SLEPT;
      }
      if (regionLock !== null && core.mustSleep(cpu, regionLock, sleeper)) {
        core.sleepOn(cpu, regionLock, sleeper);
        return FAULT_SLEPT;
      }
    }
    core.lock(cpu, space.lock, sleeper);
    if (regionLock !== null) core.lock(cpu, regionLock, sleeper);
    core.run(cpu, core.routine('vfault'), PATHS.vfaultInstructions);
    for (let i = 0; i < Math.min(space.regions.length, 4); i++) cpu.load(space.lock.wordAddress + 8 + i * 16);
    const ptPage = this.ensurePageTable(cpu, space, vpn);
    const pteVa = core.kva(ptPage, AddressSpace.pteOffset(vpn));
    cpu.load(pteVa);
    const pte = space.ptes.get(vpn) ?? 0;
    let kind: FaultKind;
    let newPte: number;
    if ((pte & PTE_VALID) !== 0 && write && (pte & PTE_COW) !== 0) {
      newPte = this.breakCow(cpu, pte);
      kind = GuestService.SERVICE_COW_FAULT;
    } else if ((pte & PTE_VALID) !== 0) {
      newPte = pte;
      kind = GuestService.SERVICE_QUICK_FAULT;
    } else if (region.kind === 'text') {
      newPte = this.mapText(cpu, region, vpn);
      kind = GuestService.SERVICE_QUICK_FAULT;
    } else {
      newPte = makePte(this.zeroFill(cpu), PTE_VALID | PTE_WRITABLE);
      kind = GuestService.SERVICE_DEMAND_ZERO;
    }
    space.ptes.set(vpn, newPte);
    cpu.store(pteVa, newPte % 0x7fffffff);
    this.dropIn(cpu, space, va);
    if (regionLock !== null) core.unlock(cpu, regionLock);
    core.unlock(cpu, space.lock);
    return kind;
  }

  private ensurePageTable(cpu: KernelCpu, space: AddressSpace, vpn: number): number {
    const index = AddressSpace.ptIndex(vpn);
    let page = space.ptPages.get(index);
    if (page === undefined) {
      page = this.allocatePage(cpu, PageUse.PAGE_TABLE);
      this.zero(cpu, page);
      space.ptPages.set(index, page);
    }
    return page;
  }

  /** A demand-zero page: allocate, then zero (a monitor call with the zeroed-page request). */
  private zeroFill(cpu: KernelCpu): number {
    const page = this.allocatePage(cpu, PageUse.USER);
    this.zero(cpu, page);
    return page;
  }

  private zero(cpu: KernelCpu, page: number): void {
    if (this.core.config.modifications.zeroPageRequest) {
      cpu.zeroPage(page);
      return;
    }
    this.core.bzero(cpu, page);
  }

  private mapText(cpu: KernelCpu, region: Region, vpn: number): number {
    const binary = region.binary!;
    const block = binary.file.firstBlock + (vpn - region.startVpn);
    const buffer = this.buffers().peek(binary.file.disk, block);
    assert(buffer !== undefined && buffer.valid, `text page of ${binary.name} not in the buffer cache (exec reads it)`);
    buffer.mapped++;
    this.core.lock(cpu, this.memlock);
    this.memory.addRef(buffer.page);
    cpu.store(this.pfdat(buffer.page), 2);
    this.core.unlock(cpu, this.memlock);
    return makePte(buffer.page, PTE_VALID);
  }

  private breakCow(cpu: KernelCpu, pte: number): number {
    const core = this.core;
    const page = pteFrame(pte);
    core.run(cpu, core.routine('vfault'), PATHS.cowInstructions);
    cpu.load(this.pfdat(page));
    if (this.memory.refs[page] === 1) return makePte(page, PTE_VALID | PTE_WRITABLE);
    const copy = this.allocatePage(cpu, PageUse.USER);
    cpu.copyPage(page, copy, false);
    this.releasePage(cpu, page);
    return makePte(copy, PTE_VALID | PTE_WRITABLE);
  }

  /** Installs the pair holding `va`, replacing a stale entry if one is in the TLB. */
  private dropIn(cpu: KernelCpu, space: AddressSpace, va: number): void {
    const core = this.core;
    core.run(cpu, core.routine('tlbDropIn'), PATHS.tlbDropInInstructions);
    const vpn2 = va >>> 13;
    const asid = this.asidOf(cpu, space);
    const index = cpu.tlbProbe(vpn2, asid);
    const entry = this.entry(space, cpu, vpn2);
    if (index >= 0) cpu.tlbWriteIndexed(index, entry);
    else cpu.tlbWriteRandom(entry);
  }

  private entry(space: AddressSpace, cpu: KernelCpu, vpn2: number) {
    const p0 = space.ptes.get(vpn2 * 2) ?? 0;
    const p1 = space.ptes.get(vpn2 * 2 + 1) ?? 0;
    const valid = (pte: number): boolean => (pte & PTE_VALID) !== 0;
    const writable = (pte: number): boolean => (pte & PTE_WRITABLE) !== 0 && (pte & PTE_COW) === 0;
    return {
      vpn2,
      asid: this.asidOf(cpu, space),
      global: false,
      physicalPage0: valid(p0) ? pteFrame(p0) : -1,
      physicalPage1: valid(p1) ? pteFrame(p1) : -1,
      writable0: writable(p0),
      writable1: writable(p1),
    };
  }

  /** The ASID of `space` on this CPU, allocating one (and flushing the TLB when the CPU's ASIDs wrap). */
  asidOf(cpu: KernelCpu, space: AddressSpace): number {
    const c = cpu.id;
    if (space.asidGeneration[c] === this.asidGeneration[c] && space.asid[c]! >= 0) return space.asid[c]!;
    if (this.nextAsid[c]! >= ASIDS) this.flushTlb(cpu);
    const asid = this.nextAsid[c]!;
    this.nextAsid[c] = asid + 1;
    space.asid[c] = asid;
    space.asidGeneration[c] = this.asidGeneration[c]!;
    return asid;
  }

  /** Forgets every ASID of `space` (its writable mappings were downgraded): stale entries become unreachable. */
  retireAsids(space: AddressSpace): void {
    space.asid.fill(-1);
  }

  private flushTlb(cpu: KernelCpu): void {
    const { tlbEntries, tlbWiredEntries } = this.core.info;
    this.core.run(cpu, this.core.routine('tlbDropIn'), tlbEntries);
    for (let i = tlbWiredEntries; i < tlbEntries; i++) {
      cpu.tlbWriteIndexed(i, { vpn2: INVALID_VPN2_BASE + i, asid: 0, global: false, physicalPage0: -1, physicalPage1: -1, writable0: false, writable1: false });
    }
    this.asidGeneration[cpu.id]!++;
    this.nextAsid[cpu.id] = 1;
  }

  /** fork: the child shares every page, writable anonymous pages copy-on-write in both. Returns pages shared. */
  duplicate(cpu: KernelCpu, parent: AddressSpace, child: AddressSpace): number {
    const core = this.core;
    for (const r of parent.regions) child.regions.push(r);
    core.lock(cpu, parent.lock);
    let shared = 0;
    for (const [vpn, pte] of parent.ptes) {
      if ((pte & PTE_VALID) === 0) continue;
      core.run(cpu, core.routine('procdup'), PATHS.forkPerPageInstructions);
      const page = pteFrame(pte);
      const ptPage = parent.ptPages.get(AddressSpace.ptIndex(vpn))!;
      cpu.load(core.kva(ptPage, AddressSpace.pteOffset(vpn)));
      const cow = (pte & PTE_WRITABLE) !== 0 ? pte | PTE_COW : pte;
      parent.ptes.set(vpn, cow);
      cpu.store(core.kva(ptPage, AddressSpace.pteOffset(vpn)), cow % 0x7fffffff);
      const childPt = this.ensurePageTable(cpu, child, vpn);
      child.ptes.set(vpn, cow);
      cpu.store(core.kva(childPt, AddressSpace.pteOffset(vpn)), cow % 0x7fffffff);
      core.lock(cpu, this.memlock);
      this.memory.addRef(page);
      const buffer = this.buffers().ofPage(page);
      if (buffer !== undefined) buffer.mapped++;
      cpu.store(this.pfdat(page) + 4, this.memory.refs[page]!);
      core.unlock(cpu, this.memlock);
      shared++;
    }
    core.unlock(cpu, parent.lock);
    this.retireAsids(parent);
    return shared;
  }

  /** Frees every page and page-table page of `space` (exit, exec). Returns private pages freed. */
  teardown(cpu: KernelCpu, space: AddressSpace): number {
    let freed = 0;
    for (const [vpn, pte] of space.ptes) {
      if ((pte & PTE_VALID) === 0) continue;
      const page = pteFrame(pte);
      const ptPage = space.ptPages.get(AddressSpace.ptIndex(vpn))!;
      cpu.load(this.core.kva(ptPage, AddressSpace.pteOffset(vpn)));
      const buffer = this.buffers().ofPage(page);
      if (buffer !== undefined) buffer.mapped--;
      if (this.memory.refs[page] === 1) freed++;
      this.releasePage(cpu, page);
    }
    for (const page of space.ptPages.values()) this.releasePage(cpu, page);
    space.ptes.clear();
    space.ptPages.clear();
    space.regions.length = 0;
    this.retireAsids(space);
    return freed;
  }
}

export { PTE_FRAME };

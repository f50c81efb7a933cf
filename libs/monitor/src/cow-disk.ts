import { assert, AssertionError, Priority, type Tick } from '@disco/sim-kernel';
import { InterruptCause, PAGE_BYTES, type Cpu, type KernelDiskRequest } from '@disco/hardware';
import { CowSource, MonitorCall, ShootdownReason, TimeBucket } from '@disco/trace-schema';
import { PageState } from './memmap';
import { enterMonitor, leaveMonitor, type InterruptPoster, type MonitorCallGate, type MonitorContext } from './monitor-ports';
import { PageKind } from './page-kind';
import type { Vcpu, Vm } from './vm';
import type { VirtualDiskSpec } from './vm-spec';

const SECTORS_PER_PAGE = 8;
/** Keys of the global disk cache and of modified pages: disk · 2^28 + page index (2^28 pages = 1 TB per disk). */
const DISK_KEY_FACTOR = 2 ** 28;

/** One virtual disk request in flight: completes (interrupt to the VCPU) when its last page is done. */
class DiskTracker {
  outstanding = 1;
  pagesShared = 0;
  pagesFromDisk = 0;
  pagesCopied = 0;
  pagesWritten = 0;

  constructor(
    readonly vcpu: Vcpu,
    readonly request: KernelDiskRequest,
    readonly spec: VirtualDiskSpec,
    readonly startTicks: Tick,
  ) {}
}

/**
 * Virtual disks (§4.2.4, §4.2.5). Persistent disks: one VM, DMA straight
 * into its (private) pages. Non-persistent disks: copy-on-write. Reads look
 * in the VM's own modified pages, then the global disk cache (a whole page
 * is mapped read-only: no copy, no I/O), then the disk (the first reader
 * pays the I/O and the page enters the cache). Writes are copied into pages
 * private to the VM and never reach the disk. The cache and modified stores
 * are maps keyed by page (the paper's B-trees keyed by sector range).
 * ASSUMPTION: non-persistent requests start on a page boundary and writes
 * cover whole pages (the guest's buffer cache moves 4 KB blocks).
 */
export class VirtualDisks {
  private readonly cache = new Map<number, number>();
  private readonly cacheKeyOf = new Map<number, number>();
  private readonly inflight = new Map<number, Array<(mpn: number, cpu: Cpu) => void>>();
  private readonly persistentOwner = new Map<number, number>();
  private readonly nonPersistent = new Set<number>();
  /** Page indexes of the request being handled that no one has in memory or in flight. */
  private readonly missing: number[] = [];
  /** For each of `missing`, the guest-physical page of the first reader (its colour is the fresh page's). */
  private readonly missingPpns: number[] = [];

  constructor(
    private readonly ctx: MonitorContext,
    private readonly calls: MonitorCallGate,
    private readonly interrupts: InterruptPoster,
  ) {}

  /** A persistent disk is mounted by one VM, and never also used copy-on-write (§4.2.5). */
  checkExclusive(vmId: number, disks: readonly VirtualDiskSpec[]): void {
    for (const d of disks) {
      if (d.persistent) {
        const owner = this.persistentOwner.get(d.physicalDisk);
        if (owner !== undefined && owner !== vmId) throw new RangeError(`persistent disk ${d.physicalDisk} is already mounted by vm ${owner}`);
        if (this.nonPersistent.has(d.physicalDisk)) throw new RangeError(`disk ${d.physicalDisk} is shared copy-on-write; it cannot also be persistent`);
        this.persistentOwner.set(d.physicalDisk, vmId);
      } else {
        if (this.persistentOwner.has(d.physicalDisk)) throw new RangeError(`disk ${d.physicalDisk} is mounted persistent by vm ${this.persistentOwner.get(d.physicalDisk)}`);
        this.nonPersistent.add(d.physicalDisk);
      }
    }
  }

  /** The machine page caching a disk page, or -1 (tests and invariants). */
  cachedPage(physicalDisk: number, pageIndex: number): number {
    return this.cache.get(physicalDisk * DISK_KEY_FACTOR + pageIndex) ?? -1;
  }

  get cachedPages(): number {
    return this.cache.size;
  }

  /** Every machine page held by the global disk cache (invariant checks). */
  cachedMachinePages(): number[] {
    return [...this.cacheKeyOf.keys()];
  }

  /** A migrated or collapsed cache page moved: the cache follows it. */
  repointCache(old: number, fresh: number): void {
    const key = this.cacheKeyOf.get(old);
    assert(key !== undefined, `machine page ${old} is not in the disk cache`);
    this.cacheKeyOf.delete(old);
    this.cacheKeyOf.set(fresh, key);
    this.cache.set(key, fresh);
  }

  request(v: Vcpu, request: KernelDiskRequest): void {
    const cpu = v.cpu;
    const start = cpu.nowTicks;
    const saved = this.calls.monitorCallEnter(v, true);
    const spec = v.vm.spec.disks[request.disk];
    if (spec === undefined) throw new AssertionError(`vm ${v.vm.id} has no disk ${request.disk}`);
    assert(request.physicalPages.length === Math.ceil(request.sectors / SECTORS_PER_PAGE), 'disk request: one physical page per 8 sectors');
    const tracker = new DiskTracker(v, request, spec, start);
    if (spec.persistent) this.persistentRequest(tracker);
    else for (let i = 0; i < request.physicalPages.length; i++) this.page(tracker, i);
    this.fetchMissing(spec.physicalDisk, cpu.id);
    this.calls.emitMonitorCall(v, MonitorCall.MONITOR_CALL_DISK, request.physicalPages[0] ?? -1, request.physicalPages.length, start);
    this.done(tracker, cpu);
    leaveMonitor(cpu, saved);
  }

  private page(t: DiskTracker, i: number): void {
    const r = t.request;
    const sector = r.sector + i * SECTORS_PER_PAGE;
    const sectors = Math.min(SECTORS_PER_PAGE, r.sector + r.sectors - sector);
    const ppn = r.physicalPages[i]!;
    if (t.spec.persistent) return this.persistentPage(t, ppn, sector, sectors);
    assert(r.sector % SECTORS_PER_PAGE === 0, `non-persistent disk requests start on a page boundary (sector ${r.sector})`);
    const pageIndex = sector / SECTORS_PER_PAGE;
    if (r.write) return this.writePrivate(t, ppn, pageIndex, sectors);
    this.readShared(t, ppn, pageIndex, sectors);
  }

  private persistentPage(t: DiskTracker, ppn: number, sector: number, sectors: number): void {
    const v = t.vcpu;
    const d = this.ctx;
    const cpu = v.cpu;
    const mpn = t.request.write ? d.memory.backing(v.vm, ppn, cpu) : d.memory.makePrivate(v.vm, ppn, cpu, sectors < SECTORS_PER_PAGE);
    t.outstanding++;
    if (t.request.write) t.pagesWritten++;
    else t.pagesFromDisk++;
    const disk = d.machine.disks[t.spec.physicalDisk]!;
    disk.submit({ write: t.request.write, sector, sectors, machineAddress: mpn * PAGE_BYTES, onComplete: () => this.done(t, d.machine.cpus[disk.node]!) });
  }

  /** A persistent disk's request is one scatter-gather transfer with the DMA map translated to machine pages (§4.2.4), not one per page. */
  private persistentRequest(t: DiskTracker): void {
    const r = t.request;
    if (r.physicalPages.length === 1) return this.persistentPage(t, r.physicalPages[0]!, r.sector, r.sectors);
    const v = t.vcpu;
    const d = this.ctx;
    const cpu = v.cpu;
    const addresses = r.physicalPages.map((ppn, i) => {
      const sectors = Math.min(SECTORS_PER_PAGE, r.sectors - i * SECTORS_PER_PAGE);
      const mpn = r.write ? d.memory.backing(v.vm, ppn, cpu) : d.memory.makePrivate(v.vm, ppn, cpu, sectors < SECTORS_PER_PAGE);
      return mpn * PAGE_BYTES;
    });
    if (r.write) t.pagesWritten += addresses.length;
    else t.pagesFromDisk += addresses.length;
    t.outstanding++;
    const disk = d.machine.disks[t.spec.physicalDisk]!;
    disk.submit({ write: r.write, sector: r.sector, sectors: r.sectors, machineAddress: addresses[0]!, pageAddresses: addresses, onComplete: () => this.done(t, d.machine.cpus[disk.node]!) });
  }

  /** Writes to a non-persistent disk stay in memory, private to the VM (§4.2.5). */
  private writePrivate(t: DiskTracker, ppn: number, pageIndex: number, sectors: number): void {
    assert(sectors === SECTORS_PER_PAGE, 'non-persistent disk writes cover whole pages');
    const v = t.vcpu;
    const d = this.ctx;
    const key = t.request.disk * DISK_KEY_FACTOR + pageIndex;
    const source = d.memory.localCopy(d.memory.backing(v.vm, ppn, v.cpu), v.cpu.id);
    let target = v.vm.modifiedPages.get(key);
    if (target === undefined) {
      target = d.memory.allocator.allocateNear(v.cpu.id);
      d.memory.memmap.claim(target, PageState.DISK_PRIVATE);
      v.vm.modifiedPages.set(key, target);
    }
    d.memory.copyMachinePage(v.cpu, source, target);
    t.pagesWritten++;
  }

  private readShared(t: DiskTracker, ppn: number, pageIndex: number, sectors: number): void {
    const v = t.vcpu;
    const modified = v.vm.modifiedPages.get(t.request.disk * DISK_KEY_FACTOR + pageIndex);
    if (modified !== undefined) {
      this.copyInto(v.vm, ppn, modified, sectors, v.cpu);
      t.pagesCopied++;
      return;
    }
    const key = t.spec.physicalDisk * DISK_KEY_FACTOR + pageIndex;
    const cached = this.cache.get(key);
    if (cached !== undefined) {
      this.deliverCached(t, ppn, cached, sectors, key, v.cpu);
      return;
    }
    t.outstanding++;
    t.pagesFromDisk++;
    const waiters = this.inflight.get(key);
    const waiter = (mpn: number, cpu: Cpu): void => {
      this.deliverCached(t, ppn, mpn, sectors, key, cpu);
      this.done(t, cpu);
    };
    if (waiters !== undefined) {
      waiters.push(waiter);
      return;
    }
    this.inflight.set(key, [waiter]);
    this.missing.push(pageIndex);
    this.missingPpns.push(ppn);
  }

  /**
   * The first reader's I/O: fresh pages near the reader, filled by one
   * scatter-gather disk transfer per run of consecutive missing pages, then
   * entered in the global cache.
   */
  private fetchMissing(physicalDisk: number, node: number): void {
    const missing = this.missing;
    let i = 0;
    while (i < missing.length) {
      let j = i + 1;
      while (j < missing.length && missing[j] === missing[j - 1]! + 1) j++;
      this.fetchRun(physicalDisk, missing.slice(i, j), this.missingPpns.slice(i, j), node);
      i = j;
    }
    missing.length = 0;
    this.missingPpns.length = 0;
  }

  private fetchRun(physicalDisk: number, pageIndexes: readonly number[], ppns: readonly number[], node: number): void {
    const d = this.ctx;
    const pages = ppns.map((ppn) => d.memory.allocateGuestPage(node, ppn));
    const disk = d.machine.disks[physicalDisk]!;
    disk.submit({
      write: false,
      sector: pageIndexes[0]! * SECTORS_PER_PAGE,
      sectors: SECTORS_PER_PAGE * pages.length,
      machineAddress: pages[0]! * PAGE_BYTES,
      pageAddresses: pages.map((mpn) => mpn * PAGE_BYTES),
      onComplete: () => {
        const cpu = d.machine.cpus[disk.node]!;
        const saved = enterMonitor(cpu, TimeBucket.TIME_MONITOR_CALL_FAULT, d.config.ipiHandlerTicks);
        pageIndexes.forEach((pageIndex, k) => this.cached(physicalDisk * DISK_KEY_FACTOR + pageIndex, pages[k]!, cpu));
        leaveMonitor(cpu, saved);
      },
    });
  }

  private cached(key: number, mpn: number, cpu: Cpu): void {
    this.cache.set(key, mpn);
    this.cacheKeyOf.set(mpn, key);
    this.ctx.memory.memmap.cached[mpn] = 1;
    const waiters = this.inflight.get(key) ?? [];
    this.inflight.delete(key);
    for (const w of waiters) w(mpn, cpu);
  }

  /** A whole page: map the cached machine page read-only (§4.2.5). A partial page: copy the sectors. */
  private deliverCached(t: DiskTracker, ppn: number, mpn: number, sectors: number, key: number, cpu: Cpu): void {
    const vm = t.vcpu.vm;
    const d = this.ctx;
    if (sectors < SECTORS_PER_PAGE) {
      this.copyInto(vm, ppn, mpn, sectors, cpu);
      t.pagesCopied++;
      return;
    }
    t.pagesShared++;
    if (vm.pmap[ppn] === mpn) return;
    d.memory.detach(vm, ppn, cpu, ShootdownReason.SHOOTDOWN_REMAP);
    d.memory.attach(vm, ppn, mpn);
    if (vm.pageKind[ppn] === PageKind.USER) vm.pageKind[ppn] = PageKind.BUFFER_CACHE;
    d.sim.emit(
      'CowBlockShared',
      {
        source: CowSource.COW_SOURCE_DISK,
        physicalPage: ppn,
        machinePage: mpn,
        disk: Math.floor(key / DISK_KEY_FACTOR),
        sector: (key % DISK_KEY_FACTOR) * SECTORS_PER_PAGE,
        sharers: d.memory.memmap.refCount(mpn),
      },
      cpu.id,
      cpu.id,
      vm.id,
    );
  }

  private copyInto(vm: Vm, ppn: number, source: number, sectors: number, cpu: Cpu): void {
    const d = this.ctx;
    const target = d.memory.makePrivate(vm, ppn, cpu, sectors < SECTORS_PER_PAGE);
    d.memory.copyWords(cpu, source, target, 0, (sectors * 512) / 4);
  }

  private done(t: DiskTracker, cpu: Cpu): void {
    t.outstanding--;
    if (t.outstanding > 0) return;
    const d = this.ctx;
    const v = t.vcpu;
    const r = t.request;
    d.sim.emit(
      'DiskRequestVirtualized',
      {
        vcpu: v.id,
        disk: r.disk,
        physicalDisk: t.spec.physicalDisk,
        write: r.write,
        persistent: t.spec.persistent,
        sector: r.sector,
        sectors: r.sectors,
        pagesShared: t.pagesShared,
        pagesFromDisk: t.pagesFromDisk,
        pagesCopied: t.pagesCopied,
        pagesWritten: t.pagesWritten,
        latencyTicks: Math.max(0, Math.max(cpu.nowTicks, d.sim.now) - t.startTicks),
        tag: r.tag,
      },
      cpu.id,
      cpu.id,
      v.vm.id,
    );
    // Completion is a virtual DISK interrupt carrying the request's tag (KernelDiskRequest contract).
    d.sim.after(d.machine.config.interruptLatencyTicks, Priority.INTERRUPT, () => this.interrupts.postInterrupt(v, InterruptCause.DISK, r.tag, cpu.id));
  }
}

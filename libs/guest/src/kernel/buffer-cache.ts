import type { KernelCpu } from '@disco/hardware';
import { assert } from '@disco/sim-kernel';
import type { KernelCore } from './kernel-core';
import type { KernelLock } from './kernel-lock';
import { blockKey, SECTORS_PER_BLOCK } from './file-system';
import { PageUse, type PhysicalMemory } from './physical-memory';

const HEADER_BYTES = 128;
const HASH_BUCKETS = 1024;
/** Largest clustered transfer, in blocks. ASSUMPTION: 16 (64 KB, a typical maximum SCSI transfer of the era). */
const MAX_CLUSTER = 16;

/** A buffer: one cached 4 KB block in one physical page. */
export class Buffer {
  key = -1;
  disk = -1;
  block = -1;
  valid = false;
  dirty = false;
  /** Disk transfer in progress. */
  busy = false;
  dirtySinceTicks = 0;
  /** Mapped as text into some address space: not evictable. */
  mapped = 0;
  /** Called, on the CPU taking the completion interrupt, when the read completes (sleeping threads). */
  waiters: ((cpu: KernelCpu) => void)[] = [];

  constructor(
    readonly index: number,
    /** Its physical page; -1 for a header with no memory yet (a dynamic cache's, until first used or after a steal). */
    public page: number,
    readonly headerVa: number,
  ) {}
}

/**
 * The buffer cache: up to `pages` page-sized buffers, hashed by (disk,
 * block), LRU replacement (a Map's insertion order), delayed writes flushed by
 * a daemon. Reads that miss start a disk request and the caller sleeps.
 *
 * Fixed: every buffer's page is allocated at boot. Dynamic (IRIX: "the
 * actual memory associated with each buffer header is dynamically allocated
 * as needed", IRIX Admin: System Configuration, nbuf): a buffer takes a free
 * page when first used, the cache grows while free memory lasts and recycles
 * its least recently used buffer once it is full or memory is, and an
 * allocation that finds memory exhausted takes back the least recently used
 * clean buffer's page (`reclaimPage`).
 */
export class BufferCache {
  readonly buffers: Buffer[] = [];
  private readonly byKey = new Map<number, Buffer>();
  private readonly freeBuffers: Buffer[] = [];
  private readonly bufferOfPage = new Map<number, Buffer>();
  readonly lock: KernelLock;
  private readonly hashVa: number;
  private readonly pending = new Map<number, { readonly buffers: Buffer[]; readonly write: boolean }>();
  private nextTag = 1;
  hits = 0;
  misses = 0;
  diskReads = 0;
  diskWrites = 0;
  nfsReads = 0;
  lifetimeHits = 0;
  lifetimeMisses = 0;
  /** Disks whose blocks live on an NFS server: their transfers become NFS calls (null: every disk is local). */
  remote: { readonly serves: (disk: number) => boolean; readonly start: (cpu: KernelCpu, tag: number, run: readonly Buffer[], write: boolean) => void } | null = null;

  constructor(
    private readonly core: KernelCore,
    private readonly memory: PhysicalMemory,
    pages: number,
    private readonly dynamic = false,
  ) {
    this.lock = core.newLock('bfreelock');
    this.hashVa = core.data.reserve(HASH_BUCKETS * 8);
    const headers = core.data.reserve(pages * HEADER_BYTES);
    for (let i = 0; i < pages; i++) {
      const page = dynamic ? -1 : memory.allocate(PageUse.BUFFER_CACHE, i % Math.max(1, core.info.nodes));
      const b = new Buffer(i, page, headers + i * HEADER_BYTES);
      this.buffers.push(b);
      if (page >= 0) this.bufferOfPage.set(page, b);
    }
    // Popped from the end. A fixed cache hands out its last buffer first, as it always has (the same runs); a
    // dynamic one its first header first.
    for (let i = 0; i < pages; i++) this.freeBuffers.push(this.buffers[dynamic ? pages - 1 - i : i]!);
  }

  /**
   * Gives the least recently used clean, idle, unmapped buffer's page back to
   * free memory (the page stealer under memory pressure); false if every
   * buffer with a page is dirty, busy or mapped. A dynamic cache only.
   */
  reclaimPage(): boolean {
    if (!this.dynamic) return false;
    for (const b of this.byKey.values()) {
      if (b.page < 0 || b.busy || b.dirty || b.mapped > 0 || b.waiters.length > 0) continue;
      this.byKey.delete(b.key);
      this.bufferOfPage.delete(b.page);
      this.memory.release(b.page, this.memory.nodeOfPage(b.page));
      b.page = -1;
      b.key = -1;
      b.valid = false;
      this.freeBuffers.push(b);
      return true;
    }
    return false;
  }

  /** The buffer holding `page`, if it is a buffer-cache page. */
  ofPage(page: number): Buffer | undefined {
    return this.bufferOfPage.get(page);
  }

  peek(disk: number, block: number): Buffer | undefined {
    return this.byKey.get(blockKey(disk, block));
  }

  /**
   * getblk: the buffer for (disk, block), found or assigned (then not valid).
   * Charges the hash walk and header references.
   */
  getblk(cpu: KernelCpu, disk: number, block: number): Buffer {
    const key = blockKey(disk, block);
    const core = this.core;
    core.lock(cpu, this.lock);
    core.run(cpu, core.routine('getblk'), 60);
    cpu.load(this.hashVa + (block % HASH_BUCKETS) * 8);
    let b = this.byKey.get(key);
    if (b !== undefined) {
      cpu.load(b.headerVa);
      cpu.load(b.headerVa + 8);
      this.byKey.delete(key);
      this.byKey.set(key, b);
      if (b.valid) this.countHit();
      else this.countMiss();
    } else {
      b = this.assign(cpu, key, disk, block);
      this.countMiss();
    }
    cpu.store(b.headerVa + 16, 1);
    core.unlock(cpu, this.lock);
    return b;
  }

  /**
   * Starts reading the buffers that are neither valid nor being read, one disk
   * request per run of consecutive blocks (clustered read, up to 16 blocks).
   */
  startReads(cpu: KernelCpu, buffers: readonly Buffer[]): void {
    let run: Buffer[] = [];
    const flush = (): void => {
      if (run.length > 0) this.issue(cpu, run, false);
      run = [];
    };
    for (const b of buffers) {
      if (b.busy || b.valid) {
        flush();
        continue;
      }
      const last = run[run.length - 1];
      if (last !== undefined && (last.disk !== b.disk || last.block + 1 !== b.block || run.length >= MAX_CLUSTER)) flush();
      b.busy = true;
      run.push(b);
    }
    flush();
  }

  private issue(cpu: KernelCpu, run: Buffer[], write: boolean): void {
    const tag = this.nextTag++;
    this.pending.set(tag, { buffers: run, write });
    this.core.run(cpu, this.core.routine('bwrite'), 80 + 10 * run.length);
    const first = run[0]!;
    if (this.remote !== null && this.remote.serves(first.disk)) {
      this.remote.start(cpu, tag, run, write);
      return;
    }
    if (write) this.diskWrites += run.length;
    else this.diskReads += run.length;
    cpu.diskRequest({
      disk: first.disk,
      write,
      sector: first.block * SECTORS_PER_BLOCK,
      sectors: SECTORS_PER_BLOCK * run.length,
      physicalPages: run.map((b) => b.page),
      tag,
    });
  }

  /** Delayed write: mark dirty; the flush daemon writes it later. */
  markDirty(cpu: KernelCpu, b: Buffer, nowTicks: number): void {
    if (!b.dirty) b.dirtySinceTicks = nowTicks;
    b.dirty = true;
    b.valid = true;
    cpu.store(b.headerVa + 24, 1);
  }

  startWrite(cpu: KernelCpu, b: Buffer): void {
    assert(b.valid && b.dirty, 'writing a buffer that is not dirty');
    if (b.busy) return;
    b.busy = true;
    b.dirty = false;
    this.issue(cpu, [b], true);
  }

  /** A disk interrupt (or NFS reply) for `tag`: its buffers' transfer finished. Returns the waiters to wake. */
  complete(cpu: KernelCpu, tag: number): ((cpu: KernelCpu) => void)[] {
    const request = this.pending.get(tag);
    assert(request !== undefined, `disk completion for unknown tag ${tag}`);
    this.pending.delete(tag);
    const waiters: ((cpu: KernelCpu) => void)[] = [];
    for (const b of request.buffers) {
      assert(b.busy, `buffer ${b.index} completed while idle`);
      b.busy = false;
      if (!request.write) b.valid = true;
      cpu.store(b.headerVa + 16, 0);
      for (const w of b.waiters) waiters.push(w);
      b.waiters = [];
    }
    return waiters;
  }

  /**
   * Writes back dirty buffers older than `ageTicks` (the bdflush daemon),
   * one disk request per run of consecutive blocks (clustered like reads, up
   * to 16 blocks), so a flush does not queue dozens of one-block writes in
   * front of the next read.
   */
  flush(cpu: KernelCpu, nowTicks: number, ageTicks: number): number {
    const due: Buffer[] = [];
    for (const b of this.byKey.values()) {
      cpu.load(b.headerVa + 24);
      if (b.dirty && !b.busy && nowTicks - b.dirtySinceTicks >= ageTicks) due.push(b);
    }
    due.sort((x, y) => x.key - y.key);
    let run: Buffer[] = [];
    for (const b of due) {
      const last = run[run.length - 1];
      if (last !== undefined && (last.disk !== b.disk || last.block + 1 !== b.block || run.length >= MAX_CLUSTER)) {
        this.issue(cpu, run, true);
        run = [];
      }
      b.busy = true;
      b.dirty = false;
      run.push(b);
    }
    if (run.length > 0) this.issue(cpu, run, true);
    return due.length;
  }

  /** Fills a buffer at once (boot-time warm-up, block just created by a write, NFS reply). */
  fill(b: Buffer): void {
    b.valid = true;
  }

  get dirtyCount(): number {
    let n = 0;
    for (const b of this.byKey.values()) if (b.dirty) n++;
    return n;
  }

  drain(): void {
    this.hits = 0;
    this.misses = 0;
    this.diskReads = 0;
    this.diskWrites = 0;
    this.nfsReads = 0;
  }

  private countHit(): void {
    this.hits++;
    this.lifetimeHits++;
  }

  private countMiss(): void {
    this.misses++;
    this.lifetimeMisses++;
  }

  /** A free buffer, or the least recently used clean, idle, unmapped one (dirty ones are written back on the way). */
  private assign(cpu: KernelCpu, key: number, disk: number, block: number): Buffer {
    // A dynamic cache grows only into free memory: with none left it recycles its own LRU buffer instead.
    const free = this.freeBuffers[this.freeBuffers.length - 1];
    let b = free !== undefined && (free.page >= 0 || this.memory.freePages > 0) ? this.freeBuffers.pop() : undefined;
    if (b !== undefined && b.page < 0) {
      b.page = this.memory.allocate(PageUse.BUFFER_CACHE, cpu.node);
      this.bufferOfPage.set(b.page, b);
    }
    if (b === undefined) {
      for (const candidate of this.byKey.values()) {
        cpu.load(candidate.headerVa);
        if (candidate.busy || candidate.mapped > 0 || candidate.waiters.length > 0) continue;
        if (candidate.dirty) {
          this.startWrite(cpu, candidate);
          continue;
        }
        b = candidate;
        break;
      }
      assert(b !== undefined, 'buffer cache exhausted: every buffer busy, dirty or mapped');
      this.byKey.delete(b.key);
    }
    b.key = key;
    b.disk = disk;
    b.block = block;
    b.valid = false;
    b.dirty = false;
    this.byKey.set(key, b);
    cpu.store(b.headerVa, key % 0x7fffffff);
    return b;
  }
}

import { InterruptCause, OP_TRAP, PrivilegedOp, type GuestKernel, type KernelCpu, type KernelPlatformInfo, type KernelTlbEntry, type OpBuffer, type TlbExceptionKind } from '@disco/hardware';
import { assert, AssertionError, type Simulator, type Tick } from '@disco/sim-kernel';
import { GuestService, TimeBucket } from '@disco/trace-schema';
import { USER_DATA_BASE, USER_STACK_TOP, USER_TEXT_BASE } from '../kernel/address-space';
import { SECTORS_PER_BLOCK, type Binary } from '../kernel/file-system';
import { defaultIrixConfig } from '../kernel/kernel-config';
import { KernelCore } from '../kernel/kernel-core';
import { PageUse } from '../kernel/physical-memory';
import { SYSCALL_CODE, type Program, type SyscallRequest, type UserThread } from '../kernel/syscalls';

const TLB_REFILL = -1;
const PAGE_BYTES = 4096;
const PTE_BYTES = 4;
/** The one address space's ASID. */
const ASID = 1;
/** Tag of the loader's read of the application's text. */
const LOAD_TAG = 0x5e_0001;

/** Parameters of SPLASHOS, each with its source. */
export interface SplashOsConfig {
  readonly name: string;
  /** VM index for events. */
  readonly vm: number;
  readonly cycleTicks: Tick;
  /**
   * Library OS text. ASSUMPTION: 128 KB (libc, threads, synchronization and the
   * NFS client of §4.4; it reuses the IRIX model's routine layout, of which it
   * runs only the refill, trap, thread and barrier paths).
   */
  readonly textPages: number;
  /** Application stack, shared by the threads as the workload's references are. ASSUMPTION: 64 KB. */
  readonly stackBytes: number;
  /** Instructions per library call (a barrier arrival, thread creation): a function call, not a kernel entry. ASSUMPTION. */
  readonly barrierInstructions: number;
  readonly threadCreateInstructions: number;
  /** Instructions per PTE written when the page table is set up at start. ASSUMPTION: 4 (index, frame, flags, store). */
  readonly pteSetupInstructions: number;
  readonly clockInstructions: number;
  /**
   * Hand the platform the fixed map (`KernelCpu.mapFixed`) instead of refilling
   * TLB misses from the page table: DISCO.md §2.8, "there is no VM subsystem,
   * so Disco handles all page faults" (INFERENCE: the refills too). Where the
   * platform declines, the page table is set up as without it.
   */
  readonly fixedMap: boolean;
}

export function defaultSplashOsConfig(overrides: Partial<SplashOsConfig> & { readonly cycleTicks: Tick }): SplashOsConfig {
  return {
    name: 'splashos',
    vm: -1,
    textPages: 32,
    stackBytes: 64 * 1024,
    barrierInstructions: 120,
    threadCreateInstructions: 600,
    pteSetupInstructions: 4,
    clockInstructions: 60,
    fixedMap: true,
    ...overrides,
  };
}

interface SplashThread extends UserThread {
  readonly program: Program;
  readonly cpu: number;
  request: SyscallRequest | null;
  blocked: boolean;
  exited: boolean;
}

interface CpuState {
  readonly threads: SplashThread[];
  /** Index in `threads` of the one last picked; `running` is it while it has user code in flight. */
  current: number;
  running: SplashThread | null;
  /** A clock tick asked for the next thread (round robin between threads sharing the VCPU). */
  rotate: boolean;
  asidSet: boolean;
  idle: boolean;
}

/** One mapped range of the application's address space: virtual pages → consecutive physical pages. */
interface Mapping {
  readonly startVpn: number;
  readonly pages: number;
  readonly firstPage: number;
  readonly writable: boolean;
  /** Index of its first PTE in the page table. */
  readonly firstPte: number;
}

/**
 * SPLASHOS (DISCO.md §2.8, paper §4.4): a thin library OS for one SPLASH-2
 * program in one VM. One address space, threads placed one per VCPU (round
 * robin beyond), barriers, and no VM subsystem: at start it maps the whole
 * image (text, data, stack) to physical pages once and for all. Under Disco it
 * hands that fixed map to the monitor, which refills every TLB miss from it
 * (DISCO.md §2.8: Disco handles all page faults); with `fixedMap` off, or where
 * the platform declines, the map is a page table and every TLB miss is a plain
 * refill of SPLASHOS's own. The first reference to a page still faults — in
 * Disco, whose pmap backs the guest-physical page on first use, zeroed and on
 * the node of the VCPU that touched it (NUMA-aware placement for free). The
 * same number of faults as IRIX's demand-zero faults, without IRIX's fault
 * path or its address-space lock.
 */
export class SplashOs implements GuestKernel {
  readonly core: KernelCore;
  /** pid → program name while the application runs (the one "process"). */
  readonly processes = new Map<number, string>();
  /** Use of every physical page (footprint hints). */
  readonly pageUse: Uint8Array;
  onAllExited: (() => void) | null = null;
  private readonly cpus: CpuState[];
  private readonly mappings: Mapping[] = [];
  private readonly pageTableVa: number;
  private readonly barrierVa: number;
  private readonly threadTableVa: number;
  private readonly textPage: number;
  private readonly threads: SplashThread[] = [];
  private loadRequested = false;
  private started = false;
  private barrierArrived = 0;
  private barrierWaiters: SplashThread[] = [];
  private live = 0;
  private nextTid = 1;
  private fillBuffer: OpBuffer | null = null;
  private lastSampleTicks = 0;
  private readonly entry: { vpn2: number; asid: number; global: boolean; physicalPage0: number; physicalPage1: number; writable0: boolean; writable1: boolean };

  constructor(
    readonly sim: Simulator,
    readonly info: KernelPlatformInfo,
    readonly config: SplashOsConfig,
    private readonly binary: Binary,
    private readonly main: Program,
    /** Called once the application is loaded, before its page table is set up (measurement starts). */
    private readonly booted: () => void,
  ) {
    this.core = new KernelCore(sim, info, defaultIrixConfig({ name: config.name, vm: config.vm, cycleTicks: config.cycleTicks, bufferCachePages: 0, kernelTextPages: config.textPages }));
    const core = this.core;
    this.barrierVa = core.data.reserve(128);
    this.threadTableVa = core.data.reserve(info.cpus * 128);
    this.cpus = Array.from({ length: info.cpus }, () => ({ threads: [], current: 0, running: null, rotate: false, asidSet: false, idle: false }));
    this.pageUse = new Uint8Array(info.physicalPages).fill(PageUse.FREE);
    const textPages = Math.ceil(binary.textBytes / PAGE_BYTES);
    const dataPages = Math.ceil(binary.dataBytes / PAGE_BYTES);
    const stackPages = Math.ceil(config.stackBytes / PAGE_BYTES);
    const ptes = textPages + dataPages + stackPages;
    this.pageTableVa = core.data.reserve(ptes * PTE_BYTES);
    let next = config.textPages + core.data.pages;
    for (let p = 0; p < config.textPages; p++) this.pageUse[p] = PageUse.KERNEL_TEXT;
    for (let p = config.textPages; p < next; p++) this.pageUse[p] = PageUse.KERNEL_DATA;
    this.textPage = next;
    next = this.map(USER_TEXT_BASE, textPages, next, false, PageUse.KERNEL_TEXT);
    next = this.map(USER_DATA_BASE, dataPages, next, true, PageUse.USER);
    next = this.map(USER_STACK_TOP - stackPages * PAGE_BYTES, stackPages, next, true, PageUse.USER);
    if (next > info.physicalPages) throw new AssertionError(`splashos: ${binary.name} needs ${next} physical pages, the VM has ${info.physicalPages}`);
    this.entry = { vpn2: 0, asid: ASID, global: false, physicalPage0: -1, physicalPage1: -1, writable0: false, writable1: false };
  }

  /** Reserves physical pages for a virtual range; returns the next free physical page. */
  private map(startVa: number, pages: number, firstPage: number, writable: boolean, use: number): number {
    const previous = this.mappings[this.mappings.length - 1];
    const firstPte = previous === undefined ? 0 : previous.firstPte + previous.pages;
    this.mappings.push({ startVpn: startVa / PAGE_BYTES, pages, firstPage, writable, firstPte });
    // Application text is loaded like a binary's text: classify it as user memory.
    for (let p = 0; p < pages; p++) this.pageUse[firstPage + p] = use === PageUse.KERNEL_TEXT ? PageUse.USER : use;
    return firstPage + pages;
  }

  private mappingOf(vpn: number): Mapping | undefined {
    for (const m of this.mappings) if (vpn >= m.startVpn && vpn < m.startVpn + m.pages) return m;
    return undefined;
  }

  // ---- GuestKernel ----

  fill(buffer: OpBuffer, cpu: KernelCpu): void {
    const state = this.cpus[cpu.id]!;
    state.idle = false;
    if (!this.started) {
      if (cpu.id === 0 && !this.loadRequested) this.load(cpu);
      this.goIdle(cpu, state);
      return;
    }
    if (!state.asidSet) {
      state.asidSet = true;
      cpu.setAsid(ASID);
    }
    const thread = this.pick(state);
    state.running = thread;
    if (thread === null) {
      this.goIdle(cpu, state);
      return;
    }
    this.core.account(cpu, TimeBucket.TIME_USER);
    this.fillBuffer = buffer;
    thread.program.fill(buffer, thread, (call) => this.request(thread, call));
    this.fillBuffer = null;
    if (!(buffer.length > 0)) throw new AssertionError(`program ${thread.program.name} produced nothing`);
  }

  /** The loader: one read of the application's text from disk 0 into its pages. */
  private load(cpu: KernelCpu): void {
    this.loadRequested = true;
    const m = this.mappings[0]!;
    const pages = Array.from({ length: m.pages }, (_, p) => m.firstPage + p);
    const file = this.binary.file;
    cpu.diskRequest({ disk: file.disk, write: false, sector: file.firstBlock * SECTORS_PER_BLOCK, sectors: pages.length * SECTORS_PER_BLOCK, physicalPages: pages, tag: LOAD_TAG });
  }

  /** The application is in memory: hand the platform its fixed map, or set up the whole page table (no faults of its own later); start the main thread. */
  private start(cpu: KernelCpu): void {
    assert(!this.started, 'splashos started twice');
    this.started = true;
    this.booted();
    const core = this.core;
    for (const m of this.mappings) {
      if (this.config.fixedMap && cpu.mapFixed(m.startVpn, m.pages, m.firstPage, m.writable)) continue;
      for (let p = 0; p < m.pages; p++) {
        cpu.compute(this.config.pteSetupInstructions);
        cpu.store(this.pageTableVa + (m.firstPte + p) * PTE_BYTES, m.firstPage + p);
      }
    }
    core.run(cpu, core.routine('procdup'), this.config.threadCreateInstructions);
    this.processes.set(1, this.main.name);
    this.addThread(cpu, this.main, 0);
  }

  private addThread(cpu: KernelCpu, program: Program, rank: number): void {
    const home = rank % this.info.cpus;
    const thread: SplashThread = { pid: 1, tid: this.nextTid++, rank, program, cpu: home, request: null, blocked: false, exited: false };
    this.threads.push(thread);
    this.cpus[home]!.threads.push(thread);
    this.live++;
    cpu.store(this.threadTableVa + home * 128, thread.tid);
    this.wake(cpu, home);
  }

  /** The next runnable thread of this VCPU, round robin. */
  private pick(state: CpuState): SplashThread | null {
    const n = state.threads.length;
    const first = state.rotate ? 1 : 0;
    state.rotate = false;
    for (let i = first; i < n + first; i++) {
      const t = state.threads[(state.current + i) % n]!;
      if (!t.blocked && !t.exited) {
        state.current = (state.current + i) % n;
        return t;
      }
    }
    return null;
  }

  private goIdle(cpu: KernelCpu, state: CpuState): void {
    this.core.account(cpu, TimeBucket.TIME_IDLE);
    state.idle = true;
    cpu.idle();
  }

  private wake(cpu: KernelCpu, target: number): void {
    if (target !== cpu.id && this.cpus[target]!.idle) cpu.sendIpi(target, 0);
  }

  private request(thread: SplashThread, call: SyscallRequest): void {
    if (this.fillBuffer === null) throw new AssertionError('library call outside fill');
    thread.request = call;
    this.fillBuffer.push(OP_TRAP, SYSCALL_CODE[call.kind]);
  }

  /** The refill: one PTE pair from the page table, written as it is (every PTE of the image is valid). */
  tlbMiss(cpu: KernelCpu, kind: TlbExceptionKind, va: number, write: boolean): boolean {
    const vpn = Math.floor(va / PAGE_BYTES);
    const m = this.mappingOf(vpn);
    if (m === undefined) throw new AssertionError(`splashos: reference to unmapped 0x${va.toString(16)}`);
    if (kind !== TLB_REFILL) throw new AssertionError(`splashos: TLB exception ${kind} at 0x${va.toString(16)}${write ? ' (store)' : ''}: its mappings are complete and stores go to writable ranges`);
    const previous = this.core.account(cpu, TimeBucket.TIME_KERNEL);
    const services = this.core.services;
    services.begin(cpu, GuestService.SERVICE_UTLB_MISS, 1);
    const core = this.core;
    cpu.privileged(PrivilegedOp.READ_BADVADDR);
    core.run(cpu, core.routine('utlb'), 3);
    const even = vpn & ~1;
    const e = this.entry;
    e.vpn2 = even >>> 1;
    e.physicalPage0 = this.pteLoad(cpu, even);
    e.physicalPage1 = this.pteLoad(cpu, even + 1);
    e.writable0 = e.physicalPage0 >= 0 && this.mappingOf(even)!.writable;
    e.writable1 = e.physicalPage1 >= 0 && this.mappingOf(even + 1)!.writable;
    cpu.tlbWriteRandom(e as KernelTlbEntry);
    cpu.privileged(PrivilegedOp.ERET);
    services.end(cpu);
    this.core.account(cpu, previous);
    return true;
  }

  /** The physical page a PTE holds (a load of it), or -1 outside the image. */
  private pteLoad(cpu: KernelCpu, vpn: number): number {
    const m = this.mappingOf(vpn);
    if (m === undefined) return -1;
    const index = vpn - m.startVpn;
    cpu.load(this.pageTableVa + (m.firstPte + index) * PTE_BYTES);
    return m.firstPage + index;
  }

  trap(cpu: KernelCpu, code: number, _argument: number): void {
    const state = this.cpus[cpu.id]!;
    const thread = state.running;
    const call = thread?.request ?? null;
    if (thread === null || call === null) throw new AssertionError(`cpu ${cpu.id}: library call ${code} without a request`);
    thread.request = null;
    const previous = this.core.account(cpu, TimeBucket.TIME_KERNEL);
    switch (call.kind) {
      case 'sproc':
        this.core.services.begin(cpu, GuestService.SERVICE_SPROC, 1);
        for (const program of call.programs) {
          this.core.run(cpu, this.core.routine('procdup'), this.config.threadCreateInstructions);
          this.addThread(cpu, program, this.threads.length);
        }
        break;
      case 'barrier':
        this.core.services.begin(cpu, GuestService.SERVICE_BARRIER, 1);
        this.barrier(cpu, thread, call.parties);
        break;
      case 'exit':
        this.core.services.begin(cpu, GuestService.SERVICE_EXIT, 1);
        this.exit(cpu, thread);
        break;
      default:
        throw new AssertionError(`splashos: ${call.kind} is not a library call it provides (threads, barriers, exit)`);
    }
    this.core.services.end(cpu);
    this.core.account(cpu, previous);
    thread.program.returned(0);
  }

  /** A barrier in shared memory: arrivals count on one word; the last releases the waiters and wakes their VCPUs. */
  private barrier(cpu: KernelCpu, thread: SplashThread, parties: number): void {
    const core = this.core;
    core.run(cpu, core.routine('barrier'), this.config.barrierInstructions);
    cpu.load(this.barrierVa);
    cpu.store(this.barrierVa, this.barrierArrived + 1);
    if (++this.barrierArrived < parties) {
      thread.blocked = true;
      this.barrierWaiters.push(thread);
      return;
    }
    this.barrierArrived = 0;
    const waiters = this.barrierWaiters;
    this.barrierWaiters = [];
    for (const w of waiters) {
      w.blocked = false;
      this.wake(cpu, w.cpu);
    }
  }

  private exit(cpu: KernelCpu, thread: SplashThread): void {
    thread.exited = true;
    cpu.store(this.threadTableVa + thread.cpu * 128, 0);
    if (--this.live > 0) return;
    this.processes.clear();
    this.onAllExited?.();
  }

  interrupt(cpu: KernelCpu, cause: InterruptCause, data: number): void {
    const previous = this.core.account(cpu, TimeBucket.TIME_KERNEL);
    const services = this.core.services;
    const core = this.core;
    switch (cause) {
      case InterruptCause.TIMER:
        services.begin(cpu, GuestService.SERVICE_CLOCK_INTERRUPT, 1);
        core.run(cpu, core.routine('clock'), this.config.clockInstructions);
        // Round robin between threads sharing a VCPU at each tick.
        this.cpus[cpu.id]!.rotate = true;
        break;
      case InterruptCause.DISK:
        services.begin(cpu, GuestService.SERVICE_DISK_INTERRUPT, 1);
        core.run(cpu, core.routine('diskIntr'), this.config.clockInstructions);
        if (data !== LOAD_TAG) throw new AssertionError(`splashos: unexpected disk completion ${data}`);
        this.start(cpu);
        break;
      case InterruptCause.HOT_PAGE:
        this.core.account(cpu, previous < 0 ? TimeBucket.TIME_KERNEL : previous);
        return;
      default:
        services.begin(cpu, GuestService.SERVICE_IPI, 1);
        core.run(cpu, core.routine('clock'), this.config.clockInstructions / 2);
        break;
    }
    services.end(cpu);
    this.core.account(cpu, previous < 0 ? TimeBucket.TIME_KERNEL : previous);
  }

  /** Emits the library OS's service samples for the interval since the last call. */
  sample(nowTicks: number): void {
    const interval = nowTicks - this.lastSampleTicks;
    this.lastSampleTicks = nowTicks;
    const s = this.core.services;
    s.emitSamples(interval);
  }

  /** Physical pages of the application's data and stack (what first-touch faults back). */
  get applicationPages(): { readonly first: number; readonly count: number } {
    const data = this.mappings[1]!;
    const stack = this.mappings[2]!;
    return { first: data.firstPage, count: stack.firstPage + stack.pages - data.firstPage };
  }

  get textFirstPage(): number {
    return this.textPage;
  }
}

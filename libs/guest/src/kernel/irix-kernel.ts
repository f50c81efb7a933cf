import { InterruptCause, OP_TRAP, OpBuffer, type GuestKernel, type KernelCpu, type KernelPlatformInfo, type TlbExceptionKind } from '@disco/hardware';
import { assert, type Simulator } from '@disco/sim-kernel';
import { TimeBucket } from '@disco/trace-schema';
import { AddressSpace } from './address-space';
import { BufferCache } from './buffer-cache';
import { SECTORS_PER_BLOCK, type Binary, type FileSystem } from './file-system';
import { KernelCore } from './kernel-core';
import type { IrixConfig } from './kernel-config';
import { PATHS } from './kernel-paths';
import { PageUse, PhysicalMemory } from './physical-memory';
import { Process, Thread, ThreadState } from './process';
import { GuestService } from './services';
import { SYSCALL_CODE, type Program, type SyscallRequest } from './syscalls';
import { FAULT_SLEPT, VirtualMemory } from './virtual-memory';
import { Nfs, type NfsSetup } from './nfs';
import { FileCalls } from './file-calls';
import { ProcessCalls } from './process-calls';
import { emitKernelSamples } from './kernel-samples';
import { BLOCKED, done, type Outcome } from './outcome';
import { ThreadScheduler } from './thread-scheduler';

const TLB_REFILL = -1;
/** Room for the static areas the VM and buffer cache reserve after memory is sized (lock words, hash tables, address-space table). */
const STATIC_SLACK_PAGES = 40;

const SERVICE_OF: Readonly<Record<SyscallRequest['kind'], number>> = {
  open: GuestService.SERVICE_OPEN,
  close: GuestService.SERVICE_CLOSE,
  read: GuestService.SERVICE_READ,
  write: GuestService.SERVICE_WRITE,
  fork: GuestService.SERVICE_FORK,
  execve: GuestService.SERVICE_EXECVE,
  exit: GuestService.SERVICE_EXIT,
  wait: GuestService.SERVICE_WAIT,
  sproc: GuestService.SERVICE_SPROC,
  barrier: GuestService.SERVICE_BARRIER,
  pause: GuestService.SERVICE_OTHER_SYSCALL,
};
/** Tag of the boot loader's read of the kernel image (buffer-cache tags count up from 1). */
const KERNEL_IMAGE_TAG = 0x7fff_0000;

/**
 * An IRIX 5.3-like kernel (§4.3 of the paper, DISCO.md §2.7): processes and
 * sproc threads, fork/exec/exit/wait, a page table per address space with a
 * fast UTLB refill and a slow fault path (quick, demand-zero, copy-on-write),
 * a buffer cache over the disks, a global run queue with an idle loop, and
 * kernel locks including `memlock`. Written against `KernelCpu` only, so the
 * same kernel runs natively and in a Disco VM.
 */
export class IrixKernel implements GuestKernel {
  readonly core: KernelCore;
  readonly memory: PhysicalMemory;
  readonly vm: VirtualMemory;
  readonly buffers: BufferCache;
  /** Run queue, dispatch, idle loop, sleep and wake-up (thread-scheduler.ts). */
  private readonly scheduler: ThreadScheduler;
  /** Processes and threads: fork, exec, exit, wait, sproc and the sproc barrier. */
  private readonly procs: ProcessCalls;
  /** open, close, read, write and path lookup over the buffer cache. */
  private readonly files: FileCalls;
  private lastSampleTicks = 0;
  /** Called when the last process has exited (the workload is done). */
  onAllExited: (() => void) | null = null;
  /** Per thread, the buffer its program is filling (so its request closure allocates nothing). */
  private fillBuffer: OpBuffer | null = null;
  /** Threads in `pause`, re-checked at clock and IPI interrupts. */
  private readonly paused: Thread[] = [];
  /** The kernel image is still being read from disk: processes wait in `bootQueue`. */
  private imageLoading: boolean;
  private imageRequested = false;
  /**
   * The boot CPU has not yet cleared the kernel's static data (BSS) and built
   * its tables (pfdat, buffer headers): processes wait in `bootQueue`.
   */
  private staticDataPending = true;
  /** Physical pages [first, end) of static kernel data (after the text). */
  readonly staticData: { readonly first: number; readonly end: number };
  private readonly bootQueue: Thread[] = [];
  /** NFS client and server over the network (null: no network file system). */
  readonly nfs: Nfs | null;
  private nfsStarted = false;
  /** Capacity of the platform's op buffers (a sleeping thread keeps its operations in one of its own). */
  private opCapacity = 0;

  constructor(
    readonly sim: Simulator,
    readonly info: KernelPlatformInfo,
    readonly config: IrixConfig,
    readonly fs: FileSystem,
    nfs: NfsSetup | null = null,
  ) {
    this.core = new KernelCore(sim, info, config);
    const core = this.core;
    // Created first, as its runqlock's word was: kernel data is laid out in creation order.
    this.scheduler = new ThreadScheduler(core, info.cpus, config.cacheAffinity, { asidOf: (cpu, space) => this.vm.asidOf(cpu, space), procVaOf: (pid) => this.procs.procVaOf(pid) }, config.vm, config.pinThreads);
    const scheduler = this.scheduler;
    const threads = { sleep: (thread: Thread, waits: number) => scheduler.sleep(thread, waits), wakeOne: (cpu: KernelCpu, thread: Thread) => scheduler.wakeOne(cpu, thread) };
    this.procs = new ProcessCalls(core, () => this.vm, () => this.files, threads, () => this.onAllExited?.());
    this.files = new FileCalls(core, () => this.buffers, threads);
    // pfdat and buffer headers are sized by memory; reserve them before fixing the kernel's extent.
    const pfdatBytes = info.physicalPages * 32;
    const headerBytes = config.bufferCachePages * 128 + 8192;
    const reservedPages = config.kernelTextPages + core.data.pages + Math.ceil((pfdatBytes + headerBytes) / 4096) + STATIC_SLACK_PAGES;
    this.memory = new PhysicalMemory(info.physicalPages, info.nodes, info.nodeOfPage, reservedPages, config.kernelTextPages, config.placement, config.pageColors);
    this.staticData = { first: config.kernelTextPages, end: reservedPages };
    this.vm = new VirtualMemory(core, this.memory, () => this.buffers);
    this.buffers = new BufferCache(core, this.memory, config.bufferCachePages, config.dynamicBufferCache);
    const buffers = this.buffers;
    if (config.dynamicBufferCache) this.memory.reclaim = () => buffers.reclaimPage();
    assert(config.kernelTextPages + core.data.pages <= reservedPages, 'kernel static data outgrew its reservation');
    this.imageLoading = config.kernelImage !== null;
    this.nfs = nfs === null ? null : new Nfs(core, this.vm, () => this.buffers, nfs);
    const client = this.nfs;
    if (client !== null && nfs!.mounts.length > 0) {
      this.buffers.remote = { serves: (disk) => client.mountOf(disk) !== undefined, start: (cpu, tag, run, write) => client.startCall(cpu, tag, run, write) };
    }
  }

  /** Every process not yet reaped, by pid. */
  get processes(): ReadonlyMap<number, Process> {
    return this.procs.processes;
  }

  get runnable(): number {
    return this.scheduler.runQueue.length;
  }

  /** Creates a process at boot (no simulated cost): `binary`'s image running `program`. */
  spawn(program: Program, binary: Binary): Process {
    const space = this.vm.newSpace();
    AddressSpace.layout(space, binary);
    const { process, thread } = this.procs.spawn(space, program, this.memory.allocate(PageUse.KERNEL_DATA, 0));
    (this.imageLoading || this.staticDataPending ? this.bootQueue : this.scheduler.runQueue).push(thread);
    return process;
  }

  // ---- GuestKernel ----

  fill(buffer: OpBuffer, cpu: KernelCpu): void {
    const scheduler = this.scheduler;
    const state = scheduler.entered(cpu);
    this.opCapacity = buffer.capacity;
    if (!this.nfsStarted && this.nfs !== null) {
      this.nfsStarted = true;
      this.core.account(cpu, TimeBucket.TIME_KERNEL);
      this.nfs.start(cpu);
    }
    if (this.imageLoading) {
      if (cpu.id === 0 && !this.imageRequested) this.loadImage(cpu);
      scheduler.goIdle(cpu, state);
      return;
    }
    if (this.staticDataPending) {
      if (cpu.id !== 0) {
        scheduler.goIdle(cpu, state);
        return;
      }
      this.initialiseStaticData(cpu);
    }
    for (let guard = 0; guard < 64; guard++) {
      const thread = scheduler.running(cpu, state);
      if (thread === null) {
        scheduler.goIdle(cpu, state);
        return;
      }
      if (thread.resume !== null) {
        const resume = thread.resume;
        thread.resume = null;
        this.core.account(cpu, TimeBucket.TIME_KERNEL);
        resume(cpu);
        if (thread.state !== ThreadState.RUNNING) continue;
      }
      this.core.account(cpu, TimeBucket.TIME_USER);
      const saved = thread.savedOps;
      if (saved !== null && saved.length > 0) {
        // The operations it had left when it slept in a fault, the faulting reference first.
        for (let i = 0; i < saved.length; i++) buffer.push(saved.kinds[i]!, saved.args[i]!, saved.values[i]!);
        saved.length = 0;
        return;
      }
      this.fillBuffer = buffer;
      thread.program.fill(buffer, thread, (call) => this.request(thread, call));
      this.fillBuffer = null;
      assert(buffer.length > 0, `program ${thread.program.name} of pid ${thread.pid} produced nothing`);
      return;
    }
    throw new Error(`cpu ${cpu.id}: no thread reached user mode after 64 kernel resumptions`);
  }

  /** The boot loader: one read of the kernel's text pages from the image on disk; processes start when it completes. */
  private loadImage(cpu: KernelCpu): void {
    const image = this.config.kernelImage!;
    this.imageRequested = true;
    const pages = Array.from({ length: this.config.kernelTextPages }, (_, p) => p);
    cpu.diskRequest({ disk: image.disk, write: false, sector: image.firstBlock * SECTORS_PER_BLOCK, sectors: pages.length * SECTORS_PER_BLOCK, physicalPages: pages, tag: KERNEL_IMAGE_TAG });
  }

  private imageLoaded(cpu: KernelCpu): void {
    assert(this.imageLoading, 'kernel image completion twice');
    this.imageLoading = false;
    // The boot CPU goes on with the kernel's start-up (initialiseStaticData).
    if (cpu.id !== 0 && this.scheduler.cpus[0]!.idle) cpu.sendIpi(0, 0);
  }

  /**
   * The kernel's start-up on the boot CPU, before any process runs: it clears
   * the static data (BSS) and writes every entry of the tables sized by
   * memory, the pfdat (one per physical page, linked into the free lists) and
   * the buffer headers, so every page of static kernel data is written once
   * (IRIX's mlreset/binit; general knowledge of UNIX start-up). Modelled as
   * the bzero loop over those pages. Under Disco this is what backs them, as
   * native IRIX's footprint counts them (issue: comparable footprints).
   */
  private initialiseStaticData(cpu: KernelCpu): void {
    const core = this.core;
    core.account(cpu, TimeBucket.TIME_KERNEL);
    for (let page = this.staticData.first; page < this.staticData.end; page++) core.bzero(cpu, page);
    this.staticDataPending = false;
    for (const t of this.bootQueue) this.scheduler.runQueue.push(t);
    this.bootQueue.length = 0;
    this.scheduler.wakeIdleCpus(cpu);
  }

  private request(thread: Thread, call: SyscallRequest): void {
    assert(this.fillBuffer !== null, 'system call outside fill');
    assert(thread.request === null, `pid ${thread.pid} made two system calls in one trap`);
    thread.request = call;
    this.fillBuffer.push(OP_TRAP, SYSCALL_CODE[call.kind]);
  }

  tlbMiss(cpu: KernelCpu, kind: TlbExceptionKind, va: number, write: boolean): boolean {
    assert(va < 0x8000_0000, `guest kernel asked to handle a kernel-segment TLB miss at 0x${va.toString(16)}`);
    const thread = this.scheduler.cpus[cpu.id]!.current;
    assert(thread !== null, `cpu ${cpu.id}: user TLB miss with no thread`);
    const space = thread.process.space;
    const previous = this.core.account(cpu, TimeBucket.TIME_KERNEL);
    const services = this.core.services;
    if (kind === TLB_REFILL) {
      services.begin(cpu, GuestService.SERVICE_UTLB_MISS, thread.pid);
      const refilled = this.vm.utlbRefill(cpu, space, va);
      services.end(cpu);
      if (refilled) {
        this.core.account(cpu, previous);
        return true;
      }
    }
    services.begin(cpu, GuestService.SERVICE_QUICK_FAULT, thread.pid, va);
    this.core.exceptionEntry(cpu, PATHS.savedRegisters / 2, thread.stackVa);
    // Only a fault from user code may sleep: its thread stops at the faulting reference.
    const fault = this.vm.fault(cpu, space, va, write, previous === TimeBucket.TIME_USER ? thread : null);
    if (fault === FAULT_SLEPT) {
      const ops = thread.savedOps ?? (thread.savedOps = new OpBuffer(this.opCapacity));
      assert(ops.length === 0, `pid ${thread.pid} slept in a fault with operations still saved`);
      cpu.yieldOps(ops);
      this.sleepInFault(cpu, thread, va, write);
      this.core.account(cpu, previous);
      return false;
    }
    this.core.exceptionExit(cpu, PATHS.savedRegisters / 2, thread.stackVa);
    services.retag(cpu, fault);
    services.end(cpu);
    this.core.account(cpu, previous);
    return true;
  }

  /** The thread sleeps on a VM lock inside its fault; when it runs again it takes the lock and finishes the fault. */
  private sleepInFault(cpu: KernelCpu, thread: Thread, va: number, write: boolean): void {
    thread.suspended = this.core.services.suspend(cpu);
    this.scheduler.sleep(thread, 1);
    thread.resume = (c) => {
      const services = this.core.services;
      services.begin(c, GuestService.SERVICE_QUICK_FAULT, thread.pid, va, thread.suspended ?? undefined);
      thread.suspended = null;
      const fault = this.vm.fault(c, thread.process.space, va, write, thread);
      if (fault === FAULT_SLEPT) {
        this.sleepInFault(c, thread, va, write);
        return;
      }
      this.core.exceptionExit(c, PATHS.savedRegisters / 2, thread.stackVa);
      services.retag(c, fault);
      services.end(c);
    };
  }

  trap(cpu: KernelCpu, code: number, _argument: number): void {
    const thread = this.scheduler.cpus[cpu.id]!.current;
    assert(thread !== null && thread.request !== null, `cpu ${cpu.id}: trap ${code} without a pending system call`);
    const call = thread.request;
    thread.request = null;
    this.core.account(cpu, TimeBucket.TIME_KERNEL);
    this.core.services.begin(cpu, SERVICE_OF[call.kind], thread.pid);
    this.core.exceptionEntry(cpu, PATHS.savedRegisters, thread.stackVa);
    this.core.run(cpu, this.core.routine('syscall'), 40);
    this.attempt(cpu, thread, call);
  }

  /** Runs a system call; it either completes or leaves the thread asleep with a continuation. */
  private attempt(cpu: KernelCpu, thread: Thread, call: SyscallRequest): void {
    const outcome = this.perform(cpu, thread, call);
    if (outcome.result === BLOCKED) {
      assert(thread.state === ThreadState.SLEEPING || thread.state === ThreadState.RUNNABLE, 'blocked system call left its thread running');
      thread.suspended = this.core.services.suspend(cpu);
      thread.resume = (c) => {
        this.core.services.begin(c, SERVICE_OF[call.kind], thread.pid, 0, thread.suspended ?? undefined);
        thread.suspended = null;
        this.attempt(c, thread, call);
      };
      return;
    }
    if (call.kind === 'exit') {
      this.core.services.end(cpu);
      return;
    }
    this.core.exceptionExit(cpu, PATHS.savedRegisters, thread.stackVa);
    this.core.services.end(cpu, outcome.bytes, outcome.diskReads);
    if (call.kind !== 'execve') thread.program.returned(outcome.result);
    this.core.account(cpu, TimeBucket.TIME_USER);
  }

  interrupt(cpu: KernelCpu, cause: InterruptCause, data: number): void {
    const previous = this.core.account(cpu, TimeBucket.TIME_KERNEL);
    const services = this.core.services;
    const pid = this.scheduler.cpus[cpu.id]!.current?.pid ?? 0;
    switch (cause) {
      case InterruptCause.TIMER:
        services.begin(cpu, GuestService.SERVICE_CLOCK_INTERRUPT, pid);
        this.clock(cpu);
        break;
      case InterruptCause.DISK:
        services.begin(cpu, GuestService.SERVICE_DISK_INTERRUPT, pid);
        this.core.run(cpu, this.core.routine('diskIntr'), PATHS.diskInterruptInstructions);
        if (data === KERNEL_IMAGE_TAG) this.imageLoaded(cpu);
        else for (const wake of this.buffers.complete(cpu, data)) wake(cpu);
        break;
      case InterruptCause.IPI:
        services.begin(cpu, GuestService.SERVICE_IPI, pid);
        this.core.run(cpu, this.core.routine('clock'), PATHS.ipiInstructions);
        this.checkPaused(cpu);
        break;
      case InterruptCause.HOT_PAGE:
        // FLASH's hot-page interrupt is for a monitor; IRIX masks it.
        this.core.account(cpu, previous < 0 ? TimeBucket.TIME_KERNEL : previous);
        return;
      default:
        services.begin(cpu, GuestService.SERVICE_NET_INTERRUPT, pid);
        this.core.run(cpu, this.core.routine('net'), PATHS.diskInterruptInstructions);
        if (cause === InterruptCause.NIC && this.nfs !== null) this.nfs.received(cpu, data);
        break;
    }
    services.end(cpu);
    this.core.account(cpu, previous < 0 ? TimeBucket.TIME_KERNEL : previous);
  }

  // ---- clock and pause ----

  private clock(cpu: KernelCpu): void {
    const core = this.core;
    core.run(cpu, core.routine('clock'), PATHS.clockInstructions);
    this.checkPaused(cpu);
    const state = this.scheduler.cpus[cpu.id]!;
    const current = state.current;
    // The slice is counted in clock ticks (the tick of a run that began between two counts as one): slice_size ticks after its dispatch, a thread gives way to a runnable one.
    if (current !== null && ++current.sliceTicksRun >= this.config.sliceClockTicks && this.scheduler.runQueue.length > 0) state.needResched = true;
    if (cpu.id === 0 && cpu.nowTicks - state.lastFlushTicks >= this.config.bdflushIntervalTicks) {
      state.lastFlushTicks = cpu.nowTicks;
      core.services.begin(cpu, GuestService.SERVICE_BDFLUSH, 0);
      core.run(cpu, core.routine('bwrite'), PATHS.bdflushInstructions);
      this.buffers.flush(cpu, cpu.nowTicks, this.config.bdflushIntervalTicks);
      core.services.end(cpu);
    }
  }

  /** Wakes paused threads whose condition now holds. */
  private checkPaused(cpu: KernelCpu): void {
    for (let i = 0; i < this.paused.length; ) {
      const t = this.paused[i]!;
      if (!this.pauseOver(t)) {
        i++;
        continue;
      }
      this.paused.splice(i, 1);
      this.scheduler.wakeOne(cpu, t);
    }
  }

  private pauseOver(t: Thread): boolean {
    return t.pauseUntil !== null && t.pauseUntil();
  }

  /** Sleeps until `until()` holds; a pause that finds it holding wakes the other paused threads whose condition now holds too (the last arrival of a window gate releases the rest). */
  private pause(cpu: KernelCpu, thread: Thread, until: () => boolean): Outcome {
    if (until()) {
      thread.pauseUntil = null;
      this.checkPaused(cpu);
      return done(0);
    }
    thread.pauseUntil = until;
    this.paused.push(thread);
    return { result: this.scheduler.sleep(thread, 1), bytes: 0, diskReads: 0 };
  }

  // ---- system calls ----

  private perform(cpu: KernelCpu, thread: Thread, call: SyscallRequest): Outcome {
    switch (call.kind) {
      case 'open':
        return this.files.open(cpu, thread, call.file, call.create);
      case 'close':
        return this.files.close(cpu, thread, call.fd);
      case 'read':
        return this.files.readWrite(cpu, thread, call.fd, call.bytes, call.bufferVa, false);
      case 'write':
        return this.files.readWrite(cpu, thread, call.fd, call.bytes, call.bufferVa, true);
      case 'fork':
        return this.procs.fork(cpu, thread, call.child);
      case 'execve':
        return this.procs.execve(cpu, thread, call.binary, call.program);
      case 'exit':
        return this.procs.exit(cpu, thread);
      case 'wait':
        return this.procs.wait(cpu, thread);
      case 'sproc':
        return this.procs.sproc(cpu, thread, call.programs);
      case 'barrier':
        return this.procs.barrier(cpu, thread, call.parties);
      case 'pause':
        return this.pause(cpu, thread, call.until);
    }
  }

  // ---- sampling ----

  /** Emits the kernel's samples for the interval since the last call. */
  sample(nowTicks: number): void {
    const interval = nowTicks - this.lastSampleTicks;
    this.lastSampleTicks = nowTicks;
    emitKernelSamples(this.core, this.buffers, this.memory, interval);
  }
}

import { InterruptCause, OP_TRAP, OpBuffer, type GuestKernel, type KernelCpu, type KernelPlatformInfo, type TlbExceptionKind } from '@disco/hardware';
import { assert, type Simulator } from '@disco/sim-kernel';
import { TimeBucket } from '@disco/trace-schema';
import { AddressSpace } from './address-space';
import { BufferCache } from './buffer-cache';
import { AffinityBook } from './cache-affinity';
import { SECTORS_PER_BLOCK, type Binary, type FileSystem } from './file-system';
import { KernelCore } from './kernel-core';
import type { IrixConfig } from './kernel-config';
import type { KernelLock } from './kernel-lock';
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

const TLB_REFILL = -1;
/** Room for the static areas the VM and buffer cache reserve after memory is sized (lock words, hash tables, address-space table). */
const STATIC_SLACK_PAGES = 40;

interface CpuState {
  current: Thread | null;
  idle: boolean;
  ipiPending: boolean;
  needResched: boolean;
  lastFlushTicks: number;
}

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
  private readonly cpus: CpuState[];
  /** Cache affinity of threads for the CPUs they ran on (IRIX affinity scheduling). */
  private readonly affinity: AffinityBook;
  private readonly runQueue: Thread[] = [];
  private readonly runqlock: KernelLock;
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
  private readonly bootQueue: Thread[] = [];
  /** NFS client and server over the network (null: no network file system). */
  readonly nfs: Nfs | null;
  private nfsStarted = false;
  /** Each CPU's port, as the platform last called the kernel on it (to send a wake-up IPI from a releasing CPU). */
  private readonly ports: (KernelCpu | undefined)[] = [];
  /** Per CPU, vsema runs owed for releases that woke a sleeper while the CPU ran no kernel code; paid at its next fill. */
  private readonly wakeDebt: Int32Array;
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
    this.runqlock = core.newLock('runqlock');
    const threads = { sleep: (thread: Thread, waits: number) => this.sleep(thread, waits), wakeOne: (cpu: KernelCpu, thread: Thread) => this.wakeOne(cpu, thread) };
    this.procs = new ProcessCalls(core, () => this.vm, () => this.files, threads, () => this.onAllExited?.());
    this.files = new FileCalls(core, () => this.buffers, threads);
    // pfdat and buffer headers are sized by memory; reserve them before fixing the kernel's extent.
    const pfdatBytes = info.physicalPages * 32;
    const headerBytes = config.bufferCachePages * 128 + 8192;
    const reservedPages = config.kernelTextPages + core.data.pages + Math.ceil((pfdatBytes + headerBytes) / 4096) + STATIC_SLACK_PAGES;
    this.memory = new PhysicalMemory(info.physicalPages, info.nodes, info.nodeOfPage, reservedPages, config.kernelTextPages, config.placement, config.pageColors);
    this.vm = new VirtualMemory(core, this.memory, () => this.buffers);
    this.buffers = new BufferCache(core, this.memory, config.bufferCachePages);
    assert(config.kernelTextPages + core.data.pages <= reservedPages, 'kernel static data outgrew its reservation');
    this.cpus = Array.from({ length: info.cpus }, () => ({ current: null, idle: false, ipiPending: false, needResched: false, lastFlushTicks: 0 }));
    this.affinity = new AffinityBook(info.cpus, config.cacheAffinity);
    this.wakeDebt = new Int32Array(info.cpus);
    core.onHandOver = (cpu, releaser, waiter) => this.lockHandedOver(cpu, releaser, waiter as Thread);
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
    return this.runQueue.length;
  }

  /** Creates a process at boot (no simulated cost): `binary`'s image running `program`. */
  spawn(program: Program, binary: Binary): Process {
    const space = this.vm.newSpace();
    AddressSpace.layout(space, binary);
    const { process, thread } = this.procs.spawn(space, program, this.memory.allocate(PageUse.KERNEL_DATA, 0));
    (this.imageLoading ? this.bootQueue : this.runQueue).push(thread);
    return process;
  }

  // ---- GuestKernel ----

  fill(buffer: OpBuffer, cpu: KernelCpu): void {
    const state = this.cpus[cpu.id]!;
    state.idle = false;
    state.ipiPending = false;
    this.ports[cpu.id] = cpu;
    this.opCapacity = buffer.capacity;
    if (this.wakeDebt[cpu.id]! > 0) this.payWakeDebt(cpu);
    if (!this.nfsStarted && this.nfs !== null) {
      this.nfsStarted = true;
      this.core.account(cpu, TimeBucket.TIME_KERNEL);
      this.nfs.start(cpu);
    }
    if (this.imageLoading) {
      if (cpu.id === 0 && !this.imageRequested) this.loadImage(cpu);
      this.goIdle(cpu, state);
      return;
    }
    for (let guard = 0; guard < 64; guard++) {
      const thread = this.running(cpu, state);
      if (thread === null) {
        this.goIdle(cpu, state);
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
    for (const t of this.bootQueue) this.runQueue.push(t);
    this.bootQueue.length = 0;
    for (let c = 0; c < this.cpus.length; c++) if (c !== cpu.id && this.cpus[c]!.idle) cpu.sendIpi(c, 0);
  }

  private request(thread: Thread, call: SyscallRequest): void {
    assert(this.fillBuffer !== null, 'system call outside fill');
    assert(thread.request === null, `pid ${thread.pid} made two system calls in one trap`);
    thread.request = call;
    this.fillBuffer.push(OP_TRAP, SYSCALL_CODE[call.kind]);
  }

  tlbMiss(cpu: KernelCpu, kind: TlbExceptionKind, va: number, write: boolean): boolean {
    assert(va < 0x8000_0000, `guest kernel asked to handle a kernel-segment TLB miss at 0x${va.toString(16)}`);
    const thread = this.cpus[cpu.id]!.current;
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
    this.sleep(thread, 1);
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

  /**
   * A VM lock was handed to `thread` (vsema). From a releasing CPU in its own
   * code (`cpu`), the ordinary wake-up: run queue, IPI to an idle CPU. From a
   * release that happened while `releaser` ran no kernel code, the same, with
   * the releaser's vsema owed until its next fill and the IPI sent from it
   * (or, if it is idle, from the first CPU that is not). A thread woken before
   * its CPU switched away from it just stays there.
   */
  private lockHandedOver(cpu: KernelCpu | null, releaser: number, thread: Thread): void {
    assert(thread.state === ThreadState.SLEEPING && thread.waitCount === 1, `VM lock handed to pid ${thread.pid}, which is not asleep on it`);
    const on = thread.lastCpu >= 0 ? this.cpus[thread.lastCpu]! : null;
    if (on !== null && on.current === thread) {
      thread.waitCount = 0;
      thread.state = ThreadState.RUNNING;
      return;
    }
    if (cpu !== null) {
      this.wakeOne(cpu, thread);
      return;
    }
    this.wakeDebt[releaser]!++;
    thread.waitCount = 0;
    thread.state = ThreadState.RUNNABLE;
    this.runQueue.push(thread);
    let sender = releaser;
    if (this.cpus[sender]!.idle) for (let c = 0; c < this.cpus.length; c++) if (!this.cpus[c]!.idle) { sender = c; break; }
    const port = this.ports[sender];
    if (port !== undefined) this.kickIdleCpu(port, thread, true);
  }

  /** The vsema runs this CPU owes (see `wakeDebt`), with the run-queue insert each made. */
  private payWakeDebt(cpu: KernelCpu): void {
    const core = this.core;
    const previous = core.account(cpu, TimeBucket.TIME_KERNEL);
    for (let n = this.wakeDebt[cpu.id]!; n > 0; n--) {
      core.run(cpu, core.routine('sema'), PATHS.vsemaInstructions);
      core.lock(cpu, this.runqlock);
      core.unlock(cpu, this.runqlock);
    }
    this.wakeDebt[cpu.id] = 0;
    if (previous >= 0) core.account(cpu, previous);
  }

  trap(cpu: KernelCpu, code: number, _argument: number): void {
    const thread = this.cpus[cpu.id]!.current;
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
    const pid = this.cpus[cpu.id]!.current?.pid ?? 0;
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

  // ---- scheduling ----

  /** The thread this CPU should run now, switching if the current one blocked, exited or is preempted. */
  private running(cpu: KernelCpu, state: CpuState): Thread | null {
    const current = state.current;
    if (current !== null && current.state === ThreadState.RUNNING) {
      if (!state.needResched || this.runQueue.length === 0) return current;
      current.state = ThreadState.RUNNABLE;
      this.runQueue.push(current);
    }
    state.needResched = false;
    return this.dispatch(cpu, state, current);
  }

  private dispatch(cpu: KernelCpu, state: CpuState, previous: Thread | null): Thread | null {
    const core = this.core;
    core.account(cpu, TimeBucket.TIME_KERNEL);
    this.affinity.close(cpu.id, previous, cpu.nowTicks);
    core.lock(cpu, this.runqlock);
    const next = this.pick(cpu);
    core.unlock(cpu, this.runqlock);
    state.current = next;
    if (next === null) return null;
    core.services.begin(cpu, GuestService.SERVICE_CONTEXT_SWITCH, next.pid);
    core.run(cpu, core.routine('swtch'), PATHS.swtchInstructions);
    if (previous !== null) for (let r = 0; r < 12; r++) cpu.store(previous.stackVa + 512 + r * 8, r);
    for (let r = 0; r < 12; r++) cpu.load(next.stackVa + 512 + r * 8);
    cpu.setAsid(this.vm.asidOf(cpu, next.process.space));
    core.services.end(cpu);
    next.state = ThreadState.RUNNING;
    this.affinity.open(cpu.id, next, cpu.nowTicks);
    next.runStartTicks = cpu.nowTicks;
    this.sim.emit(
      'ThreadScheduled',
      { pid: next.pid, tid: next.tid, previousPid: previous?.pid ?? 0, reason: this.leaveReason(previous) },
      cpu.id,
      cpu.node,
      this.config.vm,
    );
    return next;
  }

  private leaveReason(previous: Thread | null): string {
    if (previous === null) return 'idle';
    if (previous.state === ThreadState.ZOMBIE) return 'exited';
    if (previous.state === ThreadState.RUNNABLE) return 'preempted';
    return 'blocked';
  }

  /**
   * The first runnable thread this CPU may take: with cache affinity, the
   * first that last ran here or has no affinity left elsewhere (IRIX
   * dispatches a thread with affinity only on its CPU); null when every
   * queued thread waits for another CPU. Reads each proc entry it looks at.
   */
  private pick(cpu: KernelCpu): Thread | null {
    const q = this.runQueue;
    const now = cpu.nowTicks;
    for (let i = 0; i < q.length; i++) {
      const t = q[i]!;
      cpu.load(this.procs.procVaOf(t.pid));
      if (this.affinity.mayRun(cpu.id, t, now)) return q.splice(i, 1)[0]!;
    }
    return null;
  }

  private goIdle(cpu: KernelCpu, state: CpuState): void {
    this.core.run(cpu, this.core.routine('idle'), 20);
    this.core.account(cpu, TimeBucket.TIME_IDLE);
    state.idle = true;
    cpu.idle();
  }

  /** Makes a sleeping thread runnable and wakes an idle CPU for it. */
  makeRunnable(cpu: KernelCpu, thread: Thread): void {
    assert(thread.state === ThreadState.SLEEPING, `waking pid ${thread.pid} that is not asleep (${thread.state})`);
    this.core.lock(cpu, this.runqlock);
    thread.state = ThreadState.RUNNABLE;
    this.runQueue.push(thread);
    this.core.unlock(cpu, this.runqlock);
    this.kickIdleCpu(cpu, thread);
  }

  /** `anySender`: also when `cpu` itself is idle (a wake-up from outside its own code, which it would not notice). */
  private kickIdleCpu(cpu: KernelCpu, thread: Thread, anySender = false): void {
    const senderIdle = this.cpus[cpu.id]!.idle;
    if (senderIdle && !anySender) return;
    const preferred = thread.lastCpu >= 0 ? thread.lastCpu : cpu.id;
    // A thread with affinity runs only on its CPU: no other idle CPU would take it.
    if (this.affinity.holds(thread, cpu.nowTicks)) {
      const s = this.cpus[preferred]!;
      if ((preferred !== cpu.id || senderIdle) && s.idle && !s.ipiPending) {
        s.ipiPending = true;
        cpu.sendIpi(preferred, 0);
      }
      return;
    }
    for (let i = 0; i < this.cpus.length; i++) {
      const target = (preferred + i) % this.cpus.length;
      const s = this.cpus[target]!;
      if (!s.idle || (target === cpu.id && !senderIdle)) continue;
      if (!s.ipiPending) {
        s.ipiPending = true;
        cpu.sendIpi(target, 0);
      }
      return;
    }
  }

  /** Sleeps `thread` until `waits` wake-ups arrive. */
  private sleep(thread: Thread, waits: number): number {
    assert(waits > 0, 'sleeping for nothing');
    thread.state = ThreadState.SLEEPING;
    thread.waitCount = waits;
    return BLOCKED;
  }

  private wakeOne(cpu: KernelCpu, thread: Thread): void {
    assert(thread.waitCount > 0, `pid ${thread.pid} woken more often than it waited`);
    if (--thread.waitCount === 0) this.makeRunnable(cpu, thread);
  }

  private clock(cpu: KernelCpu): void {
    const core = this.core;
    core.run(cpu, core.routine('clock'), PATHS.clockInstructions);
    this.checkPaused(cpu);
    const state = this.cpus[cpu.id]!;
    const current = state.current;
    if (current !== null && cpu.nowTicks - current.runStartTicks >= this.config.quantumTicks && this.runQueue.length > 0) state.needResched = true;
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
      this.wakeOne(cpu, t);
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
    return { result: this.sleep(thread, 1), bytes: 0, diskReads: 0 };
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

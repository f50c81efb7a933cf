import { InterruptCause, OP_TRAP, type GuestKernel, type KernelCpu, type KernelPlatformInfo, type OpBuffer, type TlbExceptionKind } from '@disco/hardware';
import { assert, type Simulator } from '@disco/sim-kernel';
import { TimeBucket } from '@disco/trace-schema';
import { AddressSpace } from './address-space';
import { BufferCache, type Buffer } from './buffer-cache';
import { BLOCK_BYTES, SECTORS_PER_BLOCK, type Binary, type FileNode, type FileSystem } from './file-system';
import { KernelCore } from './kernel-core';
import type { IrixConfig } from './kernel-config';
import type { KernelLock } from './kernel-lock';
import { PATHS } from './kernel-paths';
import { PageUse, PhysicalMemory } from './physical-memory';
import { Process, Thread, ThreadState, type OpenFile } from './process';
import { GuestService } from './services';
import { SYSCALL_CODE, type Program, type SyscallRequest } from './syscalls';
import { VirtualMemory } from './virtual-memory';
import { Nfs, type NfsSetup } from './nfs';

const BLOCKED = -0x7fff_ffff;
const TLB_REFILL = -1;
const PROC_BYTES = 512;
const PROC_SLOTS = 512;
const FILE_ENTRY_BYTES = 64;
const FILE_SLOTS = 2048;
const INODE_BYTES = 256;
const INODE_SLOTS = 2048;
const DNLC_BYTES = 16384;
/** Threads a CPU looks at for one that last ran on it (cache affinity). ASSUMPTION: 4. */
const AFFINITY_WINDOW = 4;
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
  readonly processes = new Map<number, Process>();
  private readonly cpus: CpuState[];
  private readonly runQueue: Thread[] = [];
  private readonly runqlock: KernelLock;
  private readonly procTableVa: number;
  private readonly fileTableVa: number;
  private readonly inodeTableVa: number;
  private readonly dnlcVa: number;
  private nextPid = 1;
  private nextTid = 1;
  private nextFileEntry = 0;
  private liveProcesses = 0;
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
    this.procTableVa = core.data.reserve(PROC_SLOTS * PROC_BYTES);
    this.fileTableVa = core.data.reserve(FILE_SLOTS * FILE_ENTRY_BYTES);
    this.inodeTableVa = core.data.reserve(INODE_SLOTS * INODE_BYTES);
    this.dnlcVa = core.data.reserve(DNLC_BYTES);
    // pfdat and buffer headers are sized by memory; reserve them before fixing the kernel's extent.
    const pfdatBytes = info.physicalPages * 32;
    const headerBytes = config.bufferCachePages * 128 + 8192;
    const reservedPages = config.kernelTextPages + core.data.pages + Math.ceil((pfdatBytes + headerBytes) / 4096) + STATIC_SLACK_PAGES;
    this.memory = new PhysicalMemory(info.physicalPages, info.nodes, info.nodeOfPage, reservedPages, config.kernelTextPages, config.placement, config.pageColors);
    this.vm = new VirtualMemory(core, this.memory, () => this.buffers);
    this.buffers = new BufferCache(core, this.memory, config.bufferCachePages);
    assert(config.kernelTextPages + core.data.pages <= reservedPages, 'kernel static data outgrew its reservation');
    this.cpus = Array.from({ length: info.cpus }, () => ({ current: null, idle: false, ipiPending: false, needResched: false, lastFlushTicks: 0 }));
    this.imageLoading = config.kernelImage !== null;
    this.nfs = nfs === null ? null : new Nfs(core, this.vm, () => this.buffers, nfs);
    const client = this.nfs;
    if (client !== null && nfs!.mounts.length > 0) {
      this.buffers.remote = { serves: (disk) => client.mountOf(disk) !== undefined, start: (cpu, tag, run, write) => client.startCall(cpu, tag, run, write) };
    }
  }

  get runnable(): number {
    return this.runQueue.length;
  }

  /** Creates a process at boot (no simulated cost): `binary`'s image running `program`. */
  spawn(program: Program, binary: Binary): Process {
    const space = this.vm.newSpace();
    AddressSpace.layout(space, binary);
    const process = this.newProcess(null, space, 0);
    const stackPage = this.memory.allocate(PageUse.KERNEL_DATA, 0);
    const thread = new Thread(this.nextTid++, process, program, 0, stackPage, this.core.kva(stackPage));
    this.addThread(process, thread);
    (this.imageLoading ? this.bootQueue : this.runQueue).push(thread);
    return process;
  }

  // ---- GuestKernel ----

  fill(buffer: OpBuffer, cpu: KernelCpu): void {
    const state = this.cpus[cpu.id]!;
    state.idle = false;
    state.ipiPending = false;
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
    const fault = this.vm.fault(cpu, space, va, write);
    this.core.exceptionExit(cpu, PATHS.savedRegisters / 2, thread.stackVa);
    services.retag(cpu, fault);
    services.end(cpu);
    this.core.account(cpu, previous);
    return true;
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
    next.lastCpu = cpu.id;
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

  /** Takes the first runnable thread, preferring one that last ran on this CPU among the first few. */
  private pick(cpu: KernelCpu): Thread | null {
    const q = this.runQueue;
    if (q.length === 0) return null;
    let index = 0;
    for (let i = 0; i < Math.min(q.length, AFFINITY_WINDOW); i++) {
      cpu.load(this.procTableVa + (q[i]!.pid % PROC_SLOTS) * PROC_BYTES);
      if (q[i]!.lastCpu === cpu.id) {
        index = i;
        break;
      }
    }
    return q.splice(index, 1)[0]!;
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

  private kickIdleCpu(cpu: KernelCpu, thread: Thread): void {
    if (this.cpus[cpu.id]!.idle) return;
    const preferred = thread.lastCpu >= 0 ? thread.lastCpu : cpu.id;
    for (let i = 0; i < this.cpus.length; i++) {
      const target = (preferred + i) % this.cpus.length;
      const s = this.cpus[target]!;
      if (!s.idle || target === cpu.id) continue;
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

  // ---- processes ----

  private newProcess(parent: Process | null, space: AddressSpace, nowTicks: number): Process {
    const pid = this.nextPid++;
    const process = new Process(pid, parent, space, this.procTableVa + (pid % PROC_SLOTS) * PROC_BYTES, nowTicks);
    this.processes.set(pid, process);
    if (parent !== null) parent.children.push(process);
    this.liveProcesses++;
    return process;
  }

  private addThread(process: Process, thread: Thread): void {
    process.threads.push(thread);
    process.liveThreads++;
  }

  private newThread(cpu: KernelCpu, process: Process, program: Program, rank: number): Thread {
    const stackPage = this.vm.allocatePage(cpu, PageUse.KERNEL_DATA);
    const thread = new Thread(this.nextTid++, process, program, rank, stackPage, this.core.kva(stackPage));
    this.addThread(process, thread);
    return thread;
  }

  private perform(cpu: KernelCpu, thread: Thread, call: SyscallRequest): Outcome {
    switch (call.kind) {
      case 'open':
        return this.open(cpu, thread, call.file, call.create);
      case 'close':
        return this.close(cpu, thread, call.fd);
      case 'read':
        return this.readWrite(cpu, thread, call.fd, call.bytes, call.bufferVa, false);
      case 'write':
        return this.readWrite(cpu, thread, call.fd, call.bytes, call.bufferVa, true);
      case 'fork':
        return this.fork(cpu, thread, call.child);
      case 'execve':
        return this.execve(cpu, thread, call.binary, call.program);
      case 'exit':
        return this.exit(cpu, thread);
      case 'wait':
        return this.wait(cpu, thread);
      case 'sproc':
        return this.sproc(cpu, thread, call.programs);
      case 'barrier':
        return this.barrier(cpu, thread, call.parties);
      case 'pause':
        return this.pause(cpu, thread, call.until);
    }
  }

  private fork(cpu: KernelCpu, thread: Thread, child: Program): Outcome {
    const core = this.core;
    const parent = thread.process;
    core.run(cpu, core.routine('procdup'), PATHS.forkInstructions);
    const space = this.vm.newSpace();
    const process = this.newProcess(parent, space, cpu.nowTicks);
    cpu.store(process.procVa, process.pid);
    const shared = this.vm.duplicate(cpu, parent.space, space);
    for (const f of parent.files) process.files.push(f);
    cpu.setAsid(this.vm.asidOf(cpu, parent.space));
    const t = this.newThread(cpu, process, child, 0);
    t.state = ThreadState.SLEEPING;
    t.waitCount = 1;
    this.wakeOne(cpu, t);
    this.sim.emit('ProcessForked', { parentPid: parent.pid, childPid: process.pid, sharedPages: shared }, cpu.id, cpu.node, this.config.vm);
    return done(process.pid);
  }

  private execve(cpu: KernelCpu, thread: Thread, binary: Binary, program: Program): Outcome {
    const core = this.core;
    const lookup = this.namei(cpu, thread, binary.file);
    if (lookup !== null) return lookup;
    const textBlocks = Math.ceil(binary.textBytes / BLOCK_BYTES);
    const buffers = this.blocks(cpu, binary.file, 0, textBlocks);
    const cached = buffers.filter((b) => b.valid).length;
    if (cached < buffers.length) return this.waitFor(cpu, thread, buffers);
    core.run(cpu, core.routine('exec'), PATHS.execInstructions + PATHS.execPerTextPageInstructions * textBlocks);
    const process = thread.process;
    assert(process.liveThreads === 1, 'exec of a process with several threads');
    this.vm.teardown(cpu, process.space);
    AddressSpace.layout(process.space, binary);
    cpu.setAsid(this.vm.asidOf(cpu, process.space));
    thread.program = program;
    this.sim.emit('ProcessExeced', { pid: process.pid, binary: binary.name, textPages: textBlocks, cachedTextPages: cached }, cpu.id, cpu.node, this.config.vm);
    return done(0);
  }

  private exit(cpu: KernelCpu, thread: Thread): Outcome {
    const core = this.core;
    const process = thread.process;
    core.run(cpu, core.routine('exit'), PATHS.exitInstructions);
    thread.state = ThreadState.ZOMBIE;
    this.vm.releasePage(cpu, thread.stackPage);
    if (--process.liveThreads > 0) return done(0);
    const freed = this.vm.teardown(cpu, process.space);
    for (let fd = 0; fd < process.files.length; fd++) process.files[fd] = null;
    process.exited = true;
    this.liveProcesses--;
    this.sim.emit(
      'ProcessExited',
      { pid: process.pid, parentPid: process.parent?.pid ?? 0, lifetimeTicks: cpu.nowTicks - process.startTicks, freedPages: freed },
      cpu.id,
      cpu.node,
      this.config.vm,
    );
    const parent = process.parent;
    if (parent !== null) {
      const waiter = parent.waiters.shift();
      if (waiter !== undefined) this.wakeOne(cpu, waiter);
    }
    if (this.liveProcesses === 0) this.onAllExited?.();
    return done(0);
  }

  private wait(cpu: KernelCpu, thread: Thread): Outcome {
    const core = this.core;
    const process = thread.process;
    core.run(cpu, core.routine('wait'), PATHS.waitInstructions);
    const zombie = process.children.find((c) => c.exited && !c.reaped);
    if (zombie !== undefined) {
      zombie.reaped = true;
      cpu.load(zombie.procVa);
      this.processes.delete(zombie.pid);
      return done(zombie.pid);
    }
    if (!process.children.some((c) => !c.exited)) return done(-1);
    process.waiters.push(thread);
    return { result: this.sleep(thread, 1), bytes: 0, diskReads: 0 };
  }

  private sproc(cpu: KernelCpu, thread: Thread, programs: readonly Program[]): Outcome {
    const core = this.core;
    const process = thread.process;
    for (const program of programs) {
      core.run(cpu, core.routine('procdup'), PATHS.sprocInstructions);
      process.space.users++;
      const t = this.newThread(cpu, process, program, process.threads.length);
      t.state = ThreadState.SLEEPING;
      t.waitCount = 1;
      this.wakeOne(cpu, t);
    }
    return done(0);
  }

  private barrier(cpu: KernelCpu, thread: Thread, parties: number): Outcome {
    const core = this.core;
    const process = thread.process;
    core.run(cpu, core.routine('barrier'), PATHS.barrierInstructions);
    if (thread.barrierReleased) {
      // Resumed after the last arrival released it: the call completes.
      thread.barrierReleased = false;
      return done(0);
    }
    cpu.load(process.procVa + 64);
    cpu.store(process.procVa + 64, process.barrierArrived + 1);
    if (++process.barrierArrived < parties) {
      process.barrierWaiters.push(thread);
      return { result: this.sleep(thread, 1), bytes: 0, diskReads: 0 };
    }
    process.barrierArrived = 0;
    const waiters = process.barrierWaiters;
    process.barrierWaiters = [];
    for (const w of waiters) {
      w.barrierReleased = true;
      this.wakeOne(cpu, w);
    }
    return done(0);
  }

  // ---- files ----

  /** Walks the path: dnlc hits per component, then the entry in the directory's block. Null when done, or an outcome when asleep. */
  private namei(cpu: KernelCpu, thread: Thread, file: FileNode): Outcome | null {
    const core = this.core;
    for (let c = 0; c < file.depth; c++) {
      core.run(cpu, core.routine('namei'), PATHS.nameiComponentInstructions);
      cpu.load(this.dnlcVa + (((file.id + 1) * 97 + c * 31) % (DNLC_BYTES / 8)) * 8);
      cpu.load(this.inodeTableVa + (((file.directory?.id ?? 0) + c) % INODE_SLOTS) * INODE_BYTES);
    }
    if (file.directory !== null) {
      const dir = this.blocks(cpu, file.directory, 0, 1);
      if (!dir[0]!.valid) return this.waitFor(cpu, thread, dir);
    }
    cpu.load(this.inode(file));
    return null;
  }

  private inode(file: FileNode): number {
    return this.inodeTableVa + (file.id % INODE_SLOTS) * INODE_BYTES;
  }

  private open(cpu: KernelCpu, thread: Thread, file: FileNode, create: boolean): Outcome {
    const core = this.core;
    const lookup = this.namei(cpu, thread, file);
    if (lookup !== null) return lookup;
    core.run(cpu, core.routine('vnOpen'), PATHS.vnOpenInstructions);
    cpu.store(this.inode(file) + 8, 1);
    if (create) {
      core.run(cpu, core.routine('inode'), PATHS.createInstructions);
      file.sizeBytes = 0;
      cpu.store(this.inode(file) + 16, 0);
      if (file.directory !== null) this.buffers.markDirty(cpu, this.blocks(cpu, file.directory, 0, 1)[0]!, cpu.nowTicks);
    }
    core.run(cpu, core.routine('falloc'), PATHS.fallocInstructions);
    const entryVa = this.fileTableVa + (this.nextFileEntry++ % FILE_SLOTS) * FILE_ENTRY_BYTES;
    cpu.store(entryVa, file.id);
    const files = thread.process.files;
    let fd = files.indexOf(null);
    if (fd < 0) fd = files.length;
    files[fd] = { file, offsetBytes: 0, entryVa };
    return done(fd);
  }

  private close(cpu: KernelCpu, thread: Thread, fd: number): Outcome {
    const open = this.openFile(thread, fd);
    this.core.run(cpu, this.core.routine('falloc'), PATHS.closeInstructions);
    cpu.store(open.entryVa, 0);
    thread.process.files[fd] = null;
    return done(0);
  }

  private openFile(thread: Thread, fd: number): OpenFile {
    const open = thread.process.files[fd];
    assert(open !== undefined && open !== null, `pid ${thread.pid}: bad file descriptor ${fd}`);
    return open;
  }

  /** The buffers of blocks [first, first + count) of `file` (getblk each). */
  private blocks(cpu: KernelCpu, file: FileNode, first: number, count: number): Buffer[] {
    const out: Buffer[] = [];
    for (let i = first; i < first + count; i++) {
      this.core.run(cpu, this.core.routine('bmap'), PATHS.bmapInstructions);
      out.push(this.buffers.getblk(cpu, file.disk, file.firstBlock + i));
    }
    return out;
  }

  /** Starts the reads `buffers` need and sleeps until they are all valid. */
  private waitFor(cpu: KernelCpu, thread: Thread, buffers: readonly Buffer[]): Outcome {
    const missing = buffers.filter((b) => !b.valid);
    this.buffers.startReads(cpu, missing);
    for (const b of missing) b.waiters.push((c) => this.wakeOne(c, thread));
    return { result: this.sleep(thread, missing.length), bytes: 0, diskReads: missing.length };
  }

  private readWrite(cpu: KernelCpu, thread: Thread, fd: number, bytes: number, bufferVa: number, write: boolean): Outcome {
    const core = this.core;
    const open = this.openFile(thread, fd);
    const file = open.file;
    core.run(cpu, core.routine('rwuio'), write ? PATHS.writeInstructions : PATHS.readInstructions);
    cpu.load(open.entryVa);
    cpu.load(this.inode(file));
    const start = open.offsetBytes;
    const limit = write ? file.blocks * BLOCK_BYTES : file.sizeBytes;
    const end = Math.min(start + bytes, limit);
    if (end <= start) return done(0);
    const firstBlock = Math.floor(start / BLOCK_BYTES);
    const buffers = this.blocks(cpu, file, firstBlock, Math.ceil(end / BLOCK_BYTES) - firstBlock);
    if (write) {
      // Whole new blocks need no read; a partial block of existing data must be read first.
      for (const b of buffers) if (!b.valid && (b.block - file.firstBlock) * BLOCK_BYTES >= file.sizeBytes) this.buffers.fill(b);
    }
    if (buffers.some((b) => !b.valid)) return this.waitFor(cpu, thread, buffers);
    this.copy(cpu, buffers, start, end, bufferVa, write);
    if (write) {
      for (const b of buffers) this.buffers.markDirty(cpu, b, cpu.nowTicks);
      file.sizeBytes = Math.max(file.sizeBytes, end);
      cpu.store(this.inode(file) + 16, file.sizeBytes);
    }
    open.offsetBytes = end;
    cpu.store(open.entryVa + 8, end);
    return { result: end - start, bytes: end - start, diskReads: 0 };
  }

  /** copyin/copyout: a doubleword at a time between the user buffer and the buffer pages. */
  private copy(cpu: KernelCpu, buffers: readonly Buffer[], start: number, end: number, userVa: number, toKernel: boolean): void {
    const core = this.core;
    core.run(cpu, core.routine('bcopy'), 16);
    for (let offset = start; offset < end; offset += 8) {
      const b = buffers[Math.floor(offset / BLOCK_BYTES) - Math.floor(start / BLOCK_BYTES)]!;
      const kernelVa = core.kva(b.page, offset % BLOCK_BYTES);
      const user = userVa + (offset - start);
      if (toKernel) {
        cpu.load(user);
        cpu.store(kernelVa, 0);
      } else {
        cpu.load(kernelVa);
        cpu.store(user, 0);
      }
      if (offset % 32 === 0) cpu.compute(PATHS.copyLoopInstructionsPerLine);
    }
  }

  // ---- sampling ----

  /** Emits the kernel's samples for the interval since the last call. */
  sample(nowTicks: number): void {
    const interval = nowTicks - this.lastSampleTicks;
    this.lastSampleTicks = nowTicks;
    const vm = this.config.vm;
    const s = this.core.services;
    s.emitSamples(interval);
    for (const lock of this.core.lockStats) {
      if (lock.acquisitions === 0) continue;
      this.sim.emit('LockContentionSampled', { lock: lock.name, acquisitions: lock.acquisitions, contended: lock.contended, spinTicks: lock.spinTicks, intervalTicks: interval }, -1, -1, vm);
      lock.drain();
    }
    const b = this.buffers;
    this.sim.emit(
      'BufferCacheSampled',
      { hits: b.hits, misses: b.misses, diskReads: b.diskReads, diskWrites: b.diskWrites, buffers: b.buffers.length, dirtyBuffers: b.dirtyCount, intervalTicks: interval, nfsReads: b.nfsReads },
      -1,
      -1,
      vm,
    );
    b.drain();
    const m = this.memory;
    this.sim.emit(
      'GuestMemorySampled',
      {
        freePages: m.freePages,
        kernelTextPages: m.count(PageUse.KERNEL_TEXT),
        kernelDataPages: m.count(PageUse.KERNEL_DATA),
        bufferCachePages: m.count(PageUse.BUFFER_CACHE),
        userPages: m.count(PageUse.USER),
        pageTablePages: m.count(PageUse.PAGE_TABLE),
        mbufPages: m.count(PageUse.MBUF),
      },
      -1,
      -1,
      vm,
    );
  }
}

interface Outcome {
  readonly result: number;
  readonly bytes: number;
  readonly diskReads: number;
}

function done(result: number): Outcome {
  return { result, bytes: 0, diskReads: 0 };
}

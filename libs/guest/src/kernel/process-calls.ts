import type { KernelCpu } from '@disco/hardware';
import { assert } from '@disco/sim-kernel';
import { AddressSpace } from './address-space';
import { BLOCK_BYTES, type Binary } from './file-system';
import type { FileCalls, FileCallThreads } from './file-calls';
import type { KernelCore } from './kernel-core';
import { PATHS } from './kernel-paths';
import { done, type Outcome } from './outcome';
import { PageUse } from './physical-memory';
import { Process, Thread, ThreadState } from './process';
import type { Program } from './syscalls';
import type { VirtualMemory } from './virtual-memory';

const PROC_BYTES = 512;
const PROC_SLOTS = 512;

/**
 * Processes and threads of the IRIX-like kernel: the process table, fork
 * (copy-on-write duplication of the address space), execve (its text read
 * through the buffer cache), exit and wait, sproc threads sharing one address
 * space, and the sproc group's blocking barrier.
 */
export class ProcessCalls {
  /** Every process not yet reaped, by pid. */
  readonly processes = new Map<number, Process>();
  private readonly procTableVa: number;
  private nextPid = 1;
  private nextTid = 1;
  private liveProcesses = 0;

  constructor(
    private readonly core: KernelCore,
    private readonly vm: () => VirtualMemory,
    private readonly files: () => FileCalls,
    private readonly threads: FileCallThreads,
    /** Called when the last process has exited. */
    private readonly allExited: () => void,
  ) {
    this.procTableVa = core.data.reserve(PROC_SLOTS * PROC_BYTES);
  }

  /** The process-table entry of `pid`. */
  procVaOf(pid: number): number {
    return this.procTableVa + (pid % PROC_SLOTS) * PROC_BYTES;
  }

  /** A process created at boot (no simulated cost), its one thread on the kernel stack page `stackPage`. */
  spawn(space: AddressSpace, program: Program, stackPage: number): { process: Process; thread: Thread } {
    const process = this.newProcess(null, space, 0);
    const thread = new Thread(this.nextTid++, process, program, 0, stackPage, this.core.kva(stackPage));
    this.addThread(process, thread);
    return { process, thread };
  }

  private newProcess(parent: Process | null, space: AddressSpace, nowTicks: number): Process {
    const pid = this.nextPid++;
    const process = new Process(pid, parent, space, this.procVaOf(pid), nowTicks);
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
    const stackPage = this.vm().allocatePage(cpu, PageUse.KERNEL_DATA);
    const thread = new Thread(this.nextTid++, process, program, rank, stackPage, this.core.kva(stackPage));
    this.addThread(process, thread);
    return thread;
  }

  fork(cpu: KernelCpu, thread: Thread, child: Program): Outcome {
    const core = this.core;
    const parent = thread.process;
    core.run(cpu, core.routine('procdup'), PATHS.forkInstructions);
    const space = this.vm().newSpace();
    const process = this.newProcess(parent, space, cpu.nowTicks);
    cpu.store(process.procVa, process.pid);
    const shared = this.vm().duplicate(cpu, parent.space, space);
    for (const f of parent.files) process.files.push(f);
    cpu.setAsid(this.vm().asidOf(cpu, parent.space));
    const t = this.newThread(cpu, process, child, 0);
    t.state = ThreadState.SLEEPING;
    t.waitCount = 1;
    this.threads.wakeOne(cpu, t);
    this.core.sim.emit('ProcessForked', { parentPid: parent.pid, childPid: process.pid, sharedPages: shared }, cpu.id, cpu.node, this.core.config.vm);
    return done(process.pid);
  }

  execve(cpu: KernelCpu, thread: Thread, binary: Binary, program: Program): Outcome {
    const core = this.core;
    const lookup = this.files().namei(cpu, thread, binary.file);
    if (lookup !== null) return lookup;
    const textBlocks = Math.ceil(binary.textBytes / BLOCK_BYTES);
    const buffers = this.files().blocks(cpu, binary.file, 0, textBlocks);
    const cached = buffers.filter((b) => b.valid).length;
    if (cached < buffers.length) return this.files().waitFor(cpu, thread, buffers);
    core.run(cpu, core.routine('exec'), PATHS.execInstructions + PATHS.execPerTextPageInstructions * textBlocks);
    const process = thread.process;
    assert(process.liveThreads === 1, 'exec of a process with several threads');
    this.vm().teardown(cpu, process.space);
    AddressSpace.layout(process.space, binary);
    cpu.setAsid(this.vm().asidOf(cpu, process.space));
    thread.program = program;
    this.core.sim.emit('ProcessExeced', { pid: process.pid, binary: binary.name, textPages: textBlocks, cachedTextPages: cached }, cpu.id, cpu.node, this.core.config.vm);
    return done(0);
  }

  exit(cpu: KernelCpu, thread: Thread): Outcome {
    const core = this.core;
    const process = thread.process;
    core.run(cpu, core.routine('exit'), PATHS.exitInstructions);
    thread.state = ThreadState.ZOMBIE;
    this.vm().releasePage(cpu, thread.stackPage);
    if (--process.liveThreads > 0) return done(0);
    const freed = this.vm().teardown(cpu, process.space);
    for (let fd = 0; fd < process.files.length; fd++) process.files[fd] = null;
    process.exited = true;
    this.liveProcesses--;
    this.core.sim.emit(
      'ProcessExited',
      { pid: process.pid, parentPid: process.parent?.pid ?? 0, lifetimeTicks: cpu.nowTicks - process.startTicks, freedPages: freed },
      cpu.id,
      cpu.node,
      this.core.config.vm,
    );
    const parent = process.parent;
    if (parent !== null) {
      const waiter = parent.waiters.shift();
      if (waiter !== undefined) this.threads.wakeOne(cpu, waiter);
    }
    if (this.liveProcesses === 0) this.allExited();
    return done(0);
  }

  wait(cpu: KernelCpu, thread: Thread): Outcome {
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
    return { result: this.threads.sleep(thread, 1), bytes: 0, diskReads: 0 };
  }

  sproc(cpu: KernelCpu, thread: Thread, programs: readonly Program[]): Outcome {
    const core = this.core;
    const process = thread.process;
    for (const program of programs) {
      core.run(cpu, core.routine('procdup'), PATHS.sprocInstructions);
      process.space.users++;
      const t = this.newThread(cpu, process, program, process.threads.length);
      t.state = ThreadState.SLEEPING;
      t.waitCount = 1;
      this.threads.wakeOne(cpu, t);
    }
    return done(0);
  }

  barrier(cpu: KernelCpu, thread: Thread, parties: number): Outcome {
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
      return { result: this.threads.sleep(thread, 1), bytes: 0, diskReads: 0 };
    }
    process.barrierArrived = 0;
    const waiters = process.barrierWaiters;
    process.barrierWaiters = [];
    for (const w of waiters) {
      w.barrierReleased = true;
      this.threads.wakeOne(cpu, w);
    }
    return done(0);
  }
}

import type { KernelCpu } from '@disco/hardware';
import { assert } from '@disco/sim-kernel';
import { TimeBucket } from '@disco/trace-schema';
import { AffinityBook } from './cache-affinity';
import type { CacheAffinity } from './kernel-config';
import type { KernelCore } from './kernel-core';
import type { KernelLock } from './kernel-lock';
import { PATHS } from './kernel-paths';
import { ThreadState, type Thread } from './process';
import { BLOCKED } from './outcome';
import { GuestService } from './services';
import type { AddressSpace } from './address-space';

/** What the scheduler keeps per CPU. */
export interface CpuState {
  current: Thread | null;
  idle: boolean;
  ipiPending: boolean;
  needResched: boolean;
  lastFlushTicks: number;
}

/** What dispatch reads from the rest of the kernel: a space's ASID on a CPU and a pid's proc entry. */
export interface DispatchInputs {
  asidOf(cpu: KernelCpu, space: AddressSpace): number;
  procVaOf(pid: number): number;
}

/**
 * The IRIX kernel's scheduler: a global run queue under `runqlock` with
 * IRIX's cache-affinity rule (`cache-affinity.ts`), dispatch and the context
 * switch, the idle loop, sleep and wake-up with a wake-up IPI to an idle
 * CPU, and the hand-over of a sleeping VM lock to its first waiter (vsema).
 */
export class ThreadScheduler {
  readonly cpus: CpuState[];
  readonly runQueue: Thread[] = [];
  private readonly runqlock: KernelLock;
  /** Cache affinity of threads for the CPUs they ran on (IRIX affinity scheduling). */
  private readonly affinity: AffinityBook;
  /** Each CPU's port, as the platform last called the kernel on it (to send a wake-up IPI from a releasing CPU). */
  private readonly ports: (KernelCpu | undefined)[] = [];
  /** Per CPU, vsema runs owed for releases that woke a sleeper while the CPU ran no kernel code; paid at its next fill. */
  private readonly wakeDebt: Int32Array;

  constructor(
    private readonly core: KernelCore,
    cpus: number,
    affinity: CacheAffinity | null,
    private readonly inputs: DispatchInputs,
    /** The VM the kernel runs in, for its events. */
    private readonly vm: number,
    /** Every thread runs only on CPU `tid mod cpus` (`IrixConfig.pinThreads`); cache affinity then plays no part. */
    private readonly pinned = false,
  ) {
    this.runqlock = core.newLock('runqlock');
    this.cpus = Array.from({ length: cpus }, () => ({ current: null, idle: false, ipiPending: false, needResched: false, lastFlushTicks: 0 }));
    this.affinity = new AffinityBook(cpus, affinity);
    this.wakeDebt = new Int32Array(cpus);
    core.onHandOver = (cpu, releaser, waiter) => this.lockHandedOver(cpu, releaser, waiter as Thread);
  }

  /** The platform called the kernel on `cpu`: it is busy, and pays the wake-ups it owes. */
  entered(cpu: KernelCpu): CpuState {
    const state = this.cpus[cpu.id]!;
    state.idle = false;
    state.ipiPending = false;
    this.ports[cpu.id] = cpu;
    if (this.wakeDebt[cpu.id]! > 0) this.payWakeDebt(cpu);
    return state;
  }

  /** The thread this CPU should run now, switching if the current one blocked, exited or is preempted. */
  running(cpu: KernelCpu, state: CpuState): Thread | null {
    const current = state.current;
    if (current !== null && current.state === ThreadState.RUNNING) {
      if (!state.needResched || this.runQueue.length === 0) return current;
      current.state = ThreadState.RUNNABLE;
      this.runQueue.push(current);
    }
    state.needResched = false;
    return this.dispatch(cpu, state, current);
  }

  goIdle(cpu: KernelCpu, state: CpuState): void {
    this.core.run(cpu, this.core.routine('idle'), 20);
    this.core.account(cpu, TimeBucket.TIME_IDLE);
    state.idle = true;
    cpu.idle();
  }

  /** Sends a wake-up IPI from `cpu` to every other idle CPU (work appeared for all of them). */
  wakeIdleCpus(cpu: KernelCpu): void {
    for (let c = 0; c < this.cpus.length; c++) if (c !== cpu.id && this.cpus[c]!.idle) cpu.sendIpi(c, 0);
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

  /** Sleeps `thread` until `waits` wake-ups arrive. */
  sleep(thread: Thread, waits: number): number {
    assert(waits > 0, 'sleeping for nothing');
    thread.state = ThreadState.SLEEPING;
    thread.waitCount = waits;
    return BLOCKED;
  }

  wakeOne(cpu: KernelCpu, thread: Thread): void {
    assert(thread.waitCount > 0, `pid ${thread.pid} woken more often than it waited`);
    if (--thread.waitCount === 0) this.makeRunnable(cpu, thread);
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
    cpu.setAsid(this.inputs.asidOf(cpu, next.process.space));
    core.services.end(cpu);
    next.state = ThreadState.RUNNING;
    this.affinity.open(cpu.id, next, cpu.nowTicks);
    next.sliceTicksRun = 0;
    core.sim.emit('ThreadScheduled', { pid: next.pid, tid: next.tid, previousPid: previous?.pid ?? 0, reason: leaveReason(previous) }, cpu.id, cpu.node, this.vm);
    return next;
  }

  /** The CPU `thread` is bound to (`pinned`), or -1 when any CPU may run it. */
  private boundCpu(thread: Thread): number {
    return this.pinned ? thread.tid % this.cpus.length : -1;
  }

  /**
   * The first runnable thread this CPU may take: a pinned thread only on its
   * CPU; otherwise, with cache affinity, the first that last ran here or has
   * no affinity left elsewhere (IRIX dispatches a thread with affinity only
   * on its CPU); null when every queued thread waits for another CPU. Reads
   * each proc entry it looks at.
   */
  private pick(cpu: KernelCpu): Thread | null {
    const q = this.runQueue;
    const now = cpu.nowTicks;
    for (let i = 0; i < q.length; i++) {
      const t = q[i]!;
      cpu.load(this.inputs.procVaOf(t.pid));
      if (this.pinned ? this.boundCpu(t) === cpu.id : this.affinity.mayRun(cpu.id, t, now)) return q.splice(i, 1)[0]!;
    }
    return null;
  }

  /** `anySender`: also when `cpu` itself is idle (a wake-up from outside its own code, which it would not notice). */
  private kickIdleCpu(cpu: KernelCpu, thread: Thread, anySender = false): void {
    const senderIdle = this.cpus[cpu.id]!.idle;
    if (senderIdle && !anySender) return;
    const bound = this.boundCpu(thread);
    const preferred = bound >= 0 ? bound : thread.lastCpu >= 0 ? thread.lastCpu : cpu.id;
    // A pinned thread, or one with affinity, runs only on its CPU: no other idle CPU would take it.
    if (bound >= 0 || this.affinity.holds(thread, cpu.nowTicks)) {
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
}

function leaveReason(previous: Thread | null): string {
  if (previous === null) return 'idle';
  if (previous.state === ThreadState.ZOMBIE) return 'exited';
  if (previous.state === ThreadState.RUNNABLE) return 'preempted';
  return 'blocked';
}

import type { Tick } from '@disco/sim-kernel';
import type { CacheAffinity } from './kernel-config';

/** What a thread carries for affinity scheduling (fields of `Thread`). */
export interface AffinityHolder {
  /** The CPU it last ran on, or -1. */
  lastCpu: number;
  /** Affinity built on `lastCpu` when it last left it, in ticks of run time. */
  affinityTicks: number;
  /** That CPU's work counter when it left: other threads' runs since then wear the affinity down. */
  affinityMark: number;
  /** Affinity it still held when it was dispatched on the same CPU again: its new run adds to it. */
  affinityCarry: number;
}

/**
 * IRIX's cache-affinity bookkeeping (SGI, "Understanding Affinity
 * Scheduling"): a thread builds affinity for a CPU by running on it, up to
 * the full amount; running it again or idling keeps the affinity, running
 * other threads there wears it down (INFERENCE: one tick for one tick); it
 * counts as none at or below the zero threshold. Each CPU keeps one work
 * counter, the ticks it has spent running threads, so a thread's affinity is
 * what it built less the CPU's work since it left.
 */
export class AffinityBook {
  /** Per CPU: ticks spent running threads, up to the start of its open run. */
  private readonly work: number[];
  /** Per CPU: when its open run began, or -1. */
  private readonly openedAt: number[];

  constructor(
    cpus: number,
    private readonly affinity: CacheAffinity | null,
  ) {
    this.work = new Array<number>(cpus).fill(0);
    this.openedAt = new Array<number>(cpus).fill(-1);
  }

  /** `thread` starts a run on `cpu` at `now` (it may have run there before: what it kept carries over). */
  open(cpu: number, thread: AffinityHolder, now: Tick): void {
    thread.affinityCarry = thread.lastCpu === cpu ? Math.max(0, this.left(thread, now)) : 0;
    thread.lastCpu = cpu;
    this.openedAt[cpu] = now;
  }

  /** The run open on `cpu` ends at `now`; `thread` (null: the run's thread is not to be credited) keeps the affinity it built. */
  close(cpu: number, thread: AffinityHolder | null, now: Tick): void {
    const start = this.openedAt[cpu]!;
    if (start < 0) return;
    const run = Math.max(0, now - start);
    this.openedAt[cpu] = -1;
    this.work[cpu]! += run;
    if (thread === null || this.affinity === null) return;
    thread.affinityTicks = Math.min(this.affinity.fullTicks, thread.affinityCarry + run);
    thread.affinityMark = this.work[cpu]!;
  }

  /** Ticks of `cpu`'s work up to `now`, its open run included. */
  private workAt(cpu: number, now: Tick): number {
    const start = this.openedAt[cpu]!;
    return start < 0 || now < start ? this.work[cpu]! : this.work[cpu]! + (now - start);
  }

  /** The affinity `thread` still holds for the CPU it last ran on, in ticks (may be negative: worn away). */
  left(thread: AffinityHolder, now: Tick): number {
    if (thread.lastCpu < 0) return 0;
    return thread.affinityTicks - (this.workAt(thread.lastCpu, now) - thread.affinityMark);
  }

  /** Whether `thread` has affinity left for its last CPU (more than the zero threshold); false without affinity scheduling. */
  holds(thread: AffinityHolder, now: Tick): boolean {
    return this.affinity !== null && this.left(thread, now) > this.affinity.zeroTicks;
  }

  /** Whether `cpu` may take `thread` at `now`: IRIX dispatches a thread with affinity only on its own CPU. */
  mayRun(cpu: number, thread: AffinityHolder, now: Tick): boolean {
    return thread.lastCpu === cpu || !this.holds(thread, now);
  }
}

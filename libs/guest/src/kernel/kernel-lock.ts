/** Counters of one lock, or of a family of locks reported under one name (every address space's lock). */
export class LockStats {
  /** Interval counters, drained by sampling. */
  acquisitions = 0;
  contended = 0;
  spinTicks = 0;
  /** Since boot. */
  lifetimeAcquisitions = 0;
  lifetimeContended = 0;
  lifetimeSpinTicks = 0;

  constructor(readonly name: string) {}

  drain(): void {
    this.acquisitions = 0;
    this.contended = 0;
    this.spinTicks = 0;
  }
}

/**
 * A kernel lock with real shared state: the simulated time until which its
 * current holder keeps it, and a lock word in kernel data whose cache line
 * moves between the CPUs that take it.
 *
 * Critical sections run synchronously inside one CPU's slice, so a holder's
 * release time is known when another CPU arrives: that CPU spins until then
 * (TIME_KERNEL_SYNC). CPUs interleave at the hardware's slice grain (1 µs),
 * so the order of two nearly simultaneous acquisitions is approximate; the
 * waiting time grows with the number of CPUs competing, as it must.
 */
export class KernelLock {
  busyUntilTicks = 0;
  holderCpu = -1;
  held = false;

  constructor(
    readonly name: string,
    /** Kernel virtual address of the lock word (its own cache line). */
    readonly wordAddress: number,
    /** Sleeping locks (semaphores) wait the same way; the kind is for reports. */
    readonly kind: 'spin' | 'sleep',
    readonly stats: LockStats = new LockStats(name),
  ) {}
}

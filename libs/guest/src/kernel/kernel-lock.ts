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
  /** Since boot, sleeping locks: acquisitions that slept, and the time from going to sleep to taking the lock. */
  lifetimeSleeps = 0;
  lifetimeSleepTicks = 0;

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
 * release time is known when another CPU arrives: at a spinlock that CPU
 * spins until then (TIME_KERNEL_SYNC). CPUs interleave at the hardware's
 * slice grain (1 µs), so the order of two nearly simultaneous acquisitions is
 * approximate; the waiting time grows with the number of CPUs competing, as
 * it must.
 *
 * A sleeping lock (IRIX's semaphores, `psema`/`vsema`) puts a thread that
 * finds it busy to sleep on its FIFO queue of `waiters`; the release the
 * first waiter waits for wakes it (`wakeScheduled` until then) and hands the
 * lock over (`reservedFor`: no one else takes it before the woken thread
 * runs and does), and each later holder's release wakes the next waiter.
 */
export class KernelLock {
  busyUntilTicks = 0;
  holderCpu = -1;
  held = false;
  /** Sleeping locks: threads asleep on the lock, first come first. */
  readonly waiters: object[] = [];
  /** When each waiter went to sleep (parallel to `waiters`). */
  readonly waitSince: number[] = [];
  /** Sleeping locks: the woken waiter the lock was handed to, until it takes it. */
  reservedFor: object | null = null;
  reservedSleptAt = 0;
  /** Sleeping locks: the wake-up of the first waiter by the release it found pending is scheduled. */
  wakeScheduled = false;

  constructor(
    readonly name: string,
    /** Kernel virtual address of the lock word (its own cache line). */
    readonly wordAddress: number,
    /** Spinlock, or sleeping lock (semaphore) whose waiters sleep (with `IrixConfig.sleepingLocks`). */
    readonly kind: 'spin' | 'sleep',
    readonly stats: LockStats = new LockStats(name),
  ) {}
}

import { PrivilegedOp, type KernelCpu, type KernelPlatformInfo } from '@disco/hardware';
import { assert, Priority, type Simulator } from '@disco/sim-kernel';
import { TimeBucket } from '@disco/trace-schema';
import type { IrixConfig } from './kernel-config';
import { KernelLock, LockStats } from './kernel-lock';
import { INSTRUCTIONS_PER_FETCH, KernelData, KernelText, type Routine } from './kernel-layout';
import { PATHS } from './kernel-paths';
import { ServiceAccounting } from './service-accounting';

/** IRIX's PRDA (process data area) address: the page the swapped wired entry maps (IRIX's PRDA_ADDR, general knowledge). */
export const PRDA_VA = 0x0020_0000;
/** The TLB slot IRIX swaps on kernel entry and exit: its first wired entry. */
export const SWAPPED_WIRED_INDEX = 0;

/** Instructions of one spin-loop iteration between loads of the lock word. ASSUMPTION: 8 (load, test, branch, backoff). */
const SPIN_ITERATION_INSTRUCTIONS = 8;

/**
 * What every kernel subsystem shares: the kernel's text and data layout, its
 * accounting bucket per CPU, service measurement, locks and the code runner.
 */
export class KernelCore {
  readonly text: KernelText;
  readonly data: KernelData;
  readonly services: ServiceAccounting;
  /** Every lock or lock family, for sampling. */
  readonly lockStats: LockStats[] = [];
  readonly textBase: number;
  /**
   * A sleeping lock was handed to `waiter`: the kernel makes it runnable.
   * `cpu` is the releasing CPU inside its own code (vsema on release), or
   * null when the release the waiter found pending happens while no CPU runs
   * kernel code (`releaserCpu` is the CPU that released).
   */
  onHandOver: ((cpu: KernelCpu | null, releaserCpu: number, waiter: object) => void) | null = null;
  private readonly bucket: Int32Array;

  constructor(
    readonly sim: Simulator,
    readonly info: KernelPlatformInfo,
    readonly config: IrixConfig,
  ) {
    this.text = new KernelText(config.kernelTextPages);
    this.textBase = info.kernelBase;
    this.data = new KernelData(config.kernelTextPages, info.kernelBase);
    this.services = new ServiceAccounting(sim, info.cpus, config.vm);
    this.bucket = new Int32Array(info.cpus).fill(-1);
  }

  get kernelBase(): number {
    return this.info.kernelBase;
  }

  /** Kernel virtual address of a byte of a physical page. */
  kva(physicalPage: number, offsetBytes = 0): number {
    return this.info.kernelBase + physicalPage * 4096 + offsetBytes;
  }

  /** The kernel's own bzero of a physical page: doubleword stores through the kernel segment. */
  bzero(cpu: KernelCpu, physicalPage: number): void {
    this.run(cpu, this.routine('bzero'), 16);
    const base = this.kva(physicalPage);
    for (let line = 0; line < 4096; line += 32) {
      for (let w = 0; w < 32; w += 8) cpu.store(base + line + w, 0);
      cpu.compute(2);
    }
  }

  /** A lock with its word in static kernel data, reported under its own name. */
  newLock(name: string, kind: 'spin' | 'sleep' = 'spin'): KernelLock {
    const lock = new KernelLock(name, this.data.reserve(128), kind);
    this.lockStats.push(lock.stats);
    return lock;
  }

  /** Counters shared by a family of locks created later (e.g. one per address space). */
  lockFamily(name: string): LockStats {
    const stats = new LockStats(name);
    this.lockStats.push(stats);
    return stats;
  }

  /** Switches the CPU's accounting bucket; returns the previous one. */
  account(cpu: KernelCpu, bucket: number): number {
    const previous = this.bucket[cpu.id]!;
    if (previous !== bucket) {
      cpu.account(bucket);
      this.bucket[cpu.id] = bucket;
    }
    return previous;
  }

  bucketOf(cpu: KernelCpu): number {
    return this.bucket[cpu.id]!;
  }

  /** Executes `instructions` of `routine`: its lines fetched in order, looping over its body. */
  run(cpu: KernelCpu, routine: Routine, instructions: number): void {
    const base = this.textBase + routine.offsetBytes;
    let offset = 0;
    let remaining = Math.round(instructions);
    while (remaining > 0) {
      cpu.ifetch(base + offset);
      const n = remaining < INSTRUCTIONS_PER_FETCH ? remaining : INSTRUCTIONS_PER_FETCH;
      cpu.compute(n);
      remaining -= n;
      offset += 64;
      if (offset >= routine.bytes) offset = 0;
    }
  }

  routine(name: string): Routine {
    return this.text.routine(name);
  }

  /**
   * Takes `lock`, spinning (TIME_KERNEL_SYNC) while another CPU holds it.
   * `owner`: the thread taking a sleeping lock, which takes the hand-over
   * reserved for it; kernel paths that cannot sleep (null) take the lock
   * past its sleepers.
   */
  lock(cpu: KernelCpu, lock: KernelLock, owner: object | null = null): void {
    assert(!lock.held, `lock ${lock.name} taken recursively on cpu ${cpu.id} (held by ${lock.holderCpu})`);
    lock.stats.acquisitions++;
    lock.stats.lifetimeAcquisitions++;
    if (owner !== null && lock.reservedFor === owner) {
      lock.reservedFor = null;
      lock.stats.lifetimeSleeps++;
      lock.stats.lifetimeSleepTicks += cpu.nowTicks - lock.reservedSleptAt;
    }
    const waitTicks = lock.busyUntilTicks - cpu.nowTicks;
    if (waitTicks > 0 && lock.holderCpu !== cpu.id) this.spin(cpu, lock, waitTicks);
    cpu.load(lock.wordAddress);
    cpu.store(lock.wordAddress, cpu.id + 1);
    lock.held = true;
    lock.holderCpu = cpu.id;
  }

  /** Releases `lock`; a sleeping lock with sleepers and no hand-over pending wakes the first (vsema) and hands it the lock. */
  unlock(cpu: KernelCpu, lock: KernelLock): void {
    assert(lock.held && lock.holderCpu === cpu.id, `lock ${lock.name} released by cpu ${cpu.id}, not its holder ${lock.holderCpu}`);
    cpu.store(lock.wordAddress, 0);
    lock.held = false;
    lock.busyUntilTicks = cpu.nowTicks;
    if (lock.waiters.length > 0 && lock.reservedFor === null && !lock.wakeScheduled) {
      this.run(cpu, this.text.routine('sema'), PATHS.vsemaInstructions);
      this.handOver(cpu, cpu.id, lock);
    }
  }

  /**
   * Whether `waiter` must sleep to take the sleeping `lock` now: it is held
   * past this CPU's time, handed to another sleeper, or others sleep on it
   * (first come first served). Always false for spinlocks and with
   * `sleepingLocks` off.
   */
  mustSleep(cpu: KernelCpu, lock: KernelLock, waiter: object): boolean {
    if (lock.kind !== 'sleep' || !this.config.sleepingLocks) return false;
    if (lock.reservedFor !== null) return lock.reservedFor !== waiter;
    if (lock.waiters.length > 0) return true;
    return lock.busyUntilTicks > cpu.nowTicks && lock.holderCpu !== cpu.id;
  }

  /**
   * psema on a busy sleeping lock: `waiter` joins the lock's queue (the
   * caller then deschedules it). When no hand-over is under way, the release
   * it waits for (at the holder's release time, already known) wakes it.
   */
  sleepOn(cpu: KernelCpu, lock: KernelLock, waiter: object): void {
    assert(lock.kind === 'sleep', `sleeping on spinlock ${lock.name}`);
    assert(!lock.waiters.includes(waiter) && lock.reservedFor !== waiter, `a thread sleeps twice on ${lock.name}`);
    const start = cpu.nowTicks;
    const previous = this.account(cpu, TimeBucket.TIME_KERNEL_SYNC);
    this.run(cpu, this.text.routine('sema'), PATHS.psemaInstructions);
    cpu.load(lock.wordAddress);
    cpu.store(lock.wordAddress, cpu.id + 1);
    this.account(cpu, previous);
    this.services.addSync(cpu, cpu.nowTicks - start);
    lock.stats.contended++;
    lock.stats.lifetimeContended++;
    lock.waiters.push(waiter);
    lock.waitSince.push(cpu.nowTicks);
    if (lock.reservedFor !== null || lock.wakeScheduled) return;
    // The holder released at busyUntilTicks, after this CPU's time but already simulated: that release wakes us.
    lock.wakeScheduled = true;
    const releaser = lock.holderCpu;
    this.sim.schedule(Math.max(lock.busyUntilTicks, cpu.nowTicks, this.sim.now), Priority.INTERRUPT, () => {
      lock.wakeScheduled = false;
      this.handOver(null, releaser, lock);
    });
  }

  private handOver(cpu: KernelCpu | null, releaserCpu: number, lock: KernelLock): void {
    const waiter = lock.waiters.shift()!;
    lock.reservedSleptAt = lock.waitSince.shift()!;
    lock.reservedFor = waiter;
    assert(this.onHandOver !== null, 'a sleeping lock has no kernel to wake its sleepers');
    this.onHandOver(cpu, releaserCpu, waiter);
  }

  private spin(cpu: KernelCpu, lock: KernelLock, waitTicks: number): void {
    const start = cpu.nowTicks;
    const previous = this.account(cpu, TimeBucket.TIME_KERNEL_SYNC);
    const spinRoutine = this.text.routine('spin');
    cpu.ifetch(this.textBase + spinRoutine.offsetBytes);
    const cycles = Math.ceil(waitTicks / this.config.cycleTicks);
    for (let done = 0; done < cycles && cpu.nowTicks < lock.busyUntilTicks; done += SPIN_ITERATION_INSTRUCTIONS * 16) {
      cpu.load(lock.wordAddress);
      cpu.compute(SPIN_ITERATION_INSTRUCTIONS * 16 - 1);
    }
    this.account(cpu, previous);
    const spun = cpu.nowTicks - start;
    const stats = lock.stats;
    stats.contended++;
    stats.lifetimeContended++;
    stats.spinTicks += spun;
    stats.lifetimeSpinTicks += spun;
    this.services.addSync(cpu, spun);
    if (this.sim.detailed) {
      this.sim.emit('LockSpun', { lock: lock.name, spinTicks: spun, holderCpu: lock.holderCpu, localTicks: cpu.nowTicks }, cpu.id, cpu.node, this.config.vm);
    }
  }

  /** Common exception entry: save state, read the cause registers, map the kernel's side of the swapped wired entry. */
  exceptionEntry(cpu: KernelCpu, savedRegisters: number, stackAddress: number): void {
    cpu.privileged(PrivilegedOp.READ_CAUSE);
    cpu.privileged(PrivilegedOp.READ_EPC);
    cpu.privileged(PrivilegedOp.READ_STATUS);
    this.run(cpu, this.routine('exceptionEntry'), 40);
    for (let r = 0; r < savedRegisters; r++) cpu.store(stackAddress + r * 8, r);
    if (this.config.wiredEntrySwap) this.swapWiredEntry(cpu, stackAddress, true);
    cpu.privileged(PrivilegedOp.WRITE_STATUS);
  }

  /** Common exception exit: restore state, map the user's side of the swapped wired entry, return. */
  exceptionExit(cpu: KernelCpu, savedRegisters: number, stackAddress: number): void {
    cpu.privileged(PrivilegedOp.SET_INTERRUPT_MASK);
    this.run(cpu, this.routine('exceptionExit'), 30);
    for (let r = 0; r < savedRegisters; r++) cpu.load(stackAddress + r * 8);
    if (this.config.wiredEntrySwap) this.swapWiredEntry(cpu, stackAddress, false);
    cpu.privileged(PrivilegedOp.WRITE_STATUS);
    cpu.privileged(PrivilegedOp.WRITE_EPC);
    cpu.privileged(PrivilegedOp.ERET);
  }

  /** Rewrites the wired PRDA entry: the thread's u-area page (the one its kernel stack is in), writable for the kernel, read-only for the user. */
  private swapWiredEntry(cpu: KernelCpu, stackAddress: number, kernel: boolean): void {
    const uarea = Math.floor((stackAddress - this.info.kernelBase) / 4096);
    cpu.privileged(PrivilegedOp.WRITE_ENTRYHI);
    cpu.privileged(PrivilegedOp.WRITE_ENTRYLO);
    cpu.privileged(PrivilegedOp.WRITE_ENTRYLO);
    cpu.tlbWriteIndexed(SWAPPED_WIRED_INDEX, { vpn2: PRDA_VA / 8192, asid: 0, global: true, physicalPage0: uarea, physicalPage1: -1, writable0: kernel, writable1: false });
  }
}

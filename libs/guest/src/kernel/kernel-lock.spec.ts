import fc from 'fast-check';
import type { KernelCpu, KernelPlatformInfo } from '@disco/hardware';
import { Priority, Simulator } from '@disco/sim-kernel';
import { defaultIrixConfig, type IrixConfig } from './kernel-config';
import { KernelCore } from './kernel-core';
import type { KernelLock } from './kernel-lock';

const CYCLE = 2500;

type FakeCpu = KernelCpu & { nowTicks: number; sync(): void };

/** A CPU whose clock moves by one cycle per instruction or reference; nothing else. */
function fakeCpu(id: number, sim: Simulator): FakeCpu {
  const cpu = {
    id,
    node: 0,
    nowTicks: 0,
    compute(n: number) {
      cpu.nowTicks += n * CYCLE;
    },
    load() {
      cpu.nowTicks += CYCLE;
      return 0;
    },
    store() {
      cpu.nowTicks += CYCLE;
    },
    ifetch() {
      cpu.nowTicks += CYCLE;
    },
    account: () => undefined,
    /** Brings the clock up to the simulator's (a CPU's slice starts no earlier than its event). */
    sync() {
      if (cpu.nowTicks < sim.now) cpu.nowTicks = sim.now;
    },
  };
  return cpu as unknown as FakeCpu;
}

function makeCore(cpus: number, sleepingLocks = true, Core: typeof KernelCore = KernelCore) {
  const sim = new Simulator({ seed: 1 });
  const info = { virtualized: false, kernelBase: 0x8000_0000, physicalPages: 1024, cpus, nodes: 1, nodeOfPage: () => 0, diskSectors: [], tlbEntries: 64, tlbWiredEntries: 8 } as KernelPlatformInfo;
  const config: IrixConfig = defaultIrixConfig({ cycleTicks: CYCLE, bufferCachePages: 16, sleepingLocks });
  const core = new Core(sim, info, config);
  const ports = Array.from({ length: cpus }, (_, i) => fakeCpu(i, sim));
  return { sim, core, ports, lock: core.newLock('aspacelock', 'sleep') };
}

/** A release that forgets the sleepers: it hides the queue while the real release runs (a lost wake-up). */
class ForgetfulCore extends KernelCore {
  override unlock(cpu: KernelCpu, lock: KernelLock): void {
    const waiters = lock.waiters.splice(0);
    const since = lock.waitSince.splice(0);
    super.unlock(cpu, lock);
    lock.waiters.push(...waiters);
    lock.waitSince.push(...since);
  }
}

interface Plan {
  /** Per thread (one per CPU), its arrivals: delay before each attempt and how long it holds the lock, in cycles. */
  readonly threads: readonly (readonly { readonly gap: number; readonly hold: number }[])[];
  /** Cycles from being handed the lock to running again (the wake-up's IPI and switch). */
  readonly wakeCycles: number;
}

interface Outcome {
  readonly done: number[];
  readonly expected: number[];
  readonly intervals: [number, number][];
  readonly sleptOrder: number[];
  readonly wokenOrder: number[];
  readonly spinTicks: number;
  readonly sleeps: number;
  readonly leftWaiting: number;
  readonly reserved: boolean;
}

/**
 * Drives threads, one per CPU, that take one sleeping lock repeatedly: an
 * attempt that must sleep queues on the lock; the hand-over makes the thread
 * run again `wakeCycles` later, when it takes the lock. Each attempt is an
 * event at the thread's time, its critical section synchronous, as in the
 * kernel.
 */
function drive(plan: Plan, Core: typeof KernelCore = KernelCore, sleepingLocks = true): Outcome {
  const n = plan.threads.length;
  const { sim, core, ports, lock } = makeCore(n, sleepingLocks, Core);
  const threads = plan.threads.map((_, i) => ({ i }));
  const done = new Array<number>(n).fill(0);
  const intervals: [number, number][] = [];
  const sleptOrder: number[] = [];
  const wokenOrder: number[] = [];
  const attempt = (i: number): void => {
    const cpu = ports[i]!;
    cpu.sync();
    const thread = threads[i]!;
    if (core.mustSleep(cpu, lock, thread)) {
      sleptOrder.push(i);
      core.sleepOn(cpu, lock, thread);
      return;
    }
    core.lock(cpu, lock, thread);
    const start = cpu.nowTicks;
    cpu.compute(plan.threads[i]![done[i]!]!.hold);
    intervals.push([start, cpu.nowTicks]);
    core.unlock(cpu, lock);
    done[i]!++;
    next(i);
  };
  const next = (i: number): void => {
    const steps = plan.threads[i]!;
    if (done[i]! >= steps.length) return;
    sim.schedule(ports[i]!.nowTicks + steps[done[i]!]!.gap * CYCLE, Priority.CPU, () => attempt(i));
  };
  core.onHandOver = (cpu, releaser, waiter) => {
    const i = (waiter as { i: number }).i;
    wokenOrder.push(i);
    const from = cpu?.nowTicks ?? ports[releaser]!.nowTicks;
    sim.schedule(Math.max(from, sim.now) + plan.wakeCycles * CYCLE, Priority.CPU, () => attempt(i));
  };
  for (let i = 0; i < n; i++) next(i);
  sim.run();
  return {
    done,
    expected: plan.threads.map((t) => t.length),
    intervals,
    sleptOrder,
    wokenOrder,
    spinTicks: lock.stats.lifetimeSpinTicks,
    sleeps: lock.stats.lifetimeSleeps,
    leftWaiting: lock.waiters.length,
    reserved: lock.reservedFor !== null,
  };
}

/** The sleeping lock's contract: every attempt completes, holders never overlap, sleepers are woken once each, in the order they slept, and sleeping costs no spinning. */
function check(o: Outcome): void {
  expect(o.done).toEqual(o.expected);
  const sorted = [...o.intervals].sort((a, b) => a[0] - b[0]);
  for (let k = 1; k < sorted.length; k++) expect(sorted[k]![0]).toBeGreaterThanOrEqual(sorted[k - 1]![1]);
  expect(o.wokenOrder).toEqual(o.sleptOrder);
  expect(o.sleeps).toBe(o.sleptOrder.length);
  expect(o.spinTicks).toBe(0);
  expect(o.leftWaiting).toBe(0);
  expect(o.reserved).toBe(false);
}

const plans = fc.record({
  threads: fc.array(fc.array(fc.record({ gap: fc.integer({ min: 0, max: 400 }), hold: fc.integer({ min: 1, max: 400 }) }), { minLength: 1, maxLength: 6 }), { minLength: 2, maxLength: 5 }),
  wakeCycles: fc.integer({ min: 0, max: 200 }),
});

describe('sleeping kernel locks (IRIX semaphores)', () => {
  it('a thread that finds the lock busy sleeps on it instead of spinning, and the release hands it the lock', () => {
    const { sim, core, ports, lock } = makeCore(3);
    const [a, b, c] = [ports[0]!, ports[1]!, ports[2]!];
    const tb = { name: 'b' };
    const tc = { name: 'c' };
    const handed: { to: object; by: number | null }[] = [];
    core.onHandOver = (cpu, _releaser, waiter) => handed.push({ to: waiter, by: cpu?.id ?? null });
    core.lock(a, lock);
    a.compute(4000); // holds it for 10 µs
    core.unlock(a, lock);
    b.nowTicks = 2_000_000;
    expect(core.mustSleep(b, lock, tb)).toBe(true);
    core.sleepOn(b, lock, tb);
    // It queued and stopped: no spinning up to the release at 10 µs.
    expect(b.nowTicks).toBeLessThan(3_000_000);
    c.nowTicks = 3_000_000;
    expect(core.mustSleep(c, lock, tc)).toBe(true);
    core.sleepOn(c, lock, tc);
    expect(handed).toEqual([]);
    sim.run();
    // The release at 10 µs (already simulated when b arrived) wakes the first sleeper only.
    expect(handed).toEqual([{ to: tb, by: null }]);
    expect(sim.now).toBe(a.nowTicks);
    // Handed to b: nobody else may take it, b may.
    expect(core.mustSleep(a, lock, {})).toBe(true);
    expect(core.mustSleep(b, lock, tb)).toBe(false);
    b.nowTicks = 12_000_000;
    core.lock(b, lock, tb);
    core.unlock(b, lock);
    // b's own release wakes c, from b's CPU.
    expect(handed).toEqual([
      { to: tb, by: null },
      { to: tc, by: 1 },
    ]);
    expect(lock.stats.lifetimeSpinTicks).toBe(0);
    expect(lock.stats.lifetimeContended).toBe(2);
  });

  it('with sleeping locks off, the same lock is waited for by spinning', () => {
    const { core, ports, lock } = makeCore(2, false);
    const [a, b] = [ports[0]!, ports[1]!];
    core.lock(a, lock);
    a.compute(4000);
    core.unlock(a, lock);
    b.nowTicks = 2_000_000;
    expect(core.mustSleep(b, lock, {})).toBe(false);
    core.lock(b, lock, {});
    expect(b.nowTicks).toBeGreaterThanOrEqual(a.nowTicks);
    expect(lock.stats.lifetimeSpinTicks).toBeGreaterThan(0);
  });

  it('spinlocks never sleep', () => {
    const { core, ports } = makeCore(2);
    const spin = core.newLock('memlock');
    const [a, b] = [ports[0]!, ports[1]!];
    core.lock(a, spin);
    a.compute(4000);
    core.unlock(a, spin);
    expect(core.mustSleep(b, spin, {})).toBe(false);
  });

  it('every attempt completes, holders never overlap, and sleepers are woken once each in the order they slept (property)', () => {
    let slept = 0;
    fc.assert(
      fc.property(plans, (plan) => {
        const o = drive(plan);
        check(o);
        slept += o.sleptOrder.length;
      }),
      { numRuns: 200 },
    );
    // The plans do contend: many attempts found the lock busy.
    expect(slept).toBeGreaterThan(100);
  });

  it('the property catches a release that forgets its sleepers (lost wake-up)', () => {
    const contended: Plan = {
      threads: [
        [{ gap: 0, hold: 400 }, { gap: 0, hold: 400 }],
        [{ gap: 10, hold: 100 }],
        [{ gap: 20, hold: 100 }],
      ],
      wakeCycles: 50,
    };
    check(drive(contended));
    expect(() => check(drive(contended, ForgetfulCore))).toThrow();
  });
});

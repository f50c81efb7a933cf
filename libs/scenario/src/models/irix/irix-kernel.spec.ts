import { cycleTicksOfMhz } from '@disco/sim-kernel';
import { TimeBucket, type TraceEvent } from '@disco/trace-schema';
import { GuestService } from '@disco/guest';
import { runIrix } from '../../testing/run-scenario';

const of = <K extends TraceEvent['type']>(events: readonly TraceEvent[], type: K) => events.filter((e) => e.type === type) as Extract<TraceEvent, { type: K }>[];

describe('IRIX-like kernel on the bare machine', () => {
  const { run, events } = runIrix({ workload: 'pmake', scale: 0.5 });

  it('runs pmake to completion: every forked process execs and exits, and is reaped', () => {
    const forks = of(events, 'ProcessForked');
    const execs = of(events, 'ProcessExeced');
    const exits = of(events, 'ProcessExited');
    expect(run.finishedTicks()).toBeGreaterThan(run.bootedTicks());
    // One instance of make over round(4 × 0.5) = 2 files: the shell forks make; make forks a cc per file and ld;
    // each cc forks cpp, cc1 and as.
    const files = 2;
    expect(forks).toHaveLength(1 + files * (1 + 3) + 1);
    // init execs into make without forking; every forked child execs once.
    expect(execs).toHaveLength(forks.length + 1);
    expect(exits).toHaveLength(forks.length + 1);
    for (const f of forks) expect(exits.some((x) => x.data.pid === f.data.childPid && x.data.parentPid === f.data.parentPid)).toBe(true);
    expect(run.kernel.processes.size).toBe(1);
  });

  it('takes demand-zero faults for heap and stack, quick faults for text, and copy-on-write faults after fork', () => {
    const faults = of(events, 'KernelServiceCompleted');
    const count = (s: number) => faults.filter((e) => e.data.service === s).length;
    expect(count(GuestService.SERVICE_DEMAND_ZERO)).toBeGreaterThan(50);
    expect(count(GuestService.SERVICE_QUICK_FAULT)).toBeGreaterThan(20);
    // make writes its 16 KB of hot data (4 pages: 80 % of its references, 30 % of them stores) in the 150,000
    // instructions before its first fork and again in the 20,000 after it, so each of those pages, shared
    // copy-on-write with the child by then, takes at least one COW fault.
    expect(count(GuestService.SERVICE_COW_FAULT)).toBeGreaterThanOrEqual(16 / 4);
    const dz = faults.filter((e) => e.data.service === GuestService.SERVICE_DEMAND_ZERO);
    const quick = faults.filter((e) => e.data.service === GuestService.SERVICE_QUICK_FAULT);
    const mean = (xs: typeof dz) => xs.reduce((s, e) => s + e.data.durationTicks, 0) / xs.length;
    // Zeroing a page is the demand-zero fault's main cost: it must dwarf the quick fault's path.
    expect(mean(dz)).toBeGreaterThan(2 * mean(quick));
  });

  it('refills most TLB misses in the fast UTLB handler, far cheaper than a fault', () => {
    const s = run.kernel.core.services;
    const utlb = s.lifetimeTicks[GuestService.SERVICE_UTLB_MISS]! / s.lifetimeInvocations[GuestService.SERVICE_UTLB_MISS]!;
    const quick = s.lifetimeTicks[GuestService.SERVICE_QUICK_FAULT]! / s.lifetimeInvocations[GuestService.SERVICE_QUICK_FAULT]!;
    expect(s.lifetimeInvocations[GuestService.SERVICE_UTLB_MISS]).toBeGreaterThan(s.lifetimeInvocations[GuestService.SERVICE_QUICK_FAULT]!);
    expect(utlb * 20).toBeLessThan(quick);
  });

  it('serves repeated reads of binaries and headers from the buffer cache after warm-up', () => {
    const b = run.kernel.buffers;
    expect(b.lifetimeHits).toBeGreaterThan(b.lifetimeMisses);
    const execs = of(events, 'ProcessExeced').filter((e) => e.tick >= run.bootedTicks());
    for (const e of execs) expect(e.data.cachedTextPages).toBe(e.data.textPages);
  });

  it('natively, a service is all kernel time (and lock spinning): no monitor categories', () => {
    const completed = of(events, 'KernelServiceCompleted');
    const calls = (service: number) => completed.filter((e) => e.data.service === service).length;
    // The scripts' system calls (pmake.ts, 2 files): 10 forks (see above), each waited for once; 11 execs and exits (init's too).
    expect(calls(GuestService.SERVICE_FORK)).toBe(10);
    expect(calls(GuestService.SERVICE_WAIT)).toBe(10);
    expect(calls(GuestService.SERVICE_EXECVE)).toBe(11);
    expect(calls(GuestService.SERVICE_EXIT)).toBe(11);
    for (const e of completed) {
      const d = e.data;
      expect(d.monitorTlbWriteTicks + d.monitorPrivilegedTicks + d.monitorCallFaultTicks + d.monitorKernelTlbTicks + d.monitorTlbMissTicks + d.monitorNumaTicks + d.monitorOtherTicks).toBe(0);
      expect(Math.abs(d.kernelTicks + d.syncTicks - d.durationTicks)).toBeLessThanOrEqual(2);
    }
  });

  it('accounts user, kernel and idle time through the CPU buckets', () => {
    const samples = of(events, 'ExecutionSample');
    const byBucket = new Map<number, number>();
    for (const s of samples) byBucket.set(s.data.bucket, (byBucket.get(s.data.bucket) ?? 0) + s.data.execTicks + s.data.stallLocalTicks + s.data.stallL2HitTicks);
    const cycle = cycleTicksOfMhz(run.machine.config.clockMhz) * run.machine.config.cyclesPerInstruction;
    // User time: at least the instructions the scripts compute (pmake.ts at scale 0.5: 2 files, cc1 800,000):
    // make 150,000 + 20,000 per file; per file cc 3 × 30,000, cpp 80,000, cc1 800,000, as 100,000; ld 200,000.
    const userInstructions = 150_000 + 2 * 20_000 + 2 * (3 * 30_000 + 80_000 + 800_000 + 100_000) + 200_000;
    expect(byBucket.get(TimeBucket.TIME_USER)).toBeGreaterThanOrEqual(userInstructions * cycle);
    // Kernel time: at least what the completed services spent in the kernel (a uniprocessor: no remote stall).
    const serviceKernelTicks = of(events, 'KernelServiceCompleted').reduce((sum, e) => sum + e.data.kernelTicks, 0);
    expect(byBucket.get(TimeBucket.TIME_KERNEL)).toBeGreaterThanOrEqual(serviceKernelTicks);
    // Idle time: the one CPU waits at least for the first cold 4 KB read of a binary from disk 0.
    const transferTicks = Math.floor((4096 / run.machine.config.diskTransferBytesPerSecond) * 1e12);
    expect(byBucket.get(TimeBucket.TIME_IDLE)).toBeGreaterThanOrEqual(transferTicks);
  });
});

describe('kernel locks', () => {
  /** Time waiting per fault for the VM locks (spinning on memlock, asleep on the address-space lock), for Radix on n CPUs. */
  function waitPerFault(cpus: number): number {
    const { run } = runIrix({ workload: 'radix', cpus, memoryPerNodeMb: 32, placement: 'round-robin', scale: 0.25 }, 3, false);
    const wait = run.kernel.core.lockStats.filter((l) => l.name === 'memlock' || l.name === 'aspacelock').reduce((s, l) => s + l.lifetimeSpinTicks + l.lifetimeSleepTicks, 0);
    const s = run.kernel.core.services;
    return wait / s.lifetimeInvocations[GuestService.SERVICE_DEMAND_ZERO]!;
  }

  it('waiting on memlock and the address-space lock grows with the number of CPUs faulting at once', () => {
    const one = waitPerFault(1);
    const two = waitPerFault(2);
    const eight = waitPerFault(8);
    expect(one).toBe(0);
    expect(two).toBeGreaterThan(one);
    expect(eight).toBeGreaterThan(two);
  });

  describe("IRIX's VM semaphores sleep (Radix's threads fault in one address space)", () => {
    const radix = { workload: 'radix', cpus: 4, memoryPerNodeMb: 32, placement: 'round-robin', scale: 0.25 } as const;
    const sleeping = runIrix({ ...radix });
    const spinning = runIrix({ ...radix, sleepingLocks: false });
    const aspace = (r: typeof sleeping) => r.run.kernel.core.lockStats.find((l) => l.name === 'aspacelock')!;
    /** Dispatches that left the CPU (the previous thread blocked, or the CPU had idled). */
    const switches = (events: readonly TraceEvent[]) => of(events, 'ThreadScheduled').filter((e) => e.data.reason === 'blocked' || e.data.reason === 'idle').length;

    it('a fault that finds the address-space lock busy sleeps instead of spinning; off, it spins', () => {
      expect(aspace(sleeping).lifetimeSleeps).toBeGreaterThan(10);
      expect(aspace(sleeping).lifetimeSleepTicks).toBeGreaterThan(0);
      // What spinning is left comes from kernel paths that cannot sleep (they take the lock past its sleepers).
      expect(aspace(sleeping).lifetimeSpinTicks).toBeLessThan(aspace(spinning).lifetimeSpinTicks / 2);
      expect(aspace(spinning).lifetimeSleeps).toBe(0);
      expect(aspace(spinning).lifetimeSpinTicks).toBeGreaterThan(0);
    });

    it('a sleeping fault gives up its CPU (dispatched again once woken) and still completes', () => {
      // Four threads on four CPUs: a sleeper's CPU has no one else to run, idles, and dispatches it when it wakes.
      expect(switches(sleeping.events) - switches(spinning.events)).toBeGreaterThanOrEqual(aspace(sleeping).lifetimeSleeps / 2);
      // Every fault is counted once, slept or not: the same demand-zero faults either way.
      const dz = (r: typeof sleeping) => r.run.kernel.core.services.lifetimeInvocations[GuestService.SERVICE_DEMAND_ZERO];
      expect(dz(sleeping)).toBe(dz(spinning));
      expect(sleeping.run.finishedTicks()).toBeGreaterThan(sleeping.run.bootedTicks());
    });
  });
});

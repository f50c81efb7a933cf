import { createHash } from 'node:crypto';
import { TIME_BUCKET_COUNT, type Machine } from '@disco/hardware';
import { Simulator } from '@disco/sim-kernel';
import { GuestService, MonitorCall, TimeBucket, type TraceEvent } from '@disco/trace-schema';
import type { SplashOs } from '@disco/guest';
import { V_TLB_REFLECTED, V_TLB_WRITES } from '@disco/monitor';
import { createModelRun } from '../../run-driver';
import { scenarioOf, UNIPROCESSOR_MACHINE, type FlatScenario } from '../../testing/run-scenario';
import type { GuestRun } from '../irix/create-irix-run';
import type { DiscoIrixRun } from './create-disco-irix-run';

const SCALE = 0.5;
const SPLASHOS = { workload: 'radix', guestOs: 'splashos', cpus: 8, memoryPerNodeMb: 32, disks: 2, vms: 1, vcpusPerVm: 8, memoryPerVmMb: 256, scale: SCALE, monitor: { migration: false, replication: false } } as const;
const IRIX = { workload: 'radix', cpus: 8, memoryPerNodeMb: 32, disks: 2, placement: 'round-robin', scale: SCALE } as const;
const SYSTEM_BUCKETS = [TimeBucket.TIME_KERNEL, TimeBucket.TIME_KERNEL_SYNC, 4, 5, 6, 7, 8, 9, 10];

interface Measured {
  readonly events: TraceEvent[];
  /** Ticks per bucket summed over CPUs, from `booted` to the end of the run. */
  readonly buckets: Float64Array;
  readonly windowTicks: number;
  readonly run: { readonly machine: Machine };
}

/** Runs a model with an in-memory sink that reads every CPU's time buckets when `booted` is emitted. */
function measure<R extends { readonly machine: Machine; start(): void; finish?(): void; readonly durationTicks: number; readonly bootedTicks: () => number; readonly finishedTicks: () => number }>(
  create: (sim: Simulator) => R,
  seed = 1,
): Measured & { run: R } {
  const events: TraceEvent[] = [];
  const atBoot = new Float64Array(TIME_BUCKET_COUNT);
  const readAll = (into: Float64Array): void => {
    const one = new Float64Array(TIME_BUCKET_COUNT);
    for (const cpu of run.machine.cpus) {
      cpu.time.copySinceStart(one, 0);
      for (let b = 0; b < TIME_BUCKET_COUNT; b++) into[b]! += one[b]!;
    }
  };
  const sim = new Simulator({
    seed,
    sink: {
      emit: (e: TraceEvent) => {
        events.push(e);
        if (e.type === 'WorkloadPhaseChanged' && e.data.phase === 'booted') readAll(atBoot);
      },
    },
  });
  const run = create(sim);
  run.start();
  sim.run(run.durationTicks);
  run.finish?.();
  const atEnd = new Float64Array(TIME_BUCKET_COUNT);
  readAll(atEnd);
  const buckets = atEnd.map((v, b) => v - atBoot[b]!);
  return { events, buckets, windowTicks: run.finishedTicks() - run.bootedTicks(), run };
}

const discoIrix = (flat: FlatScenario) => (sim: Simulator) => createModelRun(sim, scenarioOf('disco-irix', flat, UNIPROCESSOR_MACHINE)) as DiscoIrixRun;
const irixRun = (flat: FlatScenario) => (sim: Simulator) => createModelRun(sim, scenarioOf('irix', flat, UNIPROCESSOR_MACHINE)) as GuestRun;

function digest(seed: number): string {
  const { events } = measure(discoIrix({ ...SPLASHOS, scale: 0.25 }), seed);
  const h = createHash('sha256');
  for (const e of events) h.update(JSON.stringify(e));
  return h.digest('hex');
}

describe('SPLASHOS (§2.8): Radix in one 8-VCPU VM', () => {
  it('is deterministic: the same seed gives the same event stream, another seed another one', () => {
    const a = digest(3);
    expect(digest(3)).toBe(a);
    expect(digest(4)).not.toBe(a);
  });

  describe('Disco handles all its page faults (§2.8): the fixed map against a page table of its own', () => {
    const fixed = measure(discoIrix({ ...SPLASHOS, scale: 0.25 }));
    const own = measure(discoIrix({ ...SPLASHOS, scale: 0.25, splashosFixedMap: false }));
    const sum = (m: { run: DiscoIrixRun }, counter: number) => m.run.guests[0]!.vm.vcpus.reduce((s, v) => s + v.counters[counter]!, 0);
    const calls = (m: Measured, call: number) => m.events.filter((e) => e.type === 'MonitorCallHandled' && e.data.call === call).length;

    it('with the fixed map, hands Disco one range per mapping and never sees a TLB miss or writes a TLB entry', () => {
      // Text, data and stack: three ranges.
      expect(calls(fixed, MonitorCall.MONITOR_CALL_FIXED_MAP)).toBe(3);
      expect(sum(fixed, V_TLB_REFLECTED)).toBe(0);
      expect(sum(fixed, V_TLB_WRITES)).toBe(0);
      expect(fixed.buckets[TimeBucket.TIME_MONITOR_TLB_WRITE]).toBe(0);
    });

    it('with its own page table, refills its misses through reflected exceptions and emulated TLB writes, and runs longer', () => {
      expect(calls(own, MonitorCall.MONITOR_CALL_FIXED_MAP)).toBe(0);
      // Every reflected refill is SPLASHOS's handler writing one entry (the L2TLB answers the rest).
      expect(sum(own, V_TLB_REFLECTED)).toBeGreaterThan(0);
      expect(sum(own, V_TLB_WRITES)).toBe(sum(own, V_TLB_REFLECTED));
      expect(own.buckets[TimeBucket.TIME_MONITOR_TLB_WRITE]).toBeGreaterThan(0);
      expect(own.windowTicks).toBeGreaterThan(fixed.windowTicks);
    });
  });

  describe('against IRIX on the bare machine, same Radix', () => {
    const splash = measure(discoIrix(SPLASHOS));
    const irix = measure(irixRun(IRIX));
    const kernel = splash.run.guests[0]!.kernel as SplashOs;
    const vm = splash.run.guests[0]!.vm;
    // SPLASHOS's faults are Disco's: application pages the pmap backed on first touch.
    const app = kernel.applicationPages;
    let splashFaults = 0;
    for (let p = app.first; p < app.first + app.count; p++) if (vm.pmap[p]! >= 0) splashFaults++;
    const irixFaults = irix.events.filter((e) => e.type === 'KernelServiceCompleted' && e.data.service === GuestService.SERVICE_DEMAND_ZERO && e.tick >= irix.run.bootedTicks()).length;
    const system = (m: Measured) => SYSTEM_BUCKETS.reduce((s, b) => s + m.buckets[b]!, 0);

    it('runs the program to the end with every thread and reports booted then finished', () => {
      const phases = splash.events.filter((e) => e.type === 'WorkloadPhaseChanged').map((e) => (e.type === 'WorkloadPhaseChanged' ? e.data.phase : ''));
      expect(phases).toEqual(['booted', 'finished']);
      expect(kernel.processes.size).toBe(0);
      expect(splash.windowTicks).toBeGreaterThan(0);
    });

    it('takes about as many first-touch faults as IRIX takes demand-zero faults', () => {
      expect(irixFaults).toBeGreaterThan(100);
      expect(splashFaults).toBeGreaterThan(0.8 * irixFaults);
      expect(splashFaults).toBeLessThan(1.25 * irixFaults);
    });

    it('spends less system time (kernel, sync and Disco) per fault than IRIX spends in kernel and sync, and places pages on the touching node', () => {
      const splashPerFault = system(splash) / splashFaults;
      const irixPerFault = system(irix) / irixFaults;
      expect(splashPerFault).toBeLessThan(irixPerFault / 2);
      expect(splash.buckets[TimeBucket.TIME_KERNEL_SYNC]).toBe(0);
      expect(irix.buckets[TimeBucket.TIME_KERNEL_SYNC]).toBeGreaterThan(0);
      // First touch backs each thread's key slice on its own node: some of it is local.
      const nodes = new Set<number>();
      for (let p = app.first; p < app.first + app.count; p++) if (vm.pmap[p]! >= 0) nodes.add(Math.floor(vm.pmap[p]! / splash.run.disco.memory.pagesPerNode));
      expect(nodes.size).toBe(8);
    });

    it('finishes sooner than IRIX', () => {
      const ms = (t: number) => (t / 1e9).toFixed(2);
      const row = (name: string, m: Measured, f: number) => `${name}: window ${ms(m.windowTicks)} ms, faults ${f}, user ${ms(m.buckets[0]!)} kernel ${ms(m.buckets[1]!)} sync ${ms(m.buckets[2]!)} idle ${ms(m.buckets[3]!)} disco ${ms(SYSTEM_BUCKETS.slice(2).reduce((s, b) => s + m.buckets[b]!, 0))} system/fault ${(system(m) / f / 1e6).toFixed(2)} us`;
      if (process.env['SPLASHOS_FIGURES']) console.log(row('irix', irix, irixFaults) + '\n' + row('splashos', splash, splashFaults));
      expect(splash.windowTicks).toBeLessThan(irix.windowTicks);
    });
  });
});

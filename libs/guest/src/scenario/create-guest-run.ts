import { hardwareConfig, Machine, PAGE_BYTES } from '@disco/hardware';
import { assert, cycleTicksOfMhz, msToTicks, Priority, usToTicks, type ModelRun, type Simulator } from '@disco/sim-kernel';
import { FileSystem, SECTORS_PER_BLOCK } from '../kernel/file-system';
import { defaultIrixConfig } from '../kernel/kernel-config';
import { IrixKernel } from '../kernel/irix-kernel';
import { NativePlatform } from '../platform/native-platform';
import { createWorkload } from '../workloads/create-workload';
import type { Workload } from '../workloads/workload';
import type { GuestScenario } from './guest-scenario';

export interface GuestRun extends ModelRun {
  readonly machine: Machine;
  readonly kernel: IrixKernel;
  readonly workload: Workload;
  /** Simulated time when boot and warm-up ended, and when the workload finished (-1 until then). */
  readonly bootedTicks: () => number;
  readonly finishedTicks: () => number;
}

/** Builds the machine, the IRIX-like kernel on the native platform and the workload of an `irix` scenario. */
export function createGuestRun(sim: Simulator, section: GuestScenario): GuestRun {
  const config = hardwareConfig({
    nodes: section.cpus,
    memoryPerNodeBytes: section.memoryPerNodeMb * 1024 * 1024,
    l2SizeBytes: section.l2SizeKb * 1024,
    uma: section.uma,
    disks: section.disks,
  });
  const machine = new Machine(sim, config);
  const platform = new NativePlatform(machine);
  const fs = new FileSystem(platform.info.diskSectors.map((s) => Math.floor(s / SECTORS_PER_BLOCK)));
  let booted = -1;
  let finished = -1;
  const workload = createWorkload(section, fs, (name) => sim.prng.stream(`guest/${name}`), {
    booted: () => {
      booted = sim.now;
      kernel.core.services.resetLifetime();
      sim.emit('WorkloadPhaseChanged', { workload: section.workload, phase: 'booted', processes: kernel.processes.size });
    },
  });
  const kernel = new IrixKernel(
    sim,
    platform.info,
    defaultIrixConfig({
      cycleTicks: cycleTicksOfMhz(config.clockMhz),
      bufferCachePages: Math.round((section.bufferCacheMb * 1024 * 1024) / PAGE_BYTES),
      placement: section.placement,
    }),
    fs,
  );
  kernel.core.services.measureBuckets((cpu) => machine.cpus[cpu.id]!.time);
  kernel.spawn(workload.init, workload.initBinary);
  const sampleTicks = usToTicks(section.sampleIntervalUs);
  const sampleAll = (): void => {
    machine.sample();
    kernel.sample(sim.now);
  };
  kernel.onAllExited = () => {
    finished = sim.now;
    sim.emit('WorkloadPhaseChanged', { workload: section.workload, phase: 'finished', processes: 0 });
    // End after the CPUs' current slices: the exiting CPU's clock runs ahead of `now`.
    sim.after(config.sliceTicks, Priority.END, () => {
      sampleAll();
      sim.stop();
    });
  };
  return {
    machine,
    kernel,
    workload,
    cpus: section.cpus,
    nodes: section.cpus,
    vms: 0,
    durationTicks: msToTicks(section.maxDurationMs),
    bootedTicks: () => booted,
    finishedTicks: () => finished,
    start(): void {
      machine.startMissCounterReset();
      const tick = (): void => {
        sampleAll();
        sim.after(sampleTicks, Priority.SAMPLE, tick);
      };
      sim.after(sampleTicks, Priority.SAMPLE, tick);
      platform.start(kernel);
    },
    finish(): void {
      if (finished < 0) sampleAll();
      assert(sim.now >= 0, 'clock');
    },
  };
}

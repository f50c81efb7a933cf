import { Machine, PAGE_BYTES } from '@disco/hardware';
import { createWorkload, defaultIrixConfig, FileSystem, IrixKernel, NativePlatform, sampleNativeFootprint, SECTORS_PER_BLOCK, type Workload } from '@disco/guest';
import { assert, cycleTicksOfMhz, msToTicks, Priority, usToTicks, type ModelRun, type Simulator } from '@disco/sim-kernel';
import type { SharedSections } from '../../model-definition';
import { cacheAffinityOf, irixTimingOf, workloadSizesOfGuest } from '../../sections/guest-section';
import { hardwareConfigOf } from '../../sections/machine-section';
import { pageColorsOf } from '../page-colors';
import type { GuestRunFields } from '../run-fields';

export interface GuestRun extends ModelRun {
  readonly machine: Machine;
  readonly kernel: IrixKernel;
  readonly workload: Workload;
  /** Simulated time when boot and warm-up ended, and when the workload finished (-1 until then). */
  readonly bootedTicks: () => number;
  readonly finishedTicks: () => number;
}

/** The `irix` section: how long a native run may last and how often it samples. */
export type IrixSection = GuestRunFields;

/** Builds the machine, the IRIX-like kernel on the native platform and the workload of an `irix` scenario. */
export function createIrixRun(sim: Simulator, section: IrixSection, shared: Pick<SharedSections, 'machine' | 'guest'>): GuestRun {
  const config = hardwareConfigOf(shared.machine);
  const guest = shared.guest;
  const machine = new Machine(sim, config);
  const cpus = machine.nodes;
  const platform = new NativePlatform(machine);
  const fs = new FileSystem(platform.info.diskSectors.map((s) => Math.floor(s / SECTORS_PER_BLOCK)));
  let booted = -1;
  let finished = -1;
  const workload = createWorkload({ workload: guest.workload, cpus, scale: guest.scale, instances: guest.instances, sizes: workloadSizesOfGuest(guest) }, fs, (name) => sim.prng.stream(`guest/${name}`), {
    booted: () => {
      booted = sim.now;
      kernel.core.services.resetLifetime();
      sim.emit('WorkloadPhaseChanged', { workload: guest.workload, phase: 'booted', processes: kernel.processes.size });
    },
  });
  const kernel = new IrixKernel(
    sim,
    platform.info,
    defaultIrixConfig({
      cycleTicks: cycleTicksOfMhz(config.clockMhz),
      bufferCachePages: Math.round((guest.bufferCacheMb * 1024 * 1024) / PAGE_BYTES),
      placement: guest.placement,
      pageColors: pageColorsOf(config),
      wiredEntrySwap: guest.wiredEntrySwap,
      cacheAffinity: cacheAffinityOf(guest),
      sleepingLocks: guest.sleepingLocks,
      pinThreads: guest.pinThreads,
      dynamicBufferCache: guest.dynamicBufferCache,
      ...irixTimingOf(guest),
    }),
    fs,
  );
  kernel.core.services.measureBuckets((cpu) => machine.cpus[cpu.id]!.time);
  kernel.spawn(workload.init, workload.initBinary);
  const sampleTicks = usToTicks(section.sampleIntervalUs);
  const sampleAll = (): void => {
    machine.sample();
    kernel.sample(sim.now);
    sampleNativeFootprint(sim, machine, kernel.memory);
  };
  kernel.onAllExited = () => {
    finished = sim.now;
    sim.emit('WorkloadPhaseChanged', { workload: guest.workload, phase: 'finished', processes: 0 });
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
    cpus,
    nodes: cpus,
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

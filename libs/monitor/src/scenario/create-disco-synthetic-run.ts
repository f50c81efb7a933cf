import { assert, usToTicks, type ModelRun, type Simulator } from '@disco/sim-kernel';
import { hardwareConfig, Machine } from '@disco/hardware';
import { Disco } from '../disco';
import { monitorConfigOfSection } from './monitor-section';
import { SyntheticGuest } from '../testing/synthetic-guest';
import type { DiscoSyntheticScenario } from './disco-synthetic-scenario';

export interface DiscoSyntheticRun extends ModelRun {
  readonly machine: Machine;
  readonly disco: Disco;
}

/** Builds the machine, Disco and the synthetic-guest VMs of a `disco-synthetic` scenario. */
export function createDiscoSyntheticRun(sim: Simulator, section: DiscoSyntheticScenario): DiscoSyntheticRun {
  const machine = new Machine(
    sim,
    hardwareConfig({
      nodes: section.cpus,
      memoryPerNodeBytes: section.memoryPerNodeMb * 1024 * 1024,
      l2SizeBytes: section.l2SizeKb * 1024,
      disks: section.disks,
      hotPageThresholdMisses: section.hotPageThresholdMisses,
      missCounterResetTicks: usToTicks(section.missCounterResetUs),
    }),
  );
  const disco = new Disco(
    sim,
    machine,
    monitorConfigOfSection(section.monitor, section.sampleIntervalUs),
  );
  section.vms.forEach((spec, i) => {
    const guest = new SyntheticGuest(spec.guest, sim.prng.stream(`guest/vm${i}`), spec.modifications.mbufFix ?? true);
    const vm = disco.createVm({ vcpus: spec.vcpus, memoryMb: spec.memoryMb, cpus: spec.cpus, disks: spec.disks, timerIntervalUs: spec.timerIntervalUs, modifications: spec.modifications }, guest);
    guest.attach(vm);
  });
  assert(section.durationUs > 0, 'duration must be positive');
  return {
    machine,
    disco,
    cpus: section.cpus,
    nodes: section.cpus,
    vms: section.vms.length,
    durationTicks: usToTicks(section.durationUs),
    start(): void {
      machine.startSampling(usToTicks(section.sampleIntervalUs));
      machine.startMissCounterReset();
      disco.start();
    },
    finish(): void {
      machine.sample();
      disco.sample();
    },
  };
}


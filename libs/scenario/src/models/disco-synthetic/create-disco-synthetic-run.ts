import { assert, usToTicks, type ModelRun, type Simulator } from '@disco/sim-kernel';
import { Machine } from '@disco/hardware';
import { Disco, SyntheticGuest } from '@disco/monitor';
import type { SharedSections } from '../../model-definition';
import { hardwareConfigOf } from '../../sections/machine-section';
import { monitorConfigOf } from '../../sections/monitor-section';
import type { DiscoSyntheticScenario } from './disco-synthetic-section';

export interface DiscoSyntheticRun extends ModelRun {
  readonly machine: Machine;
  readonly disco: Disco;
}

/** Builds the machine, Disco and the synthetic-guest VMs of a `disco-synthetic` scenario. */
export function createDiscoSyntheticRun(sim: Simulator, section: DiscoSyntheticScenario, shared: Pick<SharedSections, 'machine' | 'monitor'>): DiscoSyntheticRun {
  const machine = new Machine(sim, hardwareConfigOf(shared.machine));
  const disco = new Disco(sim, machine, monitorConfigOf(shared.monitor, section.sampleIntervalUs));
  section.vms.forEach((spec, i) => {
    const guest = new SyntheticGuest(spec.guest, sim.prng.stream(`guest/vm${i}`), spec.modifications.mbufFix ?? true);
    const vm = disco.createVm({ vcpus: spec.vcpus, memoryMb: spec.memoryMb, cpus: spec.cpus, disks: spec.disks, timerIntervalUs: spec.timerIntervalUs, modifications: spec.modifications }, guest);
    guest.attach(vm);
  });
  assert(section.durationUs > 0, 'duration must be positive');
  return {
    machine,
    disco,
    cpus: machine.nodes,
    nodes: machine.nodes,
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


import { Simulator, type TraceSink } from '@disco/sim-kernel';
import { hardwareConfig, InterruptCause, KSEG0_BASE, Machine, PAGE_BYTES, CpuMode } from '@disco/hardware';
import { Disco, type DiscoOptions } from '../disco';
import { monitorConfig, type MonitorConfig } from '../monitor-config';
import type { Vm } from '../vm';
import { baseWord, IsolationModel, TRACKED_WORDS } from './isolation-model';
import { ScriptedGuest, type GuestAction } from './scripted-guest';

/** Three VMs share one non-persistent disk; VM 0 has two VCPUs, one sharing a CPU with VM 1. */
export const PROPERTY_VMS = 3;
export const PROPERTY_PAGES = 16;
export const PROPERTY_BLOCKS = 6;
export const PROPERTY_NODES = 3;

export interface PropertySystem {
  readonly sim: Simulator;
  readonly machine: Machine;
  readonly disco: Disco;
  readonly vms: Vm[];
  readonly guests: ScriptedGuest[];
  readonly model: IsolationModel;
  nextTag: number;
  /** Runs `action` on a VCPU of a VM, then the simulation until nothing is left to do. */
  run(vm: number, vcpu: number, action: GuestAction): void;
}

/** A small machine (3 nodes, data tracked) with Disco, three VMs on a shared COW disk, and a model of what each VM must see. */
export function newPropertySystem(
  options: DiscoOptions = {},
  extra: {
    readonly monitor?: Partial<MonitorConfig>;
    readonly sink?: TraceSink;
    /** Each guest hands Disco its identity map as a fixed map first (SPLASHOS, DISCO.md §2.8): Disco refills every user TLB miss. */
    readonly fixedMap?: boolean;
  } = {},
): PropertySystem {
  const sim = new Simulator({ seed: 1, ...(extra.sink === undefined ? {} : { sink: extra.sink }) });
  const machine = new Machine(sim, hardwareConfig({ nodes: PROPERTY_NODES, memoryPerNodeBytes: 512 * 1024, disks: 1, trackData: true, l2SizeBytes: 64 * 1024 }));
  seedDisk(sim, machine);
  const disco = new Disco(sim, machine, monitorConfig({ sampleIntervalTicks: 0, ...extra.monitor }), options);
  const spec = (vcpus: number, cpus: number[]) => ({ vcpus, cpus, memoryMb: (PROPERTY_PAGES * PAGE_BYTES) / (1024 * 1024), timerIntervalUs: 0, disks: [{ physicalDisk: 0, persistent: false }] });
  const guests = [0, 1, 2].map(() => new ScriptedGuest(PROPERTY_PAGES));
  const vms = [disco.createVm(spec(2, [0, 1]), guests[0]!), disco.createVm(spec(1, [1]), guests[1]!), disco.createVm(spec(1, [2]), guests[2]!)];
  disco.start();
  sim.run();
  const system: PropertySystem = {
    sim,
    machine,
    disco,
    vms,
    guests,
    model: new IsolationModel(PROPERTY_VMS, PROPERTY_PAGES),
    nextTag: 1,
    run(vm, vcpu, action) {
      const v = vms[vm]!.vcpus[vcpu % vms[vm]!.vcpus.length]!;
      guests[vm]!.enqueue(v.id, action);
      disco.postInterrupt(v, InterruptCause.IPI, 0, -1);
      sim.run();
      const failure = guests[vm]!.failure;
      if (failure !== null) throw failure;
    },
  };
  if (extra.fixedMap === true) {
    for (const [i, guest] of guests.entries()) {
      system.run(i, 0, (cpu) => {
        if (!cpu.mapFixed(0, PROPERTY_PAGES, 0, true)) throw new Error('Disco declined the fixed map');
      });
      guest.refillsForbidden = true;
    }
  }
  return system;
}

/** Writes each block's base contents to the disk before the monitor exists (a scratch page per block). */
function seedDisk(sim: Simulator, machine: Machine): void {
  const cpu = machine.cpus[0]!;
  cpu.mode = CpuMode.KERNEL;
  const scratch = machine.totalPages - 1;
  for (let block = 0; block < PROPERTY_BLOCKS + 2; block++) {
    for (const w of TRACKED_WORDS) cpu.store(KSEG0_BASE + scratch * PAGE_BYTES + w * 4, baseWord(block, w));
    machine.disks[0]!.submit({ write: true, sector: block * 8, sectors: 8, machineAddress: scratch * PAGE_BYTES });
    sim.run();
  }
  cpu.time.drain();
}

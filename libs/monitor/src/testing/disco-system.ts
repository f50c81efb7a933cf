import { ArraySink, Simulator, type TraceLevel } from '@disco/sim-kernel';
import { hardwareConfig, Machine, type HardwareConfig } from '@disco/hardware';
import { Disco, type DiscoOptions } from '../disco';
import { monitorConfig, type MonitorConfig } from '../monitor-config';
import type { Vm } from '../vm';
import type { VmSpec } from '../vm-spec';
import { SyntheticGuest, type SyntheticGuestConfig } from '../synthetic-guest/synthetic-guest';

export interface DiscoSystem {
  readonly sim: Simulator;
  readonly sink: ArraySink;
  readonly machine: Machine;
  readonly disco: Disco;
  readonly vms: Vm[];
  readonly guests: SyntheticGuest[];
}

export interface DiscoSystemOptions {
  readonly hardware?: Partial<HardwareConfig>;
  readonly monitor?: Partial<MonitorConfig>;
  readonly vms: readonly { readonly spec: VmSpec; readonly guest?: Partial<SyntheticGuestConfig> }[];
  readonly seed?: number;
  readonly level?: TraceLevel;
  readonly options?: DiscoOptions;
}

/** A machine, Disco on it and VMs running the synthetic guest, not yet started; events go to an ArraySink. */
export function createDiscoSystem(o: DiscoSystemOptions): DiscoSystem {
  const sink = new ArraySink();
  const sim = new Simulator({ seed: o.seed ?? 1, sink, level: o.level ?? 'default' });
  const machine = new Machine(sim, hardwareConfig({ nodes: 2, memoryPerNodeBytes: 8 * 1024 * 1024, disks: 2, ...o.hardware }));
  const disco = new Disco(sim, machine, monitorConfig(o.monitor), o.options);
  const vms: Vm[] = [];
  const guests: SyntheticGuest[] = [];
  o.vms.forEach((v, i) => {
    const guest = new SyntheticGuest(v.guest ?? {}, sim.prng.stream(`guest/${i}`), v.spec.modifications?.mbufFix ?? true);
    const vm = disco.createVm(v.spec, guest);
    guest.attach(vm);
    vms.push(vm);
    guests.push(guest);
  });
  return { sim, sink, machine, disco, vms, guests };
}

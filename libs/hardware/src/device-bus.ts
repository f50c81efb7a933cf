import type { Simulator, Tick } from '@disco/sim-kernel';
import type { InterruptCause } from './exception-handler';
import type { HardwareConfig } from './hardware-config';

/**
 * The machine as its devices (disks, NICs) see it: DMA, interrupts, time and
 * the config, so that disk.ts and nic.ts do not import machine.ts.
 */
export interface DeviceBus {
  readonly sim: Simulator;
  readonly config: HardwareConfig;
  readonly nodes: number;
  dmaRead(machineAddress: number, bytes: number, out: Int32Array | null): void;
  dmaWrite(machineAddress: number, bytes: number, words: Int32Array | null): void;
  postInterrupt(cpu: number, cause: InterruptCause, data: number, delayTicks: Tick): void;
}

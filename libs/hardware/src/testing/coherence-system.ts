import { Simulator } from '@disco/sim-kernel';
import { KSEG0_BASE, CpuMode } from '../address-space';
import { hardwareConfig, type HardwareConfig } from '../hardware-config';
import { Machine, type MachineOptions } from '../machine';

/**
 * A tiny machine for model-based tests: 4 KB of memory per node, L2 of 2 sets
 * × 2 ways, L1s of 2 sets × 2 ways, so a handful of lines forces
 * replacements. CPUs run in kernel mode on KSEG0 addresses (no TLB), so the
 * tests exercise the caches and the directory only.
 */
export const SMALL_COHERENCE_CONFIG: Partial<HardwareConfig> = {
  nodes: 4,
  memoryPerNodeBytes: 4096,
  l1iSizeBytes: 256,
  l1iWays: 2,
  l1iLineBytes: 64,
  l1dSizeBytes: 128,
  l1dWays: 2,
  l1dLineBytes: 32,
  l2SizeBytes: 512,
  l2Ways: 2,
  l2LineBytes: 128,
  disks: 0,
  trackData: true,
};

export interface CoherenceSystem {
  readonly sim: Simulator;
  readonly machine: Machine;
}

export function newCoherenceSystem(options: MachineOptions = {}, overrides: Partial<HardwareConfig> = {}): CoherenceSystem {
  const sim = new Simulator({ seed: 1 });
  const machine = new Machine(sim, hardwareConfig({ ...SMALL_COHERENCE_CONFIG, ...overrides }), options);
  for (const cpu of machine.cpus) cpu.mode = CpuMode.KERNEL;
  return { sim, machine };
}

/** The KSEG0 virtual address of a machine address. */
export function kseg0(machineAddress: number): number {
  return KSEG0_BASE + machineAddress;
}

/**
 * Test addresses: two words in each of two lines per page, in the first page
 * of every node, so every (requester, home) pair occurs and lines share L2 sets.
 */
export function testAddresses(machine: Machine): number[] {
  const addresses: number[] = [];
  const pageBytes = 4096;
  for (let node = 0; node < machine.nodes; node++) {
    const base = machine.firstPageOf(node) * pageBytes;
    for (const line of [0, 1]) for (const word of [0, 9]) addresses.push(base + line * 128 + word * 4);
  }
  return addresses;
}

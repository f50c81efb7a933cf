import { DEFAULT_HARDWARE_CONFIG, hardwareConfig, type HardwareConfig } from '@disco/hardware';
import { MODEL_LIMITS } from '@disco/trace-schema';
import { bool, configOf, defaultsOf, int, PER, schemaOf, type FieldTable } from './field-table';

const num = (minimum: number, maximum: number) => ({ type: 'number', minimum, maximum }) as const;
const positive = (maximum: number) => ({ type: 'number', exclusiveMinimum: 0, maximum }) as const;
const pow2 = (...values: number[]) => ({ type: 'integer', enum: values }) as const;

/**
 * The `machine` section: every latency, size and cost of the ccNUMA machine
 * (libs/hardware), one field per HardwareConfig field, its unit in its name.
 * Defaults and sources are DEFAULT_HARDWARE_CONFIG's (hardware-config.ts);
 * nothing is restated here but the unit and the accepted range.
 */
export const MACHINE_FIELDS: FieldTable<HardwareConfig> = {
  cpus: { config: 'nodes', per: PER.one, schema: int(1, MODEL_LIMITS.nodes), source: 'CPUs, one per node (§4); §5.2: 1, §5.3-§5.5: 8, §5.5 Raytrace: 16' },
  memoryPerNodeMb: { config: 'memoryPerNodeBytes', per: PER.mb, schema: int(1, 512), source: 'machine memory per node; assumption: 256 MB split over 8 nodes (§5.3)' },
  clockMhz: { config: 'clockMhz', per: PER.one, schema: pow2(100, 125, 200, 250, 400, 500, 1000), source: 'CPU clock (whole-picosecond cycle); §5.1: twice the R10000 model (200 MHz)' },
  cyclesPerInstruction: { config: 'cyclesPerInstruction', per: PER.one, schema: int(1, 16), source: 'cycles per non-memory instruction; §5.1: non-superscalar' },
  tlbEntries: { config: 'tlbEntries', per: PER.one, schema: int(2, 1024), source: 'hardware TLB entries (page pairs); R10000 datasheet' },
  tlbWiredEntries: { config: 'tlbWiredEntries', per: PER.one, schema: int(0, 1023), source: 'wired TLB entries; assumption: IRIX wires a few kernel entries' },
  l1iSizeKb: { config: 'l1iSizeBytes', per: PER.kb, schema: pow2(4, 8, 16, 32, 64, 128), source: 'L1 instruction cache; R10000 datasheet' },
  l1iWays: { config: 'l1iWays', per: PER.one, schema: pow2(1, 2, 4, 8), source: 'L1 instruction cache associativity; R10000 datasheet' },
  l1iLineBytes: { config: 'l1iLineBytes', per: PER.one, schema: pow2(16, 32, 64, 128), source: 'L1 instruction line; R10000 datasheet' },
  l1dSizeKb: { config: 'l1dSizeBytes', per: PER.kb, schema: pow2(4, 8, 16, 32, 64, 128), source: 'L1 data cache; R10000 datasheet' },
  l1dWays: { config: 'l1dWays', per: PER.one, schema: pow2(1, 2, 4, 8), source: 'L1 data cache associativity; R10000 datasheet' },
  l1dLineBytes: { config: 'l1dLineBytes', per: PER.one, schema: pow2(16, 32, 64, 128), source: 'L1 data line; R10000 datasheet' },
  l2SizeKb: { config: 'l2SizeBytes', per: PER.kb, schema: pow2(64, 128, 256, 512, 1024, 2048, 4096), source: 'unified L2; §5.1: 1 MB, §5.5 Raytrace: 256 KB' },
  l2Ways: { config: 'l2Ways', per: PER.one, schema: pow2(1, 2, 4, 8, 16), source: 'L2 associativity; R10000 datasheet' },
  l2LineBytes: { config: 'l2LineBytes', per: PER.one, schema: pow2(32, 64, 128, 256), source: 'L2 line, the coherence unit; FLASH papers' },
  l2HitCycles: { config: 'l2HitCycles', per: PER.one, schema: int(1, 200), source: 'L1 miss that hits in L2; assumption: board-level SRAM of the R10000 era' },
  localMissNs: { config: 'localMissTicks', per: PER.ns, schema: positive(100_000), source: 'uncontended local miss; §5.1: 300 ns' },
  remoteMissNs: { config: 'remoteMissTicks', per: PER.ns, schema: positive(100_000), source: 'uncontended remote (2-hop) miss; §5.1: 900 ns' },
  hopNs: { config: 'hopTicks', per: PER.ns, schema: num(0, 100_000), source: 'one network traversal; a 3-hop miss costs remoteMissNs + hopNs; assumption: (900 - 300) / 2' },
  umaMissNs: { config: 'umaMissTicks', per: PER.ns, schema: positive(100_000), source: 'every miss on the UMA comparison machine; §5.5: 300 ns' },
  uma: { config: 'uma', per: PER.one, schema: bool, source: 'UMA machine: every miss costs umaMissNs (§5.5 bound)' },
  cleanExclusive: { config: 'cleanExclusive', per: PER.one, schema: bool, source: "MESI: a load miss on a line no other cache holds gets it clean-exclusive, so a later store needs no upgrade (the R10000's CleanExclusive state; assumption that FLASH grants it, as SGI's Origin does); off: MSI" },
  contention: { config: 'contention', per: PER.one, schema: bool, source: 'queue requests at directory controllers; assumption: off, the paper quotes uncontended latencies' },
  directoryOccupancyNs: { config: 'directoryOccupancyTicks', per: PER.ns, schema: num(0, 100_000), source: 'directory controller occupancy per transaction when contention is on; assumption' },
  hotPageThresholdMisses: { config: 'hotPageThresholdMisses', per: PER.one, schema: int(1, 65535), source: 'per-page, per-node miss count that raises the hot-page interrupt; assumption (§4.2.3 gives none)' },
  missCounterResetUs: { config: 'missCounterResetTicks', per: PER.us, schema: positive(100_000_000), source: 'period of the miss counters reset; assumption (Verghese et al. reset periodically)' },
  missCounterBits: { config: 'missCounterBits', per: PER.one, schema: int(1, 32), source: 'width of each miss counter; assumption' },
  ipiLatencyNs: { config: 'ipiLatencyTicks', per: PER.ns, schema: num(0, 1_000_000), source: 'IPI delivery; assumption: one remote miss' },
  interruptLatencyNs: { config: 'interruptLatencyTicks', per: PER.ns, schema: num(0, 1_000_000), source: 'device or hot-page interrupt to the CPU; assumption' },
  disks: { config: 'disks', per: PER.one, schema: int(0, 64), source: 'physical disks; §5.3: 10' },
  diskSectorBytes: { config: 'diskSectorBytes', per: PER.one, schema: pow2(512, 1024, 2048, 4096), source: 'disk sector size' },
  diskRpm: { config: 'diskRpm', per: PER.one, schema: int(1000, 20_000), source: 'disk rotation; assumption: a mid-1990s SCSI disk' },
  diskMinSeekMs: { config: 'diskMinSeekTicks', per: PER.ms, schema: num(0, 100), source: 'track-to-track seek; assumption (Ruemmler & Wilkes 1994 shape)' },
  diskFullSeekMs: { config: 'diskFullSeekTicks', per: PER.ms, schema: num(0, 100), source: 'full-stroke seek; assumption (Ruemmler & Wilkes 1994 shape)' },
  diskCylinders: { config: 'diskCylinders', per: PER.one, schema: int(1, 100_000), source: 'disk cylinders; assumption' },
  diskSectorsPerCylinder: { config: 'diskSectorsPerCylinder', per: PER.one, schema: int(1, 100_000), source: 'sectors per cylinder; assumption' },
  diskTransferBytesPerSecond: { config: 'diskTransferBytesPerSecond', per: PER.one, schema: positive(10_000_000_000), source: 'disk media rate; assumption: 10 MB/s' },
  nicLatencyUs: { config: 'nicLatencyTicks', per: PER.us, schema: num(0, 1_000_000), source: 'NIC wire and switch latency; assumption: a mid-1990s LAN' },
  nicBytesPerSecond: { config: 'nicBytesPerSecond', per: PER.one, schema: positive(100_000_000_000), source: 'NIC bandwidth; assumption: 100 Mbit/s' },
  trackData: { config: 'trackData', per: PER.one, schema: bool, source: 'simulation switch: carry data values through caches and memory (checks data, slower; results unchanged)' },
  sliceNs: { config: 'sliceTicks', per: PER.ns, schema: positive(1_000_000), source: 'time a CPU runs ahead of the event queue (interleaving grain); assumption: 1 µs, about one remote miss (§5.1: 900 ns); 0.5-4 µs change engineering-disco-numa by as much as its seeds do, and save at most 6 % of an 8-CPU run' },
};

/** The `machine` section with defaults applied: a field per MACHINE_FIELDS entry. */
export type MachineSection = Readonly<Record<keyof typeof MACHINE_FIELDS, number | boolean>>;

export const MACHINE_SECTION_DEFAULTS = defaultsOf(MACHINE_FIELDS, DEFAULT_HARDWARE_CONFIG) as MachineSection;

export const machineSectionSchema = schemaOf(MACHINE_FIELDS, DEFAULT_HARDWARE_CONFIG, 'machine', 'the ccNUMA machine (libs/hardware): every latency, size and cost');

/** The HardwareConfig a machine section stands for (validated by hardwareConfig). */
export function hardwareConfigOf(machine: MachineSection): HardwareConfig {
  return hardwareConfig(configOf(MACHINE_FIELDS, machine));
}

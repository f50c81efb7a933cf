import { assert, cycleTicksOfMhz, msToTicks, nsToTicks, usToTicks, type Tick } from '@disco/sim-kernel';
import { MODEL_LIMITS } from '@disco/trace-schema';

/**
 * Every cost, size and latency of the machine, each with its source: the
 * paper (§ of Bugnion et al., SOSP '97), a datasheet / general knowledge, or
 * an ASSUMPTION with the reason. Nothing here is fitted to results.
 */
export interface HardwareConfig {
  /** Nodes; one CPU per node (§4: "each node has one processor"). At most 32 (sharer sets are 32-bit masks). */
  readonly nodes: number;
  /** Machine memory per node. ASSUMPTION: 32 MB, 256 MB split evenly over 8 nodes (§5.3). */
  readonly memoryPerNodeBytes: number;
  /** CPU clock. §5.1: twice the R10000 model's clock; R10000 at 200 MHz (general knowledge) → 400 MHz. */
  readonly clockMhz: number;
  /** Cycles per non-memory instruction. §5.1: statically scheduled, non-superscalar → 1. */
  readonly cyclesPerInstruction: number;

  /** Hardware TLB entries, each an even/odd page pair. R10000 datasheet: 64. */
  readonly tlbEntries: number;
  /** Wired entries (indices below this never chosen by random replacement). ASSUMPTION: 8, IRIX wires a few kernel entries; settable by software. */
  readonly tlbWiredEntries: number;

  /** L1 instruction cache. R10000 datasheet: 32 KB, 2-way, 64-byte lines. */
  readonly l1iSizeBytes: number;
  readonly l1iWays: number;
  readonly l1iLineBytes: number;
  /** L1 data cache. R10000 datasheet: 32 KB, 2-way, 32-byte lines. */
  readonly l1dSizeBytes: number;
  readonly l1dWays: number;
  readonly l1dLineBytes: number;
  /** Unified L2. §5.1: 1 MB board-level (256 KB for NUMA Raytrace, §5.5); R10000 L2 is 2-way (datasheet); 128-byte lines as FLASH's coherence unit (FLASH papers). */
  readonly l2SizeBytes: number;
  readonly l2Ways: number;
  readonly l2LineBytes: number;
  /** L1 miss that hits in L2. ASSUMPTION: 10 CPU cycles, typical board-level SRAM L2 of the R10000 era; the paper gives none. */
  readonly l2HitCycles: number;

  /** Uncontended minimum local miss. §5.1: 300 ns. */
  readonly localMissTicks: Tick;
  /** Uncontended minimum remote (2-hop) miss. §5.1: 900 ns. */
  readonly remoteMissTicks: Tick;
  /**
   * One network traversal. ASSUMPTION derived from §5.1: a remote miss is a
   * local miss plus two traversals (request, reply): (900 − 300) / 2 = 300 ns.
   * A 3-hop miss (home forwards to a third node's cache) pays three.
   */
  readonly hopTicks: Tick;
  /** UMA comparison machine: every miss costs this. §5.5: 300 ns. */
  readonly umaMissTicks: Tick;
  /** Charge every L2 miss `umaMissTicks` (§5.5 UMA bound). */
  readonly uma: boolean;
  /** Queue requests at home directory controllers. ASSUMPTION: off by default; the paper quotes uncontended latencies. */
  readonly contention: boolean;
  /**
   * MESI: a load miss on a line no other cache holds gets it exclusive-clean
   * (the R10000's CleanExclusive state; MIPS R10000 Microprocessor User's
   * Manual, "Cache coherency"), so a later store needs no upgrade. Whether
   * FLASH's protocol grants it is not in the paper: ASSUMPTION that it does, as
   * the R10000 supports it and SGI's Origin directory protocol grants an
   * exclusive copy to a read of an unowned line (Laudon and Lenoski, ISCA '97).
   * false: MSI (the earlier model).
   */
  readonly cleanExclusive: boolean;
  /** Occupancy of a directory controller per transaction when `contention`. ASSUMPTION: 50 ns, a few protocol-processor handler runs. */
  readonly directoryOccupancyTicks: Tick;

  /** Per-page, per-node miss counter threshold for the hot-page interrupt. ASSUMPTION (§4.2.3 gives none; Verghese et al. use a trigger threshold): 128. */
  readonly hotPageThresholdMisses: number;
  /** Period after which all miss counters are cleared. ASSUMPTION: 100 ms (periodic reset, Verghese et al.). */
  readonly missCounterResetTicks: Tick;
  /** Width of each miss counter; counts saturate. ASSUMPTION: 16 bits. */
  readonly missCounterBits: number;

  /** IPI delivery latency. ASSUMPTION: one remote miss (a message through the interconnect), 900 ns. */
  readonly ipiLatencyTicks: Tick;
  /** Interrupt from a device or the hot-page counter to the CPU. ASSUMPTION: 1 µs. */
  readonly interruptLatencyTicks: Tick;

  /** Disks in the machine. §5.3: 10 disks; ASSUMPTION: disk d hangs off node d mod nodes. */
  readonly disks: number;
  readonly diskSectorBytes: number;
  /** ASSUMPTION (a mid-1990s SCSI disk, e.g. the HP 97560 class SimOS modelled): 5400 RPM. */
  readonly diskRpm: number;
  /** ASSUMPTION: seek = minimum + (full − minimum)·√(distance / cylinders) (Ruemmler & Wilkes 1994 shape); 1 ms track-to-track, 18 ms full stroke. */
  readonly diskMinSeekTicks: Tick;
  readonly diskFullSeekTicks: Tick;
  readonly diskCylinders: number;
  readonly diskSectorsPerCylinder: number;
  /** ASSUMPTION: 10 MB/s media transfer rate. */
  readonly diskTransferBytesPerSecond: number;

  /** NIC wire + switch latency. ASSUMPTION: 10 µs, a mid-1990s LAN adapter path. */
  readonly nicLatencyTicks: Tick;
  /** ASSUMPTION: 100 Mbit/s (12.5 MB/s). */
  readonly nicBytesPerSecond: number;

  /**
   * Time a CPU runs ahead of the event queue in one slice: the grain at which
   * CPUs' transactions interleave. ASSUMPTION: 1 µs, about one remote miss
   * (§5.1: 900 ns), so no CPU runs more than one remote miss ahead of another.
   * Measured (2026-12-07, --level none): slices of 0.5, 1, 2 and 4 µs give
   * engineering-disco-numa 2.591, 2.400, 2.459 and 2.517 s simulated, about
   * the spread of its seeds 1-3 at 1 µs (2.400, 2.485, 2.527 s); 4 µs ran the
   * 8-CPU NUMA and pmake8 scenarios only 2-6 % faster, so the finer grain stays.
   */
  readonly sliceTicks: Tick;
  /** Carry data values in caches and memory (property tests); off for speed. */
  readonly trackData: boolean;
}

export const DEFAULT_HARDWARE_CONFIG: HardwareConfig = {
  nodes: 8,
  memoryPerNodeBytes: 32 * 1024 * 1024,
  clockMhz: 400,
  cyclesPerInstruction: 1,
  tlbEntries: 64,
  tlbWiredEntries: 8,
  l1iSizeBytes: 32 * 1024,
  l1iWays: 2,
  l1iLineBytes: 64,
  l1dSizeBytes: 32 * 1024,
  l1dWays: 2,
  l1dLineBytes: 32,
  l2SizeBytes: 1024 * 1024,
  l2Ways: 2,
  l2LineBytes: 128,
  l2HitCycles: 10,
  localMissTicks: nsToTicks(300),
  remoteMissTicks: nsToTicks(900),
  hopTicks: nsToTicks(300),
  umaMissTicks: nsToTicks(300),
  uma: false,
  contention: false,
  cleanExclusive: true,
  directoryOccupancyTicks: nsToTicks(50),
  hotPageThresholdMisses: 128,
  missCounterResetTicks: msToTicks(100),
  missCounterBits: 16,
  ipiLatencyTicks: nsToTicks(900),
  interruptLatencyTicks: usToTicks(1),
  disks: 10,
  diskSectorBytes: 512,
  diskRpm: 5400,
  diskMinSeekTicks: msToTicks(1),
  diskFullSeekTicks: msToTicks(18),
  diskCylinders: 2000,
  diskSectorsPerCylinder: 1000,
  diskTransferBytesPerSecond: 10_000_000,
  nicLatencyTicks: usToTicks(10),
  nicBytesPerSecond: 12_500_000,
  sliceTicks: usToTicks(1),
  trackData: false,
};

/** Builds a config from defaults and overrides, then validates it. */
export function hardwareConfig(overrides: Partial<HardwareConfig> = {}): HardwareConfig {
  const config = { ...DEFAULT_HARDWARE_CONFIG, ...overrides };
  validateHardwareConfig(config);
  return config;
}

const isPowerOfTwo = (n: number): boolean => Number.isInteger(n) && n > 0 && (n & (n - 1)) === 0;

export function validateHardwareConfig(c: HardwareConfig): void {
  assert(Number.isInteger(c.nodes) && c.nodes >= 1 && c.nodes <= MODEL_LIMITS.nodes, `nodes must be 1..${MODEL_LIMITS.nodes}, got ${c.nodes}`);
  assert(c.memoryPerNodeBytes % PAGE_BYTES === 0, 'memoryPerNodeBytes must be whole pages');
  assert(c.nodes * c.memoryPerNodeBytes <= 2 ** 32, 'machine memory above 4 GB is not modelled (Int32 line indices)');
  cycleTicksOfMhz(c.clockMhz);
  for (const [name, size, ways, line] of [
    ['l1i', c.l1iSizeBytes, c.l1iWays, c.l1iLineBytes],
    ['l1d', c.l1dSizeBytes, c.l1dWays, c.l1dLineBytes],
    ['l2', c.l2SizeBytes, c.l2Ways, c.l2LineBytes],
  ] as const) {
    assert(isPowerOfTwo(size) && isPowerOfTwo(ways) && isPowerOfTwo(line), `${name} sizes must be powers of two`);
    assert(size >= ways * line, `${name} must hold at least one set`);
    assert(line >= 4 && line <= PAGE_BYTES, `${name} line must be 4..4096 bytes`);
  }
  // Inclusion: an L1 line must lie inside one L2 line.
  assert(c.l1iLineBytes <= c.l2LineBytes, 'L1I line must not exceed L2 line');
  assert(c.l1dLineBytes <= c.l2LineBytes, 'L1D line must not exceed L2 line');
  assert(c.tlbEntries >= 2 && c.tlbEntries <= 1024, 'tlbEntries must be 2..1024');
  assert(c.tlbWiredEntries >= 0 && c.tlbWiredEntries < c.tlbEntries, 'wired entries must leave a random slot');
  assert(c.missCounterBits >= 1 && c.missCounterBits <= 32, 'missCounterBits must be 1..32');
  assert(c.sliceTicks > 0, 'sliceTicks must be positive');
}

/** 4 KB pages (§5.2: Disco maps 4 KB pairs). Fixed, not a parameter: address arithmetic relies on it. */
export const PAGE_BYTES = 4096;
export const PAGE_SHIFT = 12;
/** 40-bit machine addresses (§4.2.2). */
export const MACHINE_ADDRESS_BITS = 40;

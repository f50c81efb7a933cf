/**
 * The cost model in which the offline baseline and every policy's actual
 * schedule are priced (issue 15). One page at a time: a miss served by
 * another node costs `remoteExtraTicks` more than a local one, and each move
 * costs what the monitor spends on it. Every figure is derived from the
 * scenario as run (HardwareConfig and MonitorConfig fields, passed in by the
 * caller that parsed `run.scenario_json`), never a constant of its own.
 */
export interface PlacementModel {
  /** Nodes of the machine (one CPU each). */
  readonly nodes: number;
  /** Remote minus local uncontended miss latency (§5.1: 900 - 300 ns). */
  readonly remoteExtraTicks: number;
  /** One migration: hot-page trap, bookkeeping, shootdown, page copy. */
  readonly migrateTicks: number;
  /** One replica: as a migration (each replica priced alone, see `replicateTicks` below). */
  readonly replicateTicks: number;
  /** Collapsing replicas on a write: the protection trap and a shootdown, no copy. */
  readonly collapseTicks: number;
  /** The parts, for the report: the modelled page copy and shootdown. */
  readonly pageCopyTicks: number;
  readonly shootdownTicks: number;
  /** The policy rules of today's monitor (Verghese et al.), for the offline simulator. */
  readonly rules: VergheseRules;
}

/** The knobs of the Verghese et al. policy (MonitorConfig and the hardware's hot-page counters). */
export interface VergheseRules {
  readonly migration: boolean;
  readonly replication: boolean;
  readonly hotPageThresholdMisses: number;
  readonly missCounterResetTicks: number;
  readonly migrateSharePercent: number;
  readonly replicateMinMisses: number;
  readonly replicateMinReaders: number;
  readonly moveLimit: number;
  readonly minMoveIntervalTicks: number;
  readonly moveThawTicks: number;
}

/**
 * The HardwareConfig and MonitorConfig fields the model reads, under their
 * own names (a caller passes `{ ...hardwareConfig, ...monitorConfig }`).
 */
export interface PlacementParameters extends VergheseRules {
  readonly nodes: number;
  /** The machine's page size (hardware PAGE_BYTES). */
  readonly pageBytes: number;
  readonly clockMhz: number;
  readonly cyclesPerInstruction: number;
  readonly l2LineBytes: number;
  readonly localMissTicks: number;
  readonly remoteMissTicks: number;
  readonly ipiLatencyTicks: number;
  readonly trapEntryExitTicks: number;
  readonly pageMoveBookkeepingTicks: number;
  readonly shootdownPerVcpuTicks: number;
}

const WORD_BYTES = 4;

/**
 * Derives the model from the run's parameters, as the monitor spends them
 * (libs/monitor placement/page-mover.ts, memory-manager.ts):
 * - page copy: the monitor copies word by word on the CPU that took the
 *   hot-page interrupt; each L2 line costs one local and one remote miss
 *   (source on one node, destination on the other), and each word a load
 *   and a store at the CPU's CPI. Not modelled: three-hop misses and dirty
 *   write-backs, which make measured copies slower (the report shows both);
 * - shootdown: `shootdownPerVcpuTicks` for each of `nodes` VCPUs searched
 *   (ASSUMPTION: every CPU runs a VCPU of a VM that maps the page) plus one
 *   IPI round trip (2 × `ipiLatencyTicks`), as MemoryManager.shootdown;
 * - a migration and a replica: trap entry/exit + bookkeeping + shootdown +
 *   copy. The monitor makes several replicas of one hot page under one
 *   shootdown; pricing each replica alone keeps the cost a per-action figure,
 *   the same for the baseline and for every policy;
 * - a collapse: the write-protection trap + a shootdown (the survivor is a
 *   copy already there).
 */
export function placementModelOf(p: PlacementParameters): PlacementModel {
  const cycleTicks = 1e6 / p.clockMhz;
  const lines = p.pageBytes / p.l2LineBytes;
  const words = p.pageBytes / WORD_BYTES;
  const pageCopyTicks = Math.round(lines * (p.localMissTicks + p.remoteMissTicks) + 2 * words * cycleTicks * p.cyclesPerInstruction);
  const shootdownTicks = p.nodes * p.shootdownPerVcpuTicks + (p.nodes > 1 ? 2 * p.ipiLatencyTicks : 0);
  const moveTicks = p.trapEntryExitTicks + p.pageMoveBookkeepingTicks + shootdownTicks + pageCopyTicks;
  return {
    nodes: p.nodes,
    remoteExtraTicks: Math.max(0, p.remoteMissTicks - p.localMissTicks),
    migrateTicks: moveTicks,
    replicateTicks: moveTicks,
    collapseTicks: p.trapEntryExitTicks + shootdownTicks,
    pageCopyTicks,
    shootdownTicks,
    rules: {
      migration: p.migration,
      replication: p.replication,
      hotPageThresholdMisses: p.hotPageThresholdMisses,
      missCounterResetTicks: p.missCounterResetTicks,
      migrateSharePercent: p.migrateSharePercent,
      replicateMinMisses: p.replicateMinMisses,
      replicateMinReaders: p.replicateMinReaders,
      moveLimit: p.moveLimit,
      minMoveIntervalTicks: p.minMoveIntervalTicks,
      moveThawTicks: p.moveThawTicks,
    },
  };
}

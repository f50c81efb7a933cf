import { TICKS_PER_US, usToTicks } from '@disco/sim-kernel';
import { DEFAULT_MONITOR_CONFIG, monitorConfig, type MonitorConfig } from '../monitor-config';

/**
 * The monitor's policy knobs a scenario may set (its `monitor` object); the
 * rest of MonitorConfig keeps its sourced defaults. Shared by every scenario
 * model that runs Disco, so their schemas and defaults cannot drift apart.
 */
export interface MonitorSection {
  readonly migration: boolean;
  readonly replication: boolean;
  readonly migrateSharePercent: number;
  readonly replicateMinMisses: number;
  readonly replicateMinReaders: number;
  readonly moveLimit: number;
  readonly minMoveIntervalUs: number;
  readonly l2TlbEntries: number;
  readonly quantumUs: number;
}

/** The defaults are MonitorConfig's own (see monitor-config.ts for their sources), in scenario units. */
export const MONITOR_SECTION_DEFAULTS: MonitorSection = {
  migration: DEFAULT_MONITOR_CONFIG.migration,
  replication: DEFAULT_MONITOR_CONFIG.replication,
  migrateSharePercent: DEFAULT_MONITOR_CONFIG.migrateSharePercent,
  replicateMinMisses: DEFAULT_MONITOR_CONFIG.replicateMinMisses,
  replicateMinReaders: DEFAULT_MONITOR_CONFIG.replicateMinReaders,
  moveLimit: DEFAULT_MONITOR_CONFIG.moveLimit,
  minMoveIntervalUs: DEFAULT_MONITOR_CONFIG.minMoveIntervalTicks / TICKS_PER_US,
  l2TlbEntries: DEFAULT_MONITOR_CONFIG.l2TlbEntries,
  quantumUs: DEFAULT_MONITOR_CONFIG.quantumTicks / TICKS_PER_US,
};

/** JSON Schema (draft-07) of the `monitor` object. */
export const monitorSectionSchema = {
  type: 'object',
  additionalProperties: false,
  description: "the monitor's policy knobs",
  properties: {
    migration: { type: 'boolean', description: 'NUMA page migration (§4.2.3)' },
    replication: { type: 'boolean', description: 'NUMA page replication (§4.2.3)' },
    migrateSharePercent: { type: 'integer', minimum: 1, maximum: 100 },
    replicateMinMisses: { type: 'integer', minimum: 1 },
    replicateMinReaders: { type: 'integer', minimum: 1 },
    moveLimit: { type: 'integer', minimum: 0, maximum: 255 },
    minMoveIntervalUs: { type: 'number', minimum: 0 },
    l2TlbEntries: { type: 'integer', enum: [64, 128, 256, 512, 1024, 2048, 4096, 8192] },
    quantumUs: { type: 'number', exclusiveMinimum: 0 },
  },
} as const;

/** The MonitorConfig a scenario asks for: its knobs over the sourced defaults. */
export function monitorConfigOfSection(m: MonitorSection, sampleIntervalUs: number): MonitorConfig {
  return monitorConfig({
    migration: m.migration,
    replication: m.replication,
    migrateSharePercent: m.migrateSharePercent,
    replicateMinMisses: m.replicateMinMisses,
    replicateMinReaders: m.replicateMinReaders,
    moveLimit: m.moveLimit,
    minMoveIntervalTicks: usToTicks(m.minMoveIntervalUs),
    l2TlbEntries: m.l2TlbEntries,
    quantumTicks: usToTicks(m.quantumUs),
    sampleIntervalTicks: usToTicks(sampleIntervalUs),
  });
}

import {
  DEFAULT_AUTONUMA_CONFIG,
  DEFAULT_CARREFOUR_CONFIG,
  DEFAULT_MONITOR_CONFIG,
  monitorConfig,
  PLACEMENT_POLICIES,
  SCHEDULED_ACTIONS,
  type AutoNumaConfig,
  type CarrefourConfig,
  type MonitorConfig,
  type PlacementConfig,
  type PlacementPolicyName,
  type ScheduledDecision,
} from '@disco/monitor';
import { usToTicks } from '@disco/sim-kernel';
import { bool, configOf, defaultsOf, int, PER, schemaOf, type FieldTable } from './field-table';

const cost = { type: 'number', minimum: 0, maximum: 1_000_000 } as const;

/**
 * The `monitor` section: Disco's costs and policy knobs (libs/monitor), one
 * field per MonitorConfig field, its unit in its name. Defaults and sources
 * are DEFAULT_MONITOR_CONFIG's (monitor-config.ts).
 */
export const MONITOR_FIELDS: FieldTable<MonitorConfig> = {
  trapEntryExitNs: { config: 'trapEntryExitTicks', per: PER.ns, schema: cost, source: 'trap into Disco and return; assumption: ~40 instructions' },
  refillEntryExitNs: { config: 'refillEntryExitTicks', per: PER.ns, schema: cost, source: "fixed part of Disco's TLB-refill handler on the refill vector (k0/k1 only, no register saved; MIPS R10000 manual); assumption: ~8 instructions" },
  privilegedEmulationNs: { config: 'privilegedEmulationTicks', per: PER.ns, schema: cost, source: 'one privileged instruction emulated beyond the trap; assumption: ~40 instructions' },
  tlbWriteEmulationNs: { config: 'tlbWriteEmulationTicks', per: PER.ns, schema: cost, source: 'guest TLB write emulated beyond the trap (§4.2.2); assumption: ~120 instructions' },
  l2TlbProbeNs: { config: 'l2TlbProbeTicks', per: PER.ns, schema: cost, source: 'L2TLB probe and load on a hardware miss (§4.2.2); assumption: ~20 instructions' },
  kernelTlbRefillNs: { config: 'kernelTlbRefillTicks', per: PER.ns, schema: cost, source: 'refill in the relocated kernel segment from the pmap (§4.3); assumption: ~30 instructions' },
  reflectExceptionNs: { config: 'reflectExceptionTicks', per: PER.ns, schema: cost, source: 'reflecting an exception to the guest (§4.2.1); assumption: ~60 instructions' },
  monitorCallNs: { config: 'monitorCallTicks', per: PER.ns, schema: cost, source: 'dispatching one monitor call (§4.2.4); assumption: ~100 instructions' },
  vcpuSwitchNs: { config: 'vcpuSwitchTicks', per: PER.ns, schema: cost, source: 'switching VCPUs, TLB flush included; assumption: 1 µs' },
  ipiHandlerNs: { config: 'ipiHandlerTicks', per: PER.ns, schema: cost, source: "Disco's IPI or device interrupt handler; assumption: ~40 instructions" },
  shootdownPerVcpuNs: { config: 'shootdownPerVcpuTicks', per: PER.ns, schema: cost, source: 'shootdown work per VCPU searched (§4.2.3 lean structures); assumption' },
  pageMoveBookkeepingNs: { config: 'pageMoveBookkeepingTicks', per: PER.ns, schema: cost, source: 'policy decision and pmap/memmap updates of one page move; assumption: 1 µs' },
  programmedIoTrapsPerRequest: { config: 'programmedIoTrapsPerRequest', per: PER.one, schema: int(0, 1000), source: 'traps per disk or network request without monitor-call drivers; assumption: a SCSI command' },
  l2TlbEntries: { config: 'l2TlbEntries', per: PER.one, schema: { type: 'integer', enum: [64, 128, 256, 512, 1024, 2048, 4096, 8192] }, source: 'L2TLB entries per VCPU, direct mapped; assumption (the paper gives no size)' },
  l2TlbIndex: {
    config: 'l2TlbIndex',
    per: PER.one,
    schema: { type: 'string', enum: ['vpn', 'hashed'] },
    source: "how a translation picks its L2TLB slot; assumption: vpn, VPN2's low bits, as a table indexed by VPN bits (regions a multiple of entries x 8 KB apart share slots: IRIX's text at 4 MB aliases its data from 4 MB on); hashed: a hash's top bits, a what-if that spreads such regions",
  },
  l2Tlb: { config: 'l2Tlb', per: PER.one, schema: bool, source: 'the second-level software TLB (§4.2.2); off: user TLB misses the virtual TLB cannot answer are reflected to the guest' },
  monitorMemoryReferences: { config: 'monitorMemoryReferences', per: PER.one, schema: bool, source: "Disco's handlers fetch their code from the replica on their node (§4.2: 72 KB per node) and read and write their L2TLB slots, pmap entries and VCPU records through the caches (inference); off: a handler costs only its instruction time" },
  monitorCodeReplicated: { config: 'monitorCodeReplicated', per: PER.one, schema: bool, source: "Disco's code is replicated on every node so that its instruction misses are local (§4.2); off: one copy on node 0" },
  pmapPlacement: { config: 'pmapPlacement', per: PER.one, schema: { type: 'string', enum: ['first-touch', 'interleaved'] }, source: "where a VM's pmap lives; assumption (the paper does not say): first-touch, each pmap page allocated when one of its entries is first used, on that CPU's node; interleaved, all of it at VM creation, spread over the VM's VCPUs' nodes" },
  pageColoring: { config: 'pageColoring', per: PER.one, schema: bool, source: "machine pages keep the guest-physical page's L2 colour, so the guest's page colouring still works; assumption (the paper does not say how Disco picks machine pages); off: any colour" },
  quantumUs: { config: 'quantumTicks', per: PER.us, schema: { type: 'number', exclusiveMinimum: 0, maximum: 10_000_000 }, source: 'time slice of VCPUs sharing a CPU; assumption: a typical OS quantum' },
  netLatencyUs: { config: 'netLatencyTicks', per: PER.us, schema: { type: 'number', minimum: 0, maximum: 1_000_000 }, source: 'virtual subnet delivery between VMs; assumption' },
  netRemap: { config: 'netRemap', per: PER.one, schema: bool, source: 'virtual NIC remaps page-aligned full-page fragments instead of copying them (§4.2.6); off: every fragment copied' },
  netRemapMinBytes: { config: 'netRemapMinBytes', per: PER.one, schema: { type: 'integer', minimum: 4, maximum: 4096, multipleOf: 4 }, source: 'smallest page-aligned fragment remapped (§4.2.6: full pages, 4096); lower flips a whole page for a partly filled one, as Xen 1.0 did (Barham et al., SOSP 03, §3.3)' },
  monitorCodeKb: { config: 'monitorCodeBytes', per: PER.kb, schema: int(1, 65536), source: "Disco's code, replicated on every node; §4.2: 72 KB" },
  pmapEntryBytes: { config: 'pmapEntryBytes', per: PER.one, schema: int(1, 4096), source: 'monitor bytes per guest-physical page (pmap, backmap); assumption' },
  memmapEntryBytes: { config: 'memmapEntryBytes', per: PER.one, schema: int(1, 4096), source: 'monitor bytes per machine page (memmap); assumption' },
  migration: { config: 'migration', per: PER.one, schema: bool, source: 'NUMA page migration (§4.2.3; off in §5.4)' },
  replication: { config: 'replication', per: PER.one, schema: bool, source: 'NUMA page replication (§4.2.3; off in §5.4)' },
  migrateSharePercent: { config: 'migrateSharePercent', per: PER.one, schema: int(1, 100), source: "migrate when one node takes this share of a page's misses; assumption (Verghese et al.)" },
  replicateMinMisses: { config: 'replicateMinMisses', per: PER.one, schema: int(1, 65535), source: 'misses that make a node a reader of a page; assumption' },
  replicateMinReaders: { config: 'replicateMinReaders', per: PER.one, schema: int(1, 32), source: 'readers needed to replicate; assumption' },
  moveLimit: { config: 'moveLimit', per: PER.one, schema: int(0, 255), source: 'moves allowed per page (§4.2.3 "a limited number of times"); assumption: 4' },
  moveThawMs: { config: 'moveThawTicks', per: PER.ms, schema: { type: 'number', minimum: 0, maximum: 1_000_000 }, source: 'a page at its move limit thaws after this long without a move (Verghese et al. reset their per-page counts periodically); assumption: 1 s; 0: never' },
  minMoveIntervalUs: { config: 'minMoveIntervalTicks', per: PER.us, schema: { type: 'number', minimum: 0, maximum: 100_000_000 }, source: 'hysteresis between moves of a page; assumption: 1 ms' },
};

/** `/monitor/placement/autonuma`: the AutoNUMA-like policy's parameters (libs/monitor placement-config.ts). */
export const AUTONUMA_FIELDS: FieldTable<AutoNumaConfig> = {
  scanDelayMs: { config: 'scanDelayTicks', per: PER.ms, schema: { type: 'number', minimum: 0, maximum: 1_000_000 }, source: 'delay before a VM\'s first scan; Linux kernel/sched/fair.c sysctl_numa_balancing_scan_delay 1000 ms × 1/100 (runs last ~1 s simulated)' },
  scanPeriodMs: { config: 'scanPeriodTicks', per: PER.ms, schema: { type: 'number', exclusiveMinimum: 0, maximum: 1_000_000 }, source: 'period between scans of a VM; Linux sysctl_numa_balancing_scan_period_min 1000 ms × 1/100 (scan_period_max 60000 ms: adaptation not modelled)' },
  scanPages: { config: 'scanPages', per: PER.one, schema: int(1, 1 << 21), source: 'guest-physical pages per scan window; Linux sysctl_numa_balancing_scan_size 256 MB × 1/100 = 640 pages of 4 KB (Linux\'s scan rate, 256 MB/s)' },
  filterFaults: { config: 'filterFaults', per: PER.one, schema: int(1, 8), source: 'consecutive hinting faults from one node before a migration; Linux mm/mempolicy.c should_numa_migrate_memory: 2 (two-stage filter)' },
};

/** `/monitor/placement/carrefour`: the Carrefour-like policy's parameters (libs/monitor placement-config.ts). */
export const CARREFOUR_FIELDS: FieldTable<CarrefourConfig> = {
  sampleEveryMisses: { config: 'sampleEveryMisses', per: PER.one, schema: int(1, 1 << 20), source: 'one directory miss sampled in this many; assumption: 64, standing in for AMD IBS sampling' },
  periodMs: { config: 'periodTicks', per: PER.ms, schema: { type: 'number', exclusiveMinimum: 0, maximum: 1_000_000 }, source: 'decision period; Dashti et al. (ASPLOS \'13) 1 s × 1/100, as AutoNUMA\'s' },
  sampleCostNs: { config: 'sampleCostTicks', per: PER.ns, schema: cost, source: 'monitor cost of one sample (sampling interrupt); assumption: ~200 instructions' },
  minAccessesPerUs: { config: 'minAccessesPerUs', per: PER.one, schema: { type: 'number', minimum: 0, maximum: 1_000_000 }, source: 'global gate: memory accesses per µs; Dashti et al. MAPTU 50 on 48 cores at 2.2 GHz, scaled by cores × clock to 8 at 400 MHz: 1.5' },
  maxLocalAccessPercent: { config: 'maxLocalAccessPercent', per: PER.one, schema: int(0, 100), source: 'global gate: migrate and replicate only below this local share of sampled misses; Dashti et al. 80 %' },
  minImbalancePercent: { config: 'minImbalancePercent', per: PER.one, schema: int(0, 10_000), source: 'global gate: interleave only above this memory-controller imbalance (std/mean); Dashti et al. 35 %' },
  minSamplesPerPage: { config: 'minSamplesPerPage', per: PER.one, schema: int(1, 1_000_000), source: 'samples of a page in a period before it is classified; assumption: 2' },
  migrateSharePercent: { config: 'migrateSharePercent', per: PER.one, schema: int(1, 100), source: "migrate when one node has this share of a page's samples; assumption: 80 %, Disco's migrateSharePercent" },
};

/** `/monitor/placement`, defaults applied: the policy's name and each policy's parameters. */
export interface PlacementSection {
  readonly policy: PlacementPolicyName;
  readonly autonuma?: Readonly<Record<string, number>>;
  readonly carrefour?: Readonly<Record<string, number>>;
  /** The scheduled policy's decisions (absent: none). Not in the defaults, so that scenarios without it read as before. */
  readonly schedule?: readonly ScheduledDecision[];
}

/** Most decisions a schedule may hold: bounds what a scenario file (perhaps written from an untrusted trace) can make the monitor allocate. */
export const MAX_SCHEDULED_DECISIONS = 1_000_000;

const scheduleSchema = {
  type: 'array',
  maxItems: MAX_SCHEDULED_DECISIONS,
  description:
    "the scheduled policy's decisions: once guest-physical page ppn of VM vm has taken afterMisses L2 misses, migrate it to node, replicate it to node, or collapse its copies onto node's (written by disco-analyze schedule from a trace's offline baseline)",
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['vm', 'ppn', 'afterMisses', 'action', 'node'],
    properties: {
      vm: { type: 'integer', minimum: 0, maximum: 1023 },
      ppn: { type: 'integer', minimum: 0, maximum: 2 ** 21 - 1 },
      afterMisses: { type: 'integer', minimum: 0, maximum: 2 ** 40 },
      action: { enum: [...SCHEDULED_ACTIONS] },
      node: { type: 'integer', minimum: 0, maximum: 1023 },
    },
  },
};

/** The `monitor` section with defaults applied: a field per MONITOR_FIELDS entry, and `placement`. */
export type MonitorSection = Readonly<Record<keyof typeof MONITOR_FIELDS, number | boolean>> & { readonly placement?: PlacementSection };

export const MONITOR_SECTION_DEFAULTS = {
  ...defaultsOf(MONITOR_FIELDS, DEFAULT_MONITOR_CONFIG),
  placement: { policy: DEFAULT_MONITOR_CONFIG.placement.policy, autonuma: defaultsOf(AUTONUMA_FIELDS, DEFAULT_AUTONUMA_CONFIG), carrefour: defaultsOf(CARREFOUR_FIELDS, DEFAULT_CARREFOUR_CONFIG) },
} as MonitorSection;

const flatMonitorSchema = schemaOf(MONITOR_FIELDS, DEFAULT_MONITOR_CONFIG, 'monitor', "Disco's costs and policy (libs/monitor)") as { properties: Record<string, unknown> };

const placementSchema = {
  type: 'object',
  additionalProperties: false,
  description: 'the NUMA placement policy and its parameters (libs/monitor/src/placement)',
  properties: {
    policy: {
      enum: [...PLACEMENT_POLICIES],
      description:
        "disco: Disco's hot-page migration and replication (§4.2.3, Verghese et al.); none: no policy (first touch, no move, no hot-page interrupt); first-touch, round-robin: static placements; autonuma: Linux NUMA balancing (scan, hinting faults, two-stage filter); carrefour: Dashti et al. ASPLOS '13 (sampled misses, gates, replication, interleaving; needs /machine/contention); scheduled: carries out /monitor/placement/schedule, an offline baseline's decisions (disco-analyze schedule) (default \"disco\")",
    },
    autonuma: schemaOf(AUTONUMA_FIELDS, DEFAULT_AUTONUMA_CONFIG, 'autonuma', "the autonuma policy's parameters"),
    carrefour: schemaOf(CARREFOUR_FIELDS, DEFAULT_CARREFOUR_CONFIG, 'carrefour', "the carrefour policy's parameters"),
    schedule: scheduleSchema,
  },
};

export const monitorSectionSchema = { ...flatMonitorSchema, properties: { ...flatMonitorSchema.properties, placement: placementSchema } };

/** The PlacementConfig a (validated) placement section stands for; what it omits keeps its default. */
export function placementConfigOf(p: PlacementSection | undefined): PlacementConfig {
  return {
    policy: p?.policy ?? DEFAULT_MONITOR_CONFIG.placement.policy,
    autonuma: { ...DEFAULT_AUTONUMA_CONFIG, ...configOf(AUTONUMA_FIELDS, p?.autonuma ?? {}) },
    carrefour: { ...DEFAULT_CARREFOUR_CONFIG, ...configOf(CARREFOUR_FIELDS, p?.carrefour ?? {}) },
    schedule: p?.schedule ?? [],
  };
}

/** The MonitorConfig a monitor section stands for, sampling at the run's sample period. */
export function monitorConfigOf(monitor: MonitorSection, sampleIntervalUs: number): MonitorConfig {
  return monitorConfig({ ...configOf(MONITOR_FIELDS, monitor), placement: placementConfigOf(monitor.placement), sampleIntervalTicks: usToTicks(sampleIntervalUs) });
}

import { assert, msToTicks, nsToTicks, type Tick } from '@disco/sim-kernel';
import { PlacementPolicyKind } from '@disco/trace-schema';

/** The placement policies a scenario may choose (`/monitor/placement/policy`). */
export const PLACEMENT_POLICIES = ['disco', 'none', 'first-touch', 'round-robin', 'autonuma', 'carrefour', 'scheduled'] as const;
export type PlacementPolicyName = (typeof PLACEMENT_POLICIES)[number];

/** Each name's kind in decision events. */
export const POLICY_KINDS: Readonly<Record<PlacementPolicyName, PlacementPolicyKind>> = {
  disco: PlacementPolicyKind.POLICY_DISCO,
  none: PlacementPolicyKind.POLICY_NONE,
  'first-touch': PlacementPolicyKind.POLICY_FIRST_TOUCH,
  'round-robin': PlacementPolicyKind.POLICY_ROUND_ROBIN,
  autonuma: PlacementPolicyKind.POLICY_AUTONUMA,
  carrefour: PlacementPolicyKind.POLICY_CARREFOUR,
  scheduled: PlacementPolicyKind.POLICY_SCHEDULED,
};

/**
 * Linux's defaults are for tasks that run minutes on machines of many GB; the
 * simulated runs last about a second of simulated time on 256 MB. Every
 * AutoNUMA period and size is Linux's times this factor, so that a run sees
 * about as many scan periods as a Linux job of a hundred times its length,
 * and the scan rate (bytes per second: size over period) stays Linux's
 * maximum, 256 MB/s. ASSUMPTION: 1/100; the factor is the scaling, not a fit.
 */
export const AUTONUMA_SCALE = 1 / 100;

/** AutoNUMA-like policy (Linux NUMA balancing): periodic scan, hinting faults, two-stage filter, migration on fault. */
export interface AutoNumaConfig {
  /** Delay before a VM's first scan. Linux kernel/sched/fair.c sysctl_numa_balancing_scan_delay = 1000 ms, × AUTONUMA_SCALE. */
  readonly scanDelayTicks: Tick;
  /** Period between scans of a VM. Linux sysctl_numa_balancing_scan_period_min = 1000 ms, × AUTONUMA_SCALE (Linux's period adapts up to scan_period_max = 60000 ms as locality improves; not modelled: the policy always scans at its fastest). */
  readonly scanPeriodTicks: Tick;
  /** Guest-physical pages per scan window. Linux sysctl_numa_balancing_scan_size = 256 MB, × AUTONUMA_SCALE = 2.56 MB = 640 pages of 4 KB. */
  readonly scanPages: number;
  /** Consecutive hinting faults from one node before the page migrates there. Linux mm/mempolicy.c should_numa_migrate_memory: 2 (the two-stage filter); 1: migrate on every remote fault. */
  readonly filterFaults: number;
}

/** Carrefour-like policy (Dashti et al., ASPLOS '13): sampled misses, global gates, replication, interleaving, migration. */
export interface CarrefourConfig {
  /** One directory miss in this many is sampled. ASSUMPTION: 64, standing in for AMD IBS's sampling of one operation in many (Carrefour samples with IBS); the hardware samples misses, so this is per miss. */
  readonly sampleEveryMisses: number;
  /** Period of Carrefour's decisions. Dashti et al.: 1 s; × AUTONUMA_SCALE for the runs' length, as for AutoNUMA (10 ms). */
  readonly periodTicks: Tick;
  /** Monitor cost of one sample: the sampling interrupt and recording it. ASSUMPTION: ~200 instructions = 500 ns (an IBS interrupt handler). */
  readonly sampleCostTicks: Tick;
  /** Global gate: act only when the machine makes at least this many memory accesses (directory transactions) per µs. Dashti et al.: MAPTU 50 per µs on 48 cores at 2.2 GHz; scaled by cores × clock to this machine's 8 at 400 MHz (3.2 / 105.6): 1.5 per µs. */
  readonly minAccessesPerUs: number;
  /** Global gate: migration and replication only when the local share of sampled misses is below this. Dashti et al.: local access ratio 80 %. */
  readonly maxLocalAccessPercent: number;
  /** Global gate: interleaving only when the memory controllers' imbalance (standard deviation over mean of their requests) exceeds this. Dashti et al.: 35 %. */
  readonly minImbalancePercent: number;
  /** A page is classified only with at least this many samples in the period. ASSUMPTION: 2 (one sample says nothing about sharing). */
  readonly minSamplesPerPage: number;
  /** Migrate a page when this share of its samples comes from one node. ASSUMPTION: 80 %, the Disco policy's migrateSharePercent. */
  readonly migrateSharePercent: number;
}

/** What a scheduled decision does (the offline baseline's actions, libs/analysis page-schedule.ts). */
export const SCHEDULED_ACTIONS = ['migrate', 'replicate', 'collapse'] as const;
export type ScheduledAction = (typeof SCHEDULED_ACTIONS)[number];

/**
 * One decision of a placement schedule (the `scheduled` policy): once
 * guest-physical page `ppn` of VM `vm` has taken `afterMisses` L2 misses
 * (counted over every machine page that backed it, the policy's own page
 * copies left out), `action` its current machine page toward `node`:
 *   migrate   move the single copy to `node`
 *   replicate give `node` a read-only copy
 *   collapse  drop every copy but `node`'s
 * `disco-analyze schedule` writes the offline baseline's decisions this way.
 */
export interface ScheduledDecision {
  readonly vm: number;
  readonly ppn: number;
  readonly afterMisses: number;
  readonly action: ScheduledAction;
  readonly node: number;
}

export interface PlacementConfig {
  readonly policy: PlacementPolicyName;
  readonly autonuma: AutoNumaConfig;
  readonly carrefour: CarrefourConfig;
  /** The `scheduled` policy's decisions, in any order. */
  readonly schedule: readonly ScheduledDecision[];
}

export const DEFAULT_AUTONUMA_CONFIG: AutoNumaConfig = {
  scanDelayTicks: msToTicks(1000 * AUTONUMA_SCALE),
  scanPeriodTicks: msToTicks(1000 * AUTONUMA_SCALE),
  scanPages: Math.round((256 * 1024 * 1024 * AUTONUMA_SCALE) / 4096),
  filterFaults: 2,
};

export const DEFAULT_CARREFOUR_CONFIG: CarrefourConfig = {
  sampleEveryMisses: 64,
  periodTicks: msToTicks(1000 * AUTONUMA_SCALE),
  sampleCostTicks: nsToTicks(500),
  minAccessesPerUs: 1.5,
  maxLocalAccessPercent: 80,
  minImbalancePercent: 35,
  minSamplesPerPage: 2,
  migrateSharePercent: 80,
};

export const DEFAULT_PLACEMENT_CONFIG: PlacementConfig = { policy: 'disco', autonuma: DEFAULT_AUTONUMA_CONFIG, carrefour: DEFAULT_CARREFOUR_CONFIG, schedule: [] };

export function validatePlacementConfig(c: PlacementConfig): void {
  assert((PLACEMENT_POLICIES as readonly string[]).includes(c.policy), `placement policy must be one of ${PLACEMENT_POLICIES.join(', ')}, got '${c.policy}'`);
  const a = c.autonuma;
  assert(a.scanPeriodTicks > 0, 'autonuma scanPeriodTicks must be positive');
  assert(Number.isInteger(a.scanPages) && a.scanPages >= 1, 'autonuma scanPages must be a positive integer');
  assert(Number.isInteger(a.filterFaults) && a.filterFaults >= 1 && a.filterFaults <= 8, 'autonuma filterFaults must be 1..8');
  const f = c.carrefour;
  assert(Number.isInteger(f.sampleEveryMisses) && f.sampleEveryMisses >= 1, 'carrefour sampleEveryMisses must be a positive integer');
  assert(f.periodTicks > 0, 'carrefour periodTicks must be positive');
  assert(f.maxLocalAccessPercent >= 0 && f.maxLocalAccessPercent <= 100, 'carrefour maxLocalAccessPercent must be 0..100');
  assert(f.migrateSharePercent > 0 && f.migrateSharePercent <= 100, 'carrefour migrateSharePercent must be in (0, 100]');
  c.schedule.forEach((d, i) => {
    const at = `placement schedule decision ${i}`;
    assert(Number.isInteger(d.vm) && d.vm >= 0, `${at}: vm must be a non-negative integer`);
    assert(Number.isInteger(d.ppn) && d.ppn >= 0, `${at}: ppn must be a non-negative integer`);
    assert(Number.isInteger(d.afterMisses) && d.afterMisses >= 0, `${at}: afterMisses must be a non-negative integer`);
    assert(Number.isInteger(d.node) && d.node >= 0, `${at}: node must be a non-negative integer`);
    assert((SCHEDULED_ACTIONS as readonly string[]).includes(d.action), `${at}: action must be one of ${SCHEDULED_ACTIONS.join(', ')}`);
  });
  assert(c.schedule.length === 0 || c.policy === 'scheduled', `a placement schedule is only read by the scheduled policy, not '${c.policy}'`);
}

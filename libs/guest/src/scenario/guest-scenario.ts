import type { PagePlacement } from '../kernel/kernel-config';

export const WORKLOADS = ['pmake', 'engineering', 'raytrace', 'database', 'radix'] as const;
export type WorkloadName = (typeof WORKLOADS)[number];

/** The `irix` section of a scenario file (native runs of the IRIX-like OS), defaults applied. */
export interface GuestScenario {
  readonly workload: WorkloadName;
  /** CPUs (= nodes). §5.2: 1; §5.3, §5.4: 8; §5.5 Raytrace: 16. */
  readonly cpus: number;
  readonly memoryPerNodeMb: number;
  /** L2 size: 1024 KB (§5.1) or 256 KB (§5.5 Raytrace). */
  readonly l2SizeKb: number;
  /** Charge every miss 300 ns (§5.5 UMA bound). */
  readonly uma: boolean;
  readonly disks: number;
  /** The OS's page placement: round-robin (§5.4 IRIX baseline) or first-touch. */
  readonly placement: PagePlacement;
  /** Multiplies the workload's size (instructions, files, data); 1 runs in seconds. */
  readonly scale: number;
  /** Upper bound on simulated time; the run ends earlier when the workload's processes have all exited. */
  readonly maxDurationMs: number;
  readonly sampleIntervalUs: number;
  readonly bufferCacheMb: number;
  /** Instances of the workload (pmake: 8 in §5.3/§5.4; engineering: job pairs). */
  readonly instances: number;
}

export const GUEST_SCENARIO_DEFAULTS: GuestScenario = {
  workload: 'pmake',
  cpus: 1,
  memoryPerNodeMb: 64,
  l2SizeKb: 1024,
  uma: false,
  disks: 2,
  placement: 'first-touch',
  scale: 1,
  maxDurationMs: 5000,
  sampleIntervalUs: 5000,
  bufferCacheMb: 8,
  instances: 1,
};

export function withGuestDefaults(section: Partial<GuestScenario> = {}): GuestScenario {
  return { ...GUEST_SCENARIO_DEFAULTS, ...section };
}

/** JSON Schema (draft-07) of the section; every field optional. */
export const guestScenarioSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'irix',
  description: 'The IRIX-like OS (libs/guest) running a workload natively on the ccNUMA machine.',
  type: 'object',
  additionalProperties: false,
  properties: {
    workload: { type: 'string', enum: [...WORKLOADS], description: 'workload of Table 1 or Radix (§5.4)' },
    cpus: { type: 'integer', minimum: 1, maximum: 32, description: 'CPUs, one per node' },
    memoryPerNodeMb: { type: 'integer', minimum: 8, maximum: 512, description: 'memory per node in MB' },
    l2SizeKb: { type: 'integer', enum: [64, 128, 256, 512, 1024, 2048, 4096], description: 'L2 size in KB' },
    uma: { type: 'boolean', description: 'UMA machine: every miss 300 ns' },
    disks: { type: 'integer', minimum: 1, maximum: 32, description: 'disks' },
    placement: { type: 'string', enum: ['round-robin', 'first-touch'], description: 'page placement policy of the OS' },
    scale: { type: 'number', exclusiveMinimum: 0, maximum: 1000, description: 'workload size multiplier' },
    maxDurationMs: { type: 'number', exclusiveMinimum: 0, maximum: 600_000, description: 'simulated time limit in ms' },
    sampleIntervalUs: { type: 'number', exclusiveMinimum: 0, maximum: 10_000_000, description: 'sample period in µs' },
    bufferCacheMb: { type: 'number', exclusiveMinimum: 0, maximum: 1024, description: 'buffer cache in MB' },
    instances: { type: 'integer', minimum: 1, maximum: 64, description: 'workload instances' },
  },
} as const;

import { WORKLOADS, type PagePlacement, type WorkloadName } from '@disco/guest';

/**
 * The `guest` section: the OS in each machine or VM and the workload it runs
 * (libs/guest). Read by the `irix` (native) and `disco-irix` models.
 */
export interface GuestSection {
  readonly workload: WorkloadName;
  /** The IRIX-like kernel, or SPLASHOS (§2.8), a library OS for one SPLASH-2 program; SPLASHOS runs on Disco only. */
  readonly os: 'irix' | 'splashos';
  /** Multiplies the workload's size (instructions, files, data); 1 runs in seconds. */
  readonly scale: number;
  /** Workload instances in all (spread evenly over the VMs on Disco, §5.3); each has a private disk. */
  readonly instances: number;
  /** Buffer cache of each kernel. */
  readonly bufferCacheMb: number;
  /** The kernel's page placement: round-robin (§5.4 IRIX baseline) or first-touch. */
  readonly placement: PagePlacement;
}

export const GUEST_SECTION_DEFAULTS: GuestSection = {
  workload: 'pmake',
  os: 'irix',
  scale: 1,
  instances: 1,
  bufferCacheMb: 8,
  placement: 'first-touch',
};

export const guestSectionSchema = {
  title: 'guest',
  description: 'the OS and workload in each machine or VM (libs/guest)',
  type: 'object',
  additionalProperties: false,
  properties: {
    workload: { type: 'string', enum: [...WORKLOADS], description: 'workload of Table 1 (§5.1) or Radix (§5.4) (default "pmake")' },
    os: { type: 'string', enum: ['irix', 'splashos'], description: 'the IRIX-like kernel or SPLASHOS (§4.4; SPLASH-2 programs on Disco only) (default "irix")' },
    scale: { type: 'number', exclusiveMinimum: 0, maximum: 1000, description: "workload size multiplier; assumption: 1 runs in seconds of wall time (default 1)" },
    instances: { type: 'integer', minimum: 1, maximum: 64, description: 'workload instances, spread evenly over the VMs (default 1)' },
    bufferCacheMb: { type: 'number', exclusiveMinimum: 0, maximum: 512, description: 'buffer cache per kernel in MB; assumption: about 10% of memory (default 8)' },
    placement: { type: 'string', enum: ['round-robin', 'first-touch'], description: "the kernel's page placement; §5.4: IRIX round-robin (default \"first-touch\")" },
  },
} as const;

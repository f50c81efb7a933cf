import { WORKLOADS, type PagePlacement, type WorkloadName } from '@disco/guest';

/**
 * The `guest` section: the OS in each machine or VM and the workload it runs
 * (libs/guest). Read by the `irix` (native) and `disco-irix` models.
 */
export interface GuestSection {
  readonly workload: WorkloadName;
  /** The IRIX-like kernel, or SPLASHOS (§2.8), a library OS for one SPLASH-2 program; SPLASHOS runs on Disco only. */
  readonly os: 'irix' | 'splashos';
  /** Multiplies the workload's size (instructions, files, data); at 1 a uniprocessor window lasts about its Table 1 time. */
  readonly scale: number;
  /** Workload instances in all (spread evenly over the VMs on Disco, §5.3); each has a private disk. */
  readonly instances: number;
  /** Buffer cache of each kernel. */
  readonly bufferCacheMb: number;
  /** The kernel's page placement: round-robin (§5.4 IRIX baseline) or first-touch. */
  readonly placement: PagePlacement;
  /** IRIX 5.3 rewrites one wired TLB entry on every kernel entry and exit (§5.2); off: a kernel that keeps the two mappings apart. */
  readonly wiredEntrySwap: boolean;
}

export const GUEST_SECTION_DEFAULTS: GuestSection = {
  workload: 'pmake',
  os: 'irix',
  scale: 1,
  instances: 1,
  bufferCacheMb: 8,
  placement: 'first-touch',
  wiredEntrySwap: true,
};

export const guestSectionSchema = {
  title: 'guest',
  description: 'the OS and workload in each machine or VM (libs/guest)',
  type: 'object',
  additionalProperties: false,
  properties: {
    workload: { type: 'string', enum: [...WORKLOADS], description: 'workload of Table 1 (§5.1) or Radix (§5.4) (default "pmake")' },
    os: { type: 'string', enum: ['irix', 'splashos'], description: 'the IRIX-like kernel or SPLASHOS (§4.4; SPLASH-2 programs on Disco only) (default "irix")' },
    scale: { type: 'number', exclusiveMinimum: 0, maximum: 1000, description: "workload size multiplier; assumption: at 1 the uniprocessor measured window lasts of the order of the workload's Table 1 time, at least 1 s (default 1)" },
    instances: { type: 'integer', minimum: 1, maximum: 64, description: 'workload instances, spread evenly over the VMs (default 1)' },
    bufferCacheMb: { type: 'number', exclusiveMinimum: 0, maximum: 512, description: 'buffer cache per kernel in MB; assumption: about 10% of memory (default 8)' },
    placement: { type: 'string', enum: ['round-robin', 'first-touch'], description: "the kernel's page placement; §5.4: IRIX round-robin (default \"first-touch\")" },
    wiredEntrySwap: { type: 'boolean', description: 'IRIX 5.3 rewrites one wired TLB entry on every kernel entry and exit, four emulated instructions each way under Disco (DISCO.md §5, paper §5.2); false for a what-if kernel that does not (default true)' },
  },
} as const;

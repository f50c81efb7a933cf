import { WORKLOAD_SIZES, WORKLOADS, type CacheAffinity, type PagePlacement, type WorkloadName, type WorkloadSizes } from '@disco/guest';
import { msToTicks, usToTicks, type Tick } from '@disco/sim-kernel';
import { ScenarioError } from '../scenario-error';
import { configOf, int, PER, schemaOf, type FieldTable } from './field-table';

const kb = (maximum: number) => ({ type: 'integer', minimum: 4, maximum, multipleOf: 4 }) as const;

/**
 * `/guest/sizes`: the workloads' sizes at scale 1 (libs/guest WORKLOAD_SIZES,
 * where each default is written once with its source); `/guest/scale` then
 * multiplies the work, and the data sets up to scale 1.
 */
export const WORKLOAD_SIZE_FIELDS: FieldTable<WorkloadSizes> = {
  pmakeFiles: { config: 'pmakeFiles', per: PER.one, schema: int(1, 1000), source: 'source files each pmake instance compiles per unit of /guest/scale; assumption (GNU chess, the paper\'s program, has about 20)' },
  cc1Instructions: { config: 'cc1Instructions', per: PER.one, schema: int(1000, 1e10), source: "user instructions of cc1 per compiled file; assumption: a small file's compile (real compiles are about 100x longer); grows with /guest/scale above 4" },
  pmakeHeaders: { config: 'pmakeHeaders', per: PER.one, schema: int(1, 10_000), source: 'header files on the root disk that the compiles share, 6-11.5 KB each; assumption' },
  pmakeHeadersPerFile: {
    config: 'pmakeHeadersPerFile',
    per: PER.one,
    schema: int(0, 10_000),
    source: "headers cpp opens and reads per compiled file, at most pmakeHeaders; assumption (Table 2's IRIX mix, 9 % of kernel time in open at 42 µs against 6 % in execve at 437 µs, implies about 16 opens per exec, so some 60 per file's four execs)",
  },
  engineeringInstructionsPerJob: { config: 'engineeringInstructionsPerJob', per: PER.one, schema: int(1000, 1e10), source: 'user instructions per engineering job (a Verilog or memory-system simulation) per unit of /guest/scale; assumption' },
  databaseQueries: { config: 'databaseQueries', per: PER.one, schema: int(1, 10_000), source: 'decision-support queries per unit of /guest/scale; assumption' },
  databaseInstructionsPerQuery: { config: 'databaseInstructionsPerQuery', per: PER.one, schema: int(1000, 1e10), source: 'user instructions per decision-support query; assumption' },
  databasePoolKb: {
    config: 'databasePoolBytes',
    per: PER.kb,
    schema: kb(1 << 20),
    source: "the database server's buffer pool in KB, read skewed and scanned (its pages against the L2TLB's entries decide how many user TLB misses Disco must reflect); assumption (Table 1: a single memory-intensive process); shrinks with /guest/scale below 1",
  },
  raytraceInstructions: { config: 'raytraceInstructions', per: PER.one, schema: int(1000, 1e11), source: "Raytrace's rendering work in user instructions, split among its threads, per unit of /guest/scale; assumption" },
  raytraceSceneKb: { config: 'raytraceSceneBytes', per: PER.kb, schema: kb(1 << 20), source: "Raytrace's scene in KB: with the 128 KB image the data set fits in 1 MB (§5.5 shrinks the NUMA runs' L2 to 256 KB for that reason); shrinks with /guest/scale below 1" },
  radixKeys: { config: 'radixKeys', per: PER.one, schema: int(1024, 1 << 24), source: "Radix keys per unit of /guest/scale; assumption, SPLASH-2's default input is 256 K keys, its large one 1 M" },
  radixPasses: { config: 'radixPasses', per: PER.one, schema: int(1, 8), source: 'Radix digit passes; SPLASH-2 radix.C defaults (-r1024 -m524288: keys below 2^19, radix 2^10) sort in 2' },
  radixBuckets: { config: 'radixBuckets', per: PER.one, schema: int(2, 65_536), source: 'Radix buckets per pass; SPLASH-2 radix.C DEFAULT_R' },
};

/** IRIX swaps its PRDA mapping in a wired TLB entry (SWAPPED_WIRED_INDEX, /guest/wiredEntrySwap): the TLB must have one. */
export function checkWiredEntry(machine: Readonly<Record<string, unknown>>, guest: GuestSection): void {
  if (guest.os === 'irix' && guest.wiredEntrySwap && (machine['tlbWiredEntries'] as number) < 1) {
    throw new ScenarioError('/machine/tlbWiredEntries: IRIX keeps its PRDA mapping in a wired TLB entry (/guest/wiredEntrySwap): at least 1');
  }
}

/** What `/guest/sizes` sets in place of WORKLOAD_SIZES, in the workloads' units. */
export function workloadSizesOfGuest(guest: GuestSection): Partial<WorkloadSizes> {
  return guest.sizes === undefined ? {} : configOf(WORKLOAD_SIZE_FIELDS, guest.sizes);
}

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
  /** Buffer cache of each kernel: all of it (fixed) or the most it may grow to (dynamic). */
  readonly bufferCacheMb: number;
  /** IRIX allocates buffer memory when it is needed, from free memory, and steals it back under pressure; off: the whole cache at boot. */
  readonly dynamicBufferCache: boolean;
  /** The kernel's page placement: round-robin (§5.4 IRIX baseline) or first-touch. */
  readonly placement: PagePlacement;
  /** IRIX 5.3 rewrites one wired TLB entry on every kernel entry and exit (§5.2); off: a kernel that keeps the two mappings apart. */
  readonly wiredEntrySwap: boolean;
  /** IRIX's cache-affinity scheduling (SGI: 300 µs of run builds no affinity, 10 ms full); off: one FIFO run queue. */
  readonly cacheAffinity: boolean;
  /** A run this long or shorter builds no affinity. */
  readonly affinityZeroUs: number;
  /** A run this long or longer builds full affinity. */
  readonly affinityFullUs: number;
  /** IRIX's VM semaphores put a faulting thread that finds them busy to sleep (psema/vsema); off: they wait like spinlocks. */
  readonly sleepingLocks: boolean;
  /** Each thread runs only on CPU (thread id mod CPUs), as IRIX's runon(1) binds a process: an experimental control, off by default. */
  readonly pinThreads: boolean;
  /** IRIX's time slice in clock ticks (systune slice_size): how long a thread runs before a runnable one preempts it. */
  readonly sliceTicks: number;
  /** Period of the delayed-write flush daemon (bdflush). */
  readonly bdflushIntervalMs: number;
  /** The kernel's text, in KB (a multiple of the 4 KB page). */
  readonly kernelTextKb: number;
  /** SPLASHOS hands Disco its fixed map and Disco refills its TLB misses (DISCO.md §2.8); off: SPLASHOS refills them from its own page table. */
  readonly splashosFixedMap: boolean;
  /** The workloads' sizes at scale 1 that differ from libs/guest's (WORKLOAD_SIZE_FIELDS). Not in the defaults, so that scenarios without it read as before. */
  readonly sizes?: Readonly<Record<string, number>>;
}

export const GUEST_SECTION_DEFAULTS: GuestSection = {
  workload: 'pmake',
  os: 'irix',
  scale: 1,
  instances: 1,
  bufferCacheMb: 8,
  dynamicBufferCache: true,
  placement: 'first-touch',
  wiredEntrySwap: true,
  cacheAffinity: true,
  affinityZeroUs: 300,
  affinityFullUs: 10000,
  sleepingLocks: true,
  pinThreads: false,
  sliceTicks: 3,
  bdflushIntervalMs: 100,
  kernelTextKb: 1024,
  splashosFixedMap: true,
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
    bufferCacheMb: { type: 'number', exclusiveMinimum: 0, maximum: 512, description: 'buffer cache per kernel in MB: the most it may grow to (dynamicBufferCache) or all of it, allocated at boot; assumption: about 10% of memory (default 8)' },
    dynamicBufferCache: {
      type: 'boolean',
      description:
        "IRIX allocates a buffer's memory when it is needed (IRIX Admin, nbuf: 'dynamically allocated as needed'): buffers take free pages on first use up to bufferCacheMb, and an allocation that finds memory exhausted takes back the least recently used clean buffer's page; false: the whole cache is allocated at boot (default true)",
    },
    placement: { type: 'string', enum: ['round-robin', 'first-touch'], description: "the kernel's page placement; §5.4: IRIX round-robin (default \"first-touch\")" },
    wiredEntrySwap: { type: 'boolean', description: 'IRIX 5.3 rewrites one wired TLB entry on every kernel entry and exit, four emulated instructions each way under Disco (DISCO.md §5, paper §5.2); false for a what-if kernel that does not (default true)' },
    cacheAffinity: {
      type: 'boolean',
      description:
        "IRIX cache-affinity scheduling (SGI 'Understanding Affinity Scheduling'): a thread with affinity left for the CPU it last ran on is dispatched only there; false: one FIFO run queue, any CPU takes the first thread (default true)",
    },
    affinityZeroUs: { type: 'number', minimum: 0, maximum: 1000000, description: 'run time that builds no cache affinity; SGI IRIX documentation: 300 µs (default 300)' },
    affinityFullUs: { type: 'number', exclusiveMinimum: 0, maximum: 10000000, description: 'run time that builds full cache affinity, the most a thread holds; SGI IRIX documentation: 10 ms (default 10000)' },
    sleepingLocks: {
      type: 'boolean',
      description:
        "IRIX's VM semaphores (address-space and shared-region locks) are sleeping locks: a faulting thread that finds one busy sleeps, its CPU runs another thread or idles, the release wakes it (run queue, IPI); assumption: no spin first (System V psema); false: they wait like spinlocks (default true)",
    },
    pinThreads: {
      type: 'boolean',
      description:
        "every thread of the IRIX-like kernel is bound to one CPU, its thread id mod the kernel's CPU count (its VCPUs under Disco), and runs nowhere else, as IRIX's runon(1) and sysmp(MP_MUSTRUN) bind a process (IRIX man pages); an experimental control that keeps which CPU runs what from depending on the timing (cache affinity then plays no part); SPLASHOS ignores it (default false)",
    },
    sliceTicks: {
      type: 'integer',
      minimum: 1,
      maximum: 100,
      description:
        "IRIX's time slice in ticks of its 100 Hz clock: a thread that has run this many ticks since its dispatch gives way to a runnable one. IRIX Admin: System Configuration and Operation, slice_size: Hz/30 = 3 (30 ms), range 1-100; SGI suggests 10 (100 ms) for compute servers (default 3)",
    },
    bdflushIntervalMs: { type: 'number', exclusiveMinimum: 0, maximum: 100000, description: 'period of the delayed-write flush daemon; assumption: 100 ms (IRIX bdflush runs every second; the measured windows are a few seconds) (default 100)' },
    kernelTextKb: { type: 'integer', minimum: 4, maximum: 65536, multipleOf: 4, description: "the kernel's text in KB, a multiple of the 4 KB page; assumption: 1 MB, the order of IRIX 5.3's kernel text (default 1024)" },
    splashosFixedMap: {
      type: 'boolean',
      description:
        "SPLASHOS has no VM subsystem, so Disco handles all its page faults (DISCO.md §2.8): at start it hands Disco its fixed map (text, data, stack; one monitor call per range) and Disco's refill handler translates a TLB miss in it like the relocated kernel's direct map, the guest never sees one. INFERENCE from §2.8; false: SPLASHOS keeps a page table and refills its own misses, each a reflected exception with an emulated TLB write (default true)",
    },
    sizes: schemaOf(WORKLOAD_SIZE_FIELDS, WORKLOAD_SIZES, 'sizes', "the workloads' sizes at scale 1 (libs/guest WORKLOAD_SIZES); what is left out keeps its default"),
  },
} as const;

/** The kernel's cache-affinity thresholds from the guest section, or null with `cacheAffinity` off. */
export function cacheAffinityOf(guest: GuestSection): CacheAffinity | null {
  if (!guest.cacheAffinity) return null;
  if (guest.affinityZeroUs >= guest.affinityFullUs) {
    throw new ScenarioError(`/guest/affinityZeroUs: ${guest.affinityZeroUs} µs is not below /guest/affinityFullUs (${guest.affinityFullUs} µs): full affinity must take a longer run than none`);
  }
  return { zeroTicks: usToTicks(guest.affinityZeroUs), fullTicks: usToTicks(guest.affinityFullUs) };
}

/** The IRIX kernel's scheduling, flush and text-size parameters from the guest section (fields of `IrixConfig`). */
export function irixTimingOf(guest: GuestSection): { readonly sliceClockTicks: number; readonly bdflushIntervalTicks: Tick; readonly kernelTextPages: number } {
  return { sliceClockTicks: guest.sliceTicks, bdflushIntervalTicks: msToTicks(guest.bdflushIntervalMs), kernelTextPages: guest.kernelTextKb / 4 };
}

import { MONITOR_SECTION_DEFAULTS, monitorSectionSchema, type MonitorSection } from '@disco/monitor';
import { WORKLOADS, type WorkloadName } from './guest-scenario';

/**
 * The paper's IRIX 5.3 changes for Disco (DISCO.md §2.7, paper §4.3), one
 * switch each, all on by default. Each sets both sides: what the guest does
 * (e.g. ask for a zeroed page) and what the VM's monitor honours. Item 6
 * (idle) needs no change and has no switch.
 */
export interface DiscoIrixModifications {
  /** Item 1: the kernel is linked into the mapped supervisor segment; off, every KSEG0 reference traps. */
  readonly relocatedKernel: boolean;
  /** Item 2: disk and network requests are one monitor call each, not programmed I/O. */
  readonly monitorCallDrivers: boolean;
  /** Item 3: hot privileged-register accesses become special-page loads and stores. */
  readonly specialPage: boolean;
  /** Item 4: demand-zero pages are zeroed by a monitor call. */
  readonly zeroedPageRequest: boolean;
  /** Item 5: freed pages are reported to the monitor, which reclaims them. */
  readonly freedPageHint: boolean;
  /** Item 7: mbufs are page aligned and the free list is not chained through the pages. */
  readonly mbufFix: boolean;
  /** Item 8: NFS moves a received page into the buffer cache with HAL remap, not bcopy. */
  readonly nfsRemap: boolean;
}

/** The `disco-irix` section: IRIX-like kernels in Disco VMs on the ccNUMA machine, one workload share per VM. */
export interface DiscoIrixScenario {
  readonly workload: WorkloadName;
  /**
   * The OS in each VM: the IRIX-like kernel, or SPLASHOS (§2.8), the library
   * OS for one SPLASH-2 program (Radix) with no VM subsystem of its own.
   */
  readonly guestOs: 'irix' | 'splashos';
  /** Physical CPUs (= nodes). */
  readonly cpus: number;
  readonly memoryPerNodeMb: number;
  readonly l2SizeKb: number;
  /** Physical disks; the root disk(s) and every VM's private disks must fit. */
  readonly disks: number;
  /** VMs, each with `vcpusPerVm` VCPUs pinned to its own share of the CPUs and `memoryPerVmMb` of memory. */
  readonly vms: number;
  readonly vcpusPerVm: number;
  readonly memoryPerVmMb: number;
  /** Buffer cache of each VM's kernel. */
  readonly bufferCacheMb: number;
  /** Workload instances in total, spread evenly over the VMs (§5.3); each instance has a private disk. */
  readonly instances: number;
  readonly scale: number;
  readonly maxDurationMs: number;
  readonly sampleIntervalUs: number;
  /**
   * Root disk (kernel image, binaries) shared copy-on-write by every VM
   * (non-persistent, §4.2.5). Off: each VM boots from its own persistent
   * copy on another physical disk (no sharing; the comparison run).
   */
  readonly sharedRootDisk: boolean;
  /**
   * 8VMs+NFS (§5.3): VM 0 is also the NFS server for every workload disk
   * (they are all its persistent disks); the other VMs mount theirs from it
   * over the virtual network. VM 0 gets `nfsServerMemoryMb` and
   * `nfsServerBufferCacheMb` (it caches every file).
   */
  readonly nfs: boolean;
  readonly nfsServerMemoryMb: number;
  readonly nfsServerBufferCacheMb: number;
  readonly hotPageThresholdMisses: number;
  readonly missCounterResetUs: number;
  readonly modifications: DiscoIrixModifications;
  readonly monitor: MonitorSection;
}

export const ALL_DISCO_IRIX_MODIFICATIONS: DiscoIrixModifications = {
  relocatedKernel: true,
  monitorCallDrivers: true,
  specialPage: true,
  zeroedPageRequest: true,
  freedPageHint: true,
  mbufFix: true,
  nfsRemap: true,
};

export const DISCO_IRIX_DEFAULTS: DiscoIrixScenario = {
  workload: 'pmake',
  guestOs: 'irix',
  cpus: 1,
  memoryPerNodeMb: 64,
  l2SizeKb: 1024,
  disks: 2,
  vms: 1,
  vcpusPerVm: 1,
  memoryPerVmMb: 64,
  bufferCacheMb: 8,
  instances: 1,
  scale: 1,
  maxDurationMs: 5000,
  sampleIntervalUs: 5000,
  sharedRootDisk: true,
  nfs: false,
  nfsServerMemoryMb: 96,
  nfsServerBufferCacheMb: 24,
  hotPageThresholdMisses: 128,
  missCounterResetUs: 100_000,
  modifications: ALL_DISCO_IRIX_MODIFICATIONS,
  monitor: MONITOR_SECTION_DEFAULTS,
};

export function withDiscoIrixDefaults(section: Partial<DiscoIrixScenario> = {}): DiscoIrixScenario {
  return {
    ...DISCO_IRIX_DEFAULTS,
    ...section,
    modifications: { ...ALL_DISCO_IRIX_MODIFICATIONS, ...section.modifications },
    monitor: { ...MONITOR_SECTION_DEFAULTS, ...section.monitor },
  };
}

const bool = (description: string) => ({ type: 'boolean', description }) as const;

/** JSON Schema (draft-07) of the section; every field optional. */
export const discoIrixScenarioSchema = {
  title: 'disco-irix',
  description: 'IRIX-like kernels (libs/guest) in Disco VMs (libs/monitor) on the ccNUMA machine.',
  type: 'object',
  additionalProperties: false,
  properties: {
    workload: { type: 'string', enum: [...WORKLOADS], description: 'workload of Table 1 or Radix (§5.4)' },
    guestOs: { type: 'string', enum: ['irix', 'splashos'], description: 'OS in each VM: the IRIX-like kernel or SPLASHOS (§4.4, SPLASH-2 programs only)' },
    cpus: { type: 'integer', minimum: 1, maximum: 32, description: 'physical CPUs, one per node' },
    memoryPerNodeMb: { type: 'integer', minimum: 8, maximum: 512, description: 'machine memory per node in MB' },
    l2SizeKb: { type: 'integer', enum: [64, 128, 256, 512, 1024, 2048, 4096], description: 'L2 size in KB' },
    disks: { type: 'integer', minimum: 1, maximum: 64, description: 'physical disks' },
    vms: { type: 'integer', minimum: 1, maximum: 32, description: 'virtual machines' },
    vcpusPerVm: { type: 'integer', minimum: 1, maximum: 32, description: 'VCPUs per VM' },
    memoryPerVmMb: { type: 'number', exclusiveMinimum: 0, maximum: 512, description: 'memory per VM in MB' },
    bufferCacheMb: { type: 'number', exclusiveMinimum: 0, maximum: 512, description: 'buffer cache per VM in MB' },
    instances: { type: 'integer', minimum: 1, maximum: 64, description: 'workload instances, spread evenly over the VMs' },
    scale: { type: 'number', exclusiveMinimum: 0, maximum: 1000, description: 'workload size multiplier' },
    maxDurationMs: { type: 'number', exclusiveMinimum: 0, maximum: 600_000, description: 'simulated time limit in ms' },
    sampleIntervalUs: { type: 'number', exclusiveMinimum: 0, maximum: 10_000_000, description: 'sample period in µs' },
    sharedRootDisk: bool('root disk shared copy-on-write by all VMs (off: a private persistent copy per VM)'),
    nfs: bool('§5.3 8VMs+NFS: VM 0 serves every workload disk over NFS to the others'),
    nfsServerMemoryMb: { type: 'number', exclusiveMinimum: 0, maximum: 512, description: 'memory of the NFS server VM in MB' },
    nfsServerBufferCacheMb: { type: 'number', exclusiveMinimum: 0, maximum: 512, description: 'buffer cache of the NFS server VM in MB' },
    hotPageThresholdMisses: { type: 'integer', minimum: 1, maximum: 65535, description: 'hot-page trigger of the miss counters' },
    missCounterResetUs: { type: 'number', exclusiveMinimum: 0, description: 'miss counter reset period in µs' },
    modifications: {
      type: 'object',
      additionalProperties: false,
      description: 'the IRIX changes of §4.3, each a switch',
      properties: {
        relocatedKernel: bool('§4.3 item 1: kernel in the mapped supervisor segment'),
        monitorCallDrivers: bool('§4.3 item 2: one monitor call per disk or network request'),
        specialPage: bool('§4.3 item 3: privileged-register accesses through the special page'),
        zeroedPageRequest: bool('§4.3 item 4: zeroed-page monitor call'),
        freedPageHint: bool('§4.3 item 5: freed-page hint'),
        mbufFix: bool('§4.3 item 7: mbuf free list not chained through the pages'),
        nfsRemap: bool('§4.3 item 8: NFS uses HAL remap instead of bcopy'),
      },
    },
    monitor: monitorSectionSchema,
  },
} as const;

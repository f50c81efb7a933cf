import { GUEST_RUN_DEFAULTS, guestRunProperties, type GuestRunFields } from '../run-fields';

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

/**
 * The `disco-irix` section: how the machine is divided into VMs running the
 * `guest` section's OS and workload on Disco (the `monitor` section).
 */
export interface DiscoIrixScenario extends GuestRunFields {
  /** VMs, each with `vcpusPerVm` VCPUs pinned to its own share of the CPUs and `memoryPerVmMb` of memory. */
  readonly vms: number;
  readonly vcpusPerVm: number;
  readonly memoryPerVmMb: number;
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
  readonly modifications: DiscoIrixModifications;
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
  ...GUEST_RUN_DEFAULTS,
  vms: 1,
  vcpusPerVm: 1,
  memoryPerVmMb: 64,
  sharedRootDisk: true,
  nfs: false,
  nfsServerMemoryMb: 96,
  nfsServerBufferCacheMb: 24,
  modifications: ALL_DISCO_IRIX_MODIFICATIONS,
};

export function withDiscoIrixDefaults(section: Partial<DiscoIrixScenario> = {}): DiscoIrixScenario {
  return { ...DISCO_IRIX_DEFAULTS, ...section, modifications: { ...ALL_DISCO_IRIX_MODIFICATIONS, ...section.modifications } };
}

const bool = (description: string) => ({ type: 'boolean', description }) as const;

/** JSON Schema (draft-07) of the section; every field optional. */
export const discoIrixScenarioSchema = {
  title: 'disco-irix',
  description: 'IRIX-like kernels (libs/guest) in Disco VMs (libs/monitor) on the ccNUMA machine.',
  type: 'object',
  additionalProperties: false,
  properties: {
    vms: { type: 'integer', minimum: 1, maximum: 32, description: 'virtual machines (default 1)' },
    vcpusPerVm: { type: 'integer', minimum: 1, maximum: 32, description: 'VCPUs per VM (default 1)' },
    memoryPerVmMb: { type: 'number', exclusiveMinimum: 0, maximum: 512, description: 'memory per VM in MB (default 64)' },
    ...guestRunProperties,
    sharedRootDisk: bool('root disk shared copy-on-write by all VMs (off: a private persistent copy per VM)'),
    nfs: bool('§5.3 8VMs+NFS: VM 0 serves every workload disk over NFS to the others'),
    nfsServerMemoryMb: { type: 'number', exclusiveMinimum: 0, maximum: 512, description: 'memory of the NFS server VM in MB (default 96)' },
    nfsServerBufferCacheMb: { type: 'number', exclusiveMinimum: 0, maximum: 512, description: 'buffer cache of the NFS server VM in MB (default 24)' },
    modifications: {
      type: 'object',
      additionalProperties: false,
      description: 'the IRIX changes of §4.3, each a switch (default all on)',
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
  },
} as const;

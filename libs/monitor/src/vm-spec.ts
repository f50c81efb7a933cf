import { assert } from '@disco/sim-kernel';

/** The IRIX 5.3 modifications of DISCO.md §2.7, each on by default (§4.3). */
export interface Modifications {
  /** Hot side-effect-free privileged accesses become loads/stores to the VCPU's special page (§4.3 item 3). */
  readonly specialPage: boolean;
  /** zeroPage is a monitor call: Disco zeroes pages anyway (§4.3 item 4). */
  readonly zeroPageCall: boolean;
  /** pageFreed is a monitor call: Disco reclaims the page at once (§4.3 item 5). */
  readonly freedPageHint: boolean;
  /** Disk and network requests are one monitor call each, not programmed I/O (§4.3 item 2). */
  readonly monitorCallDrivers: boolean;
  /** The kernel lives in the mapped supervisor segment KSSEG; otherwise every KSEG0 reference traps (§4.3 item 1). */
  readonly relocatedKernel: boolean;
  /** The guest's NFS moves received pages with copyPage(…, remap=true), not bcopy (§4.3 item 8, Figure 4). Read by guests; Disco only reports it. */
  readonly nfsRemap: boolean;
  /** The guest's mbufs keep their headers (and the free list) out of the data pages, which are page aligned (§4.3 item 7). Read by guests; Disco only reports it. */
  readonly mbufFix: boolean;
}

export const ALL_MODIFICATIONS: Modifications = {
  specialPage: true,
  zeroPageCall: true,
  freedPageHint: true,
  monitorCallDrivers: true,
  relocatedKernel: true,
  nfsRemap: true,
  mbufFix: true,
};

/** A virtual disk: a physical disk seen through Disco (§4.2.5). */
export interface VirtualDiskSpec {
  /** Index of the machine's disk. */
  readonly physicalDisk: number;
  /** Persistent: one VM mounts it, reads and writes reach the disk. Non-persistent: copy-on-write, shareable, writes stay private in memory. */
  readonly persistent: boolean;
}

export interface VmSpec {
  readonly name?: string;
  readonly vcpus: number;
  readonly memoryMb: number;
  /** Physical CPU of each VCPU (VCPUs are pinned: affinity, §4.2.1). Default: the least loaded CPUs, in order. */
  readonly cpus?: readonly number[];
  readonly disks?: readonly VirtualDiskSpec[];
  /** Virtual interval timer per VCPU; 0 for none. ASSUMPTION default 10 ms (IRIX's clock tick). */
  readonly timerIntervalUs?: number;
  readonly modifications?: Partial<Modifications>;
}

export interface ResolvedVmSpec {
  readonly name: string;
  readonly vcpus: number;
  readonly memoryMb: number;
  readonly cpus: readonly number[];
  readonly disks: readonly VirtualDiskSpec[];
  readonly timerIntervalUs: number;
  readonly modifications: Modifications;
}

export const DEFAULT_TIMER_INTERVAL_US = 10_000;

export function validateVmSpec(spec: VmSpec, physicalCpus: number, physicalDisks: number): void {
  assert(Number.isInteger(spec.vcpus) && spec.vcpus >= 1, `a VM needs at least one VCPU, got ${spec.vcpus}`);
  assert(spec.memoryMb > 0 && (spec.memoryMb * 256) % 1 === 0, `VM memory must be whole 4 KB pages, got ${spec.memoryMb} MB`);
  if (spec.cpus !== undefined) {
    assert(spec.cpus.length === spec.vcpus, `cpus lists ${spec.cpus.length} CPUs for ${spec.vcpus} VCPUs`);
    for (const c of spec.cpus) assert(Number.isInteger(c) && c >= 0 && c < physicalCpus, `no physical CPU ${c}`);
  }
  for (const d of spec.disks ?? []) assert(Number.isInteger(d.physicalDisk) && d.physicalDisk >= 0 && d.physicalDisk < physicalDisks, `no physical disk ${d.physicalDisk}`);
}

import { assert, assertInRange } from '@disco/sim-kernel';
import { KSEG0_BASE, KSSEG_BASE, PAGE_BYTES, type KernelPlatformInfo } from '@disco/hardware';
import { PageKind } from './page-kind';
import type { Vcpu } from './vcpu';
import type { ResolvedVmSpec } from './vm-spec';

/** A message delivered by the virtual subnet, as the receiving guest reads it. */
export interface NetDelivery {
  readonly fromVm: number;
  readonly bytes: number;
  /** The receiver's physical pages holding the message, in order. */
  readonly physicalPages: readonly number[];
  readonly tag: number;
}

/**
 * A virtual machine: VCPUs, guest-physical memory from 0 backed through the
 * pmap (§4.2.2), virtual disks and a virtual NIC. The pmap's entries hold the
 * primary machine page (replicas are found through the memmap); the hardware
 * TLB entry is computed from it on demand, as cheap as a precomputed one here.
 */
export class Vm {
  readonly vcpus: Vcpu[] = [];
  readonly physicalPages: number;
  /** pmap: guest-physical page → primary machine page, -1 before first use. */
  readonly pmap: Int32Array;
  /** What the guest said each page holds (PageKind). */
  readonly pageKind: Uint8Array;
  /** Machine page is known to be zero (fresh from Disco): a zeroPage call costs no stores. */
  readonly knownZero: Uint8Array;
  /** Per virtual disk and page index: the VM's privately modified copy (a DISK_PRIVATE machine page). */
  readonly modifiedPages = new Map<number, number>();
  readonly platform: KernelPlatformInfo;
  /** Receive buffers the guest posted to its virtual NIC (physical pages, FIFO). */
  readonly receivePages: number[] = [];
  readonly deliveries: NetDelivery[] = [];
  netDropped = 0;

  constructor(
    readonly id: number,
    readonly spec: ResolvedVmSpec,
    diskSectors: readonly number[],
  ) {
    this.physicalPages = Math.round((spec.memoryMb * 1024 * 1024) / PAGE_BYTES);
    assert(this.physicalPages * PAGE_BYTES <= SPECIAL_PAGE_VA - KSSEG_BASE, `VM memory ${spec.memoryMb} MB does not fit the supervisor segment`);
    this.pmap = new Int32Array(this.physicalPages).fill(-1);
    this.pageKind = new Uint8Array(this.physicalPages);
    this.knownZero = new Uint8Array(this.physicalPages);
    const pages = this.physicalPages;
    const vcpus = spec.vcpus;
    this.platform = {
      virtualized: true,
      kernelBase: spec.modifications.relocatedKernel ? KSSEG_BASE : KSEG0_BASE,
      physicalPages: pages,
      cpus: vcpus,
      nodes: 1,
      nodeOfPage: () => 0,
      diskSectors,
    };
  }

  /** The guest's hint of what a physical page holds (footprint accounting, §5.3). */
  classifyPage(ppn: number, kind: PageKind): void {
    assertInRange(ppn, 0, this.physicalPages, 'physical page');
    this.pageKind[ppn] = kind;
  }

  /** Physical pages the guest lends its virtual NIC for incoming messages (remap targets, §4.2.6). */
  postReceivePages(physicalPages: readonly number[]): void {
    for (const p of physicalPages) assertInRange(p, 0, this.physicalPages, 'receive page');
    this.receivePages.push(...physicalPages);
  }

  /** The oldest delivered message not yet taken (the guest's NIC interrupt handler calls this). */
  takeDelivery(): NetDelivery | undefined {
    return this.deliveries.shift();
  }
}

/** Each VCPU's special page (§4.2.1) sits at the top of the supervisor segment, away from the relocated kernel. */
export const SPECIAL_PAGE_VA = 0xdfff_e000;
export const SPECIAL_VPN2 = SPECIAL_PAGE_VA >>> 13;

import { assert } from '@disco/sim-kernel';
import type { Binary } from './file-system';
import type { KernelLock } from './kernel-lock';

/** PTE bits (the software page table; the page frame is pte / PTE_FRAME). */
export const PTE_VALID = 1;
export const PTE_WRITABLE = 2;
/** Shared since fork: the first store copies the page. */
export const PTE_COW = 4;
export const PTE_FRAME = 8;

export const USER_TEXT_BASE = 0x0040_0000;
export const USER_DATA_BASE = 0x1000_0000;
export const USER_STACK_TOP = 0x7fff_0000;
const PTES_PER_PAGE = 1024;

export type RegionKind = 'text' | 'anon';

export interface Region {
  readonly kind: RegionKind;
  readonly startVpn: number;
  readonly endVpn: number;
  readonly writable: boolean;
  /** Text: the binary whose file blocks back the pages. */
  readonly binary: Binary | null;
}

/**
 * A process address space: regions, a software page table (PTEs in a Map by
 * virtual page, and the physical page-table pages the refill handler loads
 * them from), per-CPU ASIDs, and the lock its faults take.
 */
export class AddressSpace {
  readonly ptes = new Map<number, number>();
  /** Page-table page per 4 MB of virtual space (vpn >> 10). */
  readonly ptPages = new Map<number, number>();
  readonly regions: Region[] = [];
  readonly asid: Int32Array;
  readonly asidGeneration: Float64Array;
  /** Threads using it; freed when the last leaves. */
  users = 1;

  constructor(
    readonly id: number,
    cpus: number,
    /** The region lock of IRIX (a sleeping lock taken by every fault of this address space). */
    readonly lock: KernelLock,
  ) {
    this.asid = new Int32Array(cpus).fill(-1);
    this.asidGeneration = new Float64Array(cpus).fill(-1);
  }

  addRegion(kind: RegionKind, startVa: number, bytes: number, writable: boolean, binary: Binary | null = null): Region {
    assert(startVa % 4096 === 0 && bytes > 0, 'regions are page aligned and not empty');
    const region: Region = { kind, startVpn: startVa / 4096, endVpn: (startVa + bytes + 4095) / 4096 | 0, writable, binary };
    for (const r of this.regions) assert(region.endVpn <= r.startVpn || region.startVpn >= r.endVpn, `region at 0x${startVa.toString(16)} overlaps`);
    this.regions.push(region);
    return region;
  }

  regionOf(vpn: number): Region | undefined {
    for (const r of this.regions) if (vpn >= r.startVpn && vpn < r.endVpn) return r;
    return undefined;
  }

  /** Byte offset of `vpn`'s PTE inside its page-table page. */
  static pteOffset(vpn: number): number {
    return (vpn % PTES_PER_PAGE) * 4;
  }

  static ptIndex(vpn: number): number {
    return Math.floor(vpn / PTES_PER_PAGE);
  }

  /** Sets up the regions of a fresh image of `binary` (text, data + heap, stack). */
  static layout(space: AddressSpace, binary: Binary): void {
    space.addRegion('text', USER_TEXT_BASE, binary.textBytes, false, binary);
    space.addRegion('anon', USER_DATA_BASE, binary.dataBytes, true);
    space.addRegion('anon', USER_STACK_TOP - binary.stackBytes, binary.stackBytes, true);
  }
}

export function pteFrame(pte: number): number {
  return Math.floor(pte / PTE_FRAME);
}

export function makePte(page: number, flags: number): number {
  return page * PTE_FRAME + flags;
}

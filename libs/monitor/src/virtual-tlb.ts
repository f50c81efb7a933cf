import { assertInRange, type Prng } from '@disco/sim-kernel';
import type { KernelTlbEntry } from '@disco/hardware';

const EMPTY = -1;

/**
 * The TLB as the guest believes it to be (§4.2.1: part of the VCPU record):
 * guest virtual → guest physical entries at the indices the guest wrote.
 * Guest TLB reads and probes are answered from here.
 */
export class VirtualTlb {
  readonly vpn2: Int32Array;
  readonly asid: Uint8Array;
  readonly global: Uint8Array;
  readonly ppn0: Int32Array;
  readonly ppn1: Int32Array;
  readonly writable0: Uint8Array;
  readonly writable1: Uint8Array;

  constructor(
    readonly entries: number,
    /** The virtual Wired register: random writes never choose an index below it. */
    readonly wired: number,
    private readonly random: Prng,
  ) {
    this.vpn2 = new Int32Array(entries).fill(EMPTY);
    this.asid = new Uint8Array(entries);
    this.global = new Uint8Array(entries);
    this.ppn0 = new Int32Array(entries).fill(-1);
    this.ppn1 = new Int32Array(entries).fill(-1);
    this.writable0 = new Uint8Array(entries);
    this.writable1 = new Uint8Array(entries);
  }

  randomIndex(): number {
    return this.random.int(this.wired, this.entries);
  }

  /** The slot holds an entry (TLBP can find it), even one whose halves are both invalid. */
  isValid(i: number): boolean {
    return this.vpn2[i] !== EMPTY;
  }

  /**
   * Stores the entry as written. An entry with both halves invalid is kept,
   * as MIPS keeps it: a reference through it raises TLB-invalid (not refill),
   * which is how a guest refill handler that copies an unfaulted PTE pair
   * hands over to its slow path. Dropping it made such a refill repeat forever.
   */
  write(i: number, e: KernelTlbEntry): void {
    assertInRange(i, 0, this.entries, 'virtual TLB index');
    this.vpn2[i] = e.vpn2;
    this.asid[i] = e.asid;
    this.global[i] = e.global ? 1 : 0;
    this.ppn0[i] = e.physicalPage0;
    this.ppn1[i] = e.physicalPage1;
    this.writable0[i] = e.writable0 ? 1 : 0;
    this.writable1[i] = e.writable1 ? 1 : 0;
  }

  invalidate(i: number): void {
    this.vpn2[i] = EMPTY;
  }

  /** Index of the entry matching (vpn2, asid), or -1. */
  probe(vpn2: number, asid: number): number {
    for (let i = 0; i < this.entries; i++) {
      if (this.vpn2[i] === vpn2 && (this.global[i] === 1 || this.asid[i] === asid)) return i;
    }
    return -1;
  }

  /** Entries other than `except` that a write of (vpn2, asid, global) would duplicate; invalidates them. */
  dropOverlapping(vpn2: number, asid: number, global: boolean, except: number): void {
    for (let i = 0; i < this.entries; i++) {
      if (i === except || this.vpn2[i] !== vpn2) continue;
      if (global || this.global[i] === 1 || this.asid[i] === asid) this.vpn2[i] = EMPTY;
    }
  }

  flush(): void {
    this.vpn2.fill(EMPTY);
  }
}

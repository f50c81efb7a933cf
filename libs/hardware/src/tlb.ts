import { assert, AssertionError, assertInRange, type Prng } from '@disco/sim-kernel';

/** Bits of a page's flags in a TLB entry (MIPS EntryLo V and D). */
export const TLB_VALID = 1;
/** D ("dirty") is the write-enable bit on MIPS. */
export const TLB_DIRTY = 2;

/** Results of `Tlb.lookup` below zero: which exception the reference raises. */
export const TLB_REFILL = -1;
export const TLB_INVALID = -2;
export const TLB_MODIFIED = -3;

/** One entry as software reads and writes it (EntryHi/EntryLo0/EntryLo1). */
export interface TlbEntry {
  /** Virtual page pair number: va >>> 13. */
  readonly vpn2: number;
  readonly asid: number;
  readonly global: boolean;
  /** Machine page numbers of the even and odd page. */
  readonly pfn0: number;
  readonly flags0: number;
  readonly pfn1: number;
  readonly flags1: number;
}

export const ASID_COUNT = 256;
const INDEX_SLOTS = 256;
const NO_VPN2 = -1;

/**
 * A MIPS-style software-managed TLB: fully associative, each entry mapping an
 * even/odd pair of 4 KB pages, tagged with an 8-bit ASID or global. Entries
 * below `wired` are never chosen by random replacement. A lookup index (a
 * hash of VPN2 → last matching entry, always re-verified) makes hits cheap
 * without changing fully-associative semantics.
 */
export class Tlb {
  readonly entries: number;
  private readonly vpn2: Int32Array;
  private readonly asid: Uint8Array;
  private readonly global: Uint8Array;
  private readonly pfn0: Int32Array;
  private readonly pfn1: Int32Array;
  private readonly flags0: Uint8Array;
  private readonly flags1: Uint8Array;
  private readonly index = new Int32Array(INDEX_SLOTS).fill(-1);
  private wiredEntries: number;

  constructor(
    entries: number,
    wired: number,
    private readonly random: Prng,
  ) {
    assert(wired >= 0 && wired < entries, `wired ${wired} must leave a random slot of ${entries}`);
    this.entries = entries;
    this.wiredEntries = wired;
    this.vpn2 = new Int32Array(entries).fill(NO_VPN2);
    this.asid = new Uint8Array(entries);
    this.global = new Uint8Array(entries);
    this.pfn0 = new Int32Array(entries);
    this.pfn1 = new Int32Array(entries);
    this.flags0 = new Uint8Array(entries);
    this.flags1 = new Uint8Array(entries);
  }

  get wired(): number {
    return this.wiredEntries;
  }

  /** The Wired register: entries below it survive random replacement. */
  setWired(wired: number): void {
    assertInRange(wired, 0, this.entries, 'wired');
    this.wiredEntries = wired;
  }

  /**
   * Translates `va` for `asid`: the machine page number, or TLB_REFILL /
   * TLB_INVALID / TLB_MODIFIED. The hot path: no allocation.
   */
  lookup(va: number, asid: number, write: boolean): number {
    const vpn2 = va >>> 13;
    const slot = (vpn2 ^ (vpn2 >>> 8)) & (INDEX_SLOTS - 1);
    let e = this.index[slot] as number;
    if (e < 0 || !this.matches(e, vpn2, asid)) {
      e = this.find(vpn2, asid);
      if (e < 0) return TLB_REFILL;
      this.index[slot] = e;
    }
    const odd = (va >>> 12) & 1;
    const flags = odd === 0 ? (this.flags0[e] as number) : (this.flags1[e] as number);
    if ((flags & TLB_VALID) === 0) return TLB_INVALID;
    if (write && (flags & TLB_DIRTY) === 0) return TLB_MODIFIED;
    return odd === 0 ? (this.pfn0[e] as number) : (this.pfn1[e] as number);
  }

  /** TLBP: the index of the entry matching (vpn2, asid), or -1. */
  probe(vpn2: number, asid: number): number {
    return this.find(vpn2, asid);
  }

  /** TLBR. */
  read(i: number): TlbEntry {
    assertInRange(i, 0, this.entries, 'TLB index');
    return {
      vpn2: this.vpn2[i] as number,
      asid: this.asid[i] as number,
      global: this.global[i] === 1,
      pfn0: this.pfn0[i] as number,
      flags0: this.flags0[i] as number,
      pfn1: this.pfn1[i] as number,
      flags1: this.flags1[i] as number,
    };
  }

  /** TLBWI. Writing an entry that duplicates another's match is a software bug (a machine check on MIPS). */
  writeIndexed(i: number, entry: TlbEntry): void {
    assertInRange(i, 0, this.entries, 'TLB index');
    assertInRange(entry.asid, 0, ASID_COUNT, 'ASID');
    assertInRange(entry.vpn2, 0, 2 ** 19, 'vpn2');
    this.vpn2[i] = NO_VPN2;
    if (this.overlapsAny(entry)) throw new AssertionError(`TLB write at ${i} duplicates a matching entry for vpn2 ${entry.vpn2}`);
    this.vpn2[i] = entry.vpn2;
    this.asid[i] = entry.asid;
    this.global[i] = entry.global ? 1 : 0;
    this.pfn0[i] = entry.pfn0;
    this.pfn1[i] = entry.pfn1;
    this.flags0[i] = entry.flags0;
    this.flags1[i] = entry.flags1;
  }

  /** TLBWR: writes a random non-wired entry and returns its index. */
  writeRandom(entry: TlbEntry): number {
    const i = this.random.int(this.wiredEntries, this.entries);
    this.writeIndexed(i, entry);
    return i;
  }

  /** Makes entry `i` match nothing. */
  invalidate(i: number): void {
    assertInRange(i, 0, this.entries, 'TLB index');
    this.vpn2[i] = NO_VPN2;
    this.flags0[i] = 0;
    this.flags1[i] = 0;
  }

  /** Invalidates every entry, wired ones included (Disco flushes on a VCPU switch, §4.2.2). */
  flushAll(): void {
    for (let i = 0; i < this.entries; i++) this.invalidate(i);
  }

  /** Invalidates the non-wired entries. */
  flushNonWired(): void {
    for (let i = this.wiredEntries; i < this.entries; i++) this.invalidate(i);
  }

  /** Invalidates every entry mapping machine page `mpn` (used by shootdowns); returns how many. */
  invalidateMachinePage(mpn: number): number {
    let count = 0;
    for (let i = 0; i < this.entries; i++) {
      if (this.vpn2[i] === NO_VPN2) continue;
      if (this.pfn0[i] === mpn || this.pfn1[i] === mpn) {
        this.invalidate(i);
        count++;
      }
    }
    return count;
  }

  /**
   * Invalidates every entry that would overlap a write of (vpn2, asid,
   * global): same VPN2 and either side global or the same ASID. A monitor
   * inserting translations of its own calls this first, since a duplicate
   * match is a machine check. Returns how many entries it invalidated.
   */
  invalidateOverlapping(vpn2: number, asid: number, global: boolean): number {
    let count = 0;
    for (let e = 0; e < this.entries; e++) {
      if (this.vpn2[e] !== vpn2) continue;
      if (global || this.global[e] === 1 || this.asid[e] === asid) {
        this.invalidate(e);
        count++;
      }
    }
    return count;
  }

  /** Whether entry `i` currently matches something (for invariant checks without allocating). */
  isValidEntry(i: number): boolean {
    return this.vpn2[i] !== NO_VPN2;
  }

  private matches(e: number, vpn2: number, asid: number): boolean {
    return this.vpn2[e] === vpn2 && (this.global[e] === 1 || this.asid[e] === asid);
  }

  private find(vpn2: number, asid: number): number {
    for (let e = 0; e < this.entries; e++) if (this.matches(e, vpn2, asid)) return e;
    return -1;
  }

  /** Would `entry` and an existing entry both match some (vpn2, asid)? */
  private overlapsAny(entry: TlbEntry): boolean {
    for (let e = 0; e < this.entries; e++) {
      if (this.vpn2[e] !== entry.vpn2) continue;
      if (entry.global || this.global[e] === 1 || this.asid[e] === entry.asid) return true;
    }
    return false;
  }
}

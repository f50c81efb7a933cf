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

/** A deliberate bug, only for the canary test that proves the TLB property catches it. */
export interface TlbFaults {
  /** Once, a changed entry leaves its pages' cached translation in place (a stale hit, or a hit where the entry is gone). */
  readonly keepOneStaleTranslation?: boolean;
}

export const ASID_COUNT = 256;
/** Buckets of the VPN2 index: a power of two, well above the usual 64 entries, so chains stay short. */
const INDEX_BUCKETS = 256;
const NO_VPN2 = -1;
const NO_ENTRY = -1;
/** Slots of the translation cache (a power of two). */
const TC_SLOTS = 64;
const NO_KEY = -1;
/** Int32 words per translation-cache slot: read key, write key, machine page, unused (so a slot never straddles a host cache line). */
const TC_WORDS = 4;
const TC_READ_KEY = 0;
const TC_WRITE_KEY = 1;
const TC_MPN = 2;

/**
 * A MIPS-style software-managed TLB: fully associative, each entry mapping an
 * even/odd pair of 4 KB pages, tagged with an 8-bit ASID or global. Entries
 * below `wired` are never chosen by random replacement. An index keeps every
 * valid entry on the chain of its VPN2's hash bucket (doubly linked through
 * `next`/`prev`), so a lookup, a probe and the duplicate check of a write
 * visit only the entries with that hash instead of all of them: the same
 * fully-associative semantics, since at most one entry matches a
 * (VPN2, ASID) (a write that would make two match is refused). In front of
 * it, a direct-mapped translation cache remembers recent (4 KB page, ASID) →
 * machine page results, and whether they allow writes; changing an entry
 * clears the cache slots of both of its pages, so the cache never answers
 * differently from the entries.
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
  /** First entry of each bucket's chain, or NO_ENTRY. */
  private readonly heads = new Int32Array(INDEX_BUCKETS).fill(NO_ENTRY);
  private readonly next: Int32Array;
  private readonly prev: Int32Array;
  /**
   * Translation cache, TC_WORDS per slot side by side: key `vpn << 8 | asid`
   * of a successful read lookup, the same key only if writes are allowed
   * (so a write indexes the word after a read's), and the result.
   */
  private readonly tc = initialTranslationCache();
  private wiredEntries: number;
  private keptStale = false;

  constructor(
    entries: number,
    wired: number,
    private readonly random: Prng,
    private readonly faults: TlbFaults = {},
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
    this.next = new Int32Array(entries).fill(NO_ENTRY);
    this.prev = new Int32Array(entries).fill(NO_ENTRY);
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
    return this.translate(va, asid, write ? 1 : 0);
  }

  /** `lookup` with the access as a number, 0 for a read and 1 for a write: the CPU's inline path, without a branch on it. */
  translate(va: number, asid: number, writeBit: number): number {
    const vpn = va >>> 12;
    const at = (vpn & (TC_SLOTS - 1)) * TC_WORDS;
    const tc = this.tc;
    // An ASID outside 0..255 matches only global entries: never cached (its key would collide).
    if (tc[at + writeBit] === ((vpn << 8) | asid) && asid >>> 8 === 0) return tc[at + TC_MPN] as number;
    return this.lookupEntries(vpn, asid, writeBit);
  }

  /**
   * The entries' answer for 4 KB page `vpn`, cached in the translation cache.
   * It takes the page number, not the address: a small integer, where an
   * address above 2^30 would be boxed for the call on every translation-cache miss.
   */
  private lookupEntries(vpn: number, asid: number, writeBit: number): number {
    const e = this.find(vpn >>> 1, asid);
    if (e < 0) return TLB_REFILL;
    const odd = vpn & 1;
    const flags = odd === 0 ? (this.flags0[e] as number) : (this.flags1[e] as number);
    if ((flags & TLB_VALID) === 0) return TLB_INVALID;
    if (writeBit === 1 && (flags & TLB_DIRTY) === 0) return TLB_MODIFIED;
    const mpn = odd === 0 ? (this.pfn0[e] as number) : (this.pfn1[e] as number);
    if (asid >>> 8 !== 0) return mpn;
    const at = (vpn & (TC_SLOTS - 1)) * TC_WORDS;
    const key = (vpn << 8) | asid;
    this.tc[at + TC_READ_KEY] = key;
    this.tc[at + TC_WRITE_KEY] = (flags & TLB_DIRTY) !== 0 ? key : NO_KEY;
    this.tc[at + TC_MPN] = mpn;
    return mpn;
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
    this.writeIndexedFields(i, entry.vpn2, entry.asid, entry.global, entry.pfn0, entry.flags0, entry.pfn1, entry.flags1);
  }

  /** TLBWI from the fields of an entry: what refill handlers call, so a refill allocates nothing. */
  writeIndexedFields(i: number, vpn2: number, asid: number, global: boolean, pfn0: number, flags0: number, pfn1: number, flags1: number): void {
    if (!(i >= 0 && i < this.entries)) assertInRange(i, 0, this.entries, 'TLB index');
    if (!(asid >= 0 && asid < ASID_COUNT)) assertInRange(asid, 0, ASID_COUNT, 'ASID');
    if (!(vpn2 >= 0 && vpn2 < 2 ** 19)) assertInRange(vpn2, 0, 2 ** 19, 'vpn2');
    this.unlink(i);
    if (this.overlapsAny(vpn2, asid, global)) duplicateEntry(i, vpn2);
    this.vpn2[i] = vpn2;
    this.asid[i] = asid;
    this.global[i] = global ? 1 : 0;
    this.pfn0[i] = pfn0;
    this.pfn1[i] = pfn1;
    this.flags0[i] = flags0;
    this.flags1[i] = flags1;
    this.link(i);
  }

  /** TLBWR: writes a random non-wired entry and returns its index. */
  writeRandom(entry: TlbEntry): number {
    return this.writeRandomFields(entry.vpn2, entry.asid, entry.global, entry.pfn0, entry.flags0, entry.pfn1, entry.flags1);
  }

  /** TLBWR from the fields of an entry (no allocation). */
  writeRandomFields(vpn2: number, asid: number, global: boolean, pfn0: number, flags0: number, pfn1: number, flags1: number): number {
    const i = this.random.int(this.wiredEntries, this.entries);
    this.writeIndexedFields(i, vpn2, asid, global, pfn0, flags0, pfn1, flags1);
    return i;
  }

  /** Makes entry `i` match nothing. */
  invalidate(i: number): void {
    assertInRange(i, 0, this.entries, 'TLB index');
    this.unlink(i);
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
    let e = this.heads[bucketOf(vpn2)] as number;
    while (e !== NO_ENTRY) {
      const following = this.next[e] as number;
      if (this.vpn2[e] === vpn2 && (global || this.global[e] === 1 || this.asid[e] === asid)) {
        this.invalidate(e);
        count++;
      }
      e = following;
    }
    return count;
  }

  /** Whether entry `i` currently matches something (for invariant checks without allocating). */
  isValidEntry(i: number): boolean {
    return this.vpn2[i] !== NO_VPN2;
  }

  /** The entry matching (vpn2, asid), or -1 (at most one matches). */
  private find(vpn2: number, asid: number): number {
    let e = this.heads[bucketOf(vpn2)] as number;
    while (e !== NO_ENTRY) {
      if (this.vpn2[e] === vpn2 && (this.global[e] === 1 || this.asid[e] === asid)) return e;
      e = this.next[e] as number;
    }
    return -1;
  }

  /** Would an entry (vpn2, asid, global) and an existing entry both match some (vpn2, asid)? */
  private overlapsAny(vpn2: number, asid: number, global: boolean): boolean {
    let e = this.heads[bucketOf(vpn2)] as number;
    while (e !== NO_ENTRY) {
      if (this.vpn2[e] === vpn2 && (global || this.global[e] === 1 || this.asid[e] === asid)) return true;
      e = this.next[e] as number;
    }
    return false;
  }

  /** Puts valid entry `i` at the head of its bucket's chain. */
  private link(i: number): void {
    const b = bucketOf(this.vpn2[i] as number);
    const head = this.heads[b] as number;
    this.next[i] = head;
    this.prev[i] = NO_ENTRY;
    if (head !== NO_ENTRY) this.prev[head] = i;
    this.heads[b] = i;
    const vpn2 = this.vpn2[i] as number;
    if (this.forgetPages(vpn2)) {
      // What a lookup of either page with the entry's own ASID would cache:
      // the entry is its only match (writes refuse overlaps), so the lookup
      // that follows a refill hits here instead of walking the chain. Other
      // ASIDs a global entry matches take the slow path once, as before.
      const asid = this.asid[i] as number;
      this.cachePage(vpn2 << 1, asid, this.pfn0[i] as number, this.flags0[i] as number);
      this.cachePage((vpn2 << 1) | 1, asid, this.pfn1[i] as number, this.flags1[i] as number);
    }
  }

  /** Caches page `vpn` of a just-written entry for `asid` (0..255), as lookupEntries would; an invalid page stays uncached. */
  private cachePage(vpn: number, asid: number, mpn: number, flags: number): void {
    if ((flags & TLB_VALID) === 0) return;
    const at = (vpn & (TC_SLOTS - 1)) * TC_WORDS;
    const key = (vpn << 8) | asid;
    const tc = this.tc;
    tc[at + TC_READ_KEY] = key;
    tc[at + TC_WRITE_KEY] = (flags & TLB_DIRTY) !== 0 ? key : NO_KEY;
    tc[at + TC_MPN] = mpn;
  }

  /** Clears the translation-cache slots of both pages of `vpn2`; false only when the canary fault kept them. */
  private forgetPages(vpn2: number): boolean {
    const even = ((vpn2 << 1) & (TC_SLOTS - 1)) * TC_WORDS;
    const odd = even + TC_WORDS;
    const tc = this.tc;
    if (this.faults.keepOneStaleTranslation === true && !this.keptStale && (tc[even + TC_READ_KEY] !== NO_KEY || tc[odd + TC_READ_KEY] !== NO_KEY)) {
      this.keptStale = true;
      return false;
    }
    tc[even + TC_READ_KEY] = NO_KEY;
    tc[even + TC_WRITE_KEY] = NO_KEY;
    tc[odd + TC_READ_KEY] = NO_KEY;
    tc[odd + TC_WRITE_KEY] = NO_KEY;
    return true;
  }

  /** Takes entry `i` off its chain and makes it match nothing (no-op when already invalid). */
  private unlink(i: number): void {
    const vpn2 = this.vpn2[i] as number;
    if (vpn2 === NO_VPN2) return;
    const before = this.prev[i] as number;
    const after = this.next[i] as number;
    if (before === NO_ENTRY) this.heads[bucketOf(vpn2)] = after;
    else this.next[before] = after;
    if (after !== NO_ENTRY) this.prev[after] = before;
    this.next[i] = NO_ENTRY;
    this.prev[i] = NO_ENTRY;
    this.vpn2[i] = NO_VPN2;
    this.forgetPages(vpn2);
  }
}

/** Cold: the message is built here so writeIndexedFields stays small enough to inline. */
function duplicateEntry(i: number, vpn2: number): never {
  throw new AssertionError(`TLB write at ${i} duplicates a matching entry for vpn2 ${vpn2}`);
}

function initialTranslationCache(): Int32Array {
  const tc = new Int32Array(TC_SLOTS * TC_WORDS);
  for (let at = 0; at < tc.length; at += TC_WORDS) {
    tc[at + TC_READ_KEY] = NO_KEY;
    tc[at + TC_WRITE_KEY] = NO_KEY;
  }
  return tc;
}

function bucketOf(vpn2: number): number {
  return (vpn2 ^ (vpn2 >>> 8)) & (INDEX_BUCKETS - 1);
}

import fc from 'fast-check';
import { TLB_DIRTY, TLB_INVALID, TLB_MODIFIED, TLB_REFILL, TLB_VALID, type TlbEntry } from '../tlb';

/**
 * Reference model of the MIPS TLB as the architecture manual states it: a
 * list of entries; a reference matches an entry with its VPN2 and either the
 * global bit or its ASID; no match → refill; V clear → invalid; store with D
 * clear → modified; else the page's frame.
 */
export class TlbModel {
  readonly entries: (TlbEntry | null)[];

  constructor(
    size: number,
    readonly wired: number,
  ) {
    this.entries = Array.from({ length: size }, () => null);
  }

  matching(vpn2: number, asid: number): number {
    return this.entries.findIndex((e) => e !== null && e.vpn2 === vpn2 && (e.global || e.asid === asid));
  }

  /** Whether writing `entry` at `index` would create two entries matching one reference. */
  conflicts(entry: TlbEntry, index: number): boolean {
    return this.entries.some((e, i) => i !== index && e !== null && e.vpn2 === entry.vpn2 && (e.global || entry.global || e.asid === entry.asid));
  }

  lookup(va: number, asid: number, write: boolean): number {
    const i = this.matching(va >>> 13, asid);
    if (i < 0) return TLB_REFILL;
    const e = this.entries[i] as TlbEntry;
    const odd = (va >>> 12) & 1;
    const flags = odd ? e.flags1 : e.flags0;
    if ((flags & TLB_VALID) === 0) return TLB_INVALID;
    if (write && (flags & TLB_DIRTY) === 0) return TLB_MODIFIED;
    return odd ? e.pfn1 : e.pfn0;
  }
}

/** Entries over a few page pairs and ASIDs, so matches and conflicts are common. */
export function tlbEntryArbitrary(): fc.Arbitrary<TlbEntry> {
  return fc.record({
    vpn2: fc.integer({ min: 0, max: 5 }),
    asid: fc.integer({ min: 0, max: 2 }),
    global: fc.boolean(),
    pfn0: fc.integer({ min: 0, max: 1000 }),
    flags0: fc.integer({ min: 0, max: 3 }),
    pfn1: fc.integer({ min: 0, max: 1000 }),
    flags1: fc.integer({ min: 0, max: 3 }),
  });
}

/** Virtual addresses inside those pairs (both pages, any offset). */
export function tlbAddressArbitrary(): fc.Arbitrary<number> {
  return fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 8191 })).map(([pair, offset]) => pair * 8192 + offset);
}

import { assert } from '@disco/sim-kernel';

const EMPTY = -1;

/** How the L2TLB picks a translation's slot (L2Tlb). */
export type L2TlbIndex = 'vpn' | 'hashed';
export const L2TLB_INDEXES: readonly L2TlbIndex[] = ['vpn', 'hashed'];

/**
 * The second-level software TLB of one VCPU (§4.2.2): a direct-mapped cache
 * of virtual → machine translations as Disco computed them at TLB-write
 * time (protection merged), tagged with the guest ASID (INFERENCE), and
 * remembering the guest-physical pages so that invariants can check every
 * entry against the pmap. Probed on every hardware miss before the guest is
 * bothered. ASSUMPTION: direct mapped. `index` (`/monitor/l2TlbIndex`) says
 * how a (VPN2, ASID) picks its slot:
 * - `vpn` (the default): VPN2's low bits, scrambled by an odd multiplier and
 *   an ASID term. That is a bijection of VPN2 mod the table's size, so, like
 *   a table indexed by VPN bits, two regions a multiple of the table's reach
 *   apart (entries × 8 KB) take the same slots: IRIX's text at 4 MB and data
 *   at 256 MB alias from 4 MB into the data for every size up to 32 K entries.
 * - `hashed`: the multiplier's high bits (Fibonacci hashing), so regions at
 *   power-of-two distances spread over the table; a what-if.
 */
export class L2Tlb {
  readonly size: number;
  private readonly mask: number;
  readonly vpn2: Int32Array;
  readonly asid: Uint8Array;
  readonly global: Uint8Array;
  readonly mpn0: Int32Array;
  readonly mpn1: Int32Array;
  readonly flags0: Uint8Array;
  readonly flags1: Uint8Array;
  readonly ppn0: Int32Array;
  readonly ppn1: Int32Array;
  /** Index of the last `lookup` hit. */
  hitIndex = -1;
  /** `index` is `hashed`: the slot is the hash's top bits. */
  private readonly hashed: boolean;
  /** 32 - log2(size): the shift that leaves the hash's top bits. */
  private readonly shift: number;

  constructor(entries: number, index: L2TlbIndex = 'vpn') {
    assert((entries & (entries - 1)) === 0 && entries > 0, 'L2TLB size must be a power of two');
    this.size = entries;
    this.mask = entries - 1;
    this.hashed = index === 'hashed';
    this.shift = 32 - Math.log2(entries);
    this.vpn2 = new Int32Array(entries).fill(EMPTY);
    this.asid = new Uint8Array(entries);
    this.global = new Uint8Array(entries);
    this.mpn0 = new Int32Array(entries);
    this.mpn1 = new Int32Array(entries);
    this.flags0 = new Uint8Array(entries);
    this.flags1 = new Uint8Array(entries);
    this.ppn0 = new Int32Array(entries);
    this.ppn1 = new Int32Array(entries);
  }

  /** The slot (vpn2, asid) maps to. */
  slot(vpn2: number, asid: number): number {
    if (this.hashed) return (Math.imul(vpn2 ^ Math.imul(asid, 0x85ebca6b), 0x9e3779b1) >>> this.shift) & this.mask;
    return (Math.imul(vpn2, 0x9e3779b1) ^ Math.imul(asid, 0x85ebca6b)) >>> 0 & this.mask;
  }

  /** True on a hit (its index in `hitIndex`). No allocation. */
  lookup(vpn2: number, asid: number): boolean {
    const i = this.slot(vpn2, asid);
    if (this.vpn2[i] !== vpn2 || (this.global[i] === 0 && this.asid[i] !== asid)) return false;
    this.hitIndex = i;
    return true;
  }

  put(vpn2: number, asid: number, global: boolean, ppn0: number, mpn0: number, flags0: number, ppn1: number, mpn1: number, flags1: number): void {
    const i = this.slot(vpn2, asid);
    this.vpn2[i] = vpn2;
    this.asid[i] = asid;
    this.global[i] = global ? 1 : 0;
    this.ppn0[i] = ppn0;
    this.mpn0[i] = mpn0;
    this.flags0[i] = flags0;
    this.ppn1[i] = ppn1;
    this.mpn1[i] = mpn1;
    this.flags1[i] = flags1;
  }

  /** Drops the translations a write of (vpn2, asid, global) would conflict with. */
  invalidateVpn2(vpn2: number, asid: number, global: boolean): number {
    if (!global) {
      const i = this.slot(vpn2, asid);
      if (this.vpn2[i] === vpn2 && (this.global[i] === 1 || this.asid[i] === asid)) {
        this.vpn2[i] = EMPTY;
        return 1;
      }
      // A global entry for vpn2 stored under another ASID's slot also matches this ASID.
    }
    let count = 0;
    for (let i = 0; i < this.size; i++) {
      if (this.vpn2[i] !== vpn2) continue;
      if (global || this.global[i] === 1 || this.asid[i] === asid) {
        this.vpn2[i] = EMPTY;
        count++;
      }
    }
    return count;
  }

  /** Drops every entry that maps machine page `mpn` (a shootdown). */
  invalidateMachinePage(mpn: number): number {
    let count = 0;
    for (let i = 0; i < this.size; i++) {
      if (this.vpn2[i] === EMPTY) continue;
      if (this.mpn0[i] === mpn || this.mpn1[i] === mpn) {
        this.vpn2[i] = EMPTY;
        count++;
      }
    }
    return count;
  }

  /** Drops every entry that maps a machine page marked 1 in `marked` (a batched shootdown); one pass. */
  invalidateMarked(marked: Uint8Array): number {
    let count = 0;
    for (let i = 0; i < this.size; i++) {
      if (this.vpn2[i] === EMPTY) continue;
      if (marked[this.mpn0[i]!] === 1 || marked[this.mpn1[i]!] === 1) {
        this.vpn2[i] = EMPTY;
        count++;
      }
    }
    return count;
  }

  flush(): void {
    this.vpn2.fill(EMPTY);
  }

  isValid(i: number): boolean {
    return this.vpn2[i] !== EMPTY;
  }
}

import { Prng } from '@disco/sim-kernel';
import { TLB_DIRTY, TLB_VALID, Tlb } from './tlb';

const entry = (vpn2: number, asid: number, global: boolean) => ({ vpn2, asid, global, pfn0: 7, flags0: TLB_VALID | TLB_DIRTY, pfn1: 8, flags1: TLB_VALID });

describe('Tlb.invalidateOverlapping', () => {
  it('removes exactly the entries a write of (vpn2, asid, global) would duplicate', () => {
    const tlb = new Tlb(8, 0, Prng.fromSeed(1));
    tlb.writeIndexed(0, entry(5, 1, false));
    tlb.writeIndexed(1, entry(5, 2, false));
    tlb.writeIndexed(2, entry(6, 1, false));
    expect(tlb.invalidateOverlapping(5, 1, false)).toBe(1);
    expect(tlb.isValidEntry(0)).toBe(false);
    expect(tlb.isValidEntry(1)).toBe(true);
    expect(() => tlb.writeIndexed(3, entry(5, 1, false))).not.toThrow();
    // A global write overlaps every ASID of the same VPN2.
    expect(tlb.invalidateOverlapping(5, 9, true)).toBe(2);
    expect(() => tlb.writeIndexed(4, entry(5, 9, true))).not.toThrow();
    expect(tlb.isValidEntry(2)).toBe(true);
  });
});

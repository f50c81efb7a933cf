import { L2Tlb } from './l2-tlb';

const distinctSlots = (tlb: L2Tlb, vpn2s: readonly number[], asid: number) => new Set(vpn2s.map((v) => tlb.slot(v, asid))).size;

describe('the L2TLB index (/monitor/l2TlbIndex)', () => {
  const size = 1024;
  // IRIX's text starts at 4 MB and its data at 256 MB: VPN2 (8 KB pairs) 512 and 32768.
  const TEXT = 512;
  const DATA = 32768;

  it('vpn: a contiguous run of VPN2s as long as the table takes every slot once, whatever the ASID', () => {
    for (const asid of [0, 1, 200]) {
      const run = Array.from({ length: size }, (_, i) => DATA + 77 + i);
      expect(distinctSlots(new L2Tlb(size, 'vpn'), run, asid)).toBe(size);
    }
  });

  it("vpn: regions a multiple of the table's reach apart share their slots, so text and data alias; hashed spreads them", () => {
    const vpn = new L2Tlb(size, 'vpn');
    const hashed = new L2Tlb(size, 'hashed');
    for (let offset = 0; offset < 128; offset++) {
      // Data 4 MB (512 pairs) past its start takes text's slots for every size up to 32 K entries.
      expect(vpn.slot(DATA + 512 + offset, 2)).toBe(vpn.slot(TEXT + offset, 2));
    }
    const strided = Array.from({ length: 64 }, (_, k) => TEXT + k * size);
    expect(distinctSlots(vpn, strided, 2)).toBe(1);
    expect(distinctSlots(hashed, strided, 2)).toBeGreaterThan(48);
  });

  it('hashed: every slot is reachable and a slot is within the table for sizes from 1 to 8 K', () => {
    for (const entries of [1, 2, 64, 1024, 8192]) {
      const tlb = new L2Tlb(entries, 'hashed');
      const slots = new Set<number>();
      const outside: number[] = [];
      for (let v = 0; v < entries * 16; v++) {
        const s = tlb.slot(v, v & 255);
        if (!(Number.isInteger(s) && s >= 0 && s < entries)) outside.push(s);
        slots.add(s);
      }
      expect(outside).toEqual([]);
      expect(slots.size).toBe(entries);
    }
  });

  it('both: a put is found by lookup with its ASID, not with another', () => {
    for (const index of ['vpn', 'hashed'] as const) {
      const tlb = new L2Tlb(size, index);
      tlb.put(DATA + 3, 5, false, 10, 100, 1, 11, 101, 1);
      expect(tlb.lookup(DATA + 3, 5)).toBe(true);
      expect(tlb.mpn1[tlb.hitIndex]).toBe(101);
      expect(tlb.lookup(DATA + 3, 6)).toBe(false);
    }
  });
});

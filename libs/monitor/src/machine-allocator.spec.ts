import fc from 'fast-check';
import { MachineAllocator } from './machine-allocator';

describe('MachineAllocator', () => {
  it('with one colour hands out each node\'s pages in ascending order, then the next node\'s', () => {
    const a = new MachineAllocator(2, 4);
    expect([0, 1, 2, 3, 4].map(() => a.allocateNear(0))).toEqual([0, 1, 2, 3, 4]);
  });

  it('gives a page of the colour asked for while the node has one, then the next colours; without a colour, the colours in turn', () => {
    const a = new MachineAllocator(1, 8, 4);
    expect([2, 2, 2].map((c) => a.allocateOn(0, c))).toEqual([2, 6, 3]);
    expect([a.allocateOn(0), a.allocateOn(0), a.allocateOn(0)]).toEqual([0, 1, 7]);
  });

  it('never hands out a page twice, keeps the counts, and prefers the colour whenever it is free (fast-check prints its seed on failure)', () => {
    const op = fc.oneof(fc.record({ alloc: fc.integer({ min: 0, max: 1 }), color: fc.integer({ min: -1, max: 7 }) }), fc.record({ free: fc.nat() }));
    fc.assert(
      fc.property(fc.array(op, { maxLength: 80 }), (ops) => {
        const a = new MachineAllocator(2, 16, 8);
        const held: number[] = [];
        for (const o of ops) {
          if ('alloc' in o) {
            const colourFree = o.color >= 0 && Array.from({ length: 16 }, (_, i) => o.alloc * 16 + i).some((m) => m % 8 === o.color && !a.isAllocated(m));
            const m = a.allocateOn(o.alloc, o.color);
            if (m < 0) {
              expect(a.freePages(o.alloc)).toBe(0);
              continue;
            }
            expect(held).not.toContain(m);
            expect(Math.floor(m / 16)).toBe(o.alloc);
            if (colourFree) expect(a.colorOf(m)).toBe(o.color);
            held.push(m);
          } else if (held.length > 0) a.free(held.splice(o.free % held.length, 1)[0]!);
        }
        expect(a.totalFree).toBe(32 - held.length);
      }),
    );
  });
});

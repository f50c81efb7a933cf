import fc from 'fast-check';
import { Prng } from './prng';

const draw = (p: Prng, n: number) => Array.from({ length: n }, () => p.nextU32());

describe('Prng', () => {
  it('repeats the same sequence for the same seed and stream name', () => {
    fc.assert(
      fc.property(fc.nat(), fc.string({ minLength: 1 }), (seed, name) => {
        expect(draw(Prng.fromSeed(seed).stream(name), 8)).toEqual(draw(Prng.fromSeed(seed).stream(name), 8));
      }),
    );
  });

  it('gives independent streams: taking one stream does not shift another', () => {
    const root = Prng.fromSeed(42);
    const alone = draw(root.stream('b'), 16);
    const a = root.stream('a');
    draw(a, 1000);
    expect(draw(root.stream('b'), 16)).toEqual(alone);
    expect(draw(root.stream('a'), 16)).not.toEqual(alone);
  });

  it('gives different sequences for different seeds', () => {
    expect(draw(Prng.fromSeed(1).stream('x'), 8)).not.toEqual(draw(Prng.fromSeed(2).stream('x'), 8));
    expect(draw(Prng.fromSeed(2 ** 40).stream('x'), 8)).not.toEqual(draw(Prng.fromSeed(0).stream('x'), 8));
  });

  it('draws integers within bounds and roughly uniformly', () => {
    const p = Prng.fromSeed(7).stream('uniform');
    const counts = new Array(10).fill(0);
    for (let i = 0; i < 100_000; i++) counts[p.int(0, 10)]++;
    for (const c of counts) {
      expect(c).toBeGreaterThan(9_500);
      expect(c).toBeLessThan(10_500);
    }
  });

  it('int is the rejection-sampled `%` of nextU32, for any range up to 2^32', () => {
    // Reference: the textbook definition with the floating-point `%`, on a twin stream.
    const reference = (p: Prng, min: number, max: number) => {
      const range = max - min;
      const limit = 2 ** 32 - (2 ** 32 % range);
      let value = p.nextU32();
      while (value >= limit) value = p.nextU32();
      return min + (value % range);
    };
    const ranges = fc.oneof(fc.integer({ min: 1, max: 2 ** 32 }), fc.constantFrom(1, 2, 3, 56, 2 ** 31 - 1, 2 ** 31, 2 ** 31 + 1, 2 ** 32 - 1, 2 ** 32));
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: -1000, max: 1000 }), ranges, (seed, min, range) => {
        const a = Prng.fromSeed(seed).stream('int');
        const b = Prng.fromSeed(seed).stream('int');
        for (let i = 0; i < 20; i++) expect(a.int(min, min + range)).toBe(reference(b, min, min + range));
      }),
    );
  });

  it('nextFloat stays in [0, 1)', () => {
    const p = Prng.fromSeed(3).stream('f');
    for (let i = 0; i < 10_000; i++) {
      const x = p.nextFloat();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  it('refuses bad seeds and empty ranges', () => {
    expect(() => Prng.fromSeed(-1)).toThrow(/seed/);
    expect(() => Prng.fromSeed(0.5)).toThrow(/seed/);
    expect(() => Prng.fromSeed(1).int(3, 3)).toThrow(/range/);
  });
});

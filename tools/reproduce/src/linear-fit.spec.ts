import fc from 'fast-check';
import { linearFit } from './experiments';

// The least-squares line the reproduction reads Figure 6's "V grows roughly linearly" with.
describe('linearFit', () => {
  const xs = fc.uniqueArray(fc.integer({ min: 1, max: 64 }), { minLength: 3, maxLength: 8 });
  const coefficient = fc.integer({ min: -100, max: 100 });

  it('recovers a straight line exactly, with R² 1 (fast-check prints its seed on failure)', () => {
    fc.assert(
      fc.property(xs, coefficient, coefficient, (x, a, b) => {
        const f = linearFit(x.map((n) => [n, a + b * n] as const));
        expect(f.slope).toBeCloseTo(b, 6);
        expect(f.intercept).toBeCloseTo(a, 6);
        expect(f.r2).toBeCloseTo(1, 6);
      }),
    );
  });

  it('gives R² between 0 and 1, and 1 only when the points are on the line', () => {
    fc.assert(
      fc.property(xs, fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 8, maxLength: 8 }), (x, ys) => {
        const points = x.map((n, i) => [n, ys[i]!] as const);
        const f = linearFit(points);
        expect(f.r2).toBeGreaterThanOrEqual(-1e-9);
        expect(f.r2).toBeLessThanOrEqual(1 + 1e-9);
        const residual = points.reduce((s, [px, py]) => s + (py - (f.intercept + f.slope * px)) ** 2, 0);
        if (f.r2 > 1 - 1e-12) expect(residual).toBeLessThan(1e-6 * (1 + points.reduce((s, [, py]) => s + py * py, 0)));
      }),
    );
  });

  it('reads a step over 1, 2, 4 and 8 VMs (flat, then a jump at 8) as not linear at the reproduction\'s 0.9', () => {
    expect(linearFit([[1, 0], [2, 0], [4, 0], [8, 10]]).r2).toBeLessThan(0.9);
    expect(linearFit([[1, 3], [2, 5], [4, 9], [8, 17]]).r2).toBeCloseTo(1, 12);
  });
});

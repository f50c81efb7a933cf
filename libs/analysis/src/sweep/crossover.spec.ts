import fc from 'fast-check';
import { crossingOf, crossover, CrossoverError } from './crossover';

const XS = [390, 600, 900, 1200, 1350];

/** Sweep rows where turning the mechanism on gains slope × (x/300 - cross) per seed: off = on × (1 + gain). */
function rowsOf(crossBySeed: readonly number[], slope: number) {
  const rows: Record<string, string | number | boolean | null>[] = [];
  crossBySeed.forEach((cross, i) => {
    for (const x of XS) {
      const on = 1000 + 10 * i + x / 10;
      const gain = slope * (x / 300 - cross);
      rows.push({ run: `on-${x}-${i}`, remote: x, migration: true, replication: true, seed: i + 1, window_ms: on });
      rows.push({ run: `off-${x}-${i}`, remote: x, migration: false, replication: false, seed: i + 1, window_ms: on * (1 + gain) });
      rows.push({ run: `mixed-${x}-${i}`, remote: x, migration: true, replication: false, seed: i + 1, window_ms: 1 });
    }
  });
  return rows;
}

const COLUMNS = ['run', 'remote', 'migration', 'replication', 'seed', 'window_ms'];
const AXES = ['remote', 'migration', 'replication'];
const QUERY = { x: 'remote', figure: 'window_ms', on: { migration: true, replication: true }, off: { migration: false, replication: false }, xPer: 300 };

describe('crossover', () => {
  it('finds where a gain linear in x crosses zero, exactly, for any crossing inside the range', () => {
    fc.assert(
      fc.property(fc.double({ min: 1.31, max: 4.49, noNaN: true }), fc.double({ min: 0.001, max: 2, noNaN: true }), (cross, slope) => {
        const c = crossingOf(XS.map((x) => ({ x: x / 300, gain: slope * (x / 300 - cross) })));
        expect(c.side).toBe('inside');
        if (c.side === 'inside') expect(c.x).toBeCloseTo(cross, 9);
      }),
    );
  });

  it("says 'below' when the mechanism pays at every x and 'above' when it never pays at the largest", () => {
    expect(crossingOf([{ x: 1, gain: 0.1 }, { x: 2, gain: 0.2 }])).toEqual({ side: 'below' });
    expect(crossingOf([{ x: 1, gain: -0.1 }, { x: 2, gain: 0 }])).toEqual({ side: 'above' });
    expect(crossingOf([{ x: 2, gain: 0.3 }, { x: 1, gain: -0.1 }])).toEqual({ side: 'inside', x: 1.25 });
  });

  it('takes the last crossing, above which the mechanism pays everywhere in the range', () => {
    expect(crossingOf([{ x: 1, gain: -1 }, { x: 2, gain: 1 }, { x: 3, gain: -1 }, { x: 4, gain: 1 }])).toEqual({ side: 'inside', x: 3.5 });
  });

  it("gives each seed's crossover, their mean and sample sd, and the mean gains per x from the on and off runs only", () => {
    const crosses = [2.0, 2.5, 3.0];
    const [g] = crossover(COLUMNS, AXES, rowsOf(crosses, 0.1), QUERY);
    expect(g!.group).toEqual({});
    expect(g!.perSeed.map((s) => s.seed)).toEqual([1, 2, 3]);
    g!.perSeed.forEach((s, i) => {
      expect(s.crossing.side).toBe('inside');
      if (s.crossing.side === 'inside') expect(s.crossing.x).toBeCloseTo(crosses[i]!, 9);
    });
    expect(g!.seedMean).toBeCloseTo(2.5, 9);
    expect(g!.seedSd).toBeCloseTo(0.5, 9);
    expect(g!.points.map((p) => p.x)).toEqual(XS.map((x) => x / 300));
    for (const p of g!.points) {
      expect(p.seeds).toBe(3);
      expect(p.gainMean).toBeCloseTo(0.1 * (p.x - 2.5), 9);
    }
    expect(g!.ofMeans.side).toBe('inside');
    if (g!.ofMeans.side === 'inside') expect(g!.ofMeans.x).toBeCloseTo(2.5, 9);
  });

  it('names what is wrong with a query', () => {
    const rows = rowsOf([2], 0.1);
    expect(() => crossover(COLUMNS, AXES, rows, { ...QUERY, x: 'latency' })).toThrow(new CrossoverError("'latency' is not an axis of the sweep (axes: remote, migration, replication)"));
    expect(() => crossover(COLUMNS, AXES, rows, { ...QUERY, figure: 'speed' })).toThrow(/'speed' is not a column/);
    expect(() => crossover(COLUMNS, AXES, rows, { ...QUERY, on: { migration: 'yes' } })).toThrow(/no complete run has migration=yes/);
    expect(() => crossover(COLUMNS, AXES, rows, { ...QUERY, on: { remote: 600 } })).toThrow(/cannot also be fixed/);
  });

  it('groups by the axes that neither x nor the on/off choice fixes', () => {
    const rows = rowsOf([2, 3], 0.1);
    const groups = crossover(COLUMNS, AXES, rows, { ...QUERY, on: { migration: true }, off: { migration: false } });
    expect(groups.map((g) => g.group)).toEqual([{ replication: true }, { replication: false }]);
  });
});

/**
 * Where a mechanism starts to pay along one numeric axis of a sweep: for each
 * value x of the axis and each seed, the gain of the runs with the mechanism
 * on over the runs with it off, gain = off / on - 1 of a figure where less is
 * better (run time); the crossover is the x at which the gain crosses zero,
 * interpolated linearly between the neighbouring values of x, in each seed and
 * on the mean gains. Every other axis must be fixed by the on or off choice,
 * or the rows of each of its values form a group of their own.
 */

type Cell = string | number | boolean | null;
type Row = Readonly<Record<string, Cell | undefined>>;

export interface CrossoverQuery {
  /** The numeric axis (a column of the sweep table). */
  readonly x: string;
  /** A figure where less is better (e.g. window_ms). */
  readonly figure: string;
  /** Axis values of the runs with the mechanism on, e.g. { migration: true, replication: true }. */
  readonly on: Readonly<Record<string, Cell>>;
  /** Axis values of the runs with it off. */
  readonly off: Readonly<Record<string, Cell>>;
  /** Divides x before it is shown and interpolated (e.g. the local latency, to give a ratio); default 1. */
  readonly xPer?: number;
}

export interface CrossoverPoint {
  readonly x: number;
  readonly seeds: number;
  readonly onMean: number;
  readonly offMean: number;
  /** off / on - 1 over seeds: mean and sample sd (null with one seed). */
  readonly gainMean: number;
  readonly gainSd: number | null;
}

/** Where the gain crosses zero: inside the range (at x), or it stays on one side of zero everywhere. */
export type Crossing = { readonly side: 'inside'; readonly x: number } | { readonly side: 'below' | 'above' };

export interface CrossoverGroup {
  /** Values of the axes that are neither x nor fixed by on/off ({} when there are none). */
  readonly group: Readonly<Record<string, Cell>>;
  readonly points: readonly CrossoverPoint[];
  /** The crossover of each seed (that has both runs at two values of x or more). */
  readonly perSeed: readonly { readonly seed: number; readonly crossing: Crossing }[];
  /** The crossover of the mean gains. */
  readonly ofMeans: Crossing;
  /** Over the seeds whose crossover is inside the range: mean and sample sd (null with fewer than two). */
  readonly seedMean: number | null;
  readonly seedSd: number | null;
}

export class CrossoverError extends Error {}

/**
 * The crossing of a gain curve: the greatest x at or below which the gain is
 * at most zero while it is above zero at the next x; 'below' when the gain
 * is above zero everywhere (the mechanism pays already at the smallest x),
 * 'above' when the gain is never above zero at the largest x.
 */
export function crossingOf(curve: readonly { readonly x: number; readonly gain: number }[]): Crossing {
  const c = [...curve].sort((a, b) => a.x - b.x);
  if (c.length === 0) throw new CrossoverError('no points to find a crossover in');
  if (c[c.length - 1]!.gain <= 0) return { side: 'above' };
  for (let i = c.length - 2; i >= 0; i--) {
    const lo = c[i]!;
    const hi = c[i + 1]!;
    if (lo.gain <= 0) return { side: 'inside', x: lo.x + ((hi.x - lo.x) * (0 - lo.gain)) / (hi.gain - lo.gain) };
  }
  return { side: 'below' };
}

function mean(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}

function meanSd(values: readonly number[]): { mean: number; sd: number | null } {
  const m = mean(values);
  if (values.length < 2) return { mean: m, sd: null };
  return { mean: m, sd: Math.sqrt(values.reduce((s, v) => s + (v - m) ** 2, 0) / (values.length - 1)) };
}

function matches(row: Row, values: Readonly<Record<string, Cell>>): boolean {
  return Object.entries(values).every(([k, v]) => row[k] === v);
}

/** The crossover of `query` over a sweep table's rows (columns: the axes, seed and the figures). */
export function crossover(columns: readonly string[], axes: readonly string[], rows: readonly Row[], query: CrossoverQuery): CrossoverGroup[] {
  const per = query.xPer ?? 1;
  if (!(per > 0) || !Number.isFinite(per)) throw new CrossoverError(`the x divisor must be a positive number, not ${per}`);
  for (const name of [query.x, ...Object.keys(query.on), ...Object.keys(query.off)]) {
    if (!axes.includes(name)) throw new CrossoverError(`'${name}' is not an axis of the sweep (axes: ${axes.join(', ')})`);
  }
  if (!columns.includes(query.figure)) throw new CrossoverError(`'${query.figure}' is not a column of the sweep table`);
  if (query.x in query.on || query.x in query.off) throw new CrossoverError(`the x axis '${query.x}' cannot also be fixed by --on or --off`);
  const groupAxes = axes.filter((a) => a !== query.x && !(a in query.on) && !(a in query.off));
  const usable = rows.filter((r) => typeof r[query.x] === 'number' && typeof r[query.figure] === 'number' && typeof r['seed'] === 'number');
  const onRows = usable.filter((r) => matches(r, query.on));
  const offRows = usable.filter((r) => matches(r, query.off));
  if (onRows.length === 0) throw new CrossoverError(`no complete run has ${describe(query.on)} and a numeric ${query.x} and ${query.figure}`);
  if (offRows.length === 0) throw new CrossoverError(`no complete run has ${describe(query.off)} and a numeric ${query.x} and ${query.figure}`);
  const keyOf = (r: Row) => JSON.stringify(groupAxes.map((a) => r[a] ?? null));
  const groups = new Map<string, Row>();
  for (const r of onRows) if (!groups.has(keyOf(r))) groups.set(keyOf(r), r);
  return [...groups.entries()].map(([key, sample]) => {
    const inGroup = (r: Row) => keyOf(r) === key;
    // gain per (x, seed): both an on and an off run of that seed at that x.
    const gains = new Map<number, Map<number, { on: number; off: number }>>();
    for (const on of onRows.filter(inGroup)) {
      const off = offRows.find((r) => inGroup(r) && r['seed'] === on['seed'] && r[query.x] === on[query.x]);
      if (off === undefined) continue;
      const x = (on[query.x] as number) / per;
      const bySeed = gains.get(x) ?? new Map();
      bySeed.set(on['seed'] as number, { on: on[query.figure] as number, off: off[query.figure] as number });
      gains.set(x, bySeed);
    }
    const points: CrossoverPoint[] = [...gains.entries()]
      .sort(([a], [b]) => a - b)
      .map(([x, bySeed]) => {
        const runs = [...bySeed.values()];
        const g = meanSd(runs.map((p) => p.off / p.on - 1));
        return { x, seeds: runs.length, onMean: mean(runs.map((p) => p.on)), offMean: mean(runs.map((p) => p.off)), gainMean: g.mean, gainSd: g.sd };
      });
    const seeds = [...new Set([...gains.values()].flatMap((m) => [...m.keys()]))].sort((a, b) => a - b);
    const perSeed = seeds
      .map((seed) => ({ seed, curve: [...gains.entries()].filter(([, m]) => m.has(seed)).map(([x, m]) => ({ x, gain: m.get(seed)!.off / m.get(seed)!.on - 1 })) }))
      .filter((s) => s.curve.length >= 2)
      .map((s) => ({ seed: s.seed, crossing: crossingOf(s.curve) }));
    const inside = perSeed.flatMap((s) => (s.crossing.side === 'inside' ? [s.crossing.x] : []));
    const spread = inside.length > 0 ? meanSd(inside) : { mean: null, sd: null };
    return {
      group: Object.fromEntries(groupAxes.map((a) => [a, sample[a] ?? null])),
      points,
      perSeed,
      ofMeans: points.length >= 1 ? crossingOf(points.map((p) => ({ x: p.x, gain: p.gainMean }))) : { side: 'above' as const },
      seedMean: spread.mean,
      seedSd: spread.sd,
    };
  });
}

function describe(values: Readonly<Record<string, Cell>>): string {
  return Object.entries(values)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(', ');
}

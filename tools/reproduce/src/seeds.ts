import type { Finding, Table } from './experiments';
import type { ExperimentResult } from './render';

/** More seeds than this is a typo in a range, not a study (each seed records every scenario again). */
export const MAX_SEEDS = 100;

/**
 * `--seeds`: a comma-separated list of seeds and ranges `A-B` (both ends
 * included), e.g. `1-10` or `1,4,9`. Seeds are disco-record's: integers from
 * 0 to 2^53 - 1. Returns the seeds in the order given without repeats, or
 * what is wrong with the text.
 */
export function parseSeeds(text: string): number[] | string {
  const seeds: number[] = [];
  for (const part of text.split(',')) {
    const m = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(part);
    if (m === null) return `'${part}' is not a seed or a range A-B of seeds`;
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to)) return `'${part}' is beyond 2^53 - 1`;
    if (to < from) return `range '${part}' ends before it starts`;
    if (to - from >= MAX_SEEDS) return `'${part}' is more than ${MAX_SEEDS} seeds`;
    for (let s = from; s <= to; s++) if (!seeds.includes(s)) seeds.push(s);
    if (seeds.length > MAX_SEEDS) return `more than ${MAX_SEEDS} seeds`;
  }
  return seeds;
}

/** Decimal places a number is written with. */
function decimals(x: number): number {
  const text = String(x);
  const dot = text.indexOf('.');
  return dot < 0 || /e/i.test(text) ? 0 : text.length - dot - 1;
}

/**
 * A numeric cell over seeds: `mean ± sd` (sample standard deviation), the sd
 * to two significant digits and the mean to the same place, never finer than
 * a decimal beyond the values' own. A cell every seed gives the same is
 * that value; other cells that are not numbers on every seed list each
 * seed's, separated by `; `.
 */
export function spreadCell(values: readonly (string | number | null)[]): string | number | null {
  if (values.every((v) => v === values[0])) return values[0]!;
  if (values.every((v) => typeof v === 'number')) {
    const xs = values as number[];
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1));
    const finest = Math.max(...xs.map(decimals));
    const digits = Math.min(finest + 1, Math.max(0, 1 - Math.floor(Math.log10(sd))));
    return `${mean.toFixed(digits)} ± ${sd.toFixed(digits)}`;
  }
  return values.map((v) => (v === null ? '–' : String(v))).join('; ');
}

/** The figure's table over seeds: the first seed's shape, each cell its spread. */
function spreadTable(tables: readonly Table[]): Table {
  const [first] = tables;
  return {
    columns: first!.columns,
    rows: first!.rows.map((row, i) => row.map((_, j) => spreadCell(tables.map((t) => t.rows[i]?.[j] ?? null)))),
  };
}

/** A claim over seeds: judged on each; agrees when it agrees on every seed that could judge it. */
function spreadFinding(findings: readonly Finding[], seeds: readonly number[]): Finding {
  const judged = findings.filter((f) => f.agrees !== null);
  const agreeing = judged.filter((f) => f.agrees === true).length;
  const first = findings[0]!;
  const tally = judged.length === 0 ? 'no seed could judge it' : `agrees on ${agreeing} of ${judged.length} seeds`;
  return {
    claim: first.claim,
    ours: `${tally}; seed ${seeds[0]}: ${first.ours}`,
    agrees: judged.length === 0 ? null : agreeing === judged.length,
    agreesOn: agreeing,
    judgedOn: judged.length,
  };
}

/**
 * Merges one run of the experiments per seed (`perSeed[i]` for `seeds[i]`,
 * the experiments in the same order) into one result per experiment: tables
 * of mean ± sd, each claim's verdict over the seeds, the first seed's charts,
 * groups and commands, and every seed's notes (named by seed).
 */
export function mergeSeeds(perSeed: readonly (readonly ExperimentResult[])[], seeds: readonly number[]): ExperimentResult[] {
  return perSeed[0]!.map((first, e) => {
    const runs = perSeed.map((results) => results[e]!);
    return {
      ...first,
      table: spreadTable(runs.map((r) => r.table)),
      findings: first.findings.map((_, f) => spreadFinding(runs.map((r) => r.findings[f]!), seeds)),
      notes: runs.flatMap((r, i) => r.notes.map((n) => `seed ${seeds[i]}: ${n}`)),
    };
  });
}

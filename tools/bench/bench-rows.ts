/**
 * The rows every benchmark reports for the one table `npm run bench` prints
 * (measure | value | reference | ratio). A bench calls `reportRows`; under
 * run-all.mjs the rows go to the file named by DISCO_BENCH_ROWS (one JSON
 * object a line), run on its own the bench prints them as a table itself.
 */
import { appendFileSync } from 'node:fs';
// @ts-expect-error plain ES module shared with run-all.mjs (bundled by esbuild)
import { formatTable } from './bench-table.mjs';

export interface BenchRow {
  /** What was measured, e.g. "hot path hit-heavy vs C -O2". */
  readonly measure: string;
  readonly value: number;
  /** Unit of value and reference, e.g. "M refs/s". */
  readonly unit: string;
  /** The figure measured side by side in the same run, or null when it could not be measured. */
  readonly reference: number | null;
  /** What the reference is, e.g. "perf-ref C -O2". */
  readonly referenceName: string;
  /** value / reference (higher is better when the unit is a rate), or null. */
  readonly ratio: number | null;
  /** A goal the ratio is held against, e.g. ">= 0.25", or a reason the reference is missing. */
  readonly note?: string;
}

export function row(measure: string, value: number, unit: string, referenceName: string, reference: number | null, note?: string): BenchRow {
  return { measure, value, unit, reference, referenceName, ratio: reference === null || reference === 0 ? null : value / reference, note };
}

export function reportRows(rows: readonly BenchRow[]): void {
  const file = process.env['DISCO_BENCH_ROWS'];
  if (file !== undefined && file !== '') {
    appendFileSync(file, rows.map((r) => JSON.stringify(r) + '\n').join(''));
    return;
  }
  process.stdout.write(formatTable(rows));
}


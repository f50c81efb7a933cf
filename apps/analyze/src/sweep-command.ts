import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import Database from 'better-sqlite3';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { crossover, CrossoverError, SWEEP_FIGURES, SWEEP_SLOWDOWN_FIGURES, sweepTable, type Crossing, type SweepTable, type VegaLiteSpec } from '@disco/analysis';
import { formatTable, UsageError } from '@disco/cli-kit';
import { renderSvg } from './html-page';

export interface SweepFlags {
  json?: boolean;
  csv?: boolean;
  sqlite?: string;
  parquet?: string;
  html?: string;
  force?: boolean;
  baseline?: string;
  crossover?: string;
  on?: string;
  off?: string;
  figure?: string;
  xPer?: string;
}

type Cell = string | number | boolean | null;

/** Adds `sweep DIR` to disco-analyze. */
export function registerSweepCommand(program: Command): void {
  program
    .command('sweep')
    .description('one row per run of a sweep folder (disco-sweep run): axis values, seed and key figures; as a table, JSON, CSV, SQLite, Parquet or HTML charts')
    .argument('<dir>', 'a sweep folder holding manifest.json')
    .option('--json', 'print the rows as a JSON array of objects')
    .option('--csv', 'print the rows as CSV')
    .option('--sqlite <file>', 'write the rows to table sweep_runs of a new SQLite file')
    .option('--parquet <file>', 'write the rows to a Parquet file (DuckDB, Spark)')
    .option('--html <file>', 'write a page of SVG charts: each figure against each axis, a line per value of the other axes, error bars over seeds')
    .option('--baseline <trace|dir>', "adds Table 2 slowdown columns (<service>_slowdown): each run's µs per call over its baseline's, the baseline a trace (say the IRIX run) or a sweep folder (the run with the same seed and values of its axes)")
    .option('--crossover <axis>', 'instead of the rows: where the mechanism chosen by --on/--off starts to pay along this numeric axis: gain = off/on - 1 of --figure at each value (mean ± sd over seeds), and the value where it crosses zero, per seed and of the means (linear interpolation)')
    .option('--on <axis=value,...>', 'with --crossover: the axis values of the runs with the mechanism on, e.g. migration=true,replication=true')
    .option('--off <axis=value,...>', 'with --crossover: the axis values of the runs with it off')
    .option('--figure <column>', 'with --crossover: the figure compared, less is better (default window_ms, the measured window)')
    .option('--x-per <number>', 'with --crossover: divide the axis values by this (e.g. 300, the local miss latency in ns, for a remote/local ratio)')
    .option('--force', 'replace existing output files')
    .action((dir: string, flags: SweepFlags) => sweepCommand(dir, flags));
}

/** `disco-analyze sweep DIR`: the sweep table on stdout, and as SQLite, Parquet or HTML charts on request. */
export async function sweepCommand(dir: string, flags: SweepFlags): Promise<void> {
  if (flags.json && flags.csv) throw new UsageError('choose one of --json and --csv');
  for (const file of [flags.sqlite, flags.parquet, flags.html]) {
    if (file !== undefined && existsSync(file) && !flags.force) throw new UsageError(`${file} exists: add --force to replace it`);
  }
  if (flags.crossover !== undefined) return crossoverCommand(dir, flags);
  for (const [name, given] of [['--on', flags.on], ['--off', flags.off], ['--figure', flags.figure], ['--x-per', flags.xPer]] as const) {
    if (given !== undefined) throw new UsageError(`${name} needs --crossover`);
  }
  const table = sweepTable(dir, { baseline: flags.baseline });
  const matrix = { columns: [...table.columns], rows: table.rows.map((r) => table.columns.map((c) => r[c] ?? null)) };
  if (flags.sqlite !== undefined) writeSqlite(table, flags.sqlite);
  if (flags.parquet !== undefined) writeParquet(table, flags.parquet);
  if (flags.html !== undefined) writeAtomically(flags.html, await sweepHtml(table));
  const wroteFile = flags.sqlite !== undefined || flags.parquet !== undefined || flags.html !== undefined;
  if (flags.json || flags.csv || !wroteFile) process.stdout.write(formatTable(matrix, flags.json ? 'json' : flags.csv ? 'csv' : 'table'));
  else for (const f of [flags.sqlite, flags.parquet, flags.html]) if (f !== undefined) process.stderr.write(`wrote ${f}\n`);
}

/** SQL and Parquet types of the columns: numbers that are all integers are INTEGER, other numbers REAL, the rest TEXT. */
function columnKinds(table: SweepTable): ('integer' | 'real' | 'text')[] {
  return table.columns.map((c) => {
    const values = table.rows.map((r) => r[c]).filter((v) => v !== null && v !== undefined);
    if (values.length > 0 && values.every((v) => typeof v === 'number' && Number.isSafeInteger(v))) return 'integer';
    if (values.length > 0 && values.every((v) => typeof v === 'number')) return 'real';
    return 'text';
  });
}

function cellAs(kind: 'integer' | 'real' | 'text', v: Cell | undefined): Cell {
  if (v === null || v === undefined) return null;
  if (kind === 'text') return typeof v === 'string' ? v : JSON.stringify(v);
  return v;
}

/** One table `sweep_runs` (column names are the sweep's validated axis names and fixed figure names). */
function writeSqlite(table: SweepTable, file: string): void {
  const kinds = columnKinds(table);
  const tmp = `${file}.tmp`;
  rmSync(tmp, { force: true });
  const db = new Database(tmp);
  try {
    db.exec(`CREATE TABLE sweep_runs (${table.columns.map((c, i) => `"${c}" ${kinds[i]!.toUpperCase()}`).join(', ')}) STRICT`);
    const insert = db.prepare(`INSERT INTO sweep_runs VALUES (${table.columns.map(() => '?').join(', ')})`);
    db.transaction(() => {
      for (const r of table.rows) insert.run(...table.columns.map((c, i) => cellAs(kinds[i]!, r[c])));
    })();
  } finally {
    db.close();
  }
  renameSync(tmp, file);
}

function writeParquet(table: SweepTable, file: string): void {
  const kinds = columnKinds(table);
  const columnData = table.columns.map((c, i) => {
    const kind = kinds[i]!;
    const data = table.rows.map((r) => {
      const v = cellAs(kind, r[c]);
      return kind === 'integer' && v !== null ? BigInt(v as number) : v;
    });
    return { name: c, data, type: kind === 'integer' ? 'INT64' : kind === 'real' ? 'DOUBLE' : 'STRING' };
  });
  const buffer = parquetWriteBuffer({ columnData } as Parameters<typeof parquetWriteBuffer>[0]);
  writeAtomically(file, new Uint8Array(buffer));
}

function writeAtomically(file: string, data: string | Uint8Array): void {
  writeFileSync(`${file}.tmp`, data);
  renameSync(`${file}.tmp`, file);
}

/**
 * Charts of each figure against each axis: the mean over seeds as a line per
 * combination of the other axes' values, with error bars of ± one standard
 * deviation over seeds.
 */
export function sweepChartSpecs(table: SweepTable): VegaLiteSpec[] {
  const specs: VegaLiteSpec[] = [];
  for (const figure of [...SWEEP_FIGURES, ...SWEEP_SLOWDOWN_FIGURES].filter((f) => f.chart)) {
    if (!table.rows.some((r) => typeof r[figure.name] === 'number')) continue;
    for (const axis of table.axes) {
      const others = table.axes.filter((a) => a !== axis);
      const numeric = table.rows.every((r) => typeof r[axis.name] === 'number');
      const data = table.rows
        .filter((r) => typeof r[figure.name] === 'number')
        .map((r) => ({ x: r[axis.name], series: others.map((o) => `${o.name}=${String(r[o.name])}`).join(', ') || 'all', value: r[figure.name], seed: r['seed'] }));
      const x = { field: 'x', type: numeric ? 'quantitative' : 'ordinal', title: `${axis.name} (${axis.pointer})`, scale: numeric ? { zero: false } : undefined };
      const color = { field: 'series', type: 'nominal', title: others.map((o) => o.name).join(', ') || null, legend: { orient: 'bottom' } };
      specs.push({
        $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
        title: `${figure.name} against ${axis.name}`,
        width: 360,
        height: 220,
        data: { values: data },
        layer: [
          { mark: { type: 'line', point: true }, encoding: { x, y: { field: 'value', type: 'quantitative', aggregate: 'mean', title: figure.name, scale: { zero: false } }, color } },
          { mark: { type: 'errorbar', extent: 'stdev', ticks: true }, encoding: { x, y: { field: 'value', type: 'quantitative', title: figure.name }, color } },
        ],
        config: { font: 'Helvetica, Arial, sans-serif' },
      });
    }
  }
  return specs;
}

async function sweepHtml(table: SweepTable): Promise<string> {
  const figures: string[] = [];
  for (const spec of sweepChartSpecs(table)) figures.push(`<figure>${await renderSvg(spec)}</figure>`);
  const head = table.columns.map((c) => `<th>${esc(c)}</th>`).join('');
  const rows = table.rows.map((r) => `<tr>${table.columns.map((c) => `<td>${esc(r[c] === null || r[c] === undefined ? '-' : String(r[c]))}</td>`).join('')}</tr>`).join('\n');
  const docs = [...SWEEP_FIGURES, ...SWEEP_SLOWDOWN_FIGURES].filter((f) => table.columns.includes(f.name)).map((f) => `<dt>${esc(f.name)}</dt><dd>${esc(f.doc)}</dd>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>sweep ${esc(table.sweep)}</title>
<style>body{font-family:Helvetica,Arial,sans-serif;margin:2em}figure{display:inline-block;margin:1em}table{border-collapse:collapse;font-size:12px}td,th{border:1px solid #ccc;padding:2px 6px}</style></head>
<body><h1>sweep ${esc(table.sweep)}</h1><p>${table.rows.length} runs in ${esc(table.dir)}; lines are means over seeds, error bars ± one standard deviation.</p>
${figures.join('\n')}
<h2>runs</h2><table><thead><tr>${head}</tr></thead><tbody>
${rows}
</tbody></table><details><summary>columns</summary><dl>${docs}</dl></details></body></html>
`;
}

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** `--on migration=true,replication=false`: axis values, true/false and numbers typed, the rest strings. */
function axisValues(flag: string, text: string | undefined): Record<string, Cell> {
  if (text === undefined || text.trim() === '') throw new UsageError(`--crossover needs ${flag} <axis=value,...>, e.g. ${flag} migration=true,replication=true`);
  const out: Record<string, Cell> = {};
  for (const part of text.split(',')) {
    const eq = part.indexOf('=');
    if (eq <= 0) throw new UsageError(`${flag} ${text}: '${part}' is not axis=value`);
    const raw = part.slice(eq + 1).trim();
    out[part.slice(0, eq).trim()] = raw === 'true' ? true : raw === 'false' ? false : raw !== '' && Number.isFinite(Number(raw)) ? Number(raw) : raw;
  }
  return out;
}

function crossingText(c: Crossing, lowest: number | undefined, highest: number | undefined): string {
  if (c.side === 'inside') return round(c.x, 3);
  return c.side === 'below' ? `below ${lowest ?? '?'} (pays everywhere)` : `above ${highest ?? '?'} (never pays)`;
}

function round(v: number, digits: number): string {
  return v.toFixed(digits);
}

/** `disco-analyze sweep DIR --crossover AXIS --on ... --off ...`: the gain table and the crossover, or JSON with --json. */
function crossoverCommand(dir: string, flags: SweepFlags): void {
  if (flags.csv || flags.sqlite !== undefined || flags.parquet !== undefined || flags.html !== undefined || flags.baseline !== undefined) {
    throw new UsageError('--crossover prints its own table: it takes only --on, --off, --figure, --x-per and --json');
  }
  const xPer = flags.xPer === undefined ? 1 : Number(flags.xPer);
  if (!(xPer > 0) || !Number.isFinite(xPer)) throw new UsageError(`--x-per ${flags.xPer}: expected a positive number`);
  const table = sweepTable(dir);
  const query = { x: flags.crossover!, figure: flags.figure ?? 'window_ms', on: axisValues('--on', flags.on), off: axisValues('--off', flags.off), xPer };
  let groups;
  try {
    groups = crossover(table.columns, table.axes.map((a) => a.name), table.rows, query);
  } catch (error) {
    if (error instanceof CrossoverError) throw new UsageError(`crossover: ${error.message}`);
    throw error;
  }
  if (flags.json) {
    process.stdout.write(`${JSON.stringify({ sweep: table.sweep, ...query, groups }, null, 2)}\n`);
    return;
  }
  for (const g of groups) {
    const label = Object.entries(g.group).map(([k, v]) => `${k}=${String(v)}`).join(', ');
    if (label !== '') process.stdout.write(`${label}\n`);
    const rows = g.points.map((p) => [p.x, p.seeds, round(p.onMean, 2), round(p.offMean, 2), `${round(100 * p.gainMean, 2)}${p.gainSd === null ? '' : ` ± ${round(100 * p.gainSd, 2)}`}`]);
    process.stdout.write(formatTable({ columns: [query.x + (xPer === 1 ? '' : ` / ${xPer}`), 'seeds', `${query.figure} on`, `${query.figure} off`, 'gain % (off/on - 1)'], rows }, 'table'));
    const xs = g.points.map((p) => p.x);
    const [lo, hi] = [xs[0], xs[xs.length - 1]];
    process.stdout.write(`crossover of the mean gains: ${crossingText(g.ofMeans, lo, hi)}\n`);
    const inside = g.perSeed.filter((s) => s.crossing.side === 'inside').length;
    const spread = g.seedMean === null ? 'none inside the range' : `${round(g.seedMean, 3)}${g.seedSd === null ? '' : ` ± ${round(g.seedSd, 3)} (sample sd)`}`;
    process.stdout.write(`crossover per seed: ${g.perSeed.map((s) => `seed ${s.seed}: ${crossingText(s.crossing, lo, hi)}`).join('; ')}\n`);
    process.stdout.write(`mean over the ${inside} of ${g.perSeed.length} seeds that cross inside the range: ${spread}\n`);
  }
}

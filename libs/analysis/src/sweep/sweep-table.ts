import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { TraceReader } from '@disco/trace-store';
import { installAnalysisViews } from '../analysis-views';
import { MANIFEST_FILE, readSweepManifest, SweepManifestError } from './sweep-manifest';
import { serviceSlowdownColumn, serviceSlowdowns, serviceUsColumn, serviceUsPerCall, TABLE2_SERVICES } from './sweep-services';

/** A figure of the sweep table: its column, its meaning, and whether charts plot it. */
export interface SweepFigure {
  readonly name: string;
  readonly doc: string;
  readonly chart: boolean;
}

/** The figures read from each trace, in column order (after run, the axes and seed). */
export const SWEEP_FIGURES: readonly SweepFigure[] = [
  { name: 'status', doc: "the trace's run status (complete, incomplete, failed, running), or missing", chart: false },
  { name: 'final_hash', doc: 'the last hash of the trace\'s batch chain', chart: false },
  { name: 'events', doc: 'events recorded', chart: false },
  { name: 'run_time_ms', doc: 'simulated run time in ms (run.sim_ticks)', chart: true },
  { name: 'window_ms', doc: 'length of the measured window in ms (measure_window: the workload booted and warmed up to its end), the run time that figures compare', chart: true },
  { name: 'wall_s', doc: 'wall time of the recording in s', chart: false },
  { name: 'user_share', doc: 'share of CPU time in user mode (ExecutionSample, inside the measure window)', chart: true },
  { name: 'kernel_share', doc: 'share of CPU time in the kernel, synchronization included', chart: true },
  { name: 'monitor_share', doc: 'share of CPU time in the monitor (Disco), every monitor bucket', chart: true },
  { name: 'idle_share', doc: 'share of CPU time idle', chart: true },
  { name: 'cache_misses', doc: 'cache misses served by memory (CounterSample sums)', chart: true },
  { name: 'local_miss_share', doc: 'share of those misses served by the local node', chart: true },
  { name: 'remote_stall_ms', doc: 'CPU time stalled on remote misses, summed over CPUs, in ms', chart: true },
  { name: 'tlb_misses', doc: 'TLB misses (CounterSample sums)', chart: true },
  { name: 'migrations', doc: 'pages migrated (PageMigrated events)', chart: true },
  { name: 'replications', doc: 'pages replicated (PageReplicated events)', chart: true },
  { name: 'packets', doc: 'messages sent on the virtual subnet (PacketRemapped events)', chart: true },
  { name: 'send_us_per_packet', doc: "mean monitor time of one send in µs (PacketRemapped cost: remaps with their shootdowns, and copies)", chart: true },
  { name: 'cow_break_us_per_packet', doc: 'copy-on-write breaks in µs per message sent (CowBroken latency summed over the run, over packets): what a remap costs later when a sharer writes the page', chart: true },
  { name: 'footprint_pages', doc: 'machine pages in use at the last FootprintSample, all VMs and the monitor', chart: true },
  ...TABLE2_SERVICES.map((s) => ({
    name: serviceUsColumn(s),
    doc: `${s}: mean time per invocation in the measured window, µs (Table 2; on Disco the monitor's work on its behalf included); empty without a guest OS`,
    chart: true,
  })),
];

/** The slowdown columns added with a baseline (--baseline): Table 2's slowdown on Disco per service. */
export const SWEEP_SLOWDOWN_FIGURES: readonly SweepFigure[] = TABLE2_SERVICES.map((s) => ({
  name: serviceSlowdownColumn(s),
  doc: `${s}: µs per invocation in this run over µs per invocation in its baseline run (Table 2's slowdown when the baseline is IRIX)`,
  chart: true,
}));

export interface SweepTableOptions {
  /**
   * A trace (the baseline of every row) or another sweep folder (each row's
   * baseline is its run with the same seed and the same values of the
   * baseline's axes): adds SWEEP_SLOWDOWN_FIGURES.
   */
  readonly baseline?: string;
}

export interface SweepTable {
  readonly sweep: string;
  readonly dir: string;
  readonly axes: readonly { name: string; pointer: string }[];
  /** Column names: run, one per axis, seed, then SWEEP_FIGURES. */
  readonly columns: readonly string[];
  /** One object per run of the manifest, in its order. */
  readonly rows: readonly Record<string, string | number | boolean | null>[];
}

/** One row per run of the sweep in `dir`: its axis values, seed and key figures, each read from its trace with SQL. */
export function sweepTable(dir: string, options: SweepTableOptions = {}): SweepTable {
  const manifest = readSweepManifest(dir);
  const axes = manifest.axes.map((a) => ({ name: a.name, pointer: a.pointer }));
  const figureNames = [...SWEEP_FIGURES, ...(options.baseline === undefined ? [] : SWEEP_SLOWDOWN_FIGURES)].map((f) => f.name);
  const reserved = new Set(['run', 'seed', ...figureNames]);
  const clash = axes.find((a) => reserved.has(a.name));
  const axisColumn = (name: string) => (clash !== undefined && reserved.has(name) ? `axis_${name}` : name);
  const columns = ['run', ...axes.map((a) => axisColumn(a.name)), 'seed', ...figureNames];
  const baselineOf = options.baseline === undefined ? undefined : baselineFinder(options.baseline);
  const rows = manifest.runs.map((run) => {
    const row: Record<string, string | number | boolean | null> = { run: run.name };
    for (const a of axes) row[axisColumn(a.name)] = scalar(run.axisValues[a.name]);
    row['seed'] = run.seed;
    const figures = figuresOf(path.join(dir, run.trace));
    if (baselineOf === undefined) return { ...row, ...figures };
    const axisValues = Object.fromEntries(axes.map((a) => [a.name, scalar(run.axisValues[a.name])]));
    return { ...row, ...figures, ...serviceSlowdowns(figures, baselineOf(axisValues, run.seed)) };
  });
  return { sweep: manifest.sweep, dir, axes: axes.map((a) => ({ ...a, name: axisColumn(a.name) })), columns, rows };
}

type Row = Readonly<Record<string, string | number | boolean | null>>;

/**
 * The baseline row of a run: a trace's figures for every run, or, in a sweep
 * folder, the one run with the same seed and the same value on every axis of
 * the baseline (axes only this sweep has are free; a sweep's runs differ in
 * their axis values or seed, so there is at most one). No match: no slowdown.
 */
function baselineFinder(baseline: string): (axisValues: Row, seed: number) => Row | undefined {
  if (!existsSync(baseline)) throw new SweepManifestError(`baseline ${baseline} does not exist`);
  if (!existsSync(path.join(baseline, MANIFEST_FILE)) && !statSync(baseline).isDirectory()) {
    const figures = figuresOf(baseline);
    if (figures['status'] === 'unreadable') throw new SweepManifestError(`baseline ${baseline} is not a trace`);
    return () => figures;
  }
  const table = sweepTable(baseline);
  return (axisValues, seed) => table.rows.find((r) => r['seed'] === seed && table.axes.every((a) => a.name in axisValues && axisValues[a.name] === r[a.name]));
}

function scalar(value: unknown): string | number | boolean | null {
  return typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' ? value : value === undefined ? null : JSON.stringify(value);
}

type Figures = Record<string, string | number | null>;

function figuresOf(file: string): Figures {
  const none: Figures = Object.fromEntries(SWEEP_FIGURES.map((f) => [f.name, null]));
  if (!existsSync(file)) return { ...none, status: 'missing' };
  let reader: TraceReader;
  try {
    reader = TraceReader.open(file);
  } catch {
    return { ...none, status: 'unreadable' };
  }
  try {
    const run = reader.run;
    const views = new Set(installAnalysisViews(reader));
    const one = (sql: string) => (reader.query(sql).rows[0] ?? [])[0] as number | null | undefined;
    const count = (table: string) => (reader.hasTable(table) ? (one(`SELECT count(*) FROM ${table}`) ?? 0) : null);
    const figures: Figures = {
      ...none,
      status: run.status,
      final_hash: run.finalHash,
      events: run.eventCount,
      run_time_ms: run.simTicks === null ? null : run.simTicks / 1e9,
      wall_s: run.wallSeconds,
      migrations: count('page_migrated'),
      replications: count('page_replicated'),
      ...serviceUsPerCall(reader, views),
    };
    if (views.has('measure_window')) {
      const [start, end] = (reader.query('SELECT start_tick, end_tick FROM measure_window').rows[0] ?? []) as (number | null)[];
      if (typeof start === 'number' && typeof end === 'number') figures['window_ms'] = (end - start) / 1e9;
    }
    if (views.has('time_split')) {
      const rows = reader.query("SELECT coalesce(mode, 'other'), sum(ticks), sum(stall_remote_ticks) FROM time_split GROUP BY 1").rows as [string, number, number][];
      const total = rows.reduce((s, [, t]) => s + t, 0);
      const share = (mode: string) => (total > 0 ? (rows.find(([m]) => m === mode)?.[1] ?? 0) / total : null);
      Object.assign(figures, {
        user_share: share('user'),
        kernel_share: share('kernel'),
        monitor_share: share('monitor'),
        idle_share: share('idle'),
        remote_stall_ms: rows.reduce((s, [, , r]) => s + r, 0) / 1e9,
      });
    }
    if (reader.hasTable('counter_sample') && (count('counter_sample') ?? 0) > 0) {
      const [local, remote, tlb] = reader.query('SELECT sum(misses_local), sum(misses_remote), sum(tlb_misses) FROM counter_sample').rows[0] as number[];
      const all = (local ?? 0) + (remote ?? 0);
      Object.assign(figures, { cache_misses: all, local_miss_share: all > 0 ? (local ?? 0) / all : null, tlb_misses: tlb ?? 0 });
    }
    const packets = count('packet_remapped');
    if (packets !== null && packets > 0) {
      const sendTicks = one('SELECT sum(cost_ticks) FROM packet_remapped') ?? 0;
      const breakTicks = reader.hasTable('cow_broken') ? (one('SELECT sum(latency_ticks) FROM cow_broken') ?? 0) : 0;
      Object.assign(figures, { packets, send_us_per_packet: sendTicks / packets / 1e6, cow_break_us_per_packet: breakTicks / packets / 1e6 });
    }
    if (reader.hasTable('footprint_sample') && (count('footprint_sample') ?? 0) > 0) {
      figures['footprint_pages'] = one('SELECT sum(total_pages) FROM footprint_sample WHERE tick = (SELECT max(tick) FROM footprint_sample)') ?? null;
    }
    return figures;
  } finally {
    reader.close();
  }
}


import { ENUMS } from '@disco/trace-schema';
import type { TraceReader } from '@disco/trace-store';
import type { ComputedRows, ComputedSectionSpec, ReportContext } from '../report-context';
import type { PlacementModel } from './placement-model';
import { pageHistoriesOf, policyRegretOf } from './trace-pages';

const DETAILED = 'the trace has no CacheMissed events: the offline baseline needs every cache miss, record the run with --level detailed';

const ms = (ticks: number) => Math.round(ticks / 1e6) / 1e3;
const us = (ticks: number | null) => (ticks === null ? null : Math.round(ticks / 1e3) / 1e3);

function placementOf(context: ReportContext): { model: PlacementModel; policy: string } {
  if (!context.placement) throw new Error('the policy report needs the run\'s placement cost model (disco-analyze derives it from the scenario)');
  return context.placement;
}

function one(reader: TraceReader, sql: string, params: readonly unknown[] = []): (number | null)[] {
  return (reader.query(sql, params).rows[0] ?? []) as (number | null)[];
}

function regretRows(reader: TraceReader, context: ReportContext): ComputedRows {
  const { model, policy } = placementOf(context);
  const r = policyRegretOf(reader, model);
  const [misses, remote, stall] = one(reader, 'SELECT count(*), sum(node != home_node), sum(latency_ticks) FROM cache_missed');
  const numaBucket = ENUMS['TimeBucket']?.['TIME_MONITOR_NUMA'];
  const numa = reader.hasTable('execution_sample') && numaBucket !== undefined
    ? one(reader, 'SELECT sum(exec_ticks + stall_local_ticks + stall_remote_ticks + stall_l2_hit_ticks) FROM execution_sample WHERE bucket = ?', [numaBucket])[0]
    : null;
  const [windowTicks] = one(reader, 'SELECT end_tick - start_tick FROM measure_window');
  const moves = (table: string) => (reader.hasTable(table) ? (one(reader, `SELECT count(*) FROM ${table}`)[0] ?? 0) : 0);
  const regret = r.actual.costTicks - r.baselineTicks;
  const columns = [
    'policy', 'misses', 'remote_misses', 'local_pct', 'stall_ms', 'monitor_numa_ms', 'run_ms', 'window_ms', 'migrations', 'replications', 'collapses', 'interleaves',
    'baseline_ms', 'actual_ms', 'regret_ms', 'regret_ratio', 'static_ms', 'no_moves_ms', 'verghese_offline_ms', 'baseline_moves',
    'baseline_move_ms', 'actual_move_ms', 'pages', 'pages_moved',
  ];
  const row = [
    policy, misses, remote, misses ? Math.round((1000 * (misses - (remote ?? 0))) / misses) / 10 : null, ms(stall ?? 0), numa === null || numa === undefined ? null : ms(numa),
    ms(reader.run.simTicks ?? 0), windowTicks === null || windowTicks === undefined ? null : ms(windowTicks), moves('page_migrated'), moves('page_replicated'), moves('replica_collapsed'), moves('page_interleaved'),
    ms(r.baselineTicks), ms(r.actual.costTicks), ms(regret), r.baselineTicks > 0 ? Math.round((1000 * r.actual.costTicks) / r.baselineTicks) / 1000 : null,
    ms(r.staticTicks), ms(r.noMovesTicks), ms(r.vergheseTicks), r.baselineMoves, ms(r.baselineMoveTicks), ms(r.actual.moveTicks), r.pages, r.pagesMoved,
  ];
  return { columns, rows: [row] };
}

/** The columns of issue 15's table, in its order. */
const SUMMARY_COLUMNS = ['policy', 'run_ms', 'window_ms', 'local_pct', 'migrations', 'replications', 'interleaves', 'remote_misses', 'regret_ratio'];

/** The regret section's figures that make the policy table: one row, a column of the regret row each. */
function summaryRows(reader: TraceReader, context: ReportContext): ComputedRows {
  const regret = regretRows(reader, context);
  const index = SUMMARY_COLUMNS.map((c) => regret.columns.indexOf(c));
  return { columns: SUMMARY_COLUMNS, rows: regret.rows.map((row) => index.map((i) => row[i])) };
}

function modelRows(reader: TraceReader, context: ReportContext): ComputedRows {
  const { model } = placementOf(context);
  const r = policyRegretOf(reader, model);
  const h = pageHistoriesOf(reader);
  const mean = (table: string, column: string) => (reader.hasTable(table) ? one(reader, `SELECT avg(${column}) FROM ${table}`)[0] ?? null : null);
  const columns = [
    'remote_extra_ns', 'migrate_us', 'replicate_us', 'collapse_us', 'page_copy_us', 'shootdown_us',
    'measured_migrate_us', 'measured_migrate_copy_us', 'measured_replicate_us', 'measured_collapse_us', 'copy_misses_left_out', 'pages_below_baseline',
  ];
  const row = [
    model.remoteExtraTicks / 1e3, us(model.migrateTicks), us(model.replicateTicks), us(model.collapseTicks), us(model.pageCopyTicks), us(model.shootdownTicks),
    us(mean('page_migrated', 'latency_ticks')), us(mean('page_migrated', 'copy_ticks')), us(mean('page_replicated', 'latency_ticks')),
    us(mean('replica_collapsed', 'latency_ticks')), h.copyMisses, r.pagesBelowBaseline,
  ];
  return { columns, rows: [row] };
}

export const POLICY_SECTIONS: readonly ComputedSectionSpec[] = [
  {
    name: 'summary',
    title: 'The policy table: run time, local misses, moves and regret (compare sets every trace side by side, a panel per workload)',
    requires: ['cache_missed'],
    absent: DETAILED,
    // Values as they are: traces of different workloads are compared, and regret is a ratio already.
    compare: 'values',
    charts: [
      { mark: 'bar', x: null, y: ['window_ms'], title: 'Run time of the workload (the measured window)', axis: 'ms simulated', label: 'policy' },
      { mark: 'bar', x: null, y: ['regret_ratio'], title: 'Regret (the run / the offline baseline)', axis: 'x baseline (model)', label: 'policy' },
    ],
    columns: {
      policy: 'the placement policy, from the scenario (/monitor/placement/policy)',
      run_ms: 'simulated run time, ms (boot included)',
      window_ms: "the workload's run time: the measured window (measure_window: the last Booted to the last Finished), ms",
      local_pct: 'percent of L2 misses served by the requester\'s node (the whole run)',
      migrations: 'PageMigrated events',
      replications: 'PageReplicated events',
      interleaves: 'PageInterleaved events (Carrefour)',
      remote_misses: 'L2 misses served by another node',
      regret_ratio: "the run's decisions priced in the model over the offline baseline's cost (regret section: actual_ms / baseline_ms)",
    },
    compute: summaryRows,
  },
  {
    name: 'regret',
    title: "The run's placement against the offline baseline, in the model (CPU time summed over CPUs)",
    requires: ['cache_missed'],
    absent: DETAILED,
    compare: true,
    note: "schedules outside the baseline's class (dropping replicas without a write, migrating a replicated page), so the baseline bounds the policies that stay inside it (none, static, Verghese); costs are the model's, priced as in the model section",
    charts: [{ mark: 'bar', x: null, y: ['baseline_ms', 'actual_ms'], title: 'Placement cost: offline baseline vs the run', axis: 'ms (model)', label: 'policy' }],
    columns: {
      policy: "the placement policy, from the scenario (today's monitor: disco, after Verghese et al.; none when migration and replication are off)",
      misses: 'L2 misses in the trace',
      remote_misses: 'of them, served by another node than the requester\'s',
      local_pct: 'percent of misses served locally',
      stall_ms: 'stall on all L2 misses as recorded, ms summed over CPUs',
      monitor_numa_ms: "time in the monitor's NUMA bucket (hot-page handling, moves, collapses), ms over CPUs",
      run_ms: 'simulated run time, ms',
      window_ms: "the workload's run time: the measured window (measure_window: the last Booted to the last Finished), ms",
      migrations: 'PageMigrated events',
      replications: 'PageReplicated events',
      collapses: 'ReplicaCollapsed events',
      interleaves: "PageInterleaved events (Carrefour's moves to even out the memory controllers; priced as migrations)",
      baseline_ms: 'the offline optimum of every page: remote-minus-local stall plus move prices, ms',
      actual_ms: "the run's own decisions on the same misses, priced the same way, ms",
      regret_ms: 'actual_ms - baseline_ms',
      regret_ratio: 'actual_ms / baseline_ms',
      static_ms: 'the best static placement (most-missing node; read-only pages replicated where it pays), ms',
      no_moves_ms: 'every page left where it started, ms',
      verghese_offline_ms: "today's Verghese rules replayed offline on the same misses with the run's thresholds, ms",
      baseline_moves: "decisions in the baseline's schedules",
      baseline_move_ms: "of baseline_ms, the moves' prices (the rest is remote-minus-local stall)",
      actual_move_ms: "of actual_ms, the moves' prices",
      pages: 'logical pages with misses (a page keeps its identity across migrations and replicas)',
      pages_moved: 'pages with at least one recorded decision',
    },
    compute: regretRows,
  },
  {
    name: 'model',
    title: "The cost model's prices (from the scenario as run) beside the moves' measured times",
    requires: ['cache_missed'],
    absent: DETAILED,
    compare: false,
    columns: {
      remote_extra_ns: 'remote minus local miss latency (machine remoteMissNs - localMissNs)',
      migrate_us: 'price of a migration: trap + bookkeeping + shootdown + page copy',
      replicate_us: 'price of one replica (the same parts)',
      collapse_us: 'price of a collapse: trap + shootdown',
      page_copy_us: 'modelled page copy: a local and a remote miss per L2 line, a load and a store per word',
      shootdown_us: 'modelled shootdown: every VCPU searched, one IPI round trip',
      measured_migrate_us: "mean PageMigrated latency in this run (three-hop misses and write-backs included)",
      measured_migrate_copy_us: 'mean PageMigrated copy time in this run',
      measured_replicate_us: 'mean PageReplicated latency in this run',
      measured_collapse_us: 'mean ReplicaCollapsed latency in this run',
      copy_misses_left_out: "misses of the moves' own page copies, left out of the pages' miss records",
      pages_below_baseline: "pages whose recorded schedule prices below the baseline (outside the baseline's class); 0 when the bound holds everywhere",
    },
    compute: modelRows,
  },
];

import { ENUMS } from '@disco/trace-schema';
import type { TraceReader } from '@disco/trace-store';
import { groupSums } from './group-sums';
import { headerList, parseSqlHeader } from './sql-module';
import cpuCountersSql from './views/cpu-counters.sql';
import pageEventSql from './views/page-event.sql';
import hotPageFlaggedSource from './views/page-event/hot-page-flagged.sql';
import migrationDeclinedSource from './views/page-event/migration-declined.sql';
import pageInterleavedSource from './views/page-event/page-interleaved.sql';
import pageMigratedSource from './views/page-event/page-migrated.sql';
import pageReplicatedSource from './views/page-event/page-replicated.sql';
import replicaCollapsedSource from './views/page-event/replica-collapsed.sql';
import runClockSql from './views/run-clock.sql';
import measureWindowSql from './views/measure-window.sql';
import serviceTimeSql from './views/service-time.sql';
import timeBucketSql from './views/time-bucket.sql';
import timeSplitSql from './views/time-split.sql';

/** A documented TEMP view that reports (and `disco-analyze sql`) query. */
export interface AnalysisView {
  readonly name: string;
  readonly sql: string;
  /** Tables that must exist in the trace for the view to be defined. */
  readonly requires: readonly string[];
}

function view(sql: string): AnalysisView {
  const header = parseSqlHeader(sql);
  const name = header.get('view')?.[0];
  if (!name) throw new Error('an analysis view needs a "-- view: name" header');
  return { name, sql, requires: headerList(header, 'requires') };
}

/**
 * Sources of `page_event`: one SELECT per event table about pages, used when
 * the trace has that table: the hardware's hot-page interrupts and the
 * monitor's decisions on them (Disco §4.2.3), and Carrefour's interleaving moves.
 */
const PAGE_EVENT_SOURCES = [
  hotPageFlaggedSource, pageMigratedSource, pageReplicatedSource, replicaCollapsedSource, migrationDeclinedSource, pageInterleavedSource,
].map((sql) => {
  const header = parseSqlHeader(sql);
  return { event: header.get('event')![0]!, requires: headerList(header, 'requires'), sql };
});

/**
 * In order: a view may use the ones before it. `guest_service` (service,
 * name) is defined from the GuestService enum before these.
 */
export const ANALYSIS_VIEWS: readonly AnalysisView[] = [
  view(runClockSql),
  view(cpuCountersSql),
  view(measureWindowSql),
  view(timeBucketSql),
  view(timeSplitSql),
  view(serviceTimeSql),
];

/**
 * Stand-ins for event tables that a view reads when the trace has them
 * (`{{table}}` in its SQL): a trace recorded before the kind existed has no
 * table, and the view then sees no rows.
 */
const OPTIONAL_TABLES: Readonly<Record<string, string>> = {
  workload_phase_changed: `(SELECT 0 AS tick, '' AS phase WHERE 0)`,
  kernel_service_completed: `(SELECT 0 AS tick, 0 AS service, 0 AS duration_ticks, 0 AS sync_ticks WHERE 0)`,
};

/** Columns that split a service's time by bucket (KernelServiceCompleted/Sampled fields 8-15 / 6-13). */
const SERVICE_SPLIT = [
  'kernel_ticks',
  'monitor_tlb_write_ticks',
  'monitor_privileged_ticks',
  'monitor_call_fault_ticks',
  'monitor_kernel_tlb_ticks',
  'monitor_tlb_miss_ticks',
  'monitor_numa_ticks',
  'monitor_other_ticks',
];

/** `{{split:completed}}` / `{{split:sampled}}`: the sums of the split columns, or NULLs for a trace recorded before them. */
function serviceSplit(reader: TraceReader, which: string): string {
  const table = which === 'completed' ? 'kernel_service_completed' : 'kernel_service_sampled';
  const has = reader.hasTable(table) && reader.columnTypes(table).some((c) => c.name === 'kernel_ticks');
  const share = 'max(0, min(k.tick, w.end_tick) - max(k.tick - k.interval_ticks, w.start_tick)) * 1.0 / nullif(k.interval_ticks, 0)';
  return SERVICE_SPLIT.map((c) => (has ? (which === 'completed' ? `sum(k.${c})` : `sum(k.${c} * ${share})`) : 'NULL') + ` AS ${c}`).join(', ');
}

function withOptionalTables(reader: TraceReader, sql: string): string {
  return sql.replace(/\{\{(\w+)(?::(\w+))?\}\}/g, (_, table: string, arg: string | undefined) => {
    if (table === 'split') return serviceSplit(reader, arg ?? '');
    const standIn = OPTIONAL_TABLES[table];
    if (standIn === undefined) throw new Error(`unknown optional table {{${table}}}`);
    return reader.hasTable(table) ? `"${table}"` : standIn;
  });
}

/** `CREATE TEMP VIEW name(value, name) AS VALUES …` from an enum of events.proto. */
export function enumViewSql(viewName: string, valueColumn: string, enumName: string): string {
  const values = Object.entries(ENUMS[enumName] ?? {}).map(([name, value]) => `(${value}, '${name}')`);
  if (values.length === 0) throw new Error(`no enum ${enumName}`);
  return `CREATE TEMP VIEW ${viewName}(${valueColumn}, name) AS VALUES ${values.join(', ')};`;
}

const installed = new WeakSet<TraceReader>();

/**
 * `page_miss_totals(machine_page, home_node, misses, misses_local, latency_ticks)`:
 * L2 misses per page. A trace whose recorder finished has them summed in
 * `page_miss` (schema 3); otherwise one pass over cache_missed with group_sums.
 */
function pageMissTotalsSql(reader: TraceReader): string {
  const summarized = reader.hasTable('page_miss') && reader.run.status !== 'running';
  if (summarized) {
    return `CREATE TEMP VIEW page_miss_totals AS
      SELECT machine_page, home_node, misses, misses_local, latency_ticks FROM page_miss;`;
  }
  return `CREATE TEMP VIEW page_miss_totals AS
    WITH tally AS (
      SELECT group_sums(machine_address / 4096 * 256 + home_node, node = home_node, latency_ticks) AS groups FROM cache_missed
    )
    SELECT (value ->> 0) / 256 AS machine_page, (value ->> 0) % 256 AS home_node, value ->> 1 AS misses,
           value ->> 2 AS misses_local, value ->> 3 AS latency_ticks
    FROM tally, json_each(tally.groups);`;
}

/**
 * Defines the analysis views and the `group_sums` aggregate on a reader's
 * connection (TEMP: never written to the file). A view whose tables the trace lacks is left out; `page_event`
 * unites the sources the trace has. Returns the names defined.
 */
export function installAnalysisViews(reader: TraceReader): string[] {
  const names: string[] = [];
  if (installed.has(reader)) return names;
  installed.add(reader);
  reader.defineAggregate('group_sums', groupSums);
  // Reports scan whole event tables.
  reader.useMemoryMap();
  reader.defineTempView(enumViewSql('guest_service', 'service', 'GuestService'));
  names.push('guest_service');
  for (const v of ANALYSIS_VIEWS) {
    if (!v.requires.every((t) => reader.hasTable(t))) continue;
    reader.defineTempView(withOptionalTables(reader, v.sql));
    names.push(v.name);
  }
  if (reader.hasTable('cache_missed')) {
    reader.defineTempView(pageMissTotalsSql(reader));
    names.push('page_miss_totals');
  }
  const sources = PAGE_EVENT_SOURCES.filter((s) => s.requires.every((t) => reader.hasTable(t)));
  const union = sources.length > 0 ? sources.map((s) => s.sql.trim()).join('\nUNION ALL\n') : 'SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL WHERE 0';
  reader.defineTempView(pageEventSql.replace('{{sources}}', union));
  const kinds = sources.length > 0 ? `VALUES ${sources.map((s) => `('${s.event}')`).join(', ')}` : 'SELECT NULL WHERE 0';
  reader.defineTempView(`CREATE TEMP VIEW page_event_kind(event) AS ${kinds};`);
  names.push('page_event', 'page_event_kind');
  return names;
}

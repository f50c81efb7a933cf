import type { TraceReader } from '@disco/trace-store';
import { DECISIONS_SECTIONS } from './placement/decisions-report';
import { POLICY_SECTIONS } from './placement/policy-report';
import type { ComputedRows, ComputedSectionSpec, ReportContext } from './report-context';
import { headerList, parseChart, parseColumnDocs, parseSqlHeader, type ChartDeclaration } from './sql-module';
import hotPagesByNode from './reports/hot-pages/by-node.sql';
import hotPagesCoverage from './reports/hot-pages/coverage.sql';
import hotPagesEvents from './reports/hot-pages/events.sql';
import hotPagesRate from './reports/hot-pages/rate.sql';
import localityByCpu from './reports/locality/by-cpu.sql';
import localityHotPagesFlagged from './reports/locality/hot-pages-flagged.sql';
import localityHotPagesMissed from './reports/locality/hot-pages-missed.sql';
import localitySummary from './reports/locality/summary.sql';
import localityTimeSplit from './reports/locality/time-split.sql';
import footprintByVm from './reports/footprint/by-vm.sql';
import footprintOverTime from './reports/footprint/over-time.sql';
import footprintSummary from './reports/footprint/summary.sql';
import overheadMonitor from './reports/overhead/monitor.sql';
import overheadServices from './reports/overhead/services.sql';
import overheadTime from './reports/overhead/time.sql';
import scalabilityByCpu from './reports/scalability/by-cpu.sql';
import scalabilityLocks from './reports/scalability/locks.sql';
import scalabilityTime from './reports/scalability/time.sql';

/** One query of a report (one `.sql` file). */
export interface SectionDefinition {
  readonly name: string;
  readonly title: string;
  readonly sql: string;
  /** Tables that must hold rows for the section to have data. */
  readonly requires: readonly string[];
  /** Tables of which at least one must hold rows (`-- requires-any:`), e.g. the monitor's or the guest's samples. */
  readonly requiresAny: readonly string[];
  /** What the section cannot show even when it has data (`-- note:`), printed with it. */
  readonly note: string | null;
  /** Why the section has no data when `requires` is not met. */
  readonly absent: string;
  /** What zero rows mean, when the data is present (e.g. no page got hot). */
  readonly empty: string | null;
  /** Whether `compare` sets this section side by side across traces. */
  readonly compare: boolean;
  /**
   * Whether compare normalizes the section's values to the first trace's (the
   * paper's presentation); false (`-- compare: values`) for figures that are
   * shown as they are, e.g. rows of different workloads set side by side.
   */
  readonly normalize: boolean;
  /** Columns that identify a row across traces (none: a one-row section). */
  readonly keys: readonly string[];
  readonly charts: readonly ChartDeclaration[];
  /** Documentation of each output column, from its trailing comment. */
  readonly columnDocs: ReadonlyMap<string, string>;
  /** A section computed in TypeScript (the offline baseline): `sql` is empty. */
  readonly compute?: (reader: TraceReader, context: ReportContext) => ComputedRows;
}

function computedSection(spec: ComputedSectionSpec): SectionDefinition {
  return {
    name: spec.name, title: spec.title, sql: '', requires: spec.requires, requiresAny: spec.requiresAny ?? [], note: spec.note ?? null, absent: spec.absent,
    empty: spec.empty ?? null, compare: spec.compare !== false, normalize: spec.compare !== 'values', keys: spec.keys ?? [], charts: spec.charts ?? [],
    columnDocs: new Map(Object.entries(spec.columns)), compute: spec.compute,
  };
}

export interface ReportDefinition {
  readonly name: string;
  readonly description: string;
  readonly sections: readonly SectionDefinition[];
}

function section(name: string, sql: string): SectionDefinition {
  const header = parseSqlHeader(sql);
  const one = (key: string) => header.get(key)?.[0] ?? null;
  return {
    name,
    title: one('title') ?? name,
    sql,
    requires: headerList(header, 'requires'),
    requiresAny: headerList(header, 'requires-any'),
    note: one('note'),
    absent: one('absent') ?? `the trace lacks the events this section needs (${headerList(header, 'requires').join(', ')})`,
    empty: one('empty'),
    compare: one('compare') === 'yes' || one('compare') === 'values',
    normalize: one('compare') !== 'values',
    keys: headerList(header, 'key'),
    charts: (header.get('chart') ?? []).map(parseChart),
    columnDocs: parseColumnDocs(sql),
  };
}

export const REPORTS: readonly ReportDefinition[] = [
  {
    name: 'locality',
    description: 'Local vs remote L2 misses and their stall, per CPU and in total, and the hottest pages (§5.5)',
    sections: [
      section('summary', localitySummary),
      section('by-cpu', localityByCpu),
      section('hot-pages-flagged', localityHotPagesFlagged),
      section('hot-pages-missed', localityHotPagesMissed),
      section('time-split', localityTimeSplit),
    ],
  },
  {
    name: 'hot-pages',
    description: 'Hot-page interrupts with their provenance, by node, per simulated second, and which remote misses the counters could see (§4.2.3, Table 3)',
    sections: [section('rate', hotPagesRate), section('by-node', hotPagesByNode), section('events', hotPagesEvents), section('coverage', hotPagesCoverage)],
  },
  {
    name: 'overhead',
    description: 'Virtualization overhead after warm-up: user, kernel, monitor and idle time, monitor time by category, kernel services (§5.2, Figure 5, Table 2)',
    sections: [section('time', overheadTime), section('monitor', overheadMonitor), section('services', overheadServices)],
  },
  {
    name: 'footprint',
    description: 'Virtual vs machine memory footprint by kind, per VM and over time (§5.3, Figure 6)',
    sections: [section('summary', footprintSummary), section('by-vm', footprintByVm), section('over-time', footprintOverTime)],
  },
  {
    name: 'scalability',
    description: 'Time split into user, user stall, kernel, kernel synchronization, monitor and idle, and lock contention (§5.4, Figure 7)',
    sections: [section('time', scalabilityTime), section('by-cpu', scalabilityByCpu), section('locks', scalabilityLocks)],
  },
  {
    name: 'policy',
    description: "The placement policy against the offline baseline on the trace's own misses: remote misses, stall, monitor NUMA time, moves and regret (issue 15; needs --level detailed)",
    sections: POLICY_SECTIONS.map(computedSection),
  },
  {
    name: 'decisions',
    description: 'Every placement decision with the counters and thresholds behind it, whether it paid for itself, and (--page P --at T) why a page is where it is (issue 15)',
    sections: DECISIONS_SECTIONS.map(computedSection),
  },
];

/** A report name that does not exist; one line, exit 2. */
export class UnknownReportError extends Error {
  override readonly name = 'UnknownReportError';
  readonly exitCode = 2;
}

export function findReport(name: string): ReportDefinition {
  const report = REPORTS.find((r) => r.name === name);
  if (!report) throw new UnknownReportError(`unknown report '${name}'; reports: ${REPORTS.map((r) => r.name).join(', ')} (see report --list)`);
  return report;
}

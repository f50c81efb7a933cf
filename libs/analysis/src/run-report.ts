import type { TraceReader } from '@disco/trace-store';
import { installAnalysisViews } from './analysis-views';
import { findReport, type SectionDefinition } from './report-catalog';
import type { ReportContext } from './report-context';
import type { ChartDeclaration } from './sql-module';

/** Which run a result came from. */
export interface TraceLabel {
  readonly file: string;
  readonly scenario: string;
  readonly seed: number;
  readonly level: string;
  readonly status: string;
  readonly simTicks: number | null;
}

export interface ReportColumn {
  readonly name: string;
  readonly doc: string | null;
}

export type SectionStatus = 'ok' | 'empty' | 'absent';

export interface SectionResult {
  readonly name: string;
  readonly title: string;
  /** ok: rows; empty: the data is there and yields no rows; absent: the trace lacks the data. */
  readonly status: SectionStatus;
  /** Why a section is empty or absent, in words. */
  readonly note: string | null;
  /** What the section cannot show even with data (its `-- note:`), or null. */
  readonly caveat?: string | null;
  readonly columns: readonly ReportColumn[];
  readonly rows: readonly (readonly unknown[])[];
  readonly keys: readonly string[];
  readonly compare: boolean;
  /** compare: values as ratios to the first trace's (default), or as they are (false). */
  readonly normalize?: boolean;
  readonly charts: readonly ChartDeclaration[];
}

export interface ReportResult {
  readonly report: string;
  readonly description: string;
  readonly trace: TraceLabel;
  readonly sections: readonly SectionResult[];
}

export interface ReportOptions extends Partial<Omit<ReportContext, 'top'>> {
  /** Rows of ranked lists (hottest pages). */
  readonly top?: number;
  /** Only these sections. */
  readonly sections?: readonly string[];
}

export function traceLabel(reader: TraceReader): TraceLabel {
  const r = reader.run;
  return { file: reader.file, scenario: r.scenarioName, seed: r.seed, level: r.level, status: r.status, simTicks: r.simTicks };
}

/** Runs every section of a report on one trace. */
export function runReport(reader: TraceReader, name: string, options: ReportOptions = {}): ReportResult {
  const report = findReport(name);
  installAnalysisViews(reader);
  const chosen = options.sections ? report.sections.filter((s) => options.sections!.includes(s.name)) : report.sections;
  return {
    report: report.name,
    description: report.description,
    trace: traceLabel(reader),
    sections: chosen.map((s) => runSection(reader, s, { ...options, top: options.top ?? 10 })),
  };
}

function runSection(reader: TraceReader, section: SectionDefinition, context: ReportContext): SectionResult {
  const base = { name: section.name, title: section.title, keys: section.keys, compare: section.compare, normalize: section.normalize, charts: section.charts, caveat: section.note };
  const missing = section.requires.filter((t) => !reader.hasRows(t));
  if (section.requiresAny.length > 0 && !section.requiresAny.some((t) => reader.hasRows(t))) missing.push(...section.requiresAny);
  if (missing.length > 0) return { ...base, status: 'absent', note: section.absent, columns: [], rows: [] };
  if (section.compute && context.probe) return { ...base, status: 'ok', note: null, columns: [], rows: [] };
  const result = section.compute ? section.compute(reader, context) : reader.query(section.sql, [{ top: context.top }]);
  const columns = result.columns.map((c) => ({ name: c, doc: section.columnDocs.get(c) ?? null }));
  if (result.rows.length === 0) {
    return { ...base, status: 'empty', note: section.empty ?? 'the query returned no rows', columns, rows: [] };
  }
  return { ...base, status: 'ok', note: null, columns, rows: result.rows };
}

/** True when no section of the result found its data in the trace. */
export function reportIsAbsent(result: ReportResult): boolean {
  return result.sections.length > 0 && result.sections.every((s) => s.status === 'absent');
}

import type { ChartDeclaration } from './sql-module';
import type { ReportColumn, ReportResult, SectionStatus, TraceLabel } from './run-report';

/** One row of a compared section: a key's values in one trace, and their ratios to the first trace. */
export interface ComparedRow {
  readonly key: readonly unknown[];
  /** Index of the trace in `ComparedReport.traces`. */
  readonly trace: number;
  readonly values: readonly (number | null)[];
  /** value / the first trace's value for the same key; null when that is missing or zero. */
  readonly ratios: readonly (number | null)[];
}

export interface ComparedSection {
  readonly name: string;
  readonly title: string;
  readonly keys: readonly ReportColumn[];
  /** The numeric columns that are compared. */
  readonly metrics: readonly ReportColumn[];
  /** Grouped by key (in first appearance order, the first trace's first), then by trace. */
  readonly rows: readonly ComparedRow[];
  /** Traces in which the section is empty or absent, and why. */
  readonly notes: readonly { trace: number; status: SectionStatus; note: string }[];
  readonly charts: readonly ChartDeclaration[];
}

export interface ComparedReport {
  readonly report: string;
  readonly description: string;
  readonly traces: readonly TraceLabel[];
  readonly sections: readonly ComparedSection[];
}

/**
 * Sets the comparable sections of one report's results side by side, each
 * value also normalized to the first trace's (the paper's presentation: the
 * baseline is 1.00). Rows are matched by the section's key columns.
 */
export function compareReports(results: readonly ReportResult[]): ComparedReport {
  if (results.length === 0) throw new Error('compareReports needs at least one result');
  const first = results[0]!;
  if (results.some((r) => r.report !== first.report)) throw new Error('compareReports needs results of one report');
  const sections = first.sections.filter((s) => s.compare).map((s) => compareSection(results, s.name));
  return { report: first.report, description: first.description, traces: results.map((r) => r.trace), sections };
}

function compareSection(results: readonly ReportResult[], name: string): ComparedSection {
  const perTrace = results.map((r) => r.sections.find((s) => s.name === name)!);
  const withRows = perTrace.find((s) => s.status === 'ok');
  const template = perTrace[0]!;
  const columns = withRows?.columns ?? [];
  const keyNames = template.keys;
  const keys = keyNames.map((k) => columns.find((c) => c.name === k) ?? { name: k, doc: null });
  const metrics = columns.filter(
    (c, i) => !keyNames.includes(c.name) && perTrace.some((s) => s.rows.some((row) => typeof row[i] === 'number')),
  );
  const metricIndex = metrics.map((m) => columns.findIndex((c) => c.name === m.name));
  const keyIndex = keyNames.map((k) => columns.findIndex((c) => c.name === k));

  // Values by key, per trace.
  const keyOrder: string[] = [];
  const keyValues = new Map<string, unknown[]>();
  const byTrace = perTrace.map((s) => {
    const map = new Map<string, (number | null)[]>();
    for (const row of s.rows) {
      const key = keyIndex.map((i) => row[i]);
      const id = JSON.stringify(key);
      if (!keyValues.has(id)) {
        keyValues.set(id, key);
        keyOrder.push(id);
      }
      map.set(id, metricIndex.map((i) => (typeof row[i] === 'number' ? (row[i] as number) : null)));
    }
    return map;
  });

  const rows: ComparedRow[] = [];
  for (const id of keyOrder) {
    const baseline = byTrace[0]!.get(id);
    byTrace.forEach((map, trace) => {
      const values = map.get(id);
      if (!values) return;
      const ratios = values.map((v, m) => ratio(v, baseline?.[m] ?? null));
      rows.push({ key: keyValues.get(id)!, trace, values, ratios });
    });
  }
  const notes = perTrace.flatMap((s, trace) => (s.status === 'ok' ? [] : [{ trace, status: s.status, note: s.note ?? '' }]));
  return { name, title: template.title, keys, metrics, rows, notes, charts: template.charts };
}

function ratio(value: number | null, baseline: number | null): number | null {
  if (value === null || baseline === null) return null;
  if (baseline === 0) return value === 0 ? 1 : null;
  return value / baseline;
}

/** Letters that name the traces of a comparison: A (the baseline), B, C… */
export function traceLetter(index: number): string {
  return index < 26 ? String.fromCharCode(65 + index) : `T${index + 1}`;
}

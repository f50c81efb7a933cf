import type { ChartDeclaration } from './sql-module';
import type { ReportColumn, ReportResult, SectionStatus, TraceLabel } from './run-report';

/** One row of a compared section: a key's values in one trace, and their ratios to the first trace. */
export interface ComparedRow {
  readonly key: readonly unknown[];
  /** Index of the trace in `ComparedReport.traces`. */
  readonly trace: number;
  readonly values: readonly (number | null)[];
  /** The section's text columns (`ComparedSection.texts`) in this trace's row: what names the row, not compared. */
  readonly texts: readonly (string | null)[];
  /** value / the first trace's value for the same key; null when that is missing or zero. */
  readonly ratios: readonly (number | null)[];
}

export interface ComparedSection {
  readonly name: string;
  readonly title: string;
  readonly keys: readonly ReportColumn[];
  /** The numeric columns that are compared. */
  readonly metrics: readonly ReportColumn[];
  /** The other columns (no number in any trace), such as the policy a run used: shown per trace, never normalized. */
  readonly texts: readonly ReportColumn[];
  /** Grouped by key (in first appearance order, the first trace's first), then by trace. */
  readonly rows: readonly ComparedRow[];
  /** Traces in which the section is empty or absent, and why. */
  readonly notes: readonly { trace: number; status: SectionStatus; note: string }[];
  readonly charts: readonly ChartDeclaration[];
  /** False: the values are shown as they are, not as ratios to the first trace (rows of different workloads, say); `ratios` are then null. */
  readonly normalize: boolean;
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
  // A column is compared when some trace has a number in it (looked up by name: traces may order columns differently).
  const numeric = (name: string) =>
    perTrace.some((s) => {
      const i = s.columns.findIndex((c) => c.name === name);
      return i >= 0 && s.rows.some((row) => typeof row[i] === 'number');
    });
  const metrics = columns.filter((c) => !keyNames.includes(c.name) && numeric(c.name));
  const texts = columns.filter((c) => !keyNames.includes(c.name) && !metrics.includes(c));

  // Values by key, per trace.
  const keyOrder: string[] = [];
  const keyValues = new Map<string, unknown[]>();
  const byTrace = perTrace.map((s) => {
    const map = new Map<string, { values: (number | null)[]; texts: (string | null)[] }>();
    // A trace's own column order (a trace of an older version may lack a column or order them otherwise).
    const names = s.columns.map((c) => c.name);
    const own = (wanted: readonly ReportColumn[]) => wanted.map((c) => names.indexOf(c.name));
    const [ownKey, ownMetric, ownText] = [own(keys), own(metrics), own(texts)];
    for (const row of s.rows) {
      const key = ownKey.map((i) => (i < 0 ? null : row[i]));
      const id = JSON.stringify(key);
      if (!keyValues.has(id)) {
        keyValues.set(id, key);
        keyOrder.push(id);
      }
      map.set(id, {
        values: ownMetric.map((i) => (i >= 0 && typeof row[i] === 'number' ? (row[i] as number) : null)),
        texts: ownText.map((i) => (i < 0 || row[i] === null || row[i] === undefined ? null : String(row[i]))),
      });
    }
    return map;
  });

  const normalize = template.normalize !== false;
  const rows: ComparedRow[] = [];
  for (const id of keyOrder) {
    const baseline = byTrace[0]!.get(id)?.values;
    byTrace.forEach((map, trace) => {
      const row = map.get(id);
      if (!row) return;
      const ratios = row.values.map((v, m) => (normalize ? ratio(v, baseline?.[m] ?? null) : null));
      rows.push({ key: keyValues.get(id)!, trace, values: row.values, texts: row.texts, ratios });
    });
  }
  const notes = perTrace.flatMap((s, trace) => (s.status === 'ok' ? [] : [{ trace, status: s.status, note: s.note ?? '' }]));
  return { name, title: template.title, keys, metrics, texts, rows, notes, charts: template.charts, normalize };
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

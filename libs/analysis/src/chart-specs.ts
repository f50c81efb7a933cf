import { traceLetter, type ComparedRow, type ComparedSection } from './compare-reports';
import type { SectionResult } from './run-report';
import type { ChartDeclaration } from './sql-module';

/** A Vega-Lite specification (plain JSON), rendered by the CLI to SVG. */
export type VegaLiteSpec = Record<string, unknown>;

interface Datum {
  readonly x: string;
  readonly group: string;
  readonly series: string;
  readonly order: number;
  readonly value: number;
  /** The panel (workload) of a chart with one panel per workload, else ''. */
  readonly panel?: string;
}

/** The charts a section declares, over its rows in one trace. */
export function sectionChartSpecs(section: SectionResult, traceName: string): VegaLiteSpec[] {
  if (section.status !== 'ok') return [];
  const names = section.columns.map((c) => c.name);
  return section.charts.map((chart) => {
    const xIndex = chart.x === null ? -1 : names.indexOf(chart.x);
    const labelIndex = chart.label === undefined ? -1 : names.indexOf(chart.label);
    const nameOf = (row: readonly unknown[]) => (labelIndex >= 0 && row[labelIndex] !== null && row[labelIndex] !== undefined ? String(row[labelIndex]) : traceName);
    const data: Datum[] = section.rows.flatMap((row) =>
      chart.y.map((column, order) => ({
        x: xIndex < 0 ? nameOf(row) : String(row[xIndex]),
        group: traceName,
        series: column,
        order,
        value: numberOr0(row[names.indexOf(column)]),
      })),
    );
    return barSpec(chart, data, { xTitle: chart.x ?? chart.label ?? 'trace', yTitle: chart.axis, grouped: false });
  });
}

export interface ComparedChartOptions {
  /** Names of the traces, in order, instead of the letters A, B, … */
  readonly names?: readonly string[];
  /** Appended to every chart title (`title: caption`), e.g. the workload. */
  readonly caption?: string;
  /**
   * The workload (scenario) of each trace, in order: the chart of a one-row
   * section that compares values as they are (`normalize` false) over traces
   * of several workloads gets one panel per workload. A normalized section
   * keeps one chart, as % of trace A (IRIX against Disco are two scenarios).
   */
  readonly workloads?: readonly string[];
}

/**
 * The charts of a compared section, normalized as the paper's figures are:
 * each bar is a percentage of the first trace's total for the same x (the
 * baseline is 100). Without a baseline total (missing or zero) the chart
 * shows raw values and says so; a section that compares values as they
 * are (`normalize` false) shows them so.
 */
export function comparedChartSpecs(section: ComparedSection, options: ComparedChartOptions = {}): VegaLiteSpec[] {
  const traceName = (i: number) => options.names?.[i] ?? traceLetter(i);
  return section.charts.map((chart) => {
    const keyIndex = chart.x === null ? -1 : section.keys.findIndex((k) => k.name === chart.x);
    const metricIndex = chart.y.map((y) => section.metrics.findIndex((m) => m.name === y));
    const panelled = keyIndex < 0 && section.normalize === false && new Set(options.workloads ?? []).size > 1;
    const panelOf = (trace: number) => (panelled ? options.workloads![trace]! : '');
    const xOf = barNames(section, chart, keyIndex, traceName, panelOf);
    const baseline = new Map<string, number>();
    for (const row of section.rows.filter((r) => r.trace === 0)) {
      baseline.set(JSON.stringify(row.key), metricIndex.reduce((sum, m) => sum + (m < 0 ? 0 : (row.values[m] ?? 0)), 0));
    }
    const totalOf = (row: ComparedRow) => baseline.get(JSON.stringify(row.key)) ?? 0;
    const normalized = section.normalize !== false && section.rows.every((r) => totalOf(r) > 0);
    const data: Datum[] = section.rows.flatMap((row) =>
      chart.y.map((series, order) => {
        const raw = metricIndex[order]! < 0 ? 0 : (row.values[metricIndex[order]!] ?? 0);
        const value = normalized ? (100 * raw) / totalOf(row) : raw;
        return { x: xOf(row), group: traceName(row.trace), series, order, value, panel: panelOf(row.trace) };
      }),
    );
    const baseName = options.names?.[0] ?? 'trace A';
    const yTitle = normalized ? `% of ${baseName}` : chart.axis;
    const captioned = options.caption ? `${chart.title}: ${options.caption}` : chart.title;
    const title = normalized || section.normalize === false ? captioned : `${captioned} (values: ${baseName} has none to normalize by)`;
    return barSpec({ ...chart, title }, data, { xTitle: chart.x ?? chart.label ?? 'trace', yTitle, grouped: keyIndex >= 0, panelled });
  });
}

/**
 * The x value of each row's bars: its key's x column, else the chart's label
 * column (the policy), else the trace's name. A label that two traces of a
 * panel share is followed by the trace's name, so that their bars stay apart.
 */
function barNames(
  section: ComparedSection,
  chart: ChartDeclaration,
  keyIndex: number,
  traceName: (i: number) => string,
  panelOf: (trace: number) => string,
): (row: ComparedRow) => string {
  if (keyIndex >= 0) return (row) => String(row.key[keyIndex]);
  const labelIndex = chart.label === undefined ? -1 : section.texts.findIndex((t) => t.name === chart.label);
  const labelOf = (row: ComparedRow) => (labelIndex < 0 ? null : (row.texts[labelIndex] ?? null));
  const seen = new Map<string, number>();
  for (const row of section.rows) {
    const id = JSON.stringify([panelOf(row.trace), labelOf(row)]);
    seen.set(id, (seen.get(id) ?? 0) + 1);
  }
  return (row) => {
    const label = labelOf(row);
    if (label === null) return traceName(row.trace);
    return (seen.get(JSON.stringify([panelOf(row.trace), label])) ?? 0) > 1 ? `${label} (${traceName(row.trace)})` : label;
  };
}

function barSpec(chart: ChartDeclaration, data: Datum[], o: { xTitle: string; yTitle: string | null; grouped: boolean; panelled?: boolean }): VegaLiteSpec {
  const xValues = [...new Set(data.map((d) => d.x))];
  const encoding: Record<string, unknown> = {
    x: { field: 'x', type: 'nominal', sort: xValues, title: o.xTitle, axis: { labelAngle: xValues.some((x) => x.length > 4) ? -40 : 0 } },
    y: { field: 'value', type: 'quantitative', aggregate: 'sum', title: o.yTitle, stack: chart.mark === 'stacked' ? 'zero' : null },
    // One series side by side across traces: colour the traces instead.
    color:
      o.grouped && chart.y.length === 1
        ? { field: 'group', type: 'nominal', title: 'trace', legend: { orient: 'bottom' } }
        : { field: 'series', type: 'nominal', sort: chart.y, title: null, legend: chart.y.length === 1 ? null : { orient: 'bottom', columns: 3 } },
    order: { field: 'order', type: 'quantitative' },
    tooltip: [
      { field: 'x', title: o.xTitle },
      { field: 'group', title: 'trace' },
      { field: 'series' },
      { field: 'value', aggregate: 'sum', format: ',.1f' },
    ],
  };
  if (o.grouped) encoding['xOffset'] = { field: 'group', type: 'nominal' };
  // One panel per workload, each with its own bars and value scale (run times of two workloads differ in kind).
  if (o.panelled) encoding['column'] = { field: 'panel', type: 'nominal', title: null, sort: [...new Set(data.map((d) => d.panel))] };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: chart.title,
    // Grouped bars: the step is one trace's bar within an x value.
    width: { step: o.grouped ? 12 : 28 },
    height: 220,
    data: { values: data },
    mark: { type: 'bar', tooltip: true },
    encoding,
    // Labels whole: Vega shortens a label past labelLimit (180 px by default) to a prefix and an ellipsis,
    // and rendering server-side it measures text by estimate (0.8 em a character), so a rotated category
    // such as "other privileged instructions" came out as "other privileged inst…". 0 is no limit; the
    // chart's autosize pads it to hold the longest label.
    config: { font: 'Helvetica, Arial, sans-serif', axis: { labelLimit: 0 }, legend: { labelLimit: 0 } },
    ...(o.panelled ? { resolve: { scale: { x: 'independent', y: 'independent' } } } : {}),
  };
}

function numberOr0(value: unknown): number {
  return typeof value === 'number' ? value : typeof value === 'bigint' ? Number(value) : 0;
}

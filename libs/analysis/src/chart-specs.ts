import { traceLetter, type ComparedSection } from './compare-reports';
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
}

/** The charts a section declares, over its rows in one trace. */
export function sectionChartSpecs(section: SectionResult, traceName: string): VegaLiteSpec[] {
  if (section.status !== 'ok') return [];
  const names = section.columns.map((c) => c.name);
  return section.charts.map((chart) => {
    const xIndex = chart.x === null ? -1 : names.indexOf(chart.x);
    const data: Datum[] = section.rows.flatMap((row) =>
      chart.y.map((column, order) => ({
        x: xIndex < 0 ? traceName : String(row[xIndex]),
        group: traceName,
        series: column,
        order,
        value: numberOr0(row[names.indexOf(column)]),
      })),
    );
    return barSpec(chart, data, { xTitle: chart.x ?? 'trace', yTitle: chart.axis, grouped: false });
  });
}

/**
 * The charts of a compared section, normalized as the paper's figures are:
 * each bar is a percentage of the first trace's total for the same x (the
 * baseline is 100). Without a baseline total (missing or zero) the chart
 * shows raw values and says so.
 */
export interface ComparedChartOptions {
  /** Names of the traces, in order, instead of the letters A, B, … */
  readonly names?: readonly string[];
  /** Appended to every chart title (`title: caption`), e.g. the workload. */
  readonly caption?: string;
}

export function comparedChartSpecs(section: ComparedSection, options: ComparedChartOptions = {}): VegaLiteSpec[] {
  const traceName = (i: number) => options.names?.[i] ?? traceLetter(i);
  return section.charts.map((chart) => {
    const keyIndex = chart.x === null ? -1 : section.keys.findIndex((k) => k.name === chart.x);
    const metricIndex = chart.y.map((y) => section.metrics.findIndex((m) => m.name === y));
    const xOf = (key: readonly unknown[], trace: number) => (keyIndex < 0 ? traceName(trace) : String(key[keyIndex]));
    const baseline = new Map<string, number>();
    for (const row of section.rows.filter((r) => r.trace === 0)) {
      baseline.set(JSON.stringify(row.key), metricIndex.reduce((sum, m) => sum + (m < 0 ? 0 : (row.values[m] ?? 0)), 0));
    }
    const normalized = section.rows.every((r) => (baseline.get(JSON.stringify(r.key)) ?? 0) > 0);
    const data: Datum[] = section.rows.flatMap((row) =>
      chart.y.map((series, order) => {
        const raw = metricIndex[order]! < 0 ? 0 : (row.values[metricIndex[order]!] ?? 0);
        const total = baseline.get(JSON.stringify(row.key)) ?? 0;
        return { x: xOf(row.key, row.trace), group: traceName(row.trace), series, order, value: normalized ? (100 * raw) / total : raw };
      }),
    );
    const baseName = options.names?.[0] ?? 'trace A';
    const yTitle = normalized ? `% of ${baseName}` : chart.axis;
    const captioned = options.caption ? `${chart.title}: ${options.caption}` : chart.title;
    const title = normalized ? captioned : `${captioned} (values: ${baseName} has none to normalize by)`;
    return barSpec({ ...chart, title }, data, { xTitle: chart.x ?? 'trace', yTitle, grouped: keyIndex >= 0 });
  });
}

function barSpec(chart: ChartDeclaration, data: Datum[], o: { xTitle: string; yTitle: string | null; grouped: boolean }): VegaLiteSpec {
  const xValues = [...new Set(data.map((d) => d.x))];
  const encoding: Record<string, unknown> = {
    x: { field: 'x', type: 'nominal', sort: xValues, title: o.xTitle, axis: { labelAngle: xValues.some((x) => x.length > 4) ? -40 : 0 } },
    y: { field: 'value', type: 'quantitative', aggregate: 'sum', title: o.yTitle, stack: chart.mark === 'stacked' ? 'zero' : null },
    // One series side by side across traces: colour the traces instead.
    color:
      o.grouped && chart.y.length === 1
        ? { field: 'group', type: 'nominal', title: 'trace', legend: { orient: 'bottom' } }
        : { field: 'series', type: 'nominal', sort: chart.y, title: null, legend: { orient: 'bottom', columns: 3 } },
    order: { field: 'order', type: 'quantitative' },
    tooltip: [
      { field: 'x', title: o.xTitle },
      { field: 'group', title: 'trace' },
      { field: 'series' },
      { field: 'value', aggregate: 'sum', format: ',.1f' },
    ],
  };
  if (o.grouped) encoding['xOffset'] = { field: 'group', type: 'nominal' };
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
  };
}

function numberOr0(value: unknown): number {
  return typeof value === 'number' ? value : typeof value === 'bigint' ? Number(value) : 0;
}

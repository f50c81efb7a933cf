import { View, parse } from 'vega';
import { compile } from 'vega-lite';
import {
  comparedChartSpecs,
  sectionChartSpecs,
  traceLetter as letterOf,
  type ComparedChartOptions,
  type ComparedReport,
  type ReportResult,
  type VegaLiteSpec,
} from '@disco/analysis';
import { describeDifferences, type RunDifferences } from '@disco/trace-store';
import { describeTrace } from './render-report';

/** Renders a Vega-Lite spec to an SVG string, server-side (no canvas, no network). */
export async function renderSvg(spec: VegaLiteSpec): Promise<string> {
  const view = new View(parse(compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** A self-contained page for one report on one trace: SVG charts inline, tables, column meanings. */
export async function reportHtml(result: ReportResult): Promise<string> {
  const body: string[] = [
    `<h1>${esc(result.report)}</h1>`,
    `<p class="what">${esc(result.description)}</p>`,
    `<p class="trace">${esc(describeTrace(result.trace))}</p>`,
  ];
  for (const s of result.sections) {
    body.push(`<section><h2>${esc(s.name)}: ${esc(s.title)}</h2>`);
    if (s.status !== 'ok') {
      body.push(`<p class="note ${s.status}">${s.status === 'absent' ? 'No data' : 'None'}: ${esc(s.note ?? '')}</p></section>`);
      continue;
    }
    for (const spec of sectionChartSpecs(s, result.trace.scenario)) body.push(`<figure>${await renderSvg(spec)}</figure>`);
    body.push(htmlTable(s.columns.map((c) => c.name), s.rows));
    if (s.caveat) body.push(`<p class="note">Not shown: ${esc(s.caveat)}</p>`);
    body.push(columnDocs(s.columns), '</section>');
  }
  return page(`${result.report}: ${result.trace.scenario}`, body);
}

/** A self-contained page for a comparison: charts normalized to trace A, and the side-by-side tables. */
export async function compareHtml(report: ComparedReport, options: ComparedChartOptions = {}, differences: readonly (RunDifferences | null)[] = []): Promise<string> {
  const traceLetter = (i: number) => options.names?.[i] ?? letterOf(i);
  const differs = (i: number) => {
    const d = differences[i];
    return d ? `<br><span class="differs">${esc(describeDifferences(d, traceLetter(0)))}</span>` : '';
  };
  const body: string[] = [
    `<h1>${esc(report.report)}: ${report.traces.length} traces compared${options.caption ? ` (${esc(options.caption)})` : ''}</h1>`,
    `<p class="what">${esc(report.description)}</p>`,
    '<ul class="traces">',
    ...report.traces.map((t, i) => `<li><b>${traceLetter(i)}</b> ${esc(describeTrace(t))}${i === 0 ? ' (baseline)' : ''}${differs(i)}</li>`),
    '</ul>',
  ];
  for (const s of report.sections) {
    body.push(`<section><h2>${esc(s.name)}: ${esc(s.title)}</h2>`);
    for (const n of s.notes) body.push(`<p class="note ${n.status}">${traceLetter(n.trace)}: ${n.status === 'absent' ? 'no data' : 'none'}: ${esc(n.note)}</p>`);
    if (s.rows.length > 0) {
      const workloads = options.workloads ?? report.traces.map((t) => t.scenario);
      for (const spec of comparedChartSpecs(s, { ...options, workloads })) body.push(`<figure>${await renderSvg(spec)}</figure>`);
      // Values as they are (traces of several workloads, say): with each trace's scenario, without ratios.
      const scenario = s.normalize ? [] : ['scenario'];
      const columns = [...s.keys.map((k) => k.name), 'trace', ...scenario, ...s.texts.map((t) => t.name), ...s.metrics.map((m) => m.name)];
      const rows = s.rows.map((r) => [
        ...r.key, traceLetter(r.trace), ...(s.normalize ? [] : [report.traces[r.trace]!.scenario]), ...r.texts,
        ...r.values.map((v, m) => (s.normalize ? withRatio(v, r.ratios[m] ?? null, r.trace) : v)),
      ]);
      body.push(htmlTable(columns, rows), columnDocs([...s.keys, ...s.texts, ...s.metrics]));
    }
    body.push('</section>');
  }
  return page(`compare ${report.report}`, body);
}

export function withRatio(value: number | null, ratio: number | null, trace: number): string {
  const text = value === null ? '-' : String(value);
  return trace === 0 || value === null ? text : `${text} (${ratio === null ? '-' : `${ratio.toFixed(2)}×`})`;
}

function htmlTable(columns: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const head = columns.map((c) => `<th>${esc(c)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((v) => `<td${typeof v === 'number' ? ' class="n"' : ''}>${esc(cell(v))}</td>`).join('')}</tr>`).join('\n');
  // A table wider than the window scrolls inside its box; the page itself never scrolls sideways.
  return `<div class="scroll"><table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

function columnDocs(columns: readonly { name: string; doc: string | null }[]): string {
  const items = columns.filter((c) => c.doc).map((c) => `<dt>${esc(c.name)}</dt><dd>${esc(c.doc!)}</dd>`);
  return items.length ? `<details><summary>columns</summary><dl>${items.join('')}</dl></details>` : '';
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value);
}

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const STYLE = `
body { font: 14px/1.4 Helvetica, Arial, sans-serif; margin: 2em auto; padding: 0 1.5em; max-width: 1100px; color: #222; }
h1 { font-size: 1.5em; } h2 { font-size: 1.15em; border-bottom: 1px solid #ddd; padding-bottom: .2em; margin-top: 2em; }
.what, .trace, .traces { color: #555; }
.differs { color: #333; font-size: 12px; }
figure { display: inline-block; margin: .5em 1.5em .5em 0; vertical-align: top; max-width: 100%; }
figure svg { max-width: 100%; height: auto; }
.scroll { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; margin: .8em 0; font-size: 12px; }
th, td { padding: 2px 8px; white-space: nowrap; border-bottom: 1px solid #eee; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.note { padding: .4em .8em; background: #f6f6f6; border-left: 3px solid #bbb; }
.note.absent { border-color: #d08a00; }
dt { font-weight: bold; float: left; clear: left; width: 12em; } dd { margin-left: 13em; color: #555; }
footer { margin-top: 3em; color: #999; font-size: 12px; }`;

function page(title: string, body: readonly string[]): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body.join('\n')}
<footer>disco-analyze: charts rendered with Vega-Lite to inline SVG; this page loads nothing from the network.</footer>
</body>
</html>
`;
}

import type { Experiment, Finding, GroupData, Table } from './experiments';

export interface ExperimentResult {
  readonly experiment: Experiment;
  readonly table: Table;
  readonly findings: readonly Finding[];
  /** Scenarios skipped or failed, comparisons not made. */
  readonly notes: readonly string[];
  /** Charts from the compare pages: SVG text, its file and page (relative to the output folder). */
  readonly charts: readonly { group: string; report: string; file: string; svg: string; page: string }[];
  readonly commands: readonly string[];
  /** The compared sections' rows per group (workload), as `disco-analyze compare --json` gave them. */
  readonly groups: readonly GroupData[];
}

export interface RunInfo {
  readonly wallSeconds: number;
  readonly recordSeconds: number;
  readonly jobs: number;
  readonly recorded: readonly { scenario: string; seconds: number }[];
  readonly absent: readonly string[];
  /** The folder of the traces, as shown to the reader (relative when inside the working directory). */
  readonly traces: string;
  readonly command: string;
  /** The seeds every scenario ran with (null: each scenario's own seed, once). */
  readonly seeds: readonly number[] | null;
}

const verdict = (f: Finding) => (f.agrees === null ? 'no data' : f.agrees ? 'agrees' : 'differs');

const cellText = (v: unknown) => (v === null || v === undefined ? '–' : String(v));

function intro(info: RunInfo): string[] {
  return [
    `Regenerate everything with \`${info.command}\` (${info.wallSeconds.toFixed(0)} s here: ${info.recorded.length} scenarios recorded ${info.jobs} at a time in ${info.recordSeconds.toFixed(0)} s, then compared).`,
    `Every number below comes from the traces under \`${info.traces}\` through \`disco-analyze\` reports; the paper's claims are quoted from its abstract and §5 (DISCO.md §5).`,
    '"agrees" means our numbers point the way the claim says (the test is in tools/reproduce/src/experiments.ts); workloads are scaled down from the paper\'s, so magnitudes differ.',
    ...(info.seeds
      ? [`Every scenario ran with each of ${info.seeds.length} seeds (${info.seeds.join(', ')}): a table cell is the mean ± sample standard deviation over them, a claim agrees when it agrees on every seed, and the charts and commands are seed ${info.seeds[0]}'s.`]
      : []),
    ...(info.absent.length ? [`Not in traces/scenarios yet, so skipped: ${info.absent.join(', ')}.`] : []),
  ];
}

export function renderMarkdown(results: readonly ExperimentResult[], info: RunInfo): string {
  const out: string[] = ['# Reproduction of Disco (SOSP \'97): figures and tables', '', ...intro(info).map((l) => `${l}\n`)];
  out.push('| figure | claims that agree |', '|---|---|');
  for (const r of results) out.push(`| [${r.experiment.title.split(':')[0]}](#${r.experiment.id}) | ${r.findings.filter((f) => f.agrees === true).length} of ${r.findings.length} |`);
  for (const r of results) {
    out.push('', `<a id="${r.experiment.id}"></a>`, `## ${r.experiment.title}`, '');
    out.push('| the paper says | our run | |', '|---|---|---|');
    for (const f of r.findings) out.push(`| ${esc(f.claim)} | ${esc(f.ours)} | ${verdict(f)} |`);
    out.push('', `| ${r.table.columns.join(' | ')} |`, `|${r.table.columns.map(() => '---').join('|')}|`);
    for (const row of r.table.rows) out.push(`| ${row.map(cellText).map(esc).join(' | ')} |`);
    if (r.notes.length) out.push('', ...r.notes.map((n) => `- note: ${n}`));
    if (r.charts.length) out.push('', ...r.charts.map((c) => `![${c.group} ${c.report}](${c.file}) `), '', `Pages: ${[...new Set(r.charts.map((c) => `[${c.page}](${c.page})`))].join(', ')}`);
    if (r.commands.length) out.push('', 'Regenerate:', '', '```sh', ...r.commands, '```');
  }
  return `${out.join('\n')}\n`;
}

function esc(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function html(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function renderHtml(results: readonly ExperimentResult[], info: RunInfo): string {
  const body: string[] = ['<h1>Reproduction of Disco (SOSP \'97): figures and tables</h1>', ...intro(info).map((l) => `<p>${html(l).replace(/`([^`]+)`/g, '<code>$1</code>')}</p>`)];
  body.push('<ul>', ...results.map((r) => `<li><a href="#${r.experiment.id}">${html(r.experiment.title)}</a>: ${r.findings.filter((f) => f.agrees === true).length} of ${r.findings.length} claims agree</li>`), '</ul>');
  for (const r of results) {
    body.push(`<section id="${r.experiment.id}"><h2>${html(r.experiment.title)}</h2>`);
    body.push('<table><thead><tr><th>the paper says</th><th>our run</th><th></th></tr></thead><tbody>');
    for (const f of r.findings) body.push(`<tr><td><q>${html(f.claim)}</q></td><td>${html(f.ours)}</td><td class="${verdict(f).replace(' ', '-')}">${verdict(f)}</td></tr>`);
    body.push('</tbody></table>');
    body.push(`<table><thead><tr>${r.table.columns.map((c) => `<th>${html(c)}</th>`).join('')}</tr></thead><tbody>`);
    for (const row of r.table.rows) body.push(`<tr>${row.map((v) => `<td${typeof v === 'number' ? ' class="n"' : ''}>${html(cellText(v))}</td>`).join('')}</tr>`);
    body.push('</tbody></table>');
    if (r.notes.length) body.push('<ul class="notes">', ...r.notes.map((n) => `<li>${html(n)}</li>`), '</ul>');
    for (const c of r.charts) body.push(`<figure>${c.svg}<figcaption>${html(c.group)}: <a href="${html(c.page)}">${html(c.report)} compared</a></figcaption></figure>`);
    if (r.commands.length) body.push(`<details><summary>regenerate</summary><pre>${html(r.commands.join('\n'))}</pre></details>`);
    body.push('</section>');
  }
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Disco reproduction</title>
<style>
body { font: 14px/1.4 Helvetica, Arial, sans-serif; margin: 2em auto; padding: 0 1.5em; max-width: 1150px; color: #222; }
h2 { font-size: 1.15em; border-bottom: 1px solid #ddd; padding-bottom: .2em; margin-top: 2.5em; }
table { border-collapse: collapse; margin: .8em 0; font-size: 12px; }
th, td { padding: 3px 8px; border-bottom: 1px solid #eee; text-align: left; vertical-align: top; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
td.agrees { color: #1a7f37; } td.differs { color: #b42318; } td.no-data { color: #888; }
figure { display: inline-block; margin: .5em 1.5em .5em 0; vertical-align: top; }
figcaption { font-size: 12px; color: #555; }
.notes { color: #8a5a00; }
pre { background: #f6f6f6; padding: .6em; overflow-x: auto; font-size: 12px; }
</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}

/**
 * results.json: every number the report shows, for other tools. Keyed by
 * figure (experiment id), workload (group) and configuration (IRIX, Disco,
 * 8 VMs…): each configuration's scenario and the rows of every compared
 * section (`report/section`), as `disco-analyze compare --json` gave them,
 * without the trace letters; beside them the figure's table and the claims
 * with what our run shows.
 */
export function renderResultsJson(
  results: readonly ExperimentResult[],
  info: RunInfo,
  configurationName: (scenario: string, group: string) => string,
  perSeed: readonly { seed: number; results: readonly ExperimentResult[] }[] | null = null,
): string {
  const figures = figuresJson(results, configurationName);
  if (perSeed !== null) {
    // With seeds: each figure's table and claims are over the seeds, and `seeds` keys each seed's own figures.
    const bySeed = perSeed.map(({ seed, results: rs }) => [String(seed), figuresJson(rs, configurationName)] as const);
    for (const [id, figure] of Object.entries(figures)) (figure as Record<string, unknown>)['seeds'] = Object.fromEntries(bySeed.map(([seed, f]) => [seed, f[id]]));
  }
  return `${JSON.stringify({ schema: 1, command: info.command, wallSeconds: info.wallSeconds, jobs: info.jobs, traces: info.traces, seeds: info.seeds, figures }, null, 2)}\n`;
}

function figuresJson(results: readonly ExperimentResult[], configurationName: (scenario: string, group: string) => string): Record<string, unknown> {
  const figures: Record<string, unknown> = {};
  for (const r of results) {
    const workloads: Record<string, Record<string, { scenario: string; sections: Record<string, Record<string, unknown>[]> }>> = {};
    for (const g of r.groups) {
      const configurations: Record<string, { scenario: string; sections: Record<string, Record<string, unknown>[]> }> = {};
      for (const [letter, scenario] of Object.entries(g.scenarios)) {
        const sections: Record<string, Record<string, unknown>[]> = {};
        for (const [name, rows] of Object.entries(g.sections)) {
          sections[name] = rows.filter((row) => row.trace === letter).map(({ trace: _trace, ...rest }) => rest);
        }
        configurations[configurationName(scenario, g.group)] = { scenario, sections };
      }
      workloads[g.group] = configurations;
    }
    figures[r.experiment.id] = {
      title: r.experiment.title,
      claims: r.findings.map((f) => ({ claim: f.claim, ours: f.ours, agrees: f.agrees, ...(f.agreesOn === undefined ? {} : { agreesOn: f.agreesOn, judgedOn: f.judgedOn }) })),
      table: { columns: r.table.columns, rows: r.table.rows },
      workloads,
      notes: r.notes,
    };
  }
  return figures;
}

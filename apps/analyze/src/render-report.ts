import type { ReportResult, SectionResult, TraceLabel } from '@disco/analysis';
import { formatTable, formatTicks } from '@disco/cli-kit';

export function describeTrace(t: TraceLabel): string {
  const time = t.simTicks === null ? '' : `, ${formatTicks(t.simTicks)} simulated`;
  return `${t.file}: ${t.scenario} (seed ${t.seed}, level ${t.level}, ${t.status}${time})`;
}

/** The report as aligned text tables, one per section, with absent and empty sections said in words. */
export function renderReportText(result: ReportResult): string {
  const out = [`${result.report}: ${result.description}`, `trace ${describeTrace(result.trace)}`, ''];
  for (const s of result.sections) {
    out.push(`== ${s.name}: ${s.title}`);
    out.push(sectionBody(s));
    if (s.caveat && s.status === 'ok') out.push(`not shown: ${s.caveat}\n`);
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function sectionBody(s: SectionResult): string {
  if (s.status === 'absent') return `no data: ${s.note}\n`;
  if (s.status === 'empty') return `none: ${s.note}\n`;
  return formatTable({ columns: s.columns.map((c) => c.name), rows: s.rows }, 'table');
}

/** JSON: rows as objects, and the meaning of every column. */
export function reportJson(result: ReportResult): unknown {
  return {
    report: result.report,
    description: result.description,
    trace: result.trace,
    sections: result.sections.map((s) => ({
      name: s.name,
      title: s.title,
      status: s.status,
      note: s.note,
      caveat: s.caveat,
      columns: s.columns,
      rows: s.rows.map((row) => Object.fromEntries(s.columns.map((c, i) => [c.name, row[i]]))),
    })),
  };
}

/**
 * CSV: one block per section, each introduced by a `# report/section` line
 * and separated by an empty line; `--section NAME` gives one plain CSV table.
 */
export function renderReportCsv(result: ReportResult): string {
  const blocks = result.sections.map((s) => {
    const body = s.status === 'ok' ? formatTable({ columns: s.columns.map((c) => c.name), rows: s.rows }, 'csv') : `# ${s.status}: ${s.note}\r\n`;
    return result.sections.length === 1 ? body : `# ${result.report}/${s.name}\r\n${body}`;
  });
  return blocks.join('\r\n');
}

import { accessSync, constants, existsSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  compareReports,
  findReport,
  REPORTS,
  reportIsAbsent,
  runReport,
  traceLetter,
  type ComparedChartOptions,
  type ComparedReport,
  type ReportOptions,
  type ReportResult,
} from '@disco/analysis';
import { formatTable, parsePoint, UsageError } from '@disco/cli-kit';
import { describeDifferences, runDifferences, TraceReader, type RunDifferences, type RunIdentity } from '@disco/trace-store';
import { compareHtml, reportHtml, withRatio } from './html-page';
import { parsePage, placementOf, resolveAt } from './placement-inputs';
import { showPlacementProgress } from './placement-progress';
import { describeTrace, renderReportCsv, renderReportText, reportJson } from './render-report';

export interface ReportFlags {
  list?: boolean;
  section?: string;
  top?: string;
  json?: boolean;
  csv?: boolean;
  html?: string;
  /** compare: names of the traces instead of A, B, … (comma-separated). */
  names?: string;
  /** compare: appended to every chart title. */
  caption?: string;
  /** report decisions: the machine page to explain, and the point in the run. */
  page?: string;
  at?: string;
}

/** Reports computed from the offline placement model (issue 15): they need the run's scenario. */
const PLACEMENT_REPORTS = ['policy', 'decisions'];

/** The options of one trace's run: the placement model from its scenario, --page and --at resolved on it. */
function traceOptions(reader: TraceReader, name: string, opts: ReportOptions, flags: ReportFlags): ReportOptions {
  if (!PLACEMENT_REPORTS.includes(name)) return opts;
  return {
    ...opts,
    placement: placementOf(reader),
    ...(flags.page !== undefined ? { page: parsePage(flags.page) } : {}),
    ...(flags.at !== undefined ? { atSeq: resolveAt(reader, flags.at) } : {}),
  };
}

function checkPageFlags(name: string, flags: ReportFlags): void {
  if ((flags.page !== undefined || flags.at !== undefined) && name !== 'decisions') throw new UsageError('--page and --at belong to report decisions');
  if (flags.page !== undefined) parsePage(flags.page);
  if (flags.at !== undefined) parsePoint(flags.at);
}

/** The trace has none of the data a report needs: one line, exit 2. */
class ReportDataAbsentError extends Error {
  override readonly name = 'ReportDataAbsentError';
  readonly exitCode = 2;
}

type Output = 'table' | 'json' | 'csv' | 'html';

/** What goes to stdout; `--html FILE` writes the page besides (alone: stdout says where it went). */
function outputOf(flags: ReportFlags): Output {
  if (flags.json && flags.csv) throw new UsageError('choose one of --json and --csv (either may come with --html)');
  if (flags.html !== undefined) checkWritable(flags.html);
  return flags.json ? 'json' : flags.csv ? 'csv' : flags.html !== undefined ? 'html' : 'table';
}

/** Refuses an --html target that cannot be written, before any work is done. */
function checkWritable(file: string): void {
  const dir = path.dirname(path.resolve(file));
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`cannot write ${file}: no such directory ${dir}`);
  if (existsSync(file) && statSync(file).isDirectory()) throw new UsageError(`cannot write ${file}: it is a directory`);
  try {
    accessSync(existsSync(file) ? file : dir, constants.W_OK);
  } catch {
    throw new UsageError(`cannot write ${file}: permission denied`);
  }
}

function writeHtml(file: string, html: string, alone: boolean): void {
  try {
    writeFileSync(file, html);
  } catch (error) {
    throw new UsageError(`cannot write ${file}: ${(error as Error).message}`);
  }
  // With --csv or --json, stdout holds the rows alone.
  (alone ? process.stdout : process.stderr).write(`wrote ${file} (${Math.round(html.length / 1024)} KB, ${(html.match(/<svg/g) ?? []).length} charts)\n`);
}

function options(flags: ReportFlags): ReportOptions {
  const top = Number(flags.top ?? '10');
  if (!Number.isInteger(top) || top < 1) throw new UsageError(`--top must be a positive integer, got '${flags.top}'`);
  return { top, ...(flags.section ? { sections: flags.section.split(',').map((s) => s.trim()) } : {}) };
}

function checkSections(name: string, sections: readonly string[] | undefined, comparable: boolean): void {
  const report = REPORTS.find((r) => r.name === name);
  if (!report || !sections) return;
  const known = report.sections.filter((s) => !comparable || s.compare).map((s) => s.name);
  const unknown = sections.filter((s) => !known.includes(s));
  if (unknown.length > 0) {
    throw new UsageError(`report ${name} has no ${comparable ? 'comparable ' : ''}section ${unknown.join(', ')}; sections: ${known.join(', ')}`);
  }
}

export async function reportCommand(file: string | undefined, name: string | undefined, flags: ReportFlags): Promise<void> {
  if (flags.list) {
    process.stdout.write(listReports(file, flags.json === true));
    return;
  }
  if (file === undefined) throw new UsageError('missing trace: disco-analyze <trace> report <name>');
  if (name === undefined) throw new UsageError(`missing report name; reports: ${REPORTS.map((r) => r.name).join(', ')}`);
  findReport(name);
  const output = outputOf(flags);
  const opts = options(flags);
  checkSections(name, opts.sections, false);
  checkPageFlags(name, flags);
  const reader = TraceReader.open(file);
  let result: ReportResult;
  const stopProgress = showPlacementProgress(reader, `report ${name}`, output === 'json');
  try {
    result = runReport(reader, name, traceOptions(reader, name, opts, flags));
  } finally {
    stopProgress();
    reader.close();
  }
  if (reportIsAbsent(result)) {
    throw new ReportDataAbsentError(`report ${name} has no data in ${file}: ${result.sections[0]!.note}`);
  }
  if (flags.html !== undefined) writeHtml(flags.html, await reportHtml(result), output === 'html');
  if (output === 'html') return;
  if (output === 'json') process.stdout.write(`${JSON.stringify(reportJson(result), null, 2)}\n`);
  else if (output === 'csv') process.stdout.write(renderReportCsv(result));
  else process.stdout.write(renderReportText(result));
}

function listReports(file: string | undefined, json: boolean): string {
  let availability: ((name: string) => string[]) | null = null;
  const reader = file === undefined ? null : TraceReader.open(file);
  try {
    if (reader) {
      const results = new Map(REPORTS.map((r) => [r.name, runReport(reader, r.name, { top: 1, probe: true })]));
      availability = (name) => results.get(name)!.sections.filter((s) => s.status === 'absent').map((s) => s.name);
    }
  } finally {
    reader?.close();
  }
  if (json) {
    return `${JSON.stringify(
      REPORTS.map((r) => ({
        name: r.name,
        description: r.description,
        sections: r.sections.map((s) => ({ name: s.name, title: s.title, compare: s.compare, ...(availability ? { absent: availability(r.name).includes(s.name) } : {}) })),
      })),
      null,
      2,
    )}\n`;
  }
  const lines: string[] = [];
  for (const r of REPORTS) {
    const absent = availability?.(r.name) ?? [];
    const state = availability === null ? '' : absent.length === r.sections.length ? '  [no data in this trace]' : absent.length ? `  [no data for: ${absent.join(', ')}]` : '';
    lines.push(`${r.name.padEnd(12)} ${r.description}${state}`);
    for (const s of r.sections) lines.push(`  ${s.name.padEnd(20)} ${s.title}${s.compare ? ' (comparable)' : ''}`);
  }
  return `${lines.join('\n')}\n`;
}

export async function compareCommand(files: string[], flags: ReportFlags & { report: string }): Promise<void> {
  if (files.length < 2) throw new UsageError('compare needs at least two traces');
  findReport(flags.report);
  const output = outputOf(flags);
  const opts = options(flags);
  checkSections(flags.report, opts.sections, true);
  checkPageFlags(flags.report, flags);
  const identities: RunIdentity[] = [];
  const results = files.map((file) => {
    const reader = TraceReader.open(file);
    const stopProgress = showPlacementProgress(reader, `compare ${traceLetter(identities.length)}`, output === 'json');
    try {
      const { scenarioJson, seed, level } = reader.run;
      identities.push({ scenarioJson, seed, level });
      return runReport(reader, flags.report, traceOptions(reader, flags.report, opts, flags));
    } finally {
      stopProgress();
      reader.close();
    }
  });
  if (results.every(reportIsAbsent)) throw new ReportDataAbsentError(`report ${flags.report} has no data in any of the traces: ${results[0]!.sections[0]!.note}`);
  const compared = compareReports(results);
  // What each trace was given that trace A was not: the parameters behind the figures that moved.
  const differences = identities.map((id, i) => (i === 0 ? null : runDifferences(identities[0]!, id)));
  if (flags.html !== undefined) writeHtml(flags.html, await compareHtml(compared, chartOptions(flags, files.length), differences), output === 'html');
  if (output === 'html') return;
  if (output === 'json') process.stdout.write(`${JSON.stringify(comparedJson(compared, differences), null, 2)}\n`);
  else process.stdout.write(output === 'csv' ? comparedCsv(compared) : comparedText(compared, differences));
}

/** `--names` and `--caption`, checked: they end up in page text and chart titles. */
function chartOptions(flags: ReportFlags, traces: number): ComparedChartOptions {
  const names = flags.names?.split(',').map((n) => n.trim());
  if (names !== undefined) {
    if (names.length !== traces) throw new UsageError(`--names gives ${names.length} names for ${traces} traces`);
    const bad = names.find((n) => !/^[A-Za-z0-9][\w.+ -]{0,23}$/.test(n));
    if (bad !== undefined) throw new UsageError(`--names: '${bad}' is not a name (letters, digits, space, . _ + -, at most 24)`);
    if (new Set(names).size !== names.length) throw new UsageError('--names: each trace needs its own name');
  }
  const caption = flags.caption?.trim();
  if (caption !== undefined && (caption.length === 0 || caption.length > 80)) throw new UsageError('--caption must have 1 to 80 characters');
  return { ...(names ? { names } : {}), ...(caption ? { caption } : {}) };
}

/** A compared section as one table: the traces' rows, each value with its ratio to trace A (`<name>_ratio`) unless the section compares values as they are. */
function flatRows(s: ComparedReport['sections'][number], traces: ComparedReport['traces']): { columns: string[]; rows: unknown[][] } {
  const pairs = (name: string) => (s.normalize ? [name, `${name}_ratio`] : [name]);
  const scenario = s.normalize ? [] : ['scenario'];
  const columns = [...s.keys.map((k) => k.name), 'trace', ...scenario, ...s.texts.map((t) => t.name), ...s.metrics.flatMap((m) => pairs(m.name))];
  const rows = s.rows.map((r) => [
    ...r.key, traceLetter(r.trace), ...(s.normalize ? [] : [traces[r.trace]!.scenario]), ...r.texts,
    ...r.values.flatMap((v, m) => (s.normalize ? [v, r.ratios[m] === null ? null : round(r.ratios[m]!)] : [v])),
  ]);
  return { columns, rows };
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

function comparedJson(c: ComparedReport, differences: readonly (RunDifferences | null)[]): unknown {
  return {
    report: c.report,
    description: c.description,
    traces: c.traces.map((t, i) => {
      const d = differences[i];
      return { trace: traceLetter(i), ...t, ...(d ? { differsFromA: d.differences, moreDifferences: d.more, unreadableScenario: d.unreadable } : {}) };
    }),
    sections: c.sections.map((s) => {
      const { columns, rows } = flatRows(s, c.traces);
      return {
        name: s.name,
        title: s.title,
        keys: s.keys,
        metrics: s.metrics,
        texts: s.texts,
        notes: s.notes.map((n) => ({ trace: traceLetter(n.trace), status: n.status, note: n.note })),
        rows: rows.map((row) => Object.fromEntries(columns.map((col, i) => [col, row[i]]))),
      };
    }),
  };
}

function comparedCsv(c: ComparedReport): string {
  return c.sections
    .map((s) => {
      const body = formatTable(flatRows(s, c.traces), 'csv');
      return c.sections.length === 1 ? body : `# ${c.report}/${s.name}\r\n${body}`;
    })
    .join('\r\n');
}

function comparedText(c: ComparedReport, differences: readonly (RunDifferences | null)[]): string {
  const out = [`${c.report}: ${c.description}`, 'ratios are to trace A (= 1.00), as the paper normalizes its figures', ''];
  c.traces.forEach((t, i) => {
    out.push(`  ${traceLetter(i)}  ${describeTrace(t)}`);
    const d = differences[i];
    if (d) out.push(`     ${describeDifferences(d)}`);
  });
  out.push('');
  for (const s of c.sections) {
    out.push(`== ${s.name}: ${s.title}`);
    for (const n of s.notes) out.push(`${traceLetter(n.trace)}: ${n.status === 'absent' ? 'no data' : 'none'}: ${n.note}`);
    if (s.rows.length > 0) {
      const { columns, rows } = s.normalize
        ? {
            columns: [...s.keys.map((k) => k.name), 'trace', ...s.texts.map((t) => t.name), ...s.metrics.map((m) => m.name)],
            rows: s.rows.map((r) => [...r.key, traceLetter(r.trace), ...r.texts, ...r.values.map((v, m) => withRatio(v, r.ratios[m] ?? null, r.trace))]),
          }
        : flatRows(s, c.traces);
      out.push(formatTable({ columns, rows }, 'table'));
    } else {
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

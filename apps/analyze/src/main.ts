import { Command } from 'commander';
import { summarizeTrace, type TraceSummary } from '@disco/analysis';
import { formatCount, formatTicks, runCli, UsageError, VERSION_FLAGS, VERSION_HELP, versionLine, type TableFormat } from '@disco/cli-kit';
import { printable, SCHEMA_VERSION, TraceReader } from '@disco/trace-store';
import { exportCommand, type ExportFlags } from './export-command';
import { provenanceOf, type Provenance } from './provenance';
import { compareCommand, reportCommand, type ReportFlags } from './report-command';
import { DEFAULT_SQL_TIMEOUT_S, sqlCommand, type SqlFlags } from './sql-command';
import { scheduleCommand, type ScheduleFlags } from './schedule-command';
import { registerSweepCommand } from './sweep-command';

interface OutputFlags {
  json?: boolean;
  csv?: boolean;
}

function tableFormat(flags: OutputFlags): TableFormat {
  if (flags.json && flags.csv) throw new UsageError('choose one of --json and --csv');
  return flags.json ? 'json' : flags.csv ? 'csv' : 'table';
}

function withTrace<T>(file: string, action: (reader: TraceReader) => T): T {
  const reader = TraceReader.open(file);
  try {
    return action(reader);
  } finally {
    reader.close();
  }
}

const program = new Command('disco-analyze')
  .version(versionLine('disco-analyze', SCHEMA_VERSION), VERSION_FLAGS, VERSION_HELP)
  // Before the subcommands exist, so they inherit it: their usage errors then
  // reach runCli (one line, exit 2) instead of exiting 1 inside commander.
  .exitOverride()
  .description('Ask questions of a trace: read-only SQL over its tables and views, and summaries.')
  .option('--debug', 'print stack traces of errors')
  .addHelpText(
    'after',
    `
Examples:
  disco-analyze traces/default-s1.db summary
  disco-analyze traces/default-s1.db sql "SELECT kind, count(*) FROM events GROUP BY kind"
  disco-analyze traces/default-s1.db sql "SELECT * FROM run" --json
  disco-analyze traces/hw-private-s1.db report --list
  disco-analyze traces/hw-private-s1.db report locality --html locality.html
  disco-analyze compare traces/hw-private-s1.db traces/hw-migratory-s1.db --report locality
  disco-analyze traces/hw-private-s1.db export perfetto run.json`,
  );

program
  .command('sql')
  .description('run one read-only SQL statement and print its rows')
  .argument('<trace>', 'a trace file')
  .argument('<query>', 'SQL; the trace is opened read-only and writes are refused')
  .option('--json', 'print rows as a JSON array of objects')
  .option('--csv', 'print rows as CSV')
  .option('--timeout <seconds>', 'stop the query after this many seconds (exit 2); 0 for no limit', String(DEFAULT_SQL_TIMEOUT_S))
  .addHelpText(
    'after',
    `
The trace is opened read-only; statements that write are refused, and so are
ATTACH and DETACH (sql runs on the trace alone). INTEGER values are exact,
also past 2^53. The analysis views (run_clock, time_split, …) are defined.
Exit codes: 0 rows printed, 2 bad SQL, a refused statement or --timeout reached.`,
  )
  .action((file: string, query: string, flags: SqlFlags) => sqlCommand(file, query, flags, tableFormat(flags)));

program
  .command('summary')
  .description('the run, its status and hash, and its events by kind')
  .argument('<trace>', 'a trace file')
  .option('--json', 'print the summary as JSON')
  .action((file: string, flags: OutputFlags) => {
    const { summary, provenance } = withTrace(file, (reader) => ({ summary: summarizeTrace(reader), provenance: provenanceOf(reader.run) }));
    process.stdout.write(flags.json ? `${JSON.stringify({ ...summary, provenance }, null, 2)}\n` : renderSummary(summary, provenance));
  });

program
  .command('report')
  .description('run a named report (one SQL query per section, over the analysis views); --list lists them')
  .argument('[trace]', 'a trace file')
  .argument('[name]', 'report name, e.g. locality')
  .option('--list', 'list the reports (and, given a trace, whether it has their data)')
  .option('--section <names>', 'only these sections, comma-separated')
  .option('--top <n>', 'rows of ranked lists such as the hottest pages', '10')
  .option('--json', 'print the report as JSON (rows as objects, columns with their meaning)')
  .option('--csv', 'print CSV: one block per section, or one plain table with --section')
  .option('--html <file>', 'write a self-contained HTML page with SVG charts to <file> (with --json or --csv: those go to stdout too)')
  .option('--page <P>', 'report decisions: explain machine page P (the logical page it holds): its copies and the decisions that put them there')
  .option('--at <point>', 'report decisions: up to a point of the run, as disco-replay --at: an event seq, a simulated time (20ms, 1500us, 0.5s), a share (50%) or end')
  .action((file: string | undefined, name: string | undefined, flags: ReportFlags) => reportCommand(file, name, flags));

program
  .command('compare')
  .description('one report on several traces side by side, each value also as a ratio to the first trace')
  .argument('<traces...>', 'two or more trace files; the first is the baseline')
  .requiredOption('--report <name>', 'report name, e.g. locality')
  .option('--section <names>', 'only these sections, comma-separated')
  .option('--top <n>', 'rows of ranked lists such as the kernel services', '10')
  .option('--json', 'print JSON')
  .option('--csv', 'print CSV: one block per section, or one plain table with --section')
  .option('--html <file>', 'write a self-contained HTML page with SVG charts normalized to the first trace (report policy summary: values, a panel per workload); with --json or --csv: those go to stdout too')
  .option('--names <a,b,…>', 'with --html: name the traces (e.g. IRIX,Disco) instead of A, B, …')
  .option('--caption <text>', 'with --html: appended to every chart title (e.g. the workload)')
  .action((files: string[], flags: ReportFlags & { report: string }) => compareCommand(files, flags));

program
  .command('export')
  .description('write the trace for other tools: perfetto FILE (trace-event JSON), csv DIR or parquet DIR (events and every non-empty table)')
  .argument('<trace>', 'a trace file')
  .argument('<format>', 'perfetto, csv or parquet')
  .argument('<target>', 'the JSON file (perfetto) or the directory (csv, parquet)')
  .option('--force', 'replace an existing file, or write into a non-empty directory')
  .option('--quiet', 'no progress')
  .action((file: string, format: string, target: string, flags: ExportFlags) => exportCommand(file, format, target, flags));

program
  .command('schedule')
  .description("write the trace's scenario with the offline baseline's placement decisions as its policy (scheduled), to run them with disco-record")
  .argument('<trace>', 'a detailed trace of a run on Disco')
  .requiredOption('--out <file>', 'the scenario JSON to write')
  .option('--baseline <kind>', 'optimum (the offline dynamic optimum) or static (the best static placement)', 'optimum')
  .option('--force', 'replace an existing file')
  .option('--json', 'print what was written as JSON')
  .action((file: string, flags: ScheduleFlags) => scheduleCommand(file, flags));

registerSweepCommand(program);

function renderSummary(s: TraceSummary, provenance: Provenance | null): string {
  const r = s.run;
  const lines = [
    `trace      ${s.file}`,
    `scenario   ${r.scenarioName} (seed ${r.seed}, level ${r.level})`,
    `status     ${r.status}${r.error ? ` (${r.error})` : ''}`,
    `events     ${formatCount(r.eventCount)} in ${formatCount(r.batchCount)} batches of up to ${r.batchSize}`,
    `sim time   ${r.simTicks === null ? '-' : formatTicks(r.simTicks)}`,
    `recorded   ${r.startedAt} by model ${r.modelVersion}, schema ${r.schemaVersion}${r.wallSeconds === null ? '' : `, ${r.wallSeconds.toFixed(2)} s wall`}`,
    `final hash ${r.finalHash ?? '-'}`,
    `payloads   ${r.protoMessage} in ${r.protoFile} (stored in table schema_file)`,
    ...provenanceLines(provenance),
    '',
    'events by kind (table: rows)',
  ];
  for (const k of s.eventsByKind.filter((k) => k.count > 0)) lines.push(`  ${k.table.padEnd(28)} ${formatCount(k.count).padStart(12)}`);
  if (s.eventsInTables !== r.eventCount) {
    lines.push(`warning: the typed tables hold ${formatCount(s.eventsInTables)} events, the run says ${formatCount(r.eventCount)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** How the trace was made, against the shipped scenario of its name (none for a scenario of its own). */
function provenanceLines(p: Provenance | null): string[] {
  if (p === null) return [];
  // Names and values come from the trace: escaped and cut before they reach the terminal.
  const made = p.overrides.length === 0 ? 'the shipped scenario as it is' : `the shipped scenario with ${p.overrides.length} field(s) set otherwise: ${p.overrides.map((o) => `${printable(o.pointer, 80)}=${printable(o.value, 40)}`).join(', ')}`;
  return [`made from  ${made}`, p.rerecord === null ? `re-record  not as one command line: ${p.reason}` : `re-record  ${p.rerecord}`];
}

/**
 * The documented form is `disco-analyze <trace> <command> …`; commander wants
 * the command first, so the trace moves behind it (both orders work).
 */
function traceFirst(argv: readonly string[]): string[] {
  const commands = new Set(program.commands.map((c) => c.name()));
  const args = [...argv];
  const first = args.findIndex((a, i) => i >= 2 && !a.startsWith('-'));
  // `help <command>` is commander's own: it stays as it is.
  if (first >= 0 && args[first] !== 'help' && !commands.has(args[first]!) && commands.has(args[first + 1] ?? '')) {
    [args[first], args[first + 1]] = [args[first + 1]!, args[first]!];
  }
  return args;
}

/** `disco-analyze FILE` alone, or FILE followed by no known command: say that a command is missing, not that FILE is unknown. */
function missingCommand(argv: readonly string[]): string | null {
  const commands = new Set([...program.commands.map((c) => c.name()), 'help']);
  const words = argv.slice(2).filter((a) => !a.startsWith('-'));
  if (argv.slice(2).some((a) => a === '--help' || a === '-h')) return null;
  if (words.length > 1 && !commands.has(words[0]!) && words[1] === 'help') {
    return `help takes no trace: disco-analyze help [command] (e.g. disco-analyze help ${words[2] !== undefined && commands.has(words[2]) ? words[2] : 'sql'}), or disco-analyze <trace> <command> --help`;
  }
  if (words.length === 0 || commands.has(words[0]!) || commands.has(words[1] ?? '')) return null;
  if (words.length > 1) return `unknown command '${words[1]}' after ${words[0]}; commands: ${[...commands].join(', ')}`;
  return `missing command after ${words[0]}: disco-analyze <trace> <command>, commands: ${[...commands].join(', ')}`;
}

const missing = missingCommand(process.argv);
if (missing !== null) {
  process.stderr.write(`error: ${missing}\n`);
  process.exitCode = 2;
} else {
  void runCli(program, traceFirst(process.argv));
}

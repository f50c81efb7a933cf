import { Command } from 'commander';
import { summarizeTrace, type TraceSummary } from '@disco/analysis';
import { formatCount, formatTable, formatTicks, runCli, UsageError, type TableFormat } from '@disco/cli-kit';
import { TraceReader } from '@disco/trace-store';

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
  .description('Ask questions of a trace: read-only SQL over its tables and views, and summaries.')
  .option('--debug', 'print stack traces of errors')
  .addHelpText(
    'after',
    `
Examples:
  disco-analyze traces/default-s1.db summary
  disco-analyze traces/default-s1.db sql "SELECT kind, count(*) FROM events GROUP BY kind"
  disco-analyze traces/default-s1.db sql "SELECT * FROM run" --json`,
  );

program
  .command('sql')
  .description('run one read-only SQL statement and print its rows')
  .argument('<trace>', 'a trace file')
  .argument('<query>', 'SQL; the trace is opened read-only and writes are refused')
  .option('--json', 'print rows as a JSON array of objects')
  .option('--csv', 'print rows as CSV')
  .action((file: string, query: string, flags: OutputFlags) => {
    const format = tableFormat(flags);
    const result = withTrace(file, (reader) => reader.query(query));
    process.stdout.write(formatTable(result, format));
  });

program
  .command('summary')
  .description('the run, its status and hash, and its events by kind')
  .argument('<trace>', 'a trace file')
  .option('--json', 'print the summary as JSON')
  .action((file: string, flags: OutputFlags) => {
    const summary = withTrace(file, summarizeTrace);
    process.stdout.write(flags.json ? `${JSON.stringify(summary, null, 2)}\n` : renderSummary(summary));
  });

function renderSummary(s: TraceSummary): string {
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
    '',
    'events by kind (table: rows)',
  ];
  for (const k of s.eventsByKind.filter((k) => k.count > 0)) lines.push(`  ${k.table.padEnd(28)} ${formatCount(k.count).padStart(12)}`);
  if (s.eventsInTables !== r.eventCount) {
    lines.push(`warning: the typed tables hold ${formatCount(s.eventsInTables)} events, the run says ${formatCount(r.eventCount)}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The documented form is `disco-analyze <trace> <command> …`; commander wants
 * the command first, so the trace moves behind it (both orders work).
 */
function traceFirst(argv: readonly string[]): string[] {
  const commands = new Set(program.commands.map((c) => c.name()));
  const args = [...argv];
  const first = args.findIndex((a, i) => i >= 2 && !a.startsWith('-'));
  if (first >= 0 && !commands.has(args[first]!) && commands.has(args[first + 1] ?? '')) {
    [args[first], args[first + 1]] = [args[first + 1]!, args[first]!];
  }
  return args;
}

void runCli(program, traceFirst(process.argv));

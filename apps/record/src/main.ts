import { Command, Option } from 'commander';
import {
  createActivity,
  ExitCode,
  formatCount,
  formatTicks,
  modelVersion,
  runCli,
  scenariosDir,
  tracesDir,
  UsageError,
} from '@disco/cli-kit';
import { renderHighlights, runHighlights } from '@disco/analysis';
import { listScenarios, loadScenario, scaleScenario } from '@disco/scenario';
import { TraceReader, type RunStatus } from '@disco/trace-store';
import { TICKS_PER_US, TRACE_LEVELS, type TraceLevel } from '@disco/sim-kernel';
import { catchStopSignals, defaultOutFile, record, type RecordResult } from './record';

interface Flags {
  seed?: string;
  out?: string;
  level?: TraceLevel;
  batchSize?: string;
  scale?: string;
  force?: boolean;
  quiet?: boolean;
  json?: boolean;
  debug?: boolean;
}

const program = new Command('disco-record')
  .description('Record a scenario into a trace: a SQLite file of hash-chained protobuf event batches and typed tables.')
  .argument('<scenario>', `a scenario name from traces/scenarios/ or a path to a scenario JSON file`)
  .option('--seed <n>', 'PRNG seed (default: the scenario\'s)')
  .option('--out <file>', 'trace file to write (default: traces/<scenario>-s<seed>.db, never overwriting)')
  .addOption(new Option('--level <level>', 'trace level (default: the scenario\'s)').choices([...TRACE_LEVELS]))
  .option('--batch-size <n>', 'events per stored batch (default: the scenario\'s)')
  .option('--scale <factor>', 'grow the workload: multiply the scenario\'s scale by this factor')
  .option('--force', 'replace the --out file if it exists')
  .option('--quiet', 'no progress; print only the trace path')
  .option('--json', 'print the summary as JSON on stdout')
  .option('--debug', 'print stack traces of errors')
  .addHelpText('after', () => `\nScenarios: ${listScenarios(scenariosDir()).join(', ')}\n\nExample:\n  disco-record default --seed 7 --out /tmp/run.db`)
  .action(async (scenarioArg: string, flags: Flags) => {
    const given = loadScenario(scenarioArg, scenariosDir());
    const loaded = flags.scale === undefined ? given : scaleScenario(given, parsePositiveNumber('--scale', flags.scale));
    const seed = flags.seed === undefined ? loaded.scenario.seed : parseNonNegativeInteger('--seed', flags.seed);
    const batchSize = flags.batchSize === undefined ? loaded.scenario.batchSize : parseNonNegativeInteger('--batch-size', flags.batchSize, 1);
    const level = flags.level ?? loaded.scenario.level;
    const out = flags.out ?? defaultOutFile(tracesDir(), loaded.scenario.name, seed);
    if (flags.out !== undefined && flags.force) refuseNonTrace(flags.out);

    const stop = catchStopSignals();
    // A spinner with rates: a run often drains long before its time limit, so no % or ETA.
    const progress = createActivity(loaded.scenario.name, { quiet: !!(flags.quiet || flags.json), unit: 'µs simulated' });
    let result: RecordResult;
    try {
      result = await record({
        loaded,
        seed,
        level,
        out,
        force: !!flags.force,
        batchSize,
        modelVersion: modelVersion(),
        interrupted: () => stop.received !== null,
        onProgress: (driver, events) => {
          progress.update(Math.floor(driver.sim.now / TICKS_PER_US), { events });
        },
      });
    } finally {
      progress.stop();
      stop.dispose();
    }
    printSummary(result, flags);
    if (result.status === 'incomplete') {
      process.stderr.write(`interrupted${stop.received === null ? '' : ` by ${stop.received}`}: ${result.file} holds ${formatCount(result.events)} events, status incomplete\n`);
      process.exitCode = stop.received === null ? ExitCode.INTERRUPTED : stop.exitCode;
    }
  });

function parseNonNegativeInteger(flag: string, text: string, min = 0): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value) || value < min) {
    throw new UsageError(`${flag} must be an integer ≥ ${min}, got '${text}'`);
  }
  return value;
}

function parsePositiveNumber(flag: string, text: string): number {
  const value = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || !(value > 0)) throw new UsageError(`${flag} must be a positive number, got '${text}'`);
  return value;
}

/** `--force` replaces traces, not arbitrary files that happen to be in the way. */
function refuseNonTrace(file: string): void {
  try {
    TraceReader.open(file).close();
  } catch (error) {
    const problem = (error as { problem?: string }).problem;
    if (problem !== undefined && problem !== 'not-found' && problem !== 'newer-schema' && problem !== 'corrupt') {
      throw new UsageError(`--force refuses to replace ${file}: it is not a trace`);
    }
  }
}

function printSummary(r: RecordResult, flags: Flags): void {
  if (flags.json) {
    process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
    return;
  }
  if (flags.quiet) {
    process.stdout.write(`${r.file}\n`);
    return;
  }
  const status: Record<RunStatus, string> = { complete: 'complete', incomplete: 'INCOMPLETE', failed: 'FAILED', running: 'running' };
  const lines = [
    `recorded ${r.scenario} (seed ${r.seed}, level ${r.level}): ${status[r.status]}`,
    `  events          ${formatCount(r.events)} in ${formatCount(r.batches)} batches`,
    `  simulated time  ${formatTicks(r.simTicks)}`,
    `  wall time       ${r.wallSeconds.toFixed(2)} s (${formatCount(r.eventsPerSecond)} events/s)`,
    `  final hash      ${r.finalHash ?? '-'}`,
    `  trace           ${r.file}`,
  ];
  const reader = TraceReader.open(r.file);
  try {
    lines.push(...renderHighlights(runHighlights(reader)));
    const kinds = reader.eventCounts().filter((k) => k.count > 0);
    lines.push(`  events by kind (${kinds.length} kinds; disco-analyze … summary lists all)`);
    for (const { kind, count } of kinds.slice(0, 8)) lines.push(`    ${kind.padEnd(28)} ${formatCount(count).padStart(12)}`);
  } finally {
    reader.close();
  }
  lines.push(`next: npx disco-analyze ${r.file} summary   |   npx disco-replay ${r.file}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

void runCli(program);

import path from 'node:path';
import { Command, Option } from 'commander';
import {
  createActivity,
  ExitCode,
  formatCount,
  formatMb,
  formatTicks,
  hostMemoryText,
  modelVersion,
  PeakRss,
  runCli,
  scenariosDir,
  tracesDir,
  UsageError,
  VERSION_FLAGS,
  VERSION_HELP,
  versionLine,
} from '@disco/cli-kit';
import { renderHighlights, runHighlights } from '@disco/analysis';
import { collectOverride, describeScenarios, listScenarios, loadScenario, overrideScenario, scaleScenario, traceEventBounds, type Override, type RunDriver } from '@disco/scenario';
import { SCHEMA_VERSION, TraceReader, type RunStatus } from '@disco/trace-store';
import { TICKS_PER_US, TRACE_LEVELS, type TraceLevel } from '@disco/sim-kernel';
import { checkDiskSpace } from './disk-space';
import { catchStopSignals, defaultOutFile, record, type RecordResult } from './record';
import { runUntraced, type UntracedResult } from './run-untraced';
import { SERVE_FLAG, serveRuns } from './serve';

interface Flags {
  seed?: string;
  out?: string;
  level?: TraceLevel | 'none';
  set: Override[];
  list?: boolean;
  batchSize?: string;
  scale?: string;
  force?: boolean;
  quiet?: boolean;
  json?: boolean;
  debug?: boolean;
}

/** disco-record's command line; a fresh one per parse (a run server parses many). */
function makeProgram(): Command {
  return new Command('disco-record')
    .version(versionLine('disco-record', SCHEMA_VERSION), VERSION_FLAGS, VERSION_HELP)
    .description('Record a scenario into a trace: a SQLite file of hash-chained protobuf event batches and typed tables.')
    .argument('[scenario]', `a scenario name from traces/scenarios/ (see --list) or a path to a scenario JSON file`)
    .option('--seed <n>', 'PRNG seed (default: the scenario\'s)')
    .option('--out <file>', 'trace file to write (default: traces/<scenario>-s<seed>.db, never overwriting)')
    .addOption(new Option('--level <level>', 'trace level (default: the scenario\'s); none: run and summarise without storing events').choices([...TRACE_LEVELS, 'none']))
    .option('--set <pointer=value>', 'override one scenario value by JSON pointer, validated as the file is (repeatable), e.g. --set /machine/remoteMissNs=600', collectOverride, [])
    .option('--list', 'list the shipped scenarios with what each reproduces, and exit')
    .option('--batch-size <n>', 'events per stored batch (default: the scenario\'s)')
    .option('--scale <factor>', 'grow the workload: multiply the scenario\'s scale by this factor')
    .option('--force', 'replace the --out file if it exists')
    .option('--quiet', 'no progress; print only the trace path')
    .option('--json', 'print the summary as JSON on stdout')
    .option('--debug', 'print stack traces of errors')
    .addHelpText('after', () => `\nScenarios (disco-record --list describes them): ${listScenarios(scenariosDir()).join(', ')}\n\nExamples:\n  disco-record default --seed 7 --out /tmp/run.db\n  disco-record hw-migratory --set /machine/remoteMissNs=1800 --set /hardware/durationUs=2000`)
    .action(async (scenarioArg: string | undefined, flags: Flags) => {
      if (flags.list) {
        printList(flags);
        return;
      }
      if (scenarioArg === undefined) throw new UsageError('missing scenario: name one of disco-record --list, or a path to a scenario JSON file');
      const given = overrideScenario(loadScenario(scenarioArg, scenariosDir()), flags.set);
      const loaded = flags.scale === undefined ? given : scaleScenario(given, parsePositiveNumber('--scale', flags.scale));
      if (flags.level === 'none') {
        await recordNothing(loaded, flags);
        return;
      }
      const seed = flags.seed === undefined ? loaded.scenario.seed : parseNonNegativeInteger('--seed', flags.seed);
      const batchSize = flags.batchSize === undefined ? loaded.scenario.batchSize : parseNonNegativeInteger('--batch-size', flags.batchSize, 1);
      const level = flags.level ?? loaded.scenario.level;
      const out = flags.out ?? defaultOutFile(tracesDir(), loaded.scenario.name, seed);
      if (flags.out !== undefined && flags.force) refuseNonTrace(flags.out);
      const warning = checkSpace(loaded, level, out, !!flags.force);

      // The warning waits until the file exists: a recording refused for another reason says only that.
      const onCreated = () => warning !== null && process.stderr.write(warning);
      const { result, stop } = await watched(loaded.scenario.name, flags, (hooks) =>
        record({ loaded, seed, level, out, force: !!flags.force, batchSize, modelVersion: modelVersion(), onCreated, ...hooks }),
      );
      printSummary(result, flags);
      if (result.status === 'incomplete') {
        process.stderr.write(`interrupted${stop.received === null ? '' : ` by ${stop.received}`}: ${result.file} holds ${formatCount(result.events)} events, status incomplete\n`);
        process.exitCode = stop.received === null ? ExitCode.INTERRUPTED : stop.exitCode;
      }
    });
}

function printList(flags: Flags): void {
  const scenarios = describeScenarios(scenariosDir());
  if (flags.json) {
    process.stdout.write(`${JSON.stringify(scenarios, null, 2)}\n`);
    return;
  }
  const width = Math.max(...scenarios.map((s) => s.name.length));
  const paperWidth = Math.max(...scenarios.map((s) => s.paper.length));
  for (const s of scenarios) process.stdout.write(`${s.name.padEnd(width)}  ${s.paper.padEnd(paperWidth)}  ${firstSentence(s.description)}\n`);
}

/** A description's first sentence, for one line per scenario. */
function firstSentence(text: string): string {
  const end = text.search(/[.;](\s|$)/);
  return end < 0 ? text : text.slice(0, end);
}

/** What a run reports to the command line while it goes: a stop signal asks it to stop, progress follows simulated time. */
interface RunHooks {
  readonly interrupted: () => boolean;
  readonly onProgress: (driver: RunDriver, events: number) => void;
}

/**
 * Runs `run` with SIGINT, SIGTERM and SIGHUP turned into a polite stop (the
 * signal is returned with the result) and, on a terminal, a spinner with
 * rates on stderr: a run often drains long before its time limit, so no % or ETA.
 */
async function watched<T>(name: string, flags: Flags, run: (hooks: RunHooks) => T | Promise<T>): Promise<{ result: T & { peakRssBytes: number }; stop: { received: string | null; exitCode: number } }> {
  const stop = catchStopSignals();
  const progress = createActivity(name, { quiet: !!(flags.quiet || flags.json), unit: 'µs simulated' });
  const rss = new PeakRss();
  try {
    const result = await run({
      interrupted: () => stop.received !== null,
      onProgress: (driver, events) => {
        rss.poll();
        progress.update(Math.floor(driver.sim.now / TICKS_PER_US), { events });
      },
    });
    return { result: { ...result, peakRssBytes: rss.sample() }, stop: { received: stop.received, exitCode: stop.exitCode } };
  } finally {
    progress.stop();
    stop.dispose();
  }
}

/** --level none: the run and its summary, no trace. */
async function recordNothing(loaded: ReturnType<typeof loadScenario>, flags: Flags): Promise<void> {
  if (flags.out !== undefined) throw new UsageError('--level none stores nothing: drop --out');
  const seed = flags.seed === undefined ? loaded.scenario.seed : parseNonNegativeInteger('--seed', flags.seed);
  const { result, stop } = await watched<UntracedResult>(loaded.scenario.name, flags, (hooks) => runUntraced(loaded, seed, hooks));
  if (flags.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else if (!flags.quiet) {
    const lines = [
      `ran ${result.scenario} (seed ${result.seed}, level none: nothing stored): ${result.status}`,
      `  events          ${formatCount(result.events)} (counted, not stored)`,
      `  simulated time  ${formatTicks(result.simTicks)}`,
      `  wall time       ${result.wallSeconds.toFixed(2)} s (${formatCount(result.eventsPerSecond)} events/s)`,
      hostMemoryLine(result.peakRssBytes),
      ...footprintLines(result.footprint),
      `  events by kind (${result.eventsByKind.length} kinds)`,
      ...result.eventsByKind.slice(0, 8).map(({ kind, count }) => `    ${kind.padEnd(28)} ${formatCount(count).padStart(12)}`),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  if (result.status === 'incomplete') process.exitCode = stop.received === null ? ExitCode.INTERRUPTED : stop.exitCode;
}

const PAGES_PER_MB = 256;

/** The host memory the run took (not the simulated machine's). */
function hostMemoryLine(peakRssBytes: number): string {
  return `  host memory     ${hostMemoryText(peakRssBytes)}`;
}

/** The footprint at the run's end, in MB (what Figure 6 plots), when the run has samples. */
function footprintLines(f: UntracedResult['footprint']): string[] {
  if (f === null) return [];
  const mb = (pages: number): string => `${(pages / PAGES_PER_MB).toFixed(2)} MB`;
  return [`  footprint       virtual ${mb(f.virtualPages)} (buffer cache ${mb(f.virtualBufferCachePages)}), machine ${mb(f.machinePages)} (buffer cache ${mb(f.machineBufferCachePages)}) at the end`];
}

/**
 * Before anything is written: refuses a trace that cannot fit where it goes
 * (free space below what the run surely stores: exit 2); returns the warning
 * line to print when it may not (free space below what it may store, its
 * -wal's peak included, or below that of what is sure when the model cannot
 * bound it), and the recording goes on.
 */
function checkSpace(loaded: ReturnType<typeof loadScenario>, level: TraceLevel, out: string, force: boolean): string | null {
  const bounds = traceEventBounds(loaded.scenario, level);
  const check = checkDiskSpace(out, bounds, force);
  if (check === null || check.verdict === 'fits') return null;
  const free = `${path.dirname(path.resolve(out))} has ${formatMb(check.freeBytes, 'down')} free`;
  if (check.verdict === 'does-not-fit') {
    throw new UsageError(`not enough disk space for ${out}: the trace needs at least ${formatMb(check.atLeastBytes, 'up')} (${formatCount(bounds.sure)} events that ${loaded.scenario.name} surely stores), ${free}`);
  }
  const events = bounds.upper === null ? `${formatCount(bounds.sure)} events sure, more as the run makes them` : `up to ${formatCount(bounds.upper)} events`;
  return `warning: ${out} may not fit: the trace may need ${formatMb(check.upToBytes, 'up')} (${events}, and its -wal while recording), ${free}; recording anyway: a full disk stops it with exit 74, keeping every committed batch\n`;
}

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

function printSummary(r: RecordResult & { readonly peakRssBytes: number }, flags: Flags): void {
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
    hostMemoryLine(r.peakRssBytes),
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

if (process.argv[2] === SERVE_FLAG) serveRuns(makeProgram);
else void runCli(makeProgram());

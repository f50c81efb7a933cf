import { Command } from 'commander';
import { createProgress, ExitCode, formatCount, hostMemoryText, modelVersion, PeakRss, runCli, UsageError, VERSION_FLAGS, VERSION_HELP, versionLine } from '@disco/cli-kit';
import { listDifferences, SCHEMA_VERSION, tickOfSeq, TraceReader } from '@disco/trace-store';
import { diffTraces, type DiffResult } from './diff-traces';
import { details, renderState, summarize } from './render-state';
import { parsePoint, projectAt, resolvePoint, SnapshotCache } from './state-at';
import { verifyTrace, type VerifyResult } from './verify-trace';

interface Flags {
  diff?: string;
  at?: string;
  snapshotEvery?: string;
  cache?: boolean;
  full?: boolean;
  json?: boolean;
  quiet?: boolean;
  debug?: boolean;
}

const program = new Command('disco-replay')
  .version(versionLine('disco-replay', SCHEMA_VERSION), VERSION_FLAGS, VERSION_HELP)
  .description('Re-execute a recorded run from its scenario and seed, and verify the event stream against the trace.')
  .argument('<trace>', 'a trace file written by disco-record')
  .option('--diff <other>', 'instead of re-executing, compare with another trace and report the first event where they differ')
  .option('--at <point>', "instead of re-executing, project the monitor's state from the events at a point: an event seq (12345), a simulated time (20ms, 1500us, 7ns, 123456ps, 0.5s), a share of the events (50%) or end")
  .option('--snapshot-every <n>', 'with --at: keep a snapshot of the projection every n events', '250000')
  .option('--no-cache', 'with --at: keep snapshots in memory only (no <trace>.at-cache file)')
  .option('--full', 'with --at --json: every pmap, copy-on-write, memmap and replica entry')
  .option('--json', 'print the result as JSON on stdout')
  .option('--quiet', 'no progress')
  .option('--debug', 'print stack traces of errors')
  .addHelpText(
    'after',
    '\nExit status: 0 identical, 1 a difference was found, 2 bad input.\n\nExamples:\n  disco-replay traces/default-s1.db\n  disco-replay traces/default-s1.db --diff traces/default-s1-2.db\n  disco-replay traces/default-s1.db --at 20ms\n  disco-replay traces/default-s1.db --at 50% --json',
  )
  .action(async (file: string, flags: Flags) => {
    if (flags.diff !== undefined) return diff(file, flags.diff, flags);
    if (flags.at !== undefined) return stateAt(file, flags.at, flags);
    const reader = TraceReader.open(file);
    try {
      const run = reader.run;
      const progress = createProgress('replay', Math.max(1, run.eventCount), { quiet: !!(flags.quiet || flags.json), unit: 'events' });
      const rss = new PeakRss();
      let result: VerifyResult;
      try {
        result = await verifyTrace(reader, (events) => {
          rss.poll();
          progress.update(events, { events });
        });
      } finally {
        progress.stop();
      }
      print({ ...result, peakRssBytes: rss.sample() }, flags);
      process.exitCode = result.identical ? ExitCode.OK : ExitCode.VERIFICATION_FAILED;
    } finally {
      reader.close();
    }
  });

function print(r: VerifyResult & { readonly peakRssBytes: number }, flags: Flags): void {
  if (flags.json) {
    process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
    return;
  }
  const lines: string[] = [];
  const versionNote = r.modelVersionRecorded === modelVersion() ? '' : ` (recorded by model ${r.modelVersionRecorded}, replayed by ${modelVersion()})`;
  if (r.status !== 'complete') {
    lines.push(`note: the run's status is '${r.status}'; verifying up to its last committed batch`);
  }
  if (r.integrity !== null) {
    const i = r.integrity;
    const where = i.seq === null ? `in ${i.table}` : `seq ${i.seq} in ${i.table}${i.batchIndex === null ? '' : ` (batch ${i.batchIndex})`}`;
    lines.push(`DIFFERENT: first bad ${i.seq === null ? 'entry' : 'event'} ${where}: ${i.reason}`);
    if (r.verifiedEvents > 0) lines.push(`  the ${formatCount(r.verifiedEvents)} events of its batches match the re-execution`);
  } else if (r.divergence === null) {
    lines.push(
      `identical: ${formatCount(r.verifiedEvents)} events in ${formatCount(r.verifiedBatches)} batches of ${r.scenario} (seed ${r.seed}) match the re-execution${versionNote}`,
      `  wall time ${r.wallSeconds.toFixed(2)} s (${formatCount(r.eventsPerSecond)} events/s verified), host memory ${hostMemoryText(r.peakRssBytes)}`,
    );
  } else {
    const d = r.divergence;
    lines.push(
      `DIFFERENT: first bad event seq ${d.seq}${d.tick === null ? '' : ` (tick ${d.tick})`} in batch ${d.batchIndex}: ${d.reason}${versionNote}`,
      `  expected ${d.expected === null ? '(none)' : JSON.stringify(d.expected)}`,
      `  actual   ${d.actual === null ? '(none)' : JSON.stringify(d.actual)}`,
      `  ${formatCount(r.verifiedEvents)} events before it matched`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

function stateAt(file: string, at: string, flags: Flags): void {
  const point = parsePoint(at);
  const every = Number(flags.snapshotEvery ?? '250000');
  if (!Number.isInteger(every) || every < 1) throw new UsageError(`--snapshot-every must be a positive integer, got '${flags.snapshotEvery}'`);
  const reader = TraceReader.open(file);
  try {
    const started = performance.now();
    const seq = resolvePoint(reader, point);
    const cache = new SnapshotCache(reader, every, flags.cache === false ? null : SnapshotCache.fileFor(file));
    try {
      const projection = projectAt(reader, seq, cache);
      const summary = summarize(file, at, projection, cache.persistent ? SnapshotCache.fileFor(file) : null, (performance.now() - started) / 1000);
      const withTick = { ...summary, at: { ...summary.at, tick: tickOfSeq(reader, seq) } };
      if (flags.json) process.stdout.write(`${JSON.stringify(flags.full ? { ...withTick, ...(details(projection) as object) } : withTick, null, 2)}\n`);
      else process.stdout.write(renderState(withTick));
    } finally {
      cache.close();
    }
  } finally {
    reader.close();
  }
}

function diff(file: string, other: string, flags: Flags): void {
  const left = TraceReader.open(file);
  try {
    const right = TraceReader.open(other);
    try {
      const result = diffTraces(left, right);
      process.stdout.write(flags.json ? `${JSON.stringify(result, null, 2)}\n` : renderDiff(result));
      process.exitCode = result.identical ? ExitCode.OK : ExitCode.VERIFICATION_FAILED;
    } finally {
      right.close();
    }
  } finally {
    left.close();
  }
}

function renderDiff(r: DiffResult): string {
  const lines: string[] = [];
  for (const m of r.metadata) lines.push(`note: ${m.field} differs: ${JSON.stringify(m.left)} vs ${JSON.stringify(m.right)}`);
  if (r.scenario.differences.length > 0) lines.push(`note: the scenarios differ: ${listDifferences(r.scenario)}`);
  for (const side of r.scenario.unreadable) lines.push(`note: the scenario of ${side === 'a' ? r.left : r.right} is not JSON: its fields are not compared`);
  if (r.integrity !== null) {
    const i = r.integrity.failure;
    const where = i.seq === null ? `in ${i.table}` : `seq ${i.seq} in ${i.table}${i.batchIndex === null ? '' : ` (batch ${i.batchIndex})`}`;
    lines.push(`DIFFERENT: ${r.integrity.file} disagrees with itself: first bad ${i.seq === null ? 'entry' : 'event'} ${where}: ${i.reason}`);
    return `${lines.join('\n')}\n`;
  }
  const how = r.method === 'hash-chain' ? `${formatCount(r.batchesSkipped)} batches matched by hash, ${r.batchesDecoded} decoded` : 'batch sizes differ, so events were compared one by one';
  if (r.difference === null) {
    lines.push(`identical: ${formatCount(r.matchingEvents)} events (${how})`);
  } else {
    const d = r.difference;
    lines.push(
      `DIFFERENT: first differing event seq ${d.seq}${d.tick === null ? '' : ` (tick ${d.tick})`} in batch ${d.batchIndex}`,
      `  ${r.left}: ${d.left === null ? '(no event: the trace ends here)' : JSON.stringify(d.left)}`,
      `  ${r.right}: ${d.right === null ? '(no event: the trace ends here)' : JSON.stringify(d.right)}`,
      `  ${formatCount(r.matchingEvents)} events before it match (${how})`,
    );
  }
  return `${lines.join('\n')}\n`;
}

void runCli(program);

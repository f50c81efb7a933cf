/**
 * Record-pipeline benchmark (issue 13).
 *
 * Measures, side by side in one run:
 *   1. pipeline: pre-generated events → packed batches → the writer thread
 *      (protobuf, hash chain, SQLite batch blobs and typed rows), from the
 *      first batch handed over to the run finished: the pipeline's capacity;
 *      against a bare better-sqlite3 loop inserting the same rows (one
 *      prepared single-row INSERT per row, one transaction per batch, values
 *      prepared beforehand), alternating, best of the rounds;
 *   2. disco-record against `disco-record --level none` (the untraced run)
 *      at the default and detailed levels, and disco-replay against the
 *      recording it verifies, each a whole CLI process, the runs of a round
 *      one after the other and the rounds alternating, median of the ratios;
 *      The two threads of the detailed recording are also timed apart, each
 *      alone: the simulation packing its events, and the writer thread on them;
 *   3. reading every typed row of that detailed trace back as replay does,
 *      from the file's B-tree pages (TraceReader.kindRowsFromFile) against
 *      SQL (kindRows), alternating, best of the rounds;
 *   4. the recorder's peak resident set at the detailed level, at a run's
 *      length and at four times it (flat: the queue to the writer is bounded).
 * Usage: npm run bench pipeline [-- --events N] [--rounds N] [--scenario NAME]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lastValueFrom, from, toArray } from 'rxjs';
import { parseScenario, RunDriver } from '@disco/scenario';
import { ArraySink } from '@disco/sim-kernel';
import { BatchPacker, BatchWriterThread, recordBatches, type ChainedBatch, type PackedBatch } from '@disco/trace-pipeline';
import { EVENT_KINDS, type TraceEvent } from '@disco/trace-schema';
import { insertSql, TraceReader, TraceWriter } from '@disco/trace-store';
import Database from 'better-sqlite3';
import { reportRows, row, type BenchRow } from './bench-rows';

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(name);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const targetEvents = Number(arg('--events', '1000000'));
const rounds = Number(arg('--rounds', '3'));
const cliScenario = arg('--scenario', 'disco-numa-synthetic');
const BATCH = 4096;
const ROOT = path.resolve(__dirname, '..', '..', '..');
const bin = (app: string) => path.join(ROOT, 'apps', app, 'dist', 'main.cjs');

// Synthetic source: ~4.9 events per simulated µs with these settings.
const scenarioObject = {
  name: 'bench-pipeline',
  model: 'synthetic',
  batchSize: BATCH,
  synthetic: { workers: 8, meanWorkNs: 2000, messageProbability: 0.25, messageLatencyNs: 900, durationMs: targetEvents / 4977 },
};

const seconds = (started: bigint) => Number(process.hrtime.bigint() - started) / 1e9;
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'disco-bench-'));
  const rows: BenchRow[] = [];
  try {
    // First, while the process has run nothing else (no events held, no other model compiled).
    const threads = await timeThreads(dir);
    // Not timed: the events of the run, and their batches (bytes and hashes) for the bare loop.
    const sink = new ArraySink();
    const driver = new RunDriver(parseScenario(JSON.stringify(scenarioObject), 'bench'), { seed: 1, level: 'default' }, sink);
    while (!driver.step());
    const events = sink.events;
    const batches: ChainedBatch[] = await lastValueFrom(from(events).pipe(recordBatches(BATCH), toArray()));
    const pipeline: number[] = [];
    const bare: number[] = [];
    for (let r = 0; r < rounds; r++) {
      pipeline.push(await timePipeline(path.join(dir, `pipeline-${r}.db`), events));
      bare.push(timeBare(path.join(dir, `bare-${r}.db`), batches));
      console.error(`round ${r + 1}: pipeline ${(pipeline[r]! / 1e6).toFixed(2)} M events/s, bare ${(bare[r]! / 1e6).toFixed(2)} M events/s`);
    }
    const best = Math.max(...pipeline);
    rows.push(row(`pipeline events → SQLite (${events.length.toLocaleString('en-US')} events)`, best / 1e6, 'M events/s', 'bare better-sqlite3 loop', Math.max(...bare) / 1e6, 'goal >= 1 M events/s'));
    rows.push(threads);
    rows.push(...timeClis(dir));
    rows.push(timeRowReads(path.join(dir, `${cliScenario}-detailed.db`)));
    rows.push(peakMemory(dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  reportRows(rows);
}

async function timePipeline(file: string, events: readonly TraceEvent[]): Promise<number> {
  const packer = new BatchPacker();
  // Packed as they are appended: packing is part of the pipeline timed.
  function* batches(): IterableIterator<PackedBatch> {
    for (let i = 0, index = 0; i < events.length; i += BATCH, index++) yield packer.pack(index, events.slice(i, i + BATCH));
  }
  return events.length / (await writerSeconds(file, 'default', events.length, batches()));
}

/** Seconds from the first batch appended to a fresh trace's writer thread to the run finished, which must hold `eventCount` events. */
async function writerSeconds(file: string, level: string, eventCount: number, batches: Iterable<PackedBatch>): Promise<number> {
  const creator = TraceWriter.create(file, {
    scenarioName: 'pipeline', scenarioJson: '{}', seed: 1, level, modelVersion: 'bench', batchSize: BATCH, startedAt: '',
  });
  const thread = await BatchWriterThread.start(file, BATCH);
  creator.release();
  const started = process.hrtime.bigint();
  for (const batch of batches) thread.append(batch);
  const finish = await thread.finish({ status: 'complete', simTicks: 0, finishedAt: '', wallSeconds: 0 });
  const elapsed = seconds(started);
  if (finish.state.events !== eventCount) throw new Error(`the writer committed ${finish.state.events} of ${eventCount} events`);
  return elapsed;
}

/**
 * The two threads of a detailed recording apart, each alone on the machine:
 * the simulation at --level detailed packing its events (what its thread does
 * when recording, without posting them), and the writer thread on those
 * batches (encoding, hashing, SQLite). On two cores both run at once, so the
 * slower of them, and what they take from each other, sets disco-record's time.
 */
async function timeThreads(dir: string): Promise<BenchRow> {
  const text = readFileSync(path.join(ROOT, 'traces', 'scenarios', `${cliScenario}.json`), 'utf8');
  const simulation: number[] = [];
  const writer: number[] = [];
  let events = 0;
  for (let r = 0; r < rounds; r++) {
    const packer = new BatchPacker();
    const batches: PackedBatch[] = [];
    const sink = {
      emit: (e: TraceEvent) => {
        packer.add(e);
        if (packer.count === BATCH) batches.push(packer.take(batches.length));
      },
    };
    const started = process.hrtime.bigint();
    const driver = new RunDriver(parseScenario(text, cliScenario), { seed: 1, level: 'detailed' }, sink);
    while (!driver.step());
    if (packer.count > 0) batches.push(packer.take(batches.length));
    simulation.push(seconds(started));
    events = batches.reduce((n, b) => n + b.eventCount, 0);
    writer.push(await writerSeconds(path.join(dir, `threads-${r}.db`), 'detailed', events, batches));
    console.error(`round ${r + 1}: simulation at --level detailed ${simulation[r]!.toFixed(2)} s, writer thread alone ${writer[r]!.toFixed(2)} s (${events} events)`);
  }
  return row(
    `writer thread alone on ${cliScenario}'s detailed batches (${events.toLocaleString('en-US')} events)`,
    Math.min(...writer), 's', 'its simulation alone, events packed', Math.min(...simulation),
    'time ratio, best of the rounds: above 1, the writer is the slower thread',
  );
}

/** The same rows, inserted the plain way: one prepared single-row INSERT per row. */
function timeBare(file: string, batches: readonly ChainedBatch[]): number {
  const setup = TraceWriter.create(file, {
    scenarioName: 'bare', scenarioJson: '{}', seed: 1, level: 'default', modelVersion: 'bench', batchSize: BATCH, startedAt: '',
  });
  setup.close();
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  const insertBatch = db.prepare('INSERT INTO batch VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const statements = new Map(EVENT_KINDS.map((k) => [k.type, db.prepare(insertSql(k))]));
  const prepared = batches.map((b) => ({
    batch: [b.index, b.firstSeq, b.lastSeq, b.firstTick, b.lastTick, b.eventCount, b.bytes, b.prevHash, b.hash],
    rows: b.events.map((e) => ({
      statement: statements.get(e.type)!,
      values: [e.seq, e.tick, e.cpu, e.node, e.vm, ...Object.values(e.data as object)],
    })),
  }));
  const insert = db.transaction((p: (typeof prepared)[number]) => {
    insertBatch.run(p.batch);
    for (const r of p.rows) r.statement.run(r.values);
  });
  const started = process.hrtime.bigint();
  for (const p of prepared) insert(p);
  const elapsed = seconds(started);
  db.close();
  return batches.reduce((n, b) => n + b.eventCount, 0) / elapsed;
}

/** Every typed row of `file` read back from its pages and through SQL, alternating: M rows/s of each, best of the rounds. */
function timeRowReads(file: string): BenchRow {
  const reader = TraceReader.open(file);
  try {
    const readAll = (fromFile: boolean): number => {
      const started = process.hrtime.bigint();
      let n = 0;
      for (const kind of EVENT_KINDS) for (const _ of fromFile ? reader.kindRowsFromFile(kind) : reader.kindRows(kind)) n++;
      return n / seconds(started);
    };
    const pages: number[] = [];
    const sql: number[] = [];
    for (let r = 0; r < rounds; r++) {
      pages.push(readAll(true));
      sql.push(readAll(false));
      console.error(`round ${r + 1}: typed rows from the pages ${(pages[r]! / 1e6).toFixed(2)} M rows/s, through SQL ${(sql[r]! / 1e6).toFixed(2)} M rows/s`);
    }
    return row(`typed rows of the detailed trace read back (${reader.run.eventCount.toLocaleString('en-US')} events)`, Math.max(...pages) / 1e6, 'M rows/s', 'through SQL, JSON chunks', Math.max(...sql) / 1e6, 'from the file\'s pages, as replay reads them');
  } finally {
    reader.close();
  }
}

/** Wall seconds of one CLI run, which must succeed. */
function cli(app: string, args: readonly string[]): number {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [bin(app), ...args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const elapsed = seconds(started);
  if (r.status !== 0) throw new Error(`${app} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return elapsed;
}

/** disco-record at each level against --level none, and disco-replay against disco-record, whole processes, alternating. */
function timeClis(dir: string): BenchRow[] {
  const levels = ['default', 'detailed'] as const;
  const times = { none: [] as number[], record: { default: [] as number[], detailed: [] as number[] }, replay: { default: [] as number[], detailed: [] as number[] } };
  for (let r = 0; r < rounds; r++) {
    times.none.push(cli('record', [cliScenario, '--level', 'none', '--quiet']));
    for (const level of levels) {
      const out = path.join(dir, `${cliScenario}-${level}.db`);
      times.record[level].push(cli('record', [cliScenario, '--level', level, '--out', out, '--force', '--quiet']));
      times.replay[level].push(cli('replay', [out, '--quiet']));
    }
    console.error(
      `round ${r + 1}: none ${times.none[r]!.toFixed(2)} s, record ${levels.map((l) => `${l} ${times.record[l][r]!.toFixed(2)} s`).join(', ')}, replay ${levels.map((l) => `${l} ${times.replay[l][r]!.toFixed(2)} s`).join(', ')}`,
    );
  }
  // The ratio of each round's pair, then the median: a pair ran back to back, so load that comes and goes affects both.
  const ratioRow = (measure: string, values: readonly number[], references: readonly number[], referenceName: string, note: string): BenchRow => {
    const ratio = median(values.map((v, i) => v / (references[i] as number)));
    return { ...row(measure, median(values), 's', referenceName, median(references), note), ratio };
  };
  return [
    ...levels.map((level) => ratioRow(`disco-record ${cliScenario} --level ${level}`, times.record[level], times.none, '--level none (untraced)', 'time ratio, goal <= 1.2')),
    ...levels.map((level) => ratioRow(`disco-replay of the ${level} trace`, times.replay[level], times.record[level], 'disco-record of it', 'time ratio, goal <= 1.0')),
  ];
}

/** disco-record's own summary of one run (--json), which must succeed. */
function recordJson(args: readonly string[]): { events: number; peakRssBytes: number } {
  const r = spawnSync(process.execPath, [bin('record'), ...args, '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) throw new Error(`record ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout) as { events: number; peakRssBytes: number };
}

/**
 * The recorder's peak resident set (its summary's peakRssBytes: both threads)
 * at the detailed level, for the synthetic NUMA run at its length and at four
 * times it: the bounded queue keeps memory flat in the trace's length.
 */
function peakMemory(dir: string): BenchRow {
  const scenario = 'disco-numa-synthetic';
  const lengths = [40_000, 160_000];
  const runs = lengths.map((us) => recordJson([scenario, '--level', 'detailed', '--set', `/disco-synthetic/durationUs=${us}`, '--out', path.join(dir, `rss-${us}.db`), '--force']));
  const [short, long] = runs as [(typeof runs)[number], (typeof runs)[number]];
  console.error(`peak RSS: ${(short.peakRssBytes / 1e6).toFixed(1)} MB at ${short.events} events, ${(long.peakRssBytes / 1e6).toFixed(1)} MB at ${long.events}`);
  return row(
    `peak RSS recording ${scenario} --level detailed, ${(long.events / short.events).toFixed(1)}x the events (${long.events.toLocaleString('en-US')})`,
    long.peakRssBytes / 1e6, 'MB', `${short.events.toLocaleString('en-US')} events`, short.peakRssBytes / 1e6,
    'ratio ~1: flat in the trace\'s length; goal <= 1 GB',
  );
}

void main();

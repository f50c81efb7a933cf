/**
 * Record-pipeline benchmark (issue: workspace and trace spine).
 *
 * Measures, side by side in one process on the same synthetic run:
 *   1. pipeline: pre-generated events → batches → protobuf → hash chain →
 *      SQLite (batch blobs and typed rows): the pipeline's own capacity;
 *   2. bare: the same rows inserted by a plain better-sqlite3 loop, one
 *      prepared single-row INSERT per row, one transaction per batch, values
 *      prepared beforehand;
 *   3. record: the whole of disco-record's path including the simulation;
 *   4. replay: re-execution verified against the stored trace.
 * Prints events/s for each and the ratios. Usage: npm run bench [-- --events N]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lastValueFrom, from, toArray } from 'rxjs';
import { parseScenario, RunDriver, type LoadedScenario } from '@disco/scenario';
import { ArraySink } from '@disco/sim-kernel';
import { persistBatches, recordBatches, type ChainedBatch } from '@disco/trace-pipeline';
import { EVENT_KINDS, type TraceEvent } from '@disco/trace-schema';
import { insertSql, TraceReader, TraceWriter } from '@disco/trace-store';
import Database from 'better-sqlite3';
import { record } from '../../apps/record/src/record';
import { verifyTrace } from '../../apps/replay/src/verify-trace';

const argEvents = process.argv.indexOf('--events');
const targetEvents = argEvents > 0 ? Number(process.argv[argEvents + 1]) : 1_000_000;
// Synthetic source: ~4.9 events per simulated µs with these settings.
const scenarioObject = {
  name: 'bench-pipeline',
  model: 'synthetic',
  batchSize: 4096,
  synthetic: { workers: 8, meanWorkNs: 2000, messageProbability: 0.25, messageLatencyNs: 900, durationMs: targetEvents / 4977 },
};
const loaded: LoadedScenario = {
  scenario: parseScenario(JSON.stringify(scenarioObject), 'bench'),
  json: JSON.stringify(scenarioObject),
  file: '(bench)',
};

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'disco-bench-'));
  try {
    // Not timed: the events of the run, and their batches (bytes and hashes).
    const sink = new ArraySink();
    const driver = new RunDriver(loaded.scenario, { seed: 1, level: 'default' }, sink);
    while (!driver.step());
    const events = sink.events;
    const batches: ChainedBatch[] = await lastValueFrom(from(events).pipe(recordBatches(4096), toArray()));

    const pipelineRate = await timePipeline(path.join(dir, 'pipeline.db'), events);
    const bareRate = timeBare(path.join(dir, 'bare.db'), batches);
    const recordRate = await timeRecord(path.join(dir, 'record.db'));
    const replayRate = await timeReplay(path.join(dir, 'record.db'));
    const rows = [
      ['pipeline (events → SQLite)', pipelineRate],
      ['bare better-sqlite3 loop', bareRate],
      ['record (simulation too)', recordRate],
      ['replay verification', replayRate],
    ] as const;
    console.log(`pipeline benchmark: ${events.length.toLocaleString('en-US')} events, batch 4096, node ${process.version}`);
    for (const [name, rate] of rows) console.log(`  ${name.padEnd(28)} ${Math.round(rate).toLocaleString('en-US').padStart(12)} events/s`);
    console.log(`  pipeline / bare              ${(pipelineRate / bareRate).toFixed(2)}   (target >= 0.8)`);
    console.log(`  pipeline >= 1,000,000 events/s: ${pipelineRate >= 1_000_000 ? 'yes' : 'no'}`);
    console.log(`  replay / record              ${(replayRate / recordRate).toFixed(2)}   (target >= 1.0)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function timePipeline(file: string, events: readonly TraceEvent[]): Promise<number> {
  const writer = TraceWriter.create(file, {
    scenarioName: 'pipeline', scenarioJson: '{}', seed: 1, level: 'default', modelVersion: 'bench', batchSize: 4096, startedAt: '',
  });
  const started = process.hrtime.bigint();
  await lastValueFrom(from(events).pipe(recordBatches(4096), persistBatches(writer), toArray()));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  writer.close();
  return events.length / seconds;
}

/** The same rows, inserted the plain way: one prepared single-row INSERT per row. */
function timeBare(file: string, batches: readonly ChainedBatch[]): number {
  const setup = TraceWriter.create(file, {
    scenarioName: 'bare', scenarioJson: '{}', seed: 1, level: 'default', modelVersion: 'bench', batchSize: 4096, startedAt: '',
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
    for (const row of p.rows) row.statement.run(row.values);
  });
  const started = process.hrtime.bigint();
  for (const p of prepared) insert(p);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  db.close();
  return batches.reduce((n, b) => n + b.eventCount, 0) / seconds;
}

async function timeRecord(file: string): Promise<number> {
  const result = await record({ loaded, seed: 1, level: 'default', out: file, force: true, batchSize: 4096, modelVersion: 'bench' });
  return result.events / result.wallSeconds;
}

async function timeReplay(file: string): Promise<number> {
  const reader = TraceReader.open(file);
  try {
    const result = await verifyTrace(reader);
    if (!result.identical) throw new Error('replay of the benchmark trace diverged');
    return result.verifiedEvents / result.wallSeconds;
  } finally {
    reader.close();
  }
}

void main();

import { existsSync } from 'node:fs';
import path from 'node:path';
import { share, tap } from 'rxjs';
import { RunDriver, type LoadedScenario } from '@disco/scenario';
import type { TraceLevel } from '@disco/sim-kernel';
import { persistBatches, recordBatches, simulationEvents, type ChainedBatch } from '@disco/trace-pipeline';
import { TraceWriter, type RunStatus } from '@disco/trace-store';

export interface RecordOptions {
  readonly loaded: LoadedScenario;
  readonly seed: number;
  readonly level: TraceLevel;
  readonly out: string;
  readonly force: boolean;
  readonly batchSize: number;
  readonly modelVersion: string;
  /** Called after each slice of simulation, with the events committed so far. */
  readonly onProgress?: (driver: RunDriver, committedEvents: number) => void;
  /** Becomes true when the user asks to stop (SIGINT). */
  readonly interrupted?: () => boolean;
}

export interface RecordResult {
  readonly file: string;
  readonly scenario: string;
  readonly seed: number;
  readonly level: TraceLevel;
  readonly status: RunStatus;
  readonly events: number;
  readonly batches: number;
  readonly simTicks: number;
  readonly wallSeconds: number;
  readonly eventsPerSecond: number;
  readonly finalHash: string | null;
}

/**
 * Records a scenario into a new trace: simulation → batches → protobuf →
 * hash chain → SQLite, one transaction per batch. Resolves when the run has
 * ended, been interrupted (status `incomplete`) or failed (status `failed`,
 * then rejects with the model's error).
 */
export function record(options: RecordOptions): Promise<RecordResult> {
  const { loaded, seed, level } = options;
  const startedAt = new Date();
  const writer = TraceWriter.create(
    options.out,
    {
      scenarioName: loaded.scenario.name,
      scenarioJson: loaded.json,
      seed,
      level,
      modelVersion: options.modelVersion,
      batchSize: options.batchSize,
      startedAt: startedAt.toISOString(),
    },
    { force: options.force },
  );
  let driver: RunDriver | undefined;
  let last: ChainedBatch | undefined;
  let events = 0;
  const interrupted = options.interrupted ?? (() => false);

  const end = (status: Exclude<RunStatus, 'running'>, error?: Error): RecordResult => {
    const wallSeconds = (Date.now() - startedAt.getTime()) / 1000;
    const simTicks = driver?.sim.now ?? 0;
    writer.finish({ status, simTicks, finishedAt: new Date().toISOString(), wallSeconds, error: error?.message });
    writer.close();
    return {
      file: options.out,
      scenario: loaded.scenario.name,
      seed,
      level,
      status,
      events,
      batches: last === undefined ? 0 : last.index + 1,
      simTicks,
      wallSeconds,
      eventsPerSecond: wallSeconds > 0 ? events / wallSeconds : 0,
      finalHash: last === undefined ? null : Buffer.from(last.hash).toString('hex'),
    };
  };

  return new Promise((resolve, reject) => {
    const batches$ = simulationEvents((sink) => {
      driver = new RunDriver(loaded.scenario, { seed, level }, sink);
      const d = driver;
      return {
        step: () => {
          const done = interrupted() || d.step();
          options.onProgress?.(d, events);
          return done;
        },
      };
    }).pipe(recordBatches(options.batchSize), persistBatches(writer), share());
    batches$
      .pipe(
        tap((batch) => {
          last = batch;
          events += batch.eventCount;
        }),
      )
      .subscribe({
        // end() does I/O: its failure must reject, not escape as an unhandled error.
        complete: () => {
          try {
            resolve(end(driver?.done ? 'complete' : 'incomplete'));
          } catch (error) {
            reject(error);
          }
        },
        error: (error: Error) => {
          try {
            end('failed', error);
          } finally {
            reject(error);
          }
        },
      });
  });
}

/**
 * The default output file: `traces/<scenario>-s<seed>.db`, or the first of
 * `-2`, `-3`… that does not exist yet, so a recording is never overwritten.
 */
export function defaultOutFile(dir: string, scenario: string, seed: number): string {
  const base = path.join(dir, `${scenario}-s${seed}`);
  if (!existsSync(`${base}.db`)) return `${base}.db`;
  for (let n = 2; ; n++) if (!existsSync(`${base}-${n}.db`)) return `${base}-${n}.db`;
}

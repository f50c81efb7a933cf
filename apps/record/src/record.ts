import { existsSync } from 'node:fs';
import { constants } from 'node:os';
import path from 'node:path';
import { share, tap } from 'rxjs';
import { RunDriver, ScenarioError, type LoadedScenario } from '@disco/scenario';
import { AssertionError, type TraceLevel, type TraceSink } from '@disco/sim-kernel';
import type { TraceEvent } from '@disco/trace-schema';
import { persistBatches, recordBatches, simulationEvents, type ChainedBatch } from '@disco/trace-pipeline';
import { TraceWriteError, TraceWriter, type RunStatus } from '@disco/trace-store';

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
  /** Becomes true when the user asks to stop (SIGINT, SIGTERM, SIGHUP). */
  readonly interrupted?: () => boolean;
  /** Called once the trace file exists, before the first event (what a refused file should not see: a warning about the run). */
  readonly onCreated?: () => void;
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
  // The run is built before the trace file exists: a scenario that cannot be
  // assembled (too few disks…) is bad input and leaves no file behind.
  const early: TraceEvent[] = [];
  let emit: (event: TraceEvent) => void = (event) => early.push(event);
  const sink: TraceSink = { emit: (event) => emit(event) };
  const driver = buildRun(loaded, seed, level, sink);
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
  options.onCreated?.();
  let last: ChainedBatch | undefined;
  let events = 0;
  const interrupted = options.interrupted ?? (() => false);

  const end = (status: Exclude<RunStatus, 'running'>, error?: Error): RecordResult => {
    const wallSeconds = (Date.now() - startedAt.getTime()) / 1000;
    const simTicks = driver.sim.now;
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
    const batches$ = simulationEvents((events$) => {
      emit = (event) => events$.emit(event);
      for (const event of early.splice(0)) events$.emit(event);
      return {
        step: () => {
          const done = interrupted() || driver.step();
          options.onProgress?.(driver, events);
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
            resolve(end(driver.done ? 'complete' : 'incomplete'));
          } catch (error) {
            reject(error instanceof TraceWriteError ? stoppedByWriteFailure(error, options.out, events, last, 'failed') : error);
          }
        },
        error: (error: Error) => {
          // Marking the run failed may itself fail on a full disk: the run row
          // then still says 'running', and every committed batch is intact.
          let status: RunStatus = 'failed';
          try {
            end('failed', error);
          } catch {
            status = 'running';
            writer.close();
          }
          reject(error instanceof TraceWriteError ? stoppedByWriteFailure(error, options.out, events, last, status) : error);
        },
      });
  });
}

/** Assembles the run; an assertion that fails while doing so is a scenario that cannot be run. */
function buildRun(loaded: LoadedScenario, seed: number, level: TraceLevel, sink: TraceSink): RunDriver {
  try {
    return new RunDriver(loaded.scenario, { seed, level }, sink);
  } catch (error) {
    if (error instanceof AssertionError) throw new ScenarioError(`scenario ${loaded.scenario.name} cannot be run: ${error.message}`);
    throw error;
  }
}

/** One line for a recording stopped by a write failure: what is kept, and where. */
function stoppedByWriteFailure(error: TraceWriteError, file: string, events: number, last: ChainedBatch | undefined, status: RunStatus): TraceWriteError {
  const batches = last === undefined ? 0 : last.index + 1;
  return new TraceWriteError(
    file,
    `${error.message}; recording stopped: ${file} keeps the ${events} events of its ${batches} committed batches (status ${status}), verifiable with disco-replay`,
    error.code,
  );
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

/** The signals that stop a recording cleanly: the partial batch is flushed and the run marked incomplete. */
export const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
export type StopSignal = (typeof STOP_SIGNALS)[number];

export interface StopSignals {
  /** The first stop signal received, or null. */
  readonly received: StopSignal | null;
  /** The exit code that reports it, as shells do: 128 + its number (130, 143, 129). */
  readonly exitCode: number;
  /** Restores the default handling. */
  dispose(): void;
}

/** Catches SIGINT, SIGTERM and SIGHUP alike for the length of a recording. */
export function catchStopSignals(): StopSignals {
  let received: StopSignal | null = null;
  const handlers = STOP_SIGNALS.map((signal) => {
    const handler = () => {
      received ??= signal;
    };
    process.on(signal, handler);
    return [signal, handler] as const;
  });
  return {
    get received() {
      return received;
    },
    get exitCode() {
      return 128 + (received === null ? 0 : constants.signals[received]);
    },
    dispose: () => {
      for (const [signal, handler] of handlers) process.off(signal, handler);
    },
  };
}

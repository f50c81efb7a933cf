import { existsSync } from 'node:fs';
import { constants } from 'node:os';
import path from 'node:path';
import { tap } from 'rxjs';
import { RunDriver, ScenarioError, type LoadedScenario } from '@disco/scenario';
import { AssertionError, type TraceLevel, type TraceSink } from '@disco/sim-kernel';
import type { TraceEvent } from '@disco/trace-schema';
import { BatchWriterThread, simulationBatches, toError, WorkerFailed } from '@disco/trace-pipeline';
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
 * Records a scenario into a new trace: simulation → batches, packed on the
 * simulation's thread → a writer thread (protobuf → hash chain → SQLite, one
 * transaction per batch), through a bounded queue. Resolves when the run has
 * ended, been interrupted (status `incomplete`) or failed (status `failed`,
 * then rejects with the model's error, or the write failure's).
 */
export function record(options: RecordOptions): Promise<RecordResult> {
  const { loaded, seed, level } = options;
  const startedAt = new Date();
  // The run is built before the trace file exists: a scenario that cannot be
  // assembled (too few disks…) is bad input and leaves no file behind.
  const early: TraceEvent[] = [];
  let emit: (event: TraceEvent) => void = (event) => early.push(event);
  const sink: TraceSink = { emit: (event) => emit(event) };
  // The writer thread loads its code while the run is assembled.
  const thread = BatchWriterThread.spawn(options.batchSize);
  let driver: RunDriver;
  let creator: TraceWriter;
  try {
    driver = buildRun(loaded, seed, level, sink);
    creator = TraceWriter.create(
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
  } catch (error) {
    void thread.terminate();
    throw error;
  }
  // The creating handle is released once the writer thread holds the file
  // (in WAL mode, so --force sees it in use); the run starts meanwhile, its
  // batches queued behind the file. A worker that cannot open it fails the
  // recording at its first batch or at the end.
  const release = () => creator.release();
  thread.open(options.out).then(release, release);
  const interrupted = options.interrupted ?? (() => false);

  const end = async (status: Exclude<RunStatus, 'running'>, runError?: Error): Promise<RecordResult> => {
    const wallSeconds = (Date.now() - startedAt.getTime()) / 1000;
    const simTicks = driver.sim.now;
    const finish = await thread.finish({ status, simTicks, finishedAt: new Date().toISOString(), wallSeconds, error: runError?.message });
    const { state } = finish;
    if (finish.writeError !== null) {
      // Marking the run failed may itself fail on a full disk: the run row
      // then still says 'running', and every committed batch is intact.
      const error = new TraceWriteError(options.out, finish.writeError.message, finish.writeError.code ?? '');
      throw stoppedByWriteFailure(error, options.out, state.events, state.batches, finish.finishError === null ? 'failed' : 'running');
    }
    if (runError !== undefined) throw runError;
    if (finish.finishError !== null) {
      const error = toError(finish.finishError);
      throw error.name === 'TraceWriteError' ? stoppedByWriteFailure(new TraceWriteError(options.out, error.message, finish.finishError.code ?? ''), options.out, state.events, state.batches, 'failed') : error;
    }
    return {
      file: options.out,
      scenario: loaded.scenario.name,
      seed,
      level,
      status,
      events: state.events,
      batches: state.batches,
      simTicks,
      wallSeconds,
      eventsPerSecond: wallSeconds > 0 ? state.events / wallSeconds : 0,
      finalHash: state.finalHash,
    };
  };

  return new Promise((resolve, reject) => {
    simulationBatches((events$) => {
      emit = events$.emit;
      for (const event of early.splice(0)) events$.emit(event);
      return {
        step: () => {
          // A failed write stops the run where it is: the partial batch is not flushed after a hole.
          if (thread.failed) throw new WorkerFailed('the trace writer failed');
          const done = interrupted() || driver.step();
          options.onProgress?.(driver, thread.committed.events);
          return done;
        },
      };
    }, options.batchSize)
      .pipe(tap((batch) => thread.append(batch)))
      .subscribe({
        complete: () => {
          end(driver.done ? 'complete' : 'incomplete').then(resolve, reject);
        },
        error: (error: Error) => {
          // A writer that failed says why in its own reply: the run ends 'failed' with that message.
          end('failed', error instanceof WorkerFailed ? undefined : error).then(
            () => reject(error),
            reject,
          );
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
function stoppedByWriteFailure(error: TraceWriteError, file: string, events: number, batches: number, status: RunStatus): TraceWriteError {
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

import { statSync } from 'node:fs';
import { takeWhile, tap } from 'rxjs';
import { parseScenario, RunDriver } from '@disco/scenario';
import type { TraceLevel } from '@disco/sim-kernel';
import { BatchVerifierThread, checkStorage, simulationBatches, TraceCheckerThread, WorkerFailed, type Divergence, type IntegrityFailure } from '@disco/trace-pipeline';
import type { RunInfo, TraceReader } from '@disco/trace-store';

export interface VerifyResult {
  readonly file: string;
  readonly scenario: string;
  readonly seed: number;
  readonly status: RunInfo['status'];
  /** True when every stored batch matched the re-execution. */
  readonly identical: boolean;
  readonly verifiedEvents: number;
  readonly verifiedBatches: number;
  readonly storedEvents: number;
  readonly wallSeconds: number;
  readonly eventsPerSecond: number;
  readonly divergence: Divergence | null;
  /** What in the file disagrees with its own batches or schema (typed rows, run fields, damaged pages). */
  readonly integrity: IntegrityFailure | null;
  readonly modelVersionRecorded: string;
}

/**
 * Re-executes the recorded scenario with the recorded seed and level, and
 * compares the regenerated batches with the stored ones through the hash
 * chain. For a run that did not complete, verification stops at its last
 * committed batch. Each matching batch is then checked against its typed
 * rows, and at the end the run's counts and final hash (they are what users
 * query). The batches are compared in a worker thread while the simulation
 * re-executes, and SQLite checks the file's pages and the schema in another
 * meanwhile (on this thread before the re-execution, for a trace of up to
 * INLINE_STORAGE_CHECK_BYTES). What is reported is as if they ran one after
 * the other: a damaged file first, then the first divergence, then the first
 * typed row or run field that disagrees with the (verified) batches.
 */
export async function verifyTrace(reader: TraceReader, onProgress?: (events: number) => void, options: VerifyOptions = {}): Promise<VerifyResult> {
  // A small trace: checking it here first costs less than starting a thread to do it meanwhile.
  const inline = storageBytes(reader.file) <= (options.inlineStorageCheckBytes ?? INLINE_STORAGE_CHECK_BYTES);
  const before = inline ? checkStorage(reader) : null;
  if (before !== null) return failedIntegrity(reader, before);
  const checker = inline ? null : new TraceCheckerThread(reader.file);
  let replayed: VerifyResult | undefined;
  let failure: unknown;
  try {
    replayed = await reExecute(reader, () => checker?.damaged ?? false, onProgress);
  } catch (error) {
    failure = error;
  }
  const damaged = checker === null ? null : await checker.storage;
  if (damaged !== null) return failedIntegrity(reader, damaged);
  if (replayed === undefined) throw failure ?? new Error('the re-execution stopped for a damaged file, which the storage check then found intact');
  return replayed;
}

export interface VerifyOptions {
  /** The size up to which the storage is checked before the re-execution (default INLINE_STORAGE_CHECK_BYTES). */
  readonly inlineStorageCheckBytes?: number;
}

/**
 * Traces (with their write-ahead log) up to this size have their storage
 * checked on the calling thread before the re-execution, not in a worker
 * thread while it runs. Measured here (2-core VM, file in the page cache):
 * SQLite's integrity_check takes about 1.4 ms per MB (36 MB in 50 ms, 14 MB in
 * 20 ms), so 8 MB cost about 11 ms; starting the checker's worker thread costs
 * its isolate and bundle load, about 30 ms of CPU that, on two cores, competes
 * with the re-execution and the verifier (a replay of a 0.4 MB trace took
 * 0.23-0.25 s against its 0.21-0.22 s recording). Assumption: the crossover is
 * machine-dependent; above the bound the check's overlap wins.
 */
export const INLINE_STORAGE_CHECK_BYTES = 8 * 1024 * 1024;

function storageBytes(file: string): number {
  const size = (f: string) => statSync(f, { throwIfNoEntry: false })?.size ?? 0;
  return size(file) + size(`${file}-wal`);
}

function failedIntegrity(reader: TraceReader, integrity: IntegrityFailure): VerifyResult {
  const run = reader.run;
  return {
    file: reader.file,
    scenario: run.scenarioName,
    seed: run.seed,
    status: run.status,
    identical: false,
    verifiedEvents: 0,
    verifiedBatches: 0,
    storedEvents: run.eventCount,
    wallSeconds: 0,
    eventsPerSecond: 0,
    divergence: null,
    integrity,
    modelVersionRecorded: run.modelVersion,
  };
}

async function reExecute(reader: TraceReader, abandoned: () => boolean, onProgress?: (events: number) => void): Promise<VerifyResult | undefined> {
  const run = reader.run;
  const scenario = parseScenario(run.scenarioJson, `${run.scenarioName} (stored in ${reader.file})`);
  const started = Date.now();
  const verifier = BatchVerifierThread.start(reader.file, run.status !== 'complete', run.batchSize);
  try {
    await new Promise<void>((resolve, reject) => {
      simulationBatches((sink) => {
        const driver = new RunDriver(scenario, { seed: run.seed, level: run.level as TraceLevel }, sink);
        return {
          step: () => {
            // Verification is over (a difference, or the trace ends), or the file is damaged: stop re-executing.
            if (verifier.stopRequested || abandoned()) return true;
            const done = driver.step();
            onProgress?.(verifier.events);
            return done;
          },
        };
      }, run.batchSize)
        .pipe(
          takeWhile(() => !verifier.stopRequested),
          tap((batch) => verifier.append(batch)),
        )
        .subscribe({ error: reject, complete: resolve });
    });
  } catch (error) {
    // A worker that failed stops the re-execution with WorkerFailed: its own error, which it sends before it exits, says why.
    if (error instanceof WorkerFailed) await verifier.exited(2000);
    await verifier.abandon();
    throw verifier.failure ?? error;
  }
  if (abandoned()) {
    // The file is damaged: that is the answer, whatever the batches say.
    await verifier.abandon();
    return undefined;
  }
  // A complete run must end exactly where the trace ends; an incomplete one
  // is verified up to its last committed batch.
  const { events, batches, divergence, integrity } = await verifier.end(run.status === 'complete');
  const wallSeconds = (Date.now() - started) / 1000;
  return {
    file: reader.file,
    scenario: run.scenarioName,
    seed: run.seed,
    status: run.status,
    identical: divergence === null && integrity === null,
    verifiedEvents: events,
    verifiedBatches: batches,
    storedEvents: run.eventCount,
    wallSeconds,
    eventsPerSecond: wallSeconds > 0 ? events / wallSeconds : 0,
    divergence,
    integrity,
    modelVersionRecorded: run.modelVersion,
  };
}

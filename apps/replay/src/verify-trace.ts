import { takeWhile, tap } from 'rxjs';
import { parseScenario, RunDriver } from '@disco/scenario';
import type { TraceLevel } from '@disco/sim-kernel';
import { BatchVerifierThread, packBatches, simulationEvents, TraceCheckerThread, WorkerFailed, type Divergence, type IntegrityFailure } from '@disco/trace-pipeline';
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
 * meanwhile. What is reported is as if they ran one after the other: a
 * damaged file first, then the first divergence, then the first typed row or
 * run field that disagrees with the (verified) batches.
 */
export async function verifyTrace(reader: TraceReader, onProgress?: (events: number) => void): Promise<VerifyResult> {
  const checker = new TraceCheckerThread(reader.file);
  let replayed: VerifyResult | undefined;
  let failure: unknown;
  try {
    replayed = await reExecute(reader, () => checker.damaged, onProgress);
  } catch (error) {
    failure = error;
  }
  const damaged = await checker.storage;
  if (damaged !== null) return failedIntegrity(reader, damaged);
  if (replayed === undefined) throw failure ?? new Error('the re-execution stopped for a damaged file, which the storage check then found intact');
  return replayed;
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
      simulationEvents((sink) => {
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
      })
        .pipe(
          packBatches(run.batchSize),
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

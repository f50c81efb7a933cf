import { takeWhile, tap } from 'rxjs';
import { parseScenario, RunDriver } from '@disco/scenario';
import type { TraceLevel } from '@disco/sim-kernel';
import { BatchVerifier, checkStorage, recordBatches, simulationEvents, verifyStoredTrace, type Divergence, type IntegrityFailure } from '@disco/trace-pipeline';
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
 * committed batch. Before it, SQLite checks the file's pages and the schema
 * is compared with this tool's; after it, every typed row, the run's counts
 * and final hash are checked against the (now verified) batches, since they
 * are what users query.
 */
export async function verifyTrace(reader: TraceReader, onProgress?: (events: number) => void): Promise<VerifyResult> {
  const damaged = checkStorage(reader);
  if (damaged !== null) return failedIntegrity(reader, damaged);
  const replayed = await reExecute(reader, onProgress);
  if (replayed.divergence !== null) return replayed;
  const integrity = verifyStoredTrace(reader);
  return integrity === null ? replayed : { ...replayed, identical: false, integrity };
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

function reExecute(reader: TraceReader, onProgress?: (events: number) => void): Promise<VerifyResult> {
  const run = reader.run;
  const scenario = parseScenario(run.scenarioJson, `${run.scenarioName} (stored in ${reader.file})`);
  const verifier = new BatchVerifier(reader.batches(), run.status !== 'complete');
  const started = Date.now();
  let driver: RunDriver | undefined;
  return new Promise((resolve, reject) => {
    simulationEvents((sink) => {
      driver = new RunDriver(scenario, { seed: run.seed, level: run.level as TraceLevel }, sink);
      return driver;
    })
      .pipe(
        recordBatches(run.batchSize),
        takeWhile((batch) => verifier.check(batch)),
        tap(() => onProgress?.(verifier.events)),
      )
      .subscribe({
        error: (error: unknown) => {
          verifier.close();
          reject(error);
        },
        complete: () => {
          // A complete run must end exactly where the trace ends; an
          // incomplete one is verified up to its last committed batch.
          const divergence = verifier.finish(run.status === 'complete');
          verifier.close();
          const wallSeconds = (Date.now() - started) / 1000;
          resolve({
            file: reader.file,
            scenario: run.scenarioName,
            seed: run.seed,
            status: run.status,
            identical: divergence === null,
            verifiedEvents: verifier.events,
            verifiedBatches: verifier.batches,
            storedEvents: run.eventCount,
            wallSeconds,
            eventsPerSecond: wallSeconds > 0 ? verifier.events / wallSeconds : 0,
            divergence,
            integrity: null,
            modelVersionRecorded: run.modelVersion,
          });
        },
      });
  });
}

import { existsSync } from 'node:fs';
import path from 'node:path';
import type { RunEnd } from '@disco/trace-store';
import type { Divergence } from './verify-batches';
import type { IntegrityFailure } from './verify-stored-trace';
import type { PackedBatch } from './packed-batch';

/**
 * Slots of the Int32Array over the SharedArrayBuffer that the simulation's
 * thread and a pipeline worker share: the worker's progress is visible to the
 * simulation without a turn of its event loop, so it can block on a full
 * queue (Atomics.wait) and see a failure at once.
 */
export const CONTROL = {
  /** Batches posted and not yet done with by the worker. */
  IN_FLIGHT: 0,
  /** Set (1) by the worker when it can take no more batches: a write failed, or it crashed. */
  FAILED: 1,
  /** Set (1) by a verifying worker when the rest of the run need not be re-executed. */
  STOP: 2,
} as const;
export const CONTROL_SLOTS = 3;

/** What crosses the thread boundary for an error: its class is lost, so its name, message and code travel. */
export interface SerializedError {
  readonly name: string;
  readonly message: string;
  readonly code?: string;
  readonly stack?: string;
}

export function serializeError(error: unknown): SerializedError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const code = (error as { code?: unknown }).code;
  return { name: error.name, message: error.message, ...(typeof code === 'string' ? { code } : {}), ...(error.stack === undefined ? {} : { stack: error.stack }) };
}

/** The state of the trace as the writer thread last committed it. */
export interface CommittedState {
  readonly events: number;
  readonly batches: number;
  /** The hash of the last committed batch, hex; null before the first. */
  readonly finalHash: string | null;
}

export type WriterRequest =
  | { readonly kind: 'open'; readonly file: string; readonly control: SharedArrayBuffer }
  | { readonly kind: 'batch'; readonly batch: PackedBatch }
  | { readonly kind: 'finish'; readonly end: RunEnd };

export type WriterReply =
  | { readonly kind: 'ready' }
  | { readonly kind: 'committed'; readonly state: CommittedState }
  | { readonly kind: 'write-failed'; readonly error: SerializedError }
  | { readonly kind: 'crashed'; readonly error: SerializedError }
  | {
      readonly kind: 'finished';
      readonly state: CommittedState;
      /** Marking the run's end failed (a full disk): the run row still says 'running'. */
      readonly finishError: SerializedError | null;
    };

export type VerifierRequest =
  | { readonly kind: 'open'; readonly file: string; readonly control: SharedArrayBuffer; readonly allowShortLast: boolean }
  | { readonly kind: 'batch'; readonly batch: PackedBatch }
  | { readonly kind: 'end'; readonly requireEnd: boolean };

export type VerifierReply =
  | { readonly kind: 'ready' }
  | { readonly kind: 'verified'; readonly events: number }
  | { readonly kind: 'crashed'; readonly error: SerializedError }
  | {
      readonly kind: 'result';
      readonly events: number;
      readonly batches: number;
      readonly divergence: Divergence | null;
      /** The first typed row or run field that disagrees with the batches (`verifyStoredTrace`), when there is no divergence. */
      readonly integrity: IntegrityFailure | null;
    };

export type CheckerRequest = { readonly kind: 'check'; readonly file: string };

export type CheckerReply = { readonly kind: 'storage'; readonly failure: IntegrityFailure | null } | { readonly kind: 'crashed'; readonly error: SerializedError };

/**
 * Heap limits of the pipeline's long-lived workers (the writer and the
 * verifier). Their garbage is short-lived (a batch's unpacked events, encoded
 * bytes and, in the verifier, the typed-table rows it reads back): a young
 * generation larger than V8's default (16 MB semi-spaces on 64-bit) lets
 * those die in fewer, cheaper scavenges. Measured on uni-pmake-disco at the
 * detailed level (2.68 M events), this 2-core machine, 2026-12-07: replay
 * 4.62 s → 4.3 s wall, the verifier's GC the largest part; recording
 * 4.28 → 4.1-4.27 s. It costs at most its size in memory per worker.
 */
export const PIPELINE_WORKER_LIMITS = { maxYoungGenerationSizeMb: 64 } as const;

/**
 * The bundled script of a worker. Each bundle that uses the pipeline has the
 * worker scripts beside it (tools/build.mjs puts them there); tests that run
 * the TypeScript sources find them in libs/trace-pipeline/dist.
 */
export function workerScript(name: 'batch-writer' | 'batch-verifier' | 'trace-checker'): string {
  const file = `${name}.worker.cjs`;
  const candidates = [path.join(__dirname, file), path.join(__dirname, '..', 'dist', file)];
  const found = candidates.find((c) => existsSync(c));
  if (found === undefined) throw new Error(`the ${name} worker script is missing (looked for ${candidates.join(' and ')}); run node tools/build.mjs`);
  return found;
}

import { Worker } from 'node:worker_threads';
import { BoundedBatchQueue, queueCapacityFor } from './bounded-batch-queue';
import { toError } from './batch-writer-thread';
import type { PackedBatch } from './packed-batch';
import { PIPELINE_WORKER_LIMITS, workerScript, type VerifierReply, type VerifierRequest } from './thread-protocol';
import type { Divergence } from './verify-batches';
import type { IntegrityFailure } from './verify-stored-trace';

export interface VerifierResult {
  readonly events: number;
  readonly batches: number;
  readonly divergence: Divergence | null;
  /** With no divergence: the first typed row or run field that disagrees with the batches. */
  readonly integrity: IntegrityFailure | null;
}

/**
 * Replay's verifying thread, seen from the re-executing simulation: a bounded
 * queue of packed batches that a worker encodes, hash-chains and compares
 * with the trace's (`BatchVerifier`), then checks against the typed tables
 * and the run row (`StoredTraceChecker`). `stopRequested` turns true, without a
 * turn of the event loop, once verification is over (a difference, or the
 * trace has no more batches): the simulation may stop there.
 */
export class BatchVerifierThread {
  private verified = 0;
  private crash: Error | null = null;
  private settle: { resolve: (r: VerifierResult) => void; reject: (e: Error) => void } | null = null;

  private constructor(
    private readonly worker: Worker,
    private readonly queue: BoundedBatchQueue,
  ) {
    worker.on('message', (reply: VerifierReply) => this.onReply(reply));
    worker.on('error', (error) => this.onCrash(error));
  }

  /**
   * Starts a verifier on `file`'s batches; `allowShortLast` for a run that did
   * not complete. Returns at once: batches appended before the worker has
   * opened the trace wait in its message queue (the queue's bound counts them
   * all the same), so the re-execution starts while the worker starts. A
   * worker that cannot open the trace fails the queue (`stopRequested`), and
   * `end` rejects with its error (`failure` has it as soon as it is known).
   */
  static start(file: string, allowShortLast: boolean, batchSize: number): BatchVerifierThread {
    const worker = new Worker(workerScript('batch-verifier'), { resourceLimits: PIPELINE_WORKER_LIMITS });
    const queue = new BoundedBatchQueue(worker, queueCapacityFor(batchSize));
    const thread = new BatchVerifierThread(worker, queue);
    thread.post({ kind: 'open', file, control: queue.control, allowShortLast });
    return thread;
  }

  /** The worker's error, once it failed. */
  get failure(): Error | null {
    return this.crash;
  }

  /** Resolves once the worker has exited (a failed one says why before it exits), or after `timeoutMs`. */
  exited(timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      this.worker.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /** Events verified so far, as the worker last reported. */
  get events(): number {
    return this.verified;
  }

  /** True once verification is over, or the worker failed: the rest of the run need not be re-executed. */
  get stopRequested(): boolean {
    return this.queue.stopRequested || this.queue.failed;
  }

  /** Hands one batch to the worker; blocks while the queue is full. */
  append(batch: PackedBatch): void {
    this.queue.push(batch);
  }

  /** Ends verification (see `BatchVerifier.finish`) once every posted batch is checked. */
  end(requireEnd: boolean): Promise<VerifierResult> {
    return new Promise((resolve, reject) => {
      if (this.crash !== null) {
        reject(this.crash);
        return;
      }
      this.settle = { resolve, reject };
      this.post({ kind: 'end', requireEnd });
    });
  }

  /** Stops the worker without a result (the re-execution failed). */
  async abandon(): Promise<void> {
    await this.worker.terminate();
  }

  private post(request: VerifierRequest): void {
    this.worker.postMessage(request);
  }

  private onReply(reply: VerifierReply): void {
    switch (reply.kind) {
      case 'ready':
        return;
      case 'verified':
        this.verified = reply.events;
        return;
      case 'crashed':
        this.onCrash(toError(reply.error));
        return;
      case 'result':
        this.verified = reply.events;
        this.settle?.resolve({ events: reply.events, batches: reply.batches, divergence: reply.divergence, integrity: reply.integrity });
        return;
      default: {
        const _exhaustive: never = reply;
        throw new Error(`unknown reply ${JSON.stringify(_exhaustive)}`);
      }
    }
  }

  private onCrash(error: Error): void {
    this.crash ??= error;
    this.settle?.reject(error);
  }
}

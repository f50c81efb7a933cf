import { Worker } from 'node:worker_threads';
import type { RunEnd } from '@disco/trace-store';
import { BoundedBatchQueue, queueCapacityFor } from './bounded-batch-queue';
import type { PackedBatch } from './packed-batch';
import { PIPELINE_WORKER_LIMITS, workerScript, type CommittedState, type SerializedError, type WriterReply, type WriterRequest } from './thread-protocol';

/** How the writer thread ended the run. */
export interface WriterFinish {
  readonly state: CommittedState;
  /** The batch write that failed (a full disk), after which nothing more was committed. */
  readonly writeError: SerializedError | null;
  /** Marking the run's end or closing the file failed; the run row may still say 'running'. */
  readonly finishError: SerializedError | null;
}

/**
 * The recorder's writer thread, seen from the simulation: a bounded queue of
 * packed batches that a worker encodes, hash-chains and appends to the trace
 * (created beforehand by `TraceWriter.create`), one transaction per batch.
 * `committed` follows the worker's commits as its messages arrive (between
 * slices of simulation); `finish` waits for every posted batch, then marks
 * the run's end and closes the file.
 */
export class BatchWriterThread {
  private state: CommittedState = { events: 0, batches: 0, finalHash: null };
  private writeError: SerializedError | null = null;
  private crash: SerializedError | null = null;
  private finished: ((reply: Extract<WriterReply, { kind: 'finished' }>) => void) | null = null;
  private failedFinish: ((error: Error) => void) | null = null;

  private constructor(
    private readonly worker: Worker,
    private readonly queue: BoundedBatchQueue,
  ) {
    worker.on('message', (reply: WriterReply) => this.onReply(reply));
    worker.on('error', (error) => this.onCrash({ name: error.name, message: error.message, stack: error.stack }));
  }

  /**
   * Starts a writer thread, which loads its code meanwhile; `open` then hands
   * it the trace. Batches may be appended before `open` resolves: the worker
   * takes them in order, after the file.
   */
  static spawn(batchSize: number): BatchWriterThread {
    const worker = new Worker(workerScript('batch-writer'), { resourceLimits: PIPELINE_WORKER_LIMITS });
    return new BatchWriterThread(worker, new BoundedBatchQueue(worker, queueCapacityFor(batchSize)));
  }

  /** `spawn` then `open`. */
  static async start(file: string, batchSize: number): Promise<BatchWriterThread> {
    const thread = BatchWriterThread.spawn(batchSize);
    await thread.open(file);
    return thread;
  }

  /** Hands the worker `file`, a trace that `TraceWriter.create` made; resolves once the worker holds it open. */
  open(file: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const onReply = (reply: WriterReply) => {
        if (reply.kind === 'ready') {
          this.worker.off('message', onReply);
          resolve();
        } else if (reply.kind === 'crashed') reject(toError(reply.error));
      };
      this.worker.on('message', onReply);
      this.worker.once('error', reject);
      this.post({ kind: 'open', file, control: this.queue.control });
    });
  }

  /** Stops a thread that was spawned for nothing (the run could not be built). */
  async terminate(): Promise<void> {
    await this.worker.terminate();
  }

  /** What the trace holds so far, as the worker last reported it. */
  get committed(): CommittedState {
    return this.state;
  }

  /** True once the worker can take no more batches (a write failed, or it crashed). */
  get failed(): boolean {
    return this.queue.failed;
  }

  /** Hands one batch to the worker; blocks while the queue is full. Throws `WorkerFailed` once the worker failed. */
  append(batch: PackedBatch): void {
    this.queue.push(batch);
  }

  /** Waits for every posted batch, then records how the run ended and closes the trace. */
  finish(end: RunEnd): Promise<WriterFinish> {
    return new Promise((resolve, reject) => {
      if (this.crash !== null) {
        reject(toError(this.crash));
        return;
      }
      this.finished = (reply) => resolve({ state: reply.state, writeError: this.writeError, finishError: reply.finishError });
      this.failedFinish = reject;
      this.post({ kind: 'finish', end });
    });
  }

  private post(request: WriterRequest): void {
    this.worker.postMessage(request);
  }

  private onReply(reply: WriterReply): void {
    switch (reply.kind) {
      case 'ready':
        return;
      case 'committed':
        this.state = reply.state;
        return;
      case 'write-failed':
        this.writeError = reply.error;
        return;
      case 'crashed':
        this.onCrash(reply.error);
        return;
      case 'finished':
        this.state = reply.state;
        this.finished?.(reply);
        return;
      default: {
        const _exhaustive: never = reply;
        throw new Error(`unknown reply ${JSON.stringify(_exhaustive)}`);
      }
    }
  }

  private onCrash(error: SerializedError): void {
    this.crash ??= error;
    this.failedFinish?.(toError(error));
  }
}

/** An error from the other side of the thread boundary, with its name, code and stack. */
export function toError(serialized: SerializedError): Error {
  const error = new Error(serialized.message);
  error.name = serialized.name;
  if (serialized.code !== undefined) (error as Error & { code?: string }).code = serialized.code;
  if (serialized.stack !== undefined) error.stack = serialized.stack;
  return error;
}

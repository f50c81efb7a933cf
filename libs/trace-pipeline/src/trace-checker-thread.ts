import { Worker } from 'node:worker_threads';
import { toError } from './batch-writer-thread';
import { CONTROL, CONTROL_SLOTS, workerScript, type CheckerReply, type CheckerRequest } from './thread-protocol';
import type { IntegrityFailure } from './verify-stored-trace';

/**
 * Runs `checkStorage` and then `verifyStoredTrace` on a trace in a worker
 * thread, while the caller does something else (replay re-executes the run).
 * `storage` settles first; `stored` settles with null when storage failed or
 * the check was cancelled.
 */
export class TraceCheckerThread {
  readonly storage: Promise<IntegrityFailure | null>;
  readonly stored: Promise<IntegrityFailure | null>;
  private readonly control = new SharedArrayBuffer(CONTROL_SLOTS * Int32Array.BYTES_PER_ELEMENT);
  private readonly slots = new Int32Array(this.control);
  private readonly worker: Worker;
  private storageFailed = false;

  constructor(file: string) {
    this.worker = new Worker(workerScript('trace-checker'));
    let settleStorage!: { resolve: (f: IntegrityFailure | null) => void; reject: (e: Error) => void };
    let settleStored!: { resolve: (f: IntegrityFailure | null) => void; reject: (e: Error) => void };
    this.storage = new Promise((resolve, reject) => (settleStorage = { resolve, reject }));
    this.stored = new Promise((resolve, reject) => (settleStored = { resolve, reject }));
    // Whoever does not wait for one of them must not see an unhandled rejection.
    this.storage.catch(() => undefined);
    this.stored.catch(() => undefined);
    const fail = (error: Error) => {
      settleStorage.reject(error);
      settleStored.reject(error);
    };
    this.worker.on('message', (reply: CheckerReply) => {
      if (reply.kind === 'storage') {
        this.storageFailed = reply.failure !== null;
        settleStorage.resolve(reply.failure);
        if (reply.failure !== null) settleStored.resolve(null);
      } else if (reply.kind === 'stored') settleStored.resolve(reply.failure);
      else fail(toError(reply.error));
    });
    this.worker.on('error', fail);
    this.worker.on('exit', () => settleStored.resolve(null));
    this.worker.postMessage({ kind: 'check', file, control: this.control } satisfies CheckerRequest);
  }

  /** True once the storage check failed: nothing else about the trace needs doing. */
  get damaged(): boolean {
    return this.storageFailed;
  }

  /** Stops the check at its next batch; `stored` then settles with null. */
  cancel(): void {
    Atomics.store(this.slots, CONTROL.STOP, 1);
  }
}

import { Worker } from 'node:worker_threads';
import { toError } from './batch-writer-thread';
import { workerScript, type CheckerReply, type CheckerRequest } from './thread-protocol';
import type { IntegrityFailure } from './verify-stored-trace';

/**
 * Runs `checkStorage` on a trace in a worker thread while the caller does
 * something else (replay re-executes the run); `storage` settles with its answer.
 */
export class TraceCheckerThread {
  readonly storage: Promise<IntegrityFailure | null>;
  private storageFailed = false;

  constructor(file: string) {
    const worker = new Worker(workerScript('trace-checker'));
    this.storage = new Promise((resolve, reject) => {
      worker.on('message', (reply: CheckerReply) => {
        if (reply.kind === 'storage') {
          this.storageFailed = reply.failure !== null;
          resolve(reply.failure);
        } else reject(toError(reply.error));
      });
      worker.on('error', reject);
      worker.on('exit', () => reject(new Error('the trace-checker worker exited without an answer')));
    });
    // Whoever stops waiting for it (the re-execution failed first) must not see an unhandled rejection.
    this.storage.catch(() => undefined);
    worker.postMessage({ kind: 'check', file } satisfies CheckerRequest);
  }

  /** True once the storage check failed: nothing else about the trace needs doing. */
  get damaged(): boolean {
    return this.storageFailed;
  }
}

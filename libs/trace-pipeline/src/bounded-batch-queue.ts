import type { Worker } from 'node:worker_threads';
import { CONTROL, CONTROL_SLOTS } from './thread-protocol';
import type { PackedBatch } from './packed-batch';

/** The worker took no batch for this long while the queue was full: it has stopped. */
const STALL_LIMIT_MS = 120_000;
const WAIT_SLICE_MS = 500;

/** The worker failed: the queue takes no more batches (the worker's own message says why). */
export class WorkerFailed extends Error {
  override readonly name = 'WorkerFailed';
}

/**
 * The simulation's side of a bounded queue of packed batches to a worker
 * thread. `push` posts a batch, its numbers in shared memory (no copy, no
 * transfer) and, when `capacity`
 * batches are already waiting, blocks the simulation (Atomics.wait) until the
 * worker is done with one: the simulation never runs more than `capacity`
 * batches ahead of the worker, so memory stays bounded whatever the run's
 * length, and no turn of the event loop is needed to apply the backpressure.
 */
export class BoundedBatchQueue {
  readonly control = new SharedArrayBuffer(CONTROL_SLOTS * Int32Array.BYTES_PER_ELEMENT);
  private readonly slots = new Int32Array(this.control);

  constructor(
    private readonly worker: Worker,
    readonly capacity: number,
  ) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`queue capacity must be a positive integer, got ${capacity}`);
  }

  /** True once the worker said it can take no more batches. */
  get failed(): boolean {
    return Atomics.load(this.slots, CONTROL.FAILED) !== 0;
  }

  /** True once a verifying worker asked the simulation to stop. */
  get stopRequested(): boolean {
    return Atomics.load(this.slots, CONTROL.STOP) !== 0;
  }

  /** Batches posted that the worker is not done with. */
  get inFlight(): number {
    return Atomics.load(this.slots, CONTROL.IN_FLIGHT);
  }

  /** Posts one batch, waiting first while the queue is full; throws `WorkerFailed` once the worker failed. */
  push(batch: PackedBatch): void {
    this.waitBelow(this.capacity);
    Atomics.add(this.slots, CONTROL.IN_FLIGHT, 1);
    // The numbers are in shared memory (BatchPacker): posted, not transferred, so no ArrayBuffer is ever detached here.
    this.worker.postMessage({ kind: 'batch', batch });
  }

  private waitBelow(limit: number): void {
    let waitedMs = 0;
    for (;;) {
      if (this.failed) throw new WorkerFailed('the pipeline worker failed');
      const n = Atomics.load(this.slots, CONTROL.IN_FLIGHT);
      if (n < limit) return;
      const started = Date.now();
      if (Atomics.wait(this.slots, CONTROL.IN_FLIGHT, n, WAIT_SLICE_MS) === 'timed-out') {
        waitedMs += Date.now() - started;
        if (waitedMs > STALL_LIMIT_MS) throw new Error(`the pipeline worker took no batch for ${STALL_LIMIT_MS / 1000} s`);
      } else waitedMs = 0;
    }
  }
}

/** Called by the worker when it is done with a batch: frees a slot and wakes the simulation. */
export function batchDone(slots: Int32Array): void {
  Atomics.sub(slots, CONTROL.IN_FLIGHT, 1);
  Atomics.notify(slots, CONTROL.IN_FLIGHT);
}

/** Called by the worker when it can take no more batches. */
export function markFailed(slots: Int32Array): void {
  Atomics.store(slots, CONTROL.FAILED, 1);
  Atomics.notify(slots, CONTROL.IN_FLIGHT);
}

/** Called by a verifying worker when the simulation may stop. */
export function requestStop(slots: Int32Array): void {
  Atomics.store(slots, CONTROL.STOP, 1);
  Atomics.notify(slots, CONTROL.IN_FLIGHT);
}

/** Events per queue of batches, whatever the batch size: a few batches of the default 4096, at least 2. */
const QUEUE_EVENTS = 32_768;

export function queueCapacityFor(batchSize: number): number {
  return Math.max(2, Math.ceil(QUEUE_EVENTS / batchSize));
}

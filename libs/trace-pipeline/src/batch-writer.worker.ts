// The recorder's writer thread: packed batches in, committed batches out.
// Unpacks, encodes (protobuf), extends the hash chain and appends each batch
// to the trace in its own transaction, in the order they were posted, then
// finishes the run when asked. Bundled on its own (tools/build.mjs).
import { parentPort } from 'node:worker_threads';
import { TraceWriteError, TraceWriter } from '@disco/trace-store';
import { batchDone, markFailed } from './bounded-batch-queue';
import { BatchChainer } from './batch-chainer';
import { serializeError, type CommittedState, type WriterReply, type WriterRequest } from './thread-protocol';

if (parentPort === null) throw new Error('batch-writer.worker runs as a worker thread');
const port = parentPort;

let writer: TraceWriter | undefined;
let slots: Int32Array | undefined;
/** The batch write that failed; nothing after it is committed, and the run ends 'failed' with its message. */
let writeFailure: TraceWriteError | null = null;
const chainer = new BatchChainer();
let state: CommittedState = { events: 0, batches: 0, finalHash: null };

const reply = (message: WriterReply): void => port.postMessage(message);

port.on('message', (request: WriterRequest) => {
  try {
    handle(request);
  } catch (error) {
    if (slots !== undefined) markFailed(slots);
    reply({ kind: 'crashed', error: serializeError(error) });
    port.close();
  }
});

function handle(request: WriterRequest): void {
  switch (request.kind) {
    case 'open':
      slots = new Int32Array(request.control);
      writer = TraceWriter.openForAppend(request.file);
      reply({ kind: 'ready' });
      return;
    case 'batch': {
      const s = slots as Int32Array;
      try {
        // After a failed write the rest of the queue is dropped: nothing after a hole in the chain may be committed.
        if (writeFailure === null) append(request);
      } finally {
        batchDone(s);
      }
      return;
    }
    case 'finish': {
      const w = writer as TraceWriter;
      let finishError: ReturnType<typeof serializeError> | null = null;
      try {
        w.finish(writeFailure === null ? request.end : { ...request.end, status: 'failed', error: writeFailure.message });
      } catch (error) {
        finishError = serializeError(error);
      }
      try {
        w.close();
      } catch (error) {
        finishError ??= serializeError(error);
      }
      reply({ kind: 'finished', state, finishError });
      port.close();
      return;
    }
    default: {
      const _exhaustive: never = request;
      throw new Error(`unknown request ${JSON.stringify(_exhaustive)}`);
    }
  }
}

function append(request: Extract<WriterRequest, { kind: 'batch' }>): void {
  // Only the events whose rows or bytes need the objects are unpacked (nearly every event of a detailed trace is read from the numbers).
  const chained = chainer.chainSparse(request.batch, TraceWriter.needsEvent);
  try {
    (writer as TraceWriter).append(chained, chained.events, chained.numbers);
  } catch (error) {
    if (!(error instanceof TraceWriteError)) throw error;
    writeFailure = error;
    markFailed(slots as Int32Array);
    reply({ kind: 'write-failed', error: serializeError(error) });
    return;
  }
  state = { events: state.events + chained.eventCount, batches: state.batches + 1, finalHash: Buffer.from(chained.hash).toString('hex') };
  reply({ kind: 'committed', state });
}

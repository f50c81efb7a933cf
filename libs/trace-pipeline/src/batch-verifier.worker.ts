// Replay's verifying thread: packed batches of the re-execution in, the first
// divergence out. Unpacks, encodes and hash-chains each batch as the recorder
// did and compares it with the stored one (BatchVerifier); once verification
// is over (a difference, or the trace ends) it asks the simulation to stop.
// Each stored batch that matched is then checked against its typed rows with
// the re-executed events (the events its bytes encode), so the trace is read
// once and never decoded: verifyStoredTrace's checks, batch by batch.
// Bundled on its own (tools/build.mjs).
import { parentPort } from 'node:worker_threads';
import { TraceReader } from '@disco/trace-store';
import { batchDone, markFailed, requestStop } from './bounded-batch-queue';
import { BatchChainer } from './batch-chainer';
import { serializeError, type VerifierReply, type VerifierRequest } from './thread-protocol';
import { BatchVerifier } from './verify-batches';
import { StoredTraceChecker, type IntegrityFailure } from './verify-stored-trace';

if (parentPort === null) throw new Error('batch-verifier.worker runs as a worker thread');
const port = parentPort;

let slots: Int32Array | undefined;
let reader: TraceReader | undefined;
let verifier: BatchVerifier | undefined;
let storedChecker: StoredTraceChecker | undefined;
/** The first typed row or run field that disagrees with the batches; reported only if the run does not diverge. */
let integrity: IntegrityFailure | null = null;
let over = false;
const chainer = new BatchChainer();

const reply = (message: VerifierReply): void => port.postMessage(message);

port.on('message', (request: VerifierRequest) => {
  try {
    handle(request);
  } catch (error) {
    if (slots !== undefined) markFailed(slots);
    verifier?.close();
    storedChecker?.close();
    reader?.close();
    reply({ kind: 'crashed', error: serializeError(error) });
    port.close();
  }
});

function handle(request: VerifierRequest): void {
  switch (request.kind) {
    case 'open':
      slots = new Int32Array(request.control);
      reader = TraceReader.open(request.file);
      // Not memory-mapped: the typed tables are read from the file's pages (kindRowsFromFile), so a map of the
      // whole file would only add its size to the process's resident memory (uni-engineering-disco detailed,
      // 464 MB: 465 -> 195 MiB peak, 1.01x the wall time, farm-bench -n 5).
      storedChecker = new StoredTraceChecker(reader);
      verifier = new BatchVerifier(reader.batches(), request.allowShortLast, (row, batch) => {
        if (integrity === null) integrity = (storedChecker as StoredTraceChecker).check(row, batch);
      });
      reply({ kind: 'ready' });
      return;
    case 'batch': {
      const s = slots as Int32Array;
      try {
        // Batches that arrive after verification is over are dropped, as the stream past takeWhile was.
        if (!over) check(request.batch);
      } finally {
        batchDone(s);
      }
      return;
    }
    case 'end': {
      const v = verifier as BatchVerifier;
      const divergence = v.finish(request.requireEnd);
      const checker = storedChecker as StoredTraceChecker;
      if (divergence === null && integrity === null) {
        // Batches the re-execution did not reach (an incomplete run that goes on past it) are decoded and checked too.
        const rest = v.remaining();
        for (let next = rest.next(); !next.done && integrity === null; next = rest.next()) integrity = checker.check(next.value);
        integrity ??= checker.finish();
      }
      v.close();
      checker.close();
      (reader as TraceReader).close();
      reply({ kind: 'result', events: v.events, batches: v.batches, divergence, integrity: divergence === null ? integrity : null });
      port.close();
      return;
    }
    default: {
      const _exhaustive: never = request;
      throw new Error(`unknown request ${JSON.stringify(_exhaustive)}`);
    }
  }
}

function check(batch: Extract<VerifierRequest, { kind: 'batch' }>['batch']): void {
  const v = verifier as BatchVerifier;
  if (v.check(chainer.chain(batch))) {
    reply({ kind: 'verified', events: v.events });
    return;
  }
  over = true;
  requestStop(slots as Int32Array);
  reply({ kind: 'verified', events: v.events });
}

// Replay's checking thread: while the run is re-executed, checks what the
// file can say about itself (SQLite's integrity check and the schema, then
// the batches against the typed tables and the run row). Bundled on its own
// (tools/build.mjs).
import { parentPort } from 'node:worker_threads';
import { TraceReader } from '@disco/trace-store';
import { CONTROL } from './thread-protocol';
import { serializeError, type CheckerReply, type CheckerRequest } from './thread-protocol';
import { checkStorage, verifyStoredTrace } from './verify-stored-trace';

if (parentPort === null) throw new Error('trace-checker.worker runs as a worker thread');
const port = parentPort;

const reply = (message: CheckerReply): void => port.postMessage(message);

port.on('message', (request: CheckerRequest) => {
  let reader: TraceReader | undefined;
  try {
    const slots = new Int32Array(request.control);
    const stopped = () => Atomics.load(slots, CONTROL.STOP) !== 0;
    reader = TraceReader.open(request.file);
    const storage = checkStorage(reader);
    reply({ kind: 'storage', failure: storage });
    if (storage === null && !stopped()) reply({ kind: 'stored', failure: verifyStoredTrace(reader, { stopped }) });
  } catch (error) {
    reply({ kind: 'crashed', error: serializeError(error) });
  } finally {
    reader?.close();
    port.close();
  }
});

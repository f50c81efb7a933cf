// Replay's storage-checking thread: while the run is re-executed, SQLite
// checks every page, index and constraint of the file and the schema is
// compared with this tool's (checkStorage). Bundled on its own (tools/build.mjs).
import { parentPort } from 'node:worker_threads';
import { TraceReader } from '@disco/trace-store';
import { serializeError, type CheckerReply, type CheckerRequest } from './thread-protocol';
import { checkStorage } from './verify-stored-trace';

if (parentPort === null) throw new Error('trace-checker.worker runs as a worker thread');
const port = parentPort;

const reply = (message: CheckerReply): void => port.postMessage(message);

port.on('message', (request: CheckerRequest) => {
  let reader: TraceReader | undefined;
  try {
    reader = TraceReader.open(request.file);
    reply({ kind: 'storage', failure: checkStorage(reader) });
  } catch (error) {
    reply({ kind: 'crashed', error: serializeError(error) });
  } finally {
    reader?.close();
    port.close();
  }
});

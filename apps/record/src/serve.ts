import type { Command } from 'commander';
import { ExitCode, lastErrorLine, runCommand } from '@disco/cli-kit';

/**
 * disco-record as a run server: the process records one command line after
 * another, each sent by its parent over the IPC channel, instead of starting
 * afresh for each. disco-sweep's local executor keeps one per job, so that a
 * sweep of short runs does not pay Node's start, the bundle's load and the
 * JIT's warm-up once per run (about 0.1 s of wall time and 0.2 CPU-s a run
 * here, against runs of 0.4-2.6 s in `npm run bench sweep`).
 *
 * Each command line is parsed by a fresh program and runs exactly as the CLI
 * would run it: the same checks, the same trace, the same summary on stdout.
 * A run leaves nothing behind that the next can see (the model's state lives
 * in the run's objects; the tests compare a served sweep's final hashes with
 * disco-record's own), and the server still ends after a run that did not
 * succeed, or after MAX_RUNS_PER_SERVER runs, so that a failure, or a leak no
 * test found, never reaches more than the runs of one server.
 */
export const SERVE_FLAG = '--serve-ipc';

/** Runs one server records before it ends and its parent starts a fresh one. */
export const MAX_RUNS_PER_SERVER = 16;

/** A command line to record: disco-record's arguments, without the program's path. */
export interface ServeRequest {
  readonly args: readonly string[];
}

/** How it went: the exit code disco-record would have exited with, and its last line on stderr. */
export interface ServeReply {
  readonly code: number;
  readonly lastError: string;
  /** The server ends after this reply: the next run needs a fresh one. */
  readonly exiting: boolean;
}

const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

export function serveRuns(makeProgram: () => Command): void {
  if (process.send === undefined || process.channel === undefined) {
    process.stderr.write(`error: ${SERVE_FLAG} serves a parent process over its IPC channel; run disco-record without it\n`);
    process.exitCode = ExitCode.BAD_INPUT;
    return;
  }
  // A preloaded exit-with-parent may have unref'd the channel; an idle server waits on it.
  process.channel.ref();
  let running = false;
  let stopAfterRun = false;
  let served = 0;
  // While a run goes, its own handlers stop it politely (its trace keeps every
  // committed batch); between runs there is nothing to lose.
  for (const signal of STOP_SIGNALS) {
    process.on(signal, () => {
      if (running) stopAfterRun = true;
      else process.exit(ExitCode.INTERRUPTED);
    });
  }
  process.on('disconnect', () => {
    if (!running) process.exit(ExitCode.OK);
    stopAfterRun = true;
  });
  process.on('message', (message: ServeRequest) => {
    void (async () => {
      running = true;
      const { code, lastError } = await runOne(makeProgram, message.args);
      running = false;
      served++;
      const exiting = code !== ExitCode.OK || stopAfterRun || served >= MAX_RUNS_PER_SERVER;
      const reply: ServeReply = { code, lastError, exiting };
      if (!process.connected) process.exit(code);
      process.send!(reply, undefined, undefined, () => {
        if (exiting) process.exit(code);
      });
    })();
  });
}

/** One command line, with what it wrote last on stderr; the process's exit code is left as it was. */
async function runOne(makeProgram: () => Command, args: readonly string[]): Promise<{ code: number; lastError: string }> {
  let stderrTail = '';
  const write = process.stderr.write;
  process.stderr.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    stderrTail = (stderrTail + (typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString())).slice(-4096);
    return (write as (...a: unknown[]) => boolean).call(process.stderr, chunk, ...rest);
  }) as typeof process.stderr.write;
  process.exitCode = ExitCode.OK;
  try {
    await runCommand(makeProgram(), ['node', 'disco-record', ...args]);
  } finally {
    process.stderr.write = write;
  }
  const code = Number(process.exitCode ?? ExitCode.OK);
  process.exitCode = ExitCode.OK;
  return { code, lastError: lastErrorLine(stderrTail) };
}

import { CommanderError, type Command } from 'commander';

/** Exit codes shared by every CLI. */
export const ExitCode = {
  OK: 0,
  /** A verification failed: replay found a difference. */
  VERIFICATION_FAILED: 1,
  /** Bad input: a missing or corrupt trace, an invalid scenario, a bad flag. */
  BAD_INPUT: 2,
  /** The trace could not be written (disk full, I/O error); what was committed stays readable (EX_IOERR). */
  WRITE_FAILED: 74,
  /** Stopped by SIGHUP (128 + 1, as shells report it). */
  HANGUP: 129,
  /** Stopped by SIGINT (128 + 2). */
  INTERRUPTED: 130,
  /** Stopped by SIGTERM (128 + 15). */
  TERMINATED: 143,
} as const;

/** An error the user can act on; printed as one line, never with a stack. */
export interface UserFacingError {
  readonly message: string;
  readonly exitCode: number;
}

export function isUserFacing(error: unknown): error is UserFacingError {
  return error instanceof Error && typeof (error as Partial<UserFacingError>).exitCode === 'number';
}

/**
 * Runs a commander program: bad flags and user-facing errors print one line on
 * stderr and exit with their code; anything else is a bug, printed with its
 * stack only under `--debug`.
 */
export async function runCli(program: Command, argv: readonly string[] = process.argv): Promise<void> {
  // `disco-… | head` closes stdout early: stop quietly, as other Unix tools do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(ExitCode.OK);
    throw error;
  });
  await runCommand(program, argv);
}

/**
 * What runCli does for one command line, without claiming the process's
 * stdout: the error handling and exit code (in `process.exitCode`) of one
 * parse, so that a long-lived process (disco-record serving a sweep) can run
 * several command lines, each with a fresh program.
 */
export async function runCommand(program: Command, argv: readonly string[]): Promise<void> {
  const debug = argv.includes('--debug');
  program.exitOverride();
  program.configureOutput({
    writeErr: (text) => process.stderr.write(text),
    outputError: (text, write) => write(text.startsWith('error:') ? text : `error: ${text}`),
  });
  try {
    await program.parseAsync(argv as string[]);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? ExitCode.OK : ExitCode.BAD_INPUT;
      return;
    }
    if (isUserFacing(error)) {
      process.stderr.write(`error: ${error.message}\n`);
      if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
      process.exitCode = error.exitCode;
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`internal error: ${message}${debug ? '' : ' (run with --debug for details)'}\n`);
    if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 70;
  }
}

/** The message of the last non-empty line a CLI wrote on stderr (its error, if it failed), without the `error: ` prefix. */
export function lastErrorLine(stderr: string): string {
  const lines = stderr.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  return (lines[lines.length - 1] ?? '').replace(/^error: /, '');
}

/** A bad flag value found after parsing. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly exitCode = ExitCode.BAD_INPUT;
}

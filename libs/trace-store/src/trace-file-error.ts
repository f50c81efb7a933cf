/** Why a file cannot be used as a trace. Each maps to exit code 2 in the CLIs. */
export type TraceFileProblem =
  | 'not-found'
  | 'not-sqlite'
  | 'corrupt'
  | 'not-a-trace'
  | 'newer-schema'
  | 'exists'
  | 'read-only'
  | 'wal-missing'
  | 'invalid-run'
  | 'in-use'
  | 'cannot-create';

/** Bad input: the file named by the user is not a usable trace. */
export class TraceFileError extends Error {
  override readonly name = 'TraceFileError';
  readonly exitCode = 2;
  constructor(
    readonly problem: TraceFileProblem,
    readonly file: string,
    message: string,
  ) {
    super(message);
  }

  /** `file` holds what the model does not write (`what`, e.g. "table t row seq 5 names node 9"): damaged, or edited by hand. */
  static damaged(file: string, what: string): TraceFileError {
    return new TraceFileError('corrupt', file, `${file}: ${what}; the trace was altered or is damaged`);
  }
}

/**
 * The trace could not be written (disk full, an I/O error): not bad input,
 * and what was committed before it stays readable. Exit code 74 (EX_IOERR).
 */
export class TraceWriteError extends Error {
  override readonly name = 'TraceWriteError';
  readonly exitCode = 74;
  constructor(
    readonly file: string,
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/** True for SQLite's and the OS's ways of saying that a write could not be done. */
export function isWriteFailure(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string') return false;
  return code === 'SQLITE_FULL' || code.startsWith('SQLITE_IOERR') || code === 'ENOSPC' || code === 'EIO' || code === 'EDQUOT';
}

/** Why a file cannot be used as a trace. Each maps to exit code 2 in the CLIs. */
export type TraceFileProblem =
  | 'not-found'
  | 'not-sqlite'
  | 'corrupt'
  | 'not-a-trace'
  | 'newer-schema'
  | 'exists'
  | 'read-only';

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
}

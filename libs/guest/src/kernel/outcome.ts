/** What a system call's attempt returns: its result (or BLOCKED), and what it did for the service accounting. */
export interface Outcome {
  readonly result: number;
  readonly bytes: number;
  readonly diskReads: number;
}

/** The result of a call that left its thread asleep; it is re-attempted when the thread runs again. */
export const BLOCKED = -0x7fff_ffff;

export function done(result: number): Outcome {
  return { result, bytes: 0, diskReads: 0 };
}

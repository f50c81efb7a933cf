/**
 * Assertions for invariants. A broken invariant is a bug in the model, so it
 * throws `AssertionError`; expected failures (bad input) are typed errors or
 * returned values elsewhere, never assertions.
 */
export class AssertionError extends Error {
  override readonly name = 'AssertionError';
}

/**
 * The modelled system ran out of a resource that the model does not extend
 * (physical memory, with no paging modelled): the scenario asks more of the
 * machine than it has, so this is bad input (exit code 2), not a bug.
 */
export class CapacityError extends Error {
  override readonly name = 'CapacityError';
  readonly exitCode = 2;
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new AssertionError(message);
}

export function assertEqual<T>(actual: T, expected: T, what: string): void {
  if (actual !== expected) {
    throw new AssertionError(`${what}: expected ${String(expected)}, got ${String(actual)}`);
  }
}

export function assertInteger(value: number, what: string): void {
  if (!Number.isSafeInteger(value)) throw new AssertionError(`${what} must be a safe integer, got ${value}`);
}

export function assertInRange(value: number, min: number, maxExclusive: number, what: string): void {
  if (!(value >= min && value < maxExclusive)) {
    throw new AssertionError(`${what} out of range [${min}, ${maxExclusive}): ${value}`);
  }
}

/** Exhaustiveness check for `switch` over a union: `default: unreachable(x)`. */
export function unreachable(value: never, what = 'value'): never {
  throw new AssertionError(`unreachable ${what}: ${JSON.stringify(value)}`);
}

import { assert, AssertionError } from '@disco/sim-kernel';

/**
 * Operations a CPU executes, encoded in typed arrays so that a workload hands
 * over hundreds at a time without allocating one object per reference.
 */
export const OP_COMPUTE = 0; // arg: instruction count (one cycle each, §5.1)
export const OP_LOAD = 1; // arg: virtual address
export const OP_STORE = 2; // arg: virtual address; value: word stored
export const OP_IFETCH = 3; // arg: virtual address of the instructions to fetch
export const OP_TRAP = 4; // arg: trap code; value: argument (privileged instruction, syscall…)
export const OP_IDLE = 5; // arg: ticks of reduced-power mode, ended early by an interrupt

export class OpBuffer {
  readonly kinds: Uint8Array;
  readonly args: Float64Array;
  readonly values: Int32Array;
  length = 0;

  constructor(readonly capacity: number) {
    assert(capacity >= 1, 'op buffer capacity must be positive');
    this.kinds = new Uint8Array(capacity);
    this.args = new Float64Array(capacity);
    this.values = new Int32Array(capacity);
  }

  get full(): boolean {
    return this.length === this.capacity;
  }

  push(kind: number, arg: number, value = 0): void {
    const i = this.length;
    if (i >= this.capacity) overflow(this.capacity);
    this.kinds[i] = kind;
    this.args[i] = arg;
    this.values[i] = value;
    this.length = i + 1;
  }
}

function overflow(capacity: number): never {
  throw new AssertionError(`op buffer overflow (capacity ${capacity})`);
}

/** Whatever runs on a CPU (a guest OS, the monitor, a synthetic stream). */
export interface OpSource {
  /**
   * Appends up to `buffer.capacity` operations (the buffer arrives empty).
   * Leaving it empty means nothing to run: the CPU idles until woken.
   */
  fill(buffer: OpBuffer, cpu: number): void;
}

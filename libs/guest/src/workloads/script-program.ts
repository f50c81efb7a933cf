import type { OpBuffer } from '@disco/hardware';
import { assert, type Prng } from '@disco/sim-kernel';
import type { Program, SyscallRequest, UserThread } from '../kernel/syscalls';
import { ReferenceStream, type ComputeProfile } from './reference-stream';

/** One step of a program's script: compute for a while, or make a system call. */
export type Step =
  | { readonly kind: 'compute'; readonly instructions: number; readonly stream: ReferenceStream }
  | { readonly kind: 'call'; readonly call: SyscallRequest };

export type Script = Generator<Step, void, number>;

/** A reserve of buffer slots so a trap always fits after a compute chunk. */
const TRAP_RESERVE = 1;

/**
 * A program written as a generator script: it yields compute phases and
 * system calls and receives each call's result. Deterministic given its PRNG.
 */
export class ScriptProgram implements Program {
  private script: Script | null = null;
  private step: Step | null = null;
  private remaining = 0;
  private lastResult = 0;
  private finished = false;

  constructor(
    readonly name: string,
    private readonly body: (self: ScriptProgram) => Script,
    readonly random: Prng,
  ) {}

  /** A compute step over `profile` (its stream is kept per profile object). */
  compute(instructions: number, stream: ReferenceStream): Step {
    return { kind: 'compute', instructions: Math.max(1, Math.round(instructions)), stream };
  }

  stream(profile: ComputeProfile): ReferenceStream {
    return new ReferenceStream(profile, this.random);
  }

  call(call: SyscallRequest): Step {
    return { kind: 'call', call };
  }

  fill(buffer: OpBuffer, _thread: UserThread, request: (call: SyscallRequest) => void): void {
    if (this.script === null) this.script = this.body(this);
    while (buffer.length + 16 < buffer.capacity) {
      if (this.step === null && !this.advance()) return;
      const step = this.step!;
      if (step.kind === 'call') {
        this.step = null;
        request(step.call);
        return;
      }
      this.remaining -= step.stream.emit(buffer, this.remaining, TRAP_RESERVE);
      if (this.remaining <= 0) this.step = null;
    }
  }

  returned(result: number): void {
    this.lastResult = result;
  }

  private advance(): boolean {
    assert(!this.finished, `program ${this.name} ran past its end (a script must end with exit or exec)`);
    const next = this.script!.next(this.lastResult);
    if (next.done === true) {
      this.finished = true;
      throw new Error(`program ${this.name} ended without exit`);
    }
    this.step = next.value;
    if (next.value.kind === 'compute') this.remaining = next.value.instructions;
    return true;
  }
}

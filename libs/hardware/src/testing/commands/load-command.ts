import type { Command } from 'fast-check';
import { assertEqual } from '@disco/sim-kernel';
import { checkCoherence } from '../coherence-invariants';
import { kseg0, type CoherenceSystem } from '../coherence-system';
import type { FlatMemoryModel } from '../flat-memory-model';

/** A CPU loads a word: it must read the last value stored to it. */
export class LoadCommand implements Command<FlatMemoryModel, CoherenceSystem> {
  constructor(
    readonly cpu: number,
    readonly address: number,
    readonly lines: readonly number[],
  ) {}

  check(): boolean {
    return true;
  }

  run(model: FlatMemoryModel, real: CoherenceSystem): void {
    const value = (real.machine.cpus[this.cpu] ?? fail(this.cpu)).load(kseg0(this.address));
    assertEqual(value, model.read(this.address), `cpu ${this.cpu} load 0x${this.address.toString(16)}`);
    checkCoherence(real.machine, this.lines);
  }

  toString(): string {
    return `load(cpu ${this.cpu}, 0x${this.address.toString(16)})`;
  }
}

function fail(cpu: number): never {
  throw new Error(`no cpu ${cpu}`);
}

import type { Command } from 'fast-check';
import { checkCoherence } from '../coherence-invariants';
import { kseg0, type CoherenceSystem } from '../coherence-system';
import type { FlatMemoryModel } from '../flat-memory-model';

/** A CPU stores a word; the model remembers it as the address's latest value. */
export class StoreCommand implements Command<FlatMemoryModel, CoherenceSystem> {
  constructor(
    readonly cpu: number,
    readonly address: number,
    readonly value: number,
    readonly lines: readonly number[],
  ) {}

  check(): boolean {
    return true;
  }

  run(model: FlatMemoryModel, real: CoherenceSystem): void {
    const cpu = real.machine.cpus[this.cpu];
    if (cpu === undefined) throw new Error(`no cpu ${this.cpu}`);
    cpu.store(kseg0(this.address), this.value);
    model.write(this.address, this.value);
    checkCoherence(real.machine, this.lines);
  }

  toString(): string {
    return `store(cpu ${this.cpu}, 0x${this.address.toString(16)}, ${this.value})`;
  }
}

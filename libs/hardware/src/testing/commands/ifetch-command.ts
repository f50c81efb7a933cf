import type { Command } from 'fast-check';
import { assertEqual } from '@disco/sim-kernel';
import { checkCoherence } from '../coherence-invariants';
import { kseg0, type CoherenceSystem } from '../coherence-system';
import type { FlatMemoryModel } from '../flat-memory-model';

/** A CPU fetches an instruction word through its L1I: it must see the latest store too. */
export class IfetchCommand implements Command<FlatMemoryModel, CoherenceSystem> {
  constructor(
    readonly cpu: number,
    readonly address: number,
    readonly lines: readonly number[],
  ) {}

  check(): boolean {
    return true;
  }

  run(model: FlatMemoryModel, real: CoherenceSystem): void {
    const cpu = real.machine.cpus[this.cpu];
    if (cpu === undefined) throw new Error(`no cpu ${this.cpu}`);
    const value = cpu.ifetch(kseg0(this.address));
    assertEqual(value, model.read(this.address), `cpu ${this.cpu} ifetch 0x${this.address.toString(16)}`);
    checkCoherence(real.machine, this.lines);
  }

  toString(): string {
    return `ifetch(cpu ${this.cpu}, 0x${this.address.toString(16)})`;
  }
}

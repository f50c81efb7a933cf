import type { Command } from 'fast-check';
import { checkCoherence } from '../coherence-invariants';
import type { CoherenceSystem } from '../coherence-system';
import type { FlatMemoryModel } from '../flat-memory-model';

/** A CPU flushes (writes back and invalidates) the L2 line of an address; the data must survive. */
export class EvictCommand implements Command<FlatMemoryModel, CoherenceSystem> {
  constructor(
    readonly cpu: number,
    readonly address: number,
    readonly lines: readonly number[],
  ) {}

  check(): boolean {
    return true;
  }

  run(_model: FlatMemoryModel, real: CoherenceSystem): void {
    const cpu = real.machine.cpus[this.cpu];
    if (cpu === undefined) throw new Error(`no cpu ${this.cpu}`);
    cpu.flushLine(this.address);
    checkCoherence(real.machine, this.lines);
  }

  toString(): string {
    return `evict(cpu ${this.cpu}, 0x${this.address.toString(16)})`;
  }
}

import type { Command } from 'fast-check';
import { checkCoherence } from '../coherence-invariants';
import type { CoherenceSystem } from '../coherence-system';
import type { FlatMemoryModel } from '../flat-memory-model';

/**
 * A device DMA-writes into memory: one word (a partial line, merged with the
 * current data) or the whole line holding `address`. Caches must drop stale copies.
 */
export class DmaWriteCommand implements Command<FlatMemoryModel, CoherenceSystem> {
  constructor(
    readonly address: number,
    readonly value: number,
    readonly wholeLine: boolean,
    readonly lines: readonly number[],
  ) {}

  check(): boolean {
    return true;
  }

  run(model: FlatMemoryModel, real: CoherenceSystem): void {
    const lineBytes = real.machine.config.l2LineBytes;
    const start = this.wholeLine ? this.address - (this.address % lineBytes) : this.address;
    const words = new Int32Array(this.wholeLine ? lineBytes / 4 : 1).map((_, i) => this.value + i);
    real.machine.dmaWrite(start, words.length * 4, words);
    words.forEach((v, i) => model.write(start + i * 4, v));
    checkCoherence(real.machine, this.lines);
  }

  toString(): string {
    return `dmaWrite(0x${this.address.toString(16)}, ${this.value}${this.wholeLine ? ', whole line' : ''})`;
  }
}

import type { Command } from 'fast-check';
import type { Tlb, TlbEntry } from '../../tlb';
import type { TlbModel } from '../tlb-model';

/** TLBWI of an entry that does not duplicate another's match (software's obligation on MIPS). */
export class TlbWriteIndexedCommand implements Command<TlbModel, Tlb> {
  constructor(
    readonly index: number,
    readonly entry: TlbEntry,
  ) {}

  check(model: Readonly<TlbModel>): boolean {
    return !model.conflicts(this.entry, this.index);
  }

  run(model: TlbModel, real: Tlb): void {
    real.writeIndexed(this.index, this.entry);
    model.entries[this.index] = this.entry;
  }

  toString(): string {
    return `writeIndexed(${this.index}, ${JSON.stringify(this.entry)})`;
  }
}

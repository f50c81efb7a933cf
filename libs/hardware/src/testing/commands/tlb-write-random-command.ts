import type { Command } from 'fast-check';
import { assert } from '@disco/sim-kernel';
import type { Tlb, TlbEntry } from '../../tlb';
import type { TlbModel } from '../tlb-model';

/** TLBWR (a refill's write): lands on a non-wired entry; the model mirrors the index the TLB chose. */
export class TlbWriteRandomCommand implements Command<TlbModel, Tlb> {
  constructor(readonly entry: TlbEntry) {}

  check(model: Readonly<TlbModel>): boolean {
    return !model.conflicts(this.entry, -1);
  }

  run(model: TlbModel, real: Tlb): void {
    const index = real.writeRandom(this.entry);
    assert(index >= model.wired && index < model.entries.length, `random write at ${index}, wired ${model.wired}`);
    model.entries[index] = this.entry;
  }

  toString(): string {
    return `writeRandom(${JSON.stringify(this.entry)})`;
  }
}

import type { Command } from 'fast-check';
import { assertEqual } from '@disco/sim-kernel';
import type { Tlb } from '../../tlb';
import type { TlbModel } from '../tlb-model';

/** A reference through the TLB hits exactly when a matching entry for the ASID exists. */
export class TlbLookupCommand implements Command<TlbModel, Tlb> {
  constructor(
    readonly va: number,
    readonly asid: number,
    readonly write: boolean,
  ) {}

  check(): boolean {
    return true;
  }

  run(model: TlbModel, real: Tlb): void {
    assertEqual(real.lookup(this.va, this.asid, this.write), model.lookup(this.va, this.asid, this.write), `${this}`);
  }

  toString(): string {
    return `lookup(0x${this.va.toString(16)}, asid ${this.asid}, ${this.write ? 'store' : 'load'})`;
  }
}

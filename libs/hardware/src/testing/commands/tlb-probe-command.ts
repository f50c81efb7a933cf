import type { Command } from 'fast-check';
import { assertEqual } from '@disco/sim-kernel';
import type { Tlb } from '../../tlb';
import type { TlbModel } from '../tlb-model';

/** TLBP finds the matching entry's index, or -1. */
export class TlbProbeCommand implements Command<TlbModel, Tlb> {
  constructor(
    readonly vpn2: number,
    readonly asid: number,
  ) {}

  check(): boolean {
    return true;
  }

  run(model: TlbModel, real: Tlb): void {
    assertEqual(real.probe(this.vpn2, this.asid), model.matching(this.vpn2, this.asid), `${this}`);
  }

  toString(): string {
    return `probe(vpn2 ${this.vpn2}, asid ${this.asid})`;
  }
}

import type { Command } from 'fast-check';
import type { Tlb } from '../../tlb';
import type { TlbModel } from '../tlb-model';

/** Flush every entry (Disco on a VCPU switch) or only the non-wired ones. */
export class TlbFlushCommand implements Command<TlbModel, Tlb> {
  constructor(readonly keepWired: boolean) {}

  check(): boolean {
    return true;
  }

  run(model: TlbModel, real: Tlb): void {
    if (this.keepWired) real.flushNonWired();
    else real.flushAll();
    for (let i = this.keepWired ? model.wired : 0; i < model.entries.length; i++) model.entries[i] = null;
  }

  toString(): string {
    return this.keepWired ? 'flushNonWired()' : 'flushAll()';
  }
}

import type { Command } from 'fast-check';
import { PAGE_BYTES } from '@disco/hardware';
import { checkMonitorInvariants } from '../monitor-invariants';
import { TRACKED_WORDS, type IsolationModel } from '../isolation-model';
import type { PropertySystem } from '../property-system';

/** A VCPU stores a word of a guest-physical page through its user mapping (COW faults, collapses happen here). */
export class StoreCommand implements Command<IsolationModel, PropertySystem> {
  constructor(readonly vm: number, readonly vcpu: number, readonly ppn: number, readonly word: number, readonly value: number) {}
  check(): boolean {
    return true;
  }
  run(model: IsolationModel, real: PropertySystem): void {
    const va = this.ppn * PAGE_BYTES + TRACKED_WORDS[this.word]! * 4;
    real.run(this.vm, this.vcpu, (cpu) => cpu.store(va, this.value));
    model.setWord(this.vm, this.ppn, this.word, this.value);
    checkMonitorInvariants(real.disco);
  }
  toString(): string {
    return `store(vm ${this.vm}.${this.vcpu}, ppn ${this.ppn}, w${this.word} = ${this.value})`;
  }
}

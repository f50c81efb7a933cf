import type { Command } from 'fast-check';
import { PAGE_BYTES } from '@disco/hardware';
import { checkMonitorInvariants } from '../monitor-invariants';
import { TRACKED_WORDS, type IsolationModel } from '../isolation-model';
import type { PropertySystem } from '../property-system';

/** A VM saw something other than what the model says it must: another VM's write, a stale copy, lost data. */
export class IsolationViolation extends Error {
  override readonly name = 'IsolationViolation';
  constructor(message: string) {
    super(`isolation broken: ${message}`);
  }
}

/** A VCPU loads the tracked words of a page (user mapping or the relocated kernel segment); they must be what the model says. */
export class LoadCommand implements Command<IsolationModel, PropertySystem> {
  constructor(readonly vm: number, readonly vcpu: number, readonly ppn: number, readonly viaKernel: boolean) {}
  check(): boolean {
    return true;
  }
  run(model: IsolationModel, real: PropertySystem): void {
    const seen: number[] = [];
    real.run(this.vm, this.vcpu, (cpu) => {
      const base = (this.viaKernel ? cpu.platform.kernelBase : 0) + this.ppn * PAGE_BYTES;
      for (const w of TRACKED_WORDS) seen.push(cpu.load(base + w * 4));
    });
    const expected = TRACKED_WORDS.map((_, w) => model.word(this.vm, this.ppn, w));
    if (seen.join() !== expected.join()) throw new IsolationViolation(`vm ${this.vm} ppn ${this.ppn} reads [${seen.join()}], expected [${expected.join()}]`);
    checkMonitorInvariants(real.disco);
  }
  toString(): string {
    return `load(vm ${this.vm}.${this.vcpu}, ppn ${this.ppn}${this.viaKernel ? ', kernel' : ''})`;
  }
}

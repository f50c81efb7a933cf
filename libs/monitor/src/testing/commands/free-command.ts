import type { Command } from 'fast-check';
import { checkMonitorInvariants } from '../monitor-invariants';
import type { IsolationModel } from '../isolation-model';
import type { PropertySystem } from '../property-system';

/** The guest frees a page (freed-page hint) or asks for it zeroed (zero-page call): either way it reads zeros next. */
export class FreeCommand implements Command<IsolationModel, PropertySystem> {
  constructor(readonly vm: number, readonly ppn: number, readonly zero: boolean) {}
  check(): boolean {
    return true;
  }
  run(model: IsolationModel, real: PropertySystem): void {
    real.run(this.vm, 0, (cpu) => (this.zero ? cpu.zeroPage(this.ppn) : cpu.pageFreed(this.ppn)));
    model.zero(this.vm, this.ppn);
    checkMonitorInvariants(real.disco);
  }
  toString(): string {
    return `${this.zero ? 'zeroPage' : 'pageFreed'}(vm ${this.vm}, ppn ${this.ppn})`;
  }
}

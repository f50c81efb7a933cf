import type { Command } from 'fast-check';
import { checkMonitorInvariants } from '../monitor-invariants';
import type { IsolationModel } from '../isolation-model';
import type { PropertySystem } from '../property-system';

/** The HAL remap call (copyPage with remap): bcopy semantics by sharing one machine page (§4.3 item 8). */
export class RemapCommand implements Command<IsolationModel, PropertySystem> {
  constructor(readonly vm: number, readonly from: number, readonly to: number) {}
  check(): boolean {
    return this.from !== this.to;
  }
  run(model: IsolationModel, real: PropertySystem): void {
    real.run(this.vm, 0, (cpu) => cpu.copyPage(this.from, this.to, true));
    model.copyPage(this.vm, this.from, this.vm, this.to);
    checkMonitorInvariants(real.disco);
  }
  toString(): string {
    return `remap(vm ${this.vm}, ppn ${this.from} → ${this.to})`;
  }
}

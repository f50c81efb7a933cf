import type { Command } from 'fast-check';
import { checkMonitorInvariants } from '../monitor-invariants';
import type { IsolationModel } from '../isolation-model';
import type { PropertySystem } from '../property-system';

/** A VM writes a page to a block of the shared non-persistent disk: the write stays private to it. */
export class DiskWriteCommand implements Command<IsolationModel, PropertySystem> {
  constructor(readonly vm: number, readonly ppn: number, readonly block: number) {}
  check(): boolean {
    return true;
  }
  run(model: IsolationModel, real: PropertySystem): void {
    const tag = real.nextTag++;
    real.run(this.vm, 0, (cpu) => cpu.diskRequest({ disk: 0, write: true, sector: this.block * 8, sectors: 8, physicalPages: [this.ppn], tag }));
    if (!real.guests[this.vm]!.completedTags.includes(tag)) throw new Error(`disk write ${tag} never completed`);
    model.writeBlock(this.vm, this.ppn, this.block);
    checkMonitorInvariants(real.disco);
  }
  toString(): string {
    return `diskWrite(vm ${this.vm}, ppn ${this.ppn} → block ${this.block})`;
  }
}

import type { Command } from 'fast-check';
import { checkMonitorInvariants } from '../monitor-invariants';
import type { IsolationModel } from '../isolation-model';
import type { PropertySystem } from '../property-system';

/** A VM reads blocks of the shared non-persistent disk into consecutive pages (global disk cache, COW mapping). */
export class DiskReadCommand implements Command<IsolationModel, PropertySystem> {
  constructor(readonly vm: number, readonly block: number, readonly ppn: number, readonly pages: number) {}
  check(): boolean {
    return true;
  }
  run(model: IsolationModel, real: PropertySystem): void {
    const pages = Array.from({ length: this.pages }, (_, i) => this.ppn + i);
    const tag = real.nextTag++;
    real.run(this.vm, 0, (cpu) => cpu.diskRequest({ disk: 0, write: false, sector: this.block * 8, sectors: this.pages * 8, physicalPages: pages, tag }));
    if (!real.guests[this.vm]!.completedTags.includes(tag)) throw new Error(`disk read ${tag} never completed`);
    pages.forEach((p, i) => model.readBlock(this.vm, this.block + i, p));
    checkMonitorInvariants(real.disco);
  }
  toString(): string {
    return `diskRead(vm ${this.vm}, block ${this.block} → ppn ${this.ppn}, ${this.pages} pages)`;
  }
}

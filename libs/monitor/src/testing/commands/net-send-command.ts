import type { Command } from 'fast-check';
import { PAGE_BYTES } from '@disco/hardware';
import { checkMonitorInvariants } from '../monitor-invariants';
import type { IsolationModel } from '../isolation-model';
import type { PropertySystem } from '../property-system';

/** One full page over the virtual subnet: remapped copy-on-write into the receiver's posted page. */
export class NetSendCommand implements Command<IsolationModel, PropertySystem> {
  constructor(readonly from: number, readonly ppn: number, readonly to: number, readonly dst: number) {}
  check(): boolean {
    return this.from !== this.to;
  }
  run(model: IsolationModel, real: PropertySystem): void {
    const receiver = real.vms[this.to]!;
    receiver.receivePages.length = 0;
    receiver.postReceivePages([this.dst]);
    const tag = real.nextTag++;
    real.run(this.from, 0, (cpu) => cpu.netSend({ to: this.to, bytes: PAGE_BYTES, physicalPages: [this.ppn], pageOffsetBytes: 0, tag }));
    if (!real.guests[this.to]!.completedTags.includes(tag)) throw new Error(`packet ${tag} never arrived`);
    receiver.deliveries.length = 0;
    model.copyPage(this.from, this.ppn, this.to, this.dst);
    checkMonitorInvariants(real.disco);
  }
  toString(): string {
    return `netSend(vm ${this.from} ppn ${this.ppn} → vm ${this.to} ppn ${this.dst})`;
  }
}

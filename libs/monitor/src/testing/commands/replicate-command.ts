import type { Command } from 'fast-check';
import { checkMonitorInvariants } from '../monitor-invariants';
import type { IsolationModel } from '../isolation-model';
import type { PropertySystem } from '../property-system';
import { PROPERTY_NODES } from '../property-system';

/** The NUMA policy replicates the machine page behind a guest page to every other node. */
export class ReplicateCommand implements Command<IsolationModel, PropertySystem> {
  constructor(readonly vm: number, readonly ppn: number, readonly byNode: number) {}
  check(): boolean {
    return true;
  }
  run(_model: IsolationModel, real: PropertySystem): void {
    const mpn = real.vms[this.vm]!.pmap[this.ppn]!;
    const nodes = Array.from({ length: PROPERTY_NODES }, (_, n) => n);
    if (mpn >= 0) real.disco.numa.forceReplicate(real.machine.cpus[this.byNode]!, mpn, nodes);
    real.sim.run();
    checkMonitorInvariants(real.disco);
  }
  toString(): string {
    return `replicate(vm ${this.vm} ppn ${this.ppn}, by cpu ${this.byNode})`;
  }
}

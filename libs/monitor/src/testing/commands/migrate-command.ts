import type { Command } from 'fast-check';
import { checkMonitorInvariants } from '../monitor-invariants';
import type { IsolationModel } from '../isolation-model';
import type { PropertySystem } from '../property-system';

/** The NUMA policy migrates the machine page behind a guest page to a node (as a hot-page decision would). */
export class MigrateCommand implements Command<IsolationModel, PropertySystem> {
  constructor(readonly vm: number, readonly ppn: number, readonly node: number) {}
  check(): boolean {
    return true;
  }
  run(_model: IsolationModel, real: PropertySystem): void {
    const mpn = real.vms[this.vm]!.pmap[this.ppn]!;
    if (mpn >= 0) real.disco.numa.forceMigrate(real.machine.cpus[this.node]!, mpn, this.node);
    real.sim.run();
    checkMonitorInvariants(real.disco);
  }
  toString(): string {
    return `migrate(vm ${this.vm} ppn ${this.ppn} → node ${this.node})`;
  }
}

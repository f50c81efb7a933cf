import type { Command } from 'fast-check';
import { checkMonitorInvariants } from '../monitor-invariants';
import type { IsolationModel } from '../isolation-model';
import type { PropertySystem } from '../property-system';

/**
 * The placement policy's own inputs, as the hardware and the monitor's timer
 * would deliver them: its periodic work on a CPU (AutoNUMA's scan,
 * Carrefour's period), or FLASH's hot-page interrupt for the page behind a
 * guest page (when the policy programs it). Whatever the policy then moves
 * must keep the invariants.
 */
export class PolicyCommand implements Command<IsolationModel, PropertySystem> {
  constructor(readonly kind: 'timer' | 'hot-page', readonly cpu: number, readonly vm: number, readonly ppn: number) {}
  check(): boolean {
    return true;
  }
  run(_model: IsolationModel, real: PropertySystem): void {
    const policy = real.disco.placement;
    const cpu = real.machine.cpus[this.cpu]!;
    if (this.kind === 'timer' && policy.timerPeriodTicks > 0) policy.onTimer(cpu);
    const mpn = real.vms[this.vm]!.pmap[this.ppn]!;
    if (this.kind === 'hot-page' && policy.usesHotPageInterrupt && mpn >= 0) policy.onHotPage(cpu, mpn);
    real.sim.run();
    checkMonitorInvariants(real.disco);
  }
  toString(): string {
    return this.kind === 'timer' ? `policyTimer(cpu ${this.cpu})` : `hotPage(vm ${this.vm} ppn ${this.ppn}, on cpu ${this.cpu})`;
  }
}

import type { Cpu } from '@disco/hardware';
import type { Vm } from '../vm';
import type { PlacementPolicy } from './placement-policy';

/** A policy that never moves a page; subclasses say where a page goes first. */
abstract class StaticPolicy implements PlacementPolicy {
  readonly usesHotPageInterrupt = false;
  readonly timerPeriodTicks = 0;
  readonly timerDelayTicks = 0;

  timerCpus(): number[] {
    return [];
  }
  abstract readonly name: string;
  abstract nodeForNewPage(vm: Vm, ppn: number, cpu: Cpu): number;

  onHotPage(): void {
    throw new Error(`the ${this.name} policy programs no hot-page interrupt`);
  }

  onTimer(): void {
    throw new Error(`the ${this.name} policy has no timer`);
  }

  armed(): boolean {
    return false;
  }

  onHintingFault(): void {
    throw new Error(`the ${this.name} policy arms no page`);
  }
}

/**
 * No placement policy: the monitor's own allocation, which is first touch
 * (`MemoryManager.backing` allocates on the node of the CPU whose reference
 * needs the page), no hot-page interrupt, no move. Unlike Disco's policy with
 * migration and replication off (`/monitor/migration`, `/monitor/replication`
 * false), which still takes every hot-page interrupt and declines it.
 */
export class NonePolicy extends StaticPolicy {
  readonly name = 'none';
  nodeForNewPage(_vm: Vm, _ppn: number, cpu: Cpu): number {
    return cpu.id;
  }
}

/** First touch: a guest-physical page's machine page goes on the node of the CPU that first touches it (as Linux's default local allocation); no move. */
export class FirstTouchPolicy extends StaticPolicy {
  readonly name = 'first-touch';
  nodeForNewPage(_vm: Vm, _ppn: number, cpu: Cpu): number {
    return cpu.id;
  }
}

/**
 * Round robin: guest-physical page p of VM v goes on node (p + v) mod nodes
 * (as Linux's MPOL_INTERLEAVE interleaves by page offset), whoever touches
 * it; a copy made for it later (COW break, private copy for DMA) follows the
 * same rule; no move. The VM offset spreads the VMs' low pages (kernel
 * text and data) over nodes instead of stacking them on node 0.
 */
export class RoundRobinPolicy extends StaticPolicy {
  readonly name = 'round-robin';
  constructor(private readonly nodes: number) {
    super();
  }
  nodeForNewPage(vm: Vm, ppn: number): number {
    return (ppn + vm.id) % this.nodes;
  }
}

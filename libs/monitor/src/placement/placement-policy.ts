import type { Tick } from '@disco/sim-kernel';
import type { Cpu } from '@disco/hardware';
import type { HintingFaults } from '../monitor-ports';
import type { Vcpu, Vm } from '../vm';

/**
 * A NUMA placement policy of the monitor: where a guest-physical page's
 * machine page is allocated first, and when it moves. A policy decides; the
 * moves themselves (migrate, replicate, collapse, shootdown) are the one
 * mechanism all policies share, `PageMover`. Every hook runs on a physical
 * CPU inside the monitor and charges its own time there.
 */
export interface PlacementPolicy extends HintingFaults {
  /** The name a scenario chooses it by (`/monitor/placement/policy`). */
  readonly name: string;
  /** Whether FLASH's hot-page interrupt is programmed (only policies that read the full per-page counters use it). */
  readonly usesHotPageInterrupt: boolean;
  /** Period of `onTimer` on each of `timerCpus()`; 0: none. */
  readonly timerPeriodTicks: Tick;
  /** When the first `onTimer` comes, after the monitor starts. */
  readonly timerDelayTicks: Tick;
  /** The CPUs that take the policy's timer (asked once, when the monitor starts, after the VMs exist). */
  timerCpus(): number[];
  /** The node on which the first machine page of (vm, ppn) is allocated, touched by `cpu` (first placement). */
  nodeForNewPage(vm: Vm, ppn: number, cpu: Cpu): number;
  /** FLASH's hot-page interrupt on `cpu` for machine page `mpn` (§4.2.3). */
  onHotPage(cpu: Cpu, mpn: number): void;
  /** The policy's periodic work on `cpu` (a monitor timer interrupt). */
  onTimer(cpu: Cpu): void;
  /**
   * Whether the translation of (vm, ppn) must go through `onHintingFault`
   * first (the policy took its mapping away to see the next access). Asked
   * on the monitor's pmap/L2TLB refill path, so it must be cheap.
   */
  armed(vm: Vm, ppn: number): boolean;
  /** The access of `v` to an armed (vm, ppn): the monitor's hinting fault, before the page is translated. */
  onHintingFault(v: Vcpu, ppn: number): void;
}

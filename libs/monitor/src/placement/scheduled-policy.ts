import type { Cpu } from '@disco/hardware';
import { InterruptCause } from '@disco/hardware';
import { MigrationDeclineReason, PlacementPolicyKind, TimeBucket } from '@disco/trace-schema';
import { enterMonitor, leaveMonitor, type MonitorContext } from '../monitor-ports';
import { mapperKey } from '../memmap';
import type { Vm } from '../vm';
import type { PageMover } from './page-mover';
import type { ScheduledDecision } from './placement-config';
import type { PlacementPolicy } from './placement-policy';

/** One guest-physical page the schedule names: its decisions in order, and how far the run has got. */
interface Slot {
  readonly vm: number;
  readonly ppn: number;
  readonly decisions: readonly ScheduledDecision[];
  /** Misses of the page so far (every machine page that backed it; the policy's own copies left out). */
  misses: number;
  /** Next decision to hand out. */
  next: number;
  /** Decisions handed out (interrupts on their way or running). */
  outstanding: number;
}

/**
 * Not a policy a system could run: the offline baseline's decisions
 * replayed, to check that a schedule priced in the placement model
 * (libs/analysis placement/) costs what the model says when the simulator
 * carries it out (issue 15: "a policy given the baseline's own decisions
 * reaches it"). `disco-analyze schedule TRACE` writes the baseline's
 * decisions of a trace as the `/monitor/placement/schedule` of its scenario.
 *
 * It counts every L2 miss of each guest-physical page the schedule names
 * (the hardware's miss sampling at one in one, at no cost: an oracle's
 * bookkeeping is free, its moves are not). When a page's count reaches a
 * decision's `afterMisses`, the hardware raises the hot-page interrupt on
 * the CPU of the node the decision serves (see `dispatch`), and the
 * monitor carries out the decision there, with the shared move mechanism
 * (`PageMover`), paying the same trap, bookkeeping, shootdown and copy as
 * Disco's policy. A decision due when the page is first backed is free if
 * it is a migration: the page is allocated on its node. The schedule is
 * followed whatever the monitor's move limit and hysteresis say; a decision
 * the page's state makes moot (a migration of a replicated page, a replica
 * where a copy is) is declined with its reason.
 */
export class ScheduledPolicy implements PlacementPolicy {
  readonly name = 'scheduled';
  readonly usesHotPageInterrupt = false;
  readonly timerPeriodTicks = 0;
  readonly timerDelayTicks = 0;
  private readonly slots: Slot[] = [];
  private readonly slotOf = new Map<number, number>();
  /** Decisions handed to a CPU's interrupt, by the interrupt's data: slot and decision index. */
  private readonly tasks = new Map<number, { readonly slot: number; readonly decision: number }>();
  private nextTask = 0;
  /** Machine pages allocated for a named page and not yet attached to it (zeroed or filled first), and the slot they are for. */
  private readonly unattached = new Map<number, number>();
  /** Set while the policy copies pages: those misses are the move's, not the page's. */
  private moving = false;

  constructor(
    private readonly ctx: MonitorContext,
    private readonly mover: PageMover,
    schedule: readonly ScheduledDecision[],
  ) {
    const byPage = new Map<number, ScheduledDecision[]>();
    for (const d of schedule) {
      const key = mapperKey(d.vm, d.ppn);
      const list = byPage.get(key) ?? [];
      list.push(d);
      byPage.set(key, list);
    }
    for (const [key, list] of [...byPage].sort((a, b) => a[0] - b[0])) {
      // Stable: decisions at the same count keep their order in the schedule.
      const decisions = list.map((d, i) => ({ d, i })).sort((a, b) => a.d.afterMisses - b.d.afterMisses || a.i - b.i).map((x) => x.d);
      this.slotOf.set(key, this.slots.length);
      this.slots.push({ vm: decisions[0]!.vm, ppn: decisions[0]!.ppn, decisions, misses: 0, next: 0, outstanding: 0 });
    }
    const counters = ctx.machine.missCounters;
    counters.sampleEveryMisses = schedule.length > 0 ? 1 : 0;
    counters.onSample = (mpn, node) => this.onMiss(mpn, node);
  }

  timerCpus(): number[] {
    return [];
  }

  /** Misses counted so far for (vm, ppn), or undefined when the schedule does not name it (tests, tools). */
  missesOf(vm: number, ppn: number): number | undefined {
    const index = this.slotOf.get(mapperKey(vm, ppn));
    return index === undefined ? undefined : this.slots[index]!.misses;
  }

  /** First touch, unless the page's next decision is a migration already due: then on its node, for free. */
  nodeForNewPage(vm: Vm, ppn: number, cpu: Cpu): number {
    const index = this.slotOf.get(mapperKey(vm.id, ppn));
    if (index === undefined) return cpu.id;
    const slot = this.slots[index]!;
    let node = cpu.id;
    while (slot.outstanding === 0 && slot.next < slot.decisions.length) {
      const d = slot.decisions[slot.next]!;
      if (d.afterMisses > slot.misses || d.action !== 'migrate' || d.node >= this.ctx.machine.nodes) break;
      node = d.node;
      slot.next++;
    }
    return node;
  }

  /** A fresh page for a named page: its zeroing or filling, before it is attached, is that page's first misses (a trace counts them so). */
  pageAllocated(vm: Vm, ppn: number, mpn: number): void {
    const index = this.slotOf.get(mapperKey(vm.id, ppn));
    if (index !== undefined) this.unattached.set(mpn, index);
  }

  pageAttached(mpn: number): void {
    if (this.unattached.size > 0) this.unattached.delete(mpn);
  }

  /** A miss on machine page `mpn` (hardware context: no CPU time here). */
  private onMiss(mpn: number, _node: number): void {
    if (this.moving) return;
    const memmap = this.ctx.memory.memmap;
    const primary = memmap.primaryOf[mpn]! >= 0 ? memmap.primaryOf[mpn]! : mpn;
    if (this.unattached.size > 0) {
      const index = this.unattached.get(primary);
      if (index !== undefined) return this.count(index);
    }
    for (const key of memmap.mappersOf(primary)) {
      const index = this.slotOf.get(key);
      if (index === undefined) continue;
      this.count(index);
    }
  }

  private count(index: number): void {
    const slot = this.slots[index]!;
    slot.misses++;
    if (slot.outstanding === 0) this.dispatch(index);
  }

  /**
   * Hands the slot's due decisions to the CPUs of the nodes they serve (the
   * copy's destination), so that the moves of many pages spread over the
   * CPUs that need them, as the baseline, which prices each move alone,
   * assumes (FLASH raises its hot-page interrupt on the home node's CPU,
   * §4.2.3). Replicas due together go out together (each adds a copy, in
   * any order); a migration or a collapse goes alone, and what follows it
   * waits for it.
   */
  private dispatch(index: number): void {
    const slot = this.slots[index]!;
    const due = (i: number) => i < slot.decisions.length && slot.decisions[i]!.afterMisses <= slot.misses;
    if (!due(slot.next)) return;
    if (slot.decisions[slot.next]!.action !== 'replicate') return this.post(index, slot.next++);
    while (due(slot.next) && slot.decisions[slot.next]!.action === 'replicate') this.post(index, slot.next++);
  }

  private post(index: number, decision: number): void {
    const slot = this.slots[index]!;
    slot.outstanding++;
    const id = this.nextTask++;
    this.tasks.set(id, { slot: index, decision });
    const to = Math.min(slot.decisions[decision]!.node, this.ctx.machine.nodes - 1);
    this.ctx.machine.postInterrupt(to, InterruptCause.HOT_PAGE, id, this.ctx.machine.config.interruptLatencyTicks);
  }

  /** The interrupt of one handed-out decision: carried out on this CPU, as Disco's hot-page handler runs. */
  onHotPage(cpu: Cpu, id: number): void {
    const d = this.ctx;
    const task = this.tasks.get(id);
    if (task === undefined) throw new Error(`scheduled policy: no decision handed out as ${id}`);
    this.tasks.delete(id);
    const slot = this.slots[task.slot]!;
    const saved = enterMonitor(cpu, TimeBucket.TIME_MONITOR_NUMA, d.config.trapEntryExitTicks + d.config.pageMoveBookkeepingTicks);
    this.moving = true;
    try {
      this.carryOut(cpu, slot, slot.decisions[task.decision]!);
    } finally {
      this.moving = false;
      leaveMonitor(cpu, saved);
    }
    slot.outstanding--;
    if (slot.outstanding === 0) this.dispatch(task.slot);
  }

  private carryOut(cpu: Cpu, slot: Slot, decision: ScheduledDecision): void {
    const d = this.ctx;
    const mem = d.memory;
    const memmap = mem.memmap;
    const vm = d.vms[slot.vm];
    const mpn = vm === undefined || slot.ppn >= vm.physicalPages ? -1 : vm.pmap[slot.ppn]!;
    if (mpn < 0 || decision.node >= d.machine.nodes) return this.decline(cpu, Math.max(mpn, 0), decision, MigrationDeclineReason.DECLINE_NOT_MOVABLE);
    if (!this.mover.movable(mpn)) return this.decline(cpu, mpn, decision, MigrationDeclineReason.DECLINE_NOT_MOVABLE);
    const home = mem.nodeOf(mpn);
    const replicated = memmap.hasReplicas(mpn);
    const why = { policy: PlacementPolicyKind.POLICY_SCHEDULED, nodeMisses: d.machine.missCounters.readPage(mpn) };
    if (decision.action === 'migrate') {
      if (replicated) return this.decline(cpu, mpn, decision, MigrationDeclineReason.DECLINE_NO_PATTERN);
      if (home === decision.node) return this.decline(cpu, mpn, decision, MigrationDeclineReason.DECLINE_ALREADY_LOCAL);
      if (!this.mover.migrate(cpu, mpn, decision.node, { ...why, dominantSharePercent: 0, migrateThresholdPercent: 0 })) return this.decline(cpu, mpn, decision, MigrationDeclineReason.DECLINE_NO_MEMORY);
    } else if (decision.action === 'replicate') {
      if (home === decision.node || mem.localCopy(mpn, decision.node) !== mpn) return this.decline(cpu, mpn, decision, MigrationDeclineReason.DECLINE_ALREADY_LOCAL);
      if (mem.allocator.freePages(decision.node) === 0) return this.decline(cpu, mpn, decision, MigrationDeclineReason.DECLINE_NO_MEMORY);
      this.mover.replicate(cpu, mpn, [decision.node], { ...why, readers: 0, replicateMinMisses: 0 });
    } else {
      const survivor = mem.localCopy(mpn, decision.node);
      if (!replicated || mem.nodeOf(survivor) !== decision.node) return this.decline(cpu, mpn, decision, MigrationDeclineReason.DECLINE_NO_PATTERN);
      this.mover.collapseTo(cpu, mpn, survivor, slot.vm, slot.ppn);
    }
  }

  private decline(cpu: Cpu, mpn: number, decision: ScheduledDecision, reason: MigrationDeclineReason): void {
    const d = this.ctx;
    d.sim.emit(
      'MigrationDeclined',
      {
        machinePage: mpn,
        reason,
        nodeMisses: [],
        dominantNode: decision.node,
        dominantSharePercent: 0,
        migrateThresholdPercent: 0,
        readers: 0,
        moves: d.memory.memmap.moves[mpn] ?? 0,
        moveLimit: d.config.moveLimit,
        policy: PlacementPolicyKind.POLICY_SCHEDULED,
      },
      cpu.id,
      cpu.id,
    );
  }

  onTimer(): void {
    throw new Error('the scheduled policy has no timer');
  }

  armed(): boolean {
    return false;
  }

  onHintingFault(): void {
    throw new Error('the scheduled policy arms no page');
  }
}

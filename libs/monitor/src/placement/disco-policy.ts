import type { Cpu } from '@disco/hardware';
import { MigrationDeclineReason, PlacementPolicyKind, TimeBucket } from '@disco/trace-schema';
import { enterMonitor, leaveMonitor, type MonitorContext } from '../monitor-ports';
import type { Vm } from '../vm';
import type { CounterFacts, PageMover } from './page-mover';
import type { PlacementPolicy } from './placement-policy';

/**
 * Disco's NUMA policy (§4.2.3, after Verghese et al., ASPLOS '96), run on
 * the CPU that receives FLASH's hot-page interrupt. A page missed on mostly
 * by one node migrates there; a page read by several nodes is replicated to
 * them; a write to a replicated page collapses the replicas and marks it
 * write-shared, and write-shared pages stay put; each page moves a limited
 * number of times, and not twice within `minMoveIntervalTicks`. First
 * placement is the monitor's: the node of the CPU that first touches the page.
 */
export class DiscoPolicy implements PlacementPolicy {
  readonly name = 'disco';
  /**
   * Programmed only where a decision can move a page: with one node every
   * page is already local, and with migration and replication both off every
   * interrupt would be declined. Disco then leaves FLASH's hot-page interrupt
   * off rather than take interrupts it must decline.
   */
  readonly usesHotPageInterrupt: boolean;
  readonly timerPeriodTicks = 0;
  readonly timerDelayTicks = 0;

  timerCpus(): number[] {
    return [];
  }

  constructor(
    private readonly ctx: MonitorContext,
    private readonly mover: PageMover,
  ) {
    this.usesHotPageInterrupt = ctx.machine.nodes > 1 && (ctx.config.migration || ctx.config.replication);
  }

  nodeForNewPage(_vm: Vm, _ppn: number, cpu: Cpu): number {
    return cpu.id;
  }

  onHotPage(cpu: Cpu, mpn: number): void {
    const d = this.ctx;
    const saved = enterMonitor(cpu, TimeBucket.TIME_MONITOR_NUMA, d.config.trapEntryExitTicks + d.config.pageMoveBookkeepingTicks);
    try {
      this.decide(cpu, this.mover.counterFacts(mpn));
    } finally {
      leaveMonitor(cpu, saved);
    }
  }

  onTimer(): void {
    // No periodic work: FLASH's counters are reset by the hardware (missCounterResetTicks).
  }

  armed(): boolean {
    return false;
  }

  onHintingFault(): void {
    // Never armed: the hot-page interrupt is this policy's only input.
  }

  private decide(cpu: Cpu, f: CounterFacts): void {
    const d = this.ctx;
    const c = d.config;
    const memmap = d.memory.memmap;
    const mpn = f.mpn;
    if (!this.mover.movable(mpn)) return this.decline(cpu, f, MigrationDeclineReason.DECLINE_NOT_MOVABLE);
    // A frozen page thaws after a quiet period (moveThawTicks).
    if (memmap.moves[mpn]! >= c.moveLimit && c.moveThawTicks > 0 && d.sim.now - memmap.lastMoveTicks[mpn]! >= c.moveThawTicks) memmap.moves[mpn] = 0;
    if (memmap.moves[mpn]! >= c.moveLimit) return this.decline(cpu, f, MigrationDeclineReason.DECLINE_MOVE_LIMIT);
    if (d.sim.now - memmap.lastMoveTicks[mpn]! < c.minMoveIntervalTicks) return this.decline(cpu, f, MigrationDeclineReason.DECLINE_TOO_SOON);
    const home = d.memory.nodeOf(mpn);
    const replicated = memmap.hasReplicas(mpn);
    if (f.dominantSharePercent >= c.migrateSharePercent && !replicated) {
      if (f.dominantNode === home) return this.decline(cpu, f, MigrationDeclineReason.DECLINE_ALREADY_LOCAL);
      if (!c.migration) return this.decline(cpu, f, MigrationDeclineReason.DECLINE_DISABLED);
      const why = { policy: PlacementPolicyKind.POLICY_DISCO, nodeMisses: f.nodeMisses, dominantSharePercent: f.dominantSharePercent, migrateThresholdPercent: c.migrateSharePercent };
      if (!this.mover.migrate(cpu, mpn, f.dominantNode, why)) this.decline(cpu, f, MigrationDeclineReason.DECLINE_NO_MEMORY);
      return;
    }
    if (memmap.writeShared[mpn] === 1) return this.decline(cpu, f, MigrationDeclineReason.DECLINE_WRITE_SHARED);
    const targets = f.readerNodes.filter((n) => n !== home && memmap.localCopy(mpn, n, d.memory.pagesPerNode) === mpn);
    if (f.readerNodes.length >= c.replicateMinReaders && targets.length > 0) {
      if (!c.replication) return this.decline(cpu, f, MigrationDeclineReason.DECLINE_DISABLED);
      return this.mover.replicate(cpu, mpn, targets, { policy: PlacementPolicyKind.POLICY_DISCO, nodeMisses: f.nodeMisses, readers: f.readerNodes.length, replicateMinMisses: c.replicateMinMisses });
    }
    return this.decline(cpu, f, MigrationDeclineReason.DECLINE_NO_PATTERN);
  }

  private decline(cpu: Cpu, f: CounterFacts, reason: MigrationDeclineReason): void {
    const d = this.ctx;
    d.sim.emit(
      'MigrationDeclined',
      {
        machinePage: f.mpn,
        reason,
        nodeMisses: f.nodeMisses,
        dominantNode: f.dominantNode,
        dominantSharePercent: f.dominantSharePercent,
        migrateThresholdPercent: d.config.migrateSharePercent,
        readers: f.readerNodes.length,
        moves: d.memory.memmap.moves[f.mpn]!,
        moveLimit: d.config.moveLimit,
        policy: PlacementPolicyKind.POLICY_DISCO,
      },
      cpu.id,
      cpu.id,
    );
  }
}

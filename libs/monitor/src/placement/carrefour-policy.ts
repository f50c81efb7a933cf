import type { Cpu } from '@disco/hardware';
import { MigrationDeclineReason, PlacementPolicyKind, TimeBucket } from '@disco/trace-schema';
import { TICKS_PER_US } from '@disco/sim-kernel';
import { enterMonitor, leaveMonitor, type MonitorContext } from '../monitor-ports';
import type { Vm } from '../vm';
import type { CarrefourConfig } from './placement-config';
import type { PageMover } from './page-mover';
import type { PlacementPolicy } from './placement-policy';

/** The period's global view: what the gates read and what they opened. */
interface PeriodGates {
  readonly controllerRequests: number[];
  readonly imbalancePercent: number;
  readonly migration: boolean;
  readonly replication: boolean;
  readonly interleaving: boolean;
}

/**
 * A Carrefour-like policy (Dashti et al., "Traffic management: a holistic
 * approach to memory placement on NUMA systems", ASPLOS '13): first touch;
 * the hardware samples one directory miss in `sampleEveryMisses` (as
 * Carrefour samples with AMD IBS) into per-page, per-node tallies; every
 * period the policy reads the memory controllers' request counters and
 * decides globally (the gates) and then per sampled page: a page accessed
 * mostly from one node migrates there, a page read (never written) from
 * several nodes is replicated to them, and a page accessed from several nodes
 * and written is interleaved: moved to the least loaded controller. Interleaving
 * only pays when controllers queue, so it needs `/machine/contention` on.
 * The monitor's per-page move limit and hysteresis (moveLimit,
 * minMoveIntervalTicks) apply to its moves. Runs on CPU 0.
 */
export class CarrefourPolicy implements PlacementPolicy {
  readonly name = 'carrefour';
  readonly usesHotPageInterrupt = false;
  readonly timerPeriodTicks;
  readonly timerDelayTicks;
  /** Per sampled primary page, its samples per node and, last, its write samples; in the order first sampled. */
  private readonly samples = new Map<number, Int32Array>();
  private sampleCount = 0;
  private localSamples = 0;
  private lastPeriodTicks = 0;

  constructor(
    private readonly ctx: MonitorContext,
    private readonly mover: PageMover,
    private readonly config: CarrefourConfig,
  ) {
    this.timerPeriodTicks = config.periodTicks;
    this.timerDelayTicks = config.periodTicks;
    const counters = ctx.machine.missCounters;
    counters.sampleEveryMisses = config.sampleEveryMisses;
    counters.onSample = (mpn, node, write) => this.onSample(mpn, node, write);
  }

  timerCpus(): number[] {
    return [0];
  }

  nodeForNewPage(_vm: Vm, _ppn: number, cpu: Cpu): number {
    return cpu.id;
  }

  onHotPage(): void {
    throw new Error('the carrefour policy programs no hot-page interrupt');
  }

  armed(): boolean {
    return false;
  }

  onHintingFault(): void {
    throw new Error('the carrefour policy arms no page');
  }

  /** A sampled miss (hardware context: no CPU time here; the period charges each sample's cost). */
  private onSample(mpn: number, node: number, write: boolean): void {
    const memmap = this.ctx.memory.memmap;
    const primary = memmap.primaryOf[mpn]! >= 0 ? memmap.primaryOf[mpn]! : mpn;
    const nodes = this.ctx.machine.nodes;
    let tally = this.samples.get(primary);
    if (tally === undefined) {
      tally = new Int32Array(nodes + 1);
      this.samples.set(primary, tally);
    }
    tally[node]!++;
    if (write) tally[nodes]!++;
    this.sampleCount++;
    if (this.ctx.memory.nodeOf(mpn) === node) this.localSamples++;
  }

  onTimer(cpu: Cpu): void {
    const d = this.ctx;
    const c = this.config;
    const saved = enterMonitor(cpu, TimeBucket.TIME_MONITOR_NUMA, d.config.trapEntryExitTicks + this.sampleCount * c.sampleCostTicks);
    const start = cpu.nowTicks;
    const gates = this.gates(cpu, start);
    for (const [mpn, tally] of this.samples) this.decide(cpu, mpn, tally, gates);
    this.samples.clear();
    this.sampleCount = 0;
    this.localSamples = 0;
    leaveMonitor(cpu, saved);
  }

  /** Reads and clears the controllers' counters, applies the global gates, and emits PlacementSampled. */
  private gates(cpu: Cpu, start: number): PeriodGates {
    const d = this.ctx;
    const c = this.config;
    const counters = d.machine.directory.controllerRequests;
    const controllerRequests = Array.from(counters);
    counters.fill(0);
    const total = controllerRequests.reduce((a, b) => a + b, 0);
    const mean = total / controllerRequests.length;
    const variance = controllerRequests.reduce((a, r) => a + (r - mean) ** 2, 0) / controllerRequests.length;
    const imbalancePercent = mean === 0 ? 0 : Math.round((100 * Math.sqrt(variance)) / mean);
    const periodUs = (d.sim.now - this.lastPeriodTicks) / TICKS_PER_US;
    this.lastPeriodTicks = d.sim.now;
    const accessesPerUs = periodUs > 0 ? total / periodUs : 0;
    const localAccessPercent = this.sampleCount === 0 ? 100 : Math.round((100 * this.localSamples) / this.sampleCount);
    const busy = accessesPerUs >= c.minAccessesPerUs;
    const remote = localAccessPercent < c.maxLocalAccessPercent;
    const gates = { controllerRequests, imbalancePercent, migration: busy && remote, replication: busy && remote, interleaving: busy && imbalancePercent > c.minImbalancePercent };
    d.sim.emit(
      'PlacementSampled',
      {
        samples: this.sampleCount,
        pagesSampled: this.samples.size,
        sampleEveryMisses: c.sampleEveryMisses,
        localAccessPercent,
        controllerRequests,
        imbalancePercent,
        // Per ms: the threshold is fractional per µs (1.5 by default) and the event's fields are integers.
        accessesPerMs: Math.round(accessesPerUs * 1000),
        minAccessesPerMs: Math.round(c.minAccessesPerUs * 1000),
        maxLocalAccessPercent: c.maxLocalAccessPercent,
        minImbalancePercent: c.minImbalancePercent,
        migrationEnabled: gates.migration,
        replicationEnabled: gates.replication,
        interleavingEnabled: gates.interleaving,
        periodTicks: c.periodTicks,
        costTicks: cpu.nowTicks - start,
      },
      cpu.id,
      cpu.id,
    );
    return gates;
  }

  /** One sampled page: migrate, replicate, interleave or decline (Dashti et al. §4's per-page decisions). */
  private decide(cpu: Cpu, mpn: number, tally: Int32Array, gates: PeriodGates): void {
    const d = this.ctx;
    const c = this.config;
    const nodes = d.machine.nodes;
    const memmap = d.memory.memmap;
    let total = 0;
    let dominant = 0;
    let accessing = 0;
    for (let n = 0; n < nodes; n++) {
      total += tally[n]!;
      if (tally[n]! > 0) accessing++;
      if (tally[n]! > tally[dominant]!) dominant = n;
    }
    if (total < c.minSamplesPerPage) return;
    const writes = tally[nodes]!;
    const nodeSamples = Array.from(tally.subarray(0, nodes));
    const share = Math.floor((100 * tally[dominant]!) / total);
    const decline = (reason: MigrationDeclineReason): void => this.decline(cpu, mpn, nodeSamples, dominant, share, accessing, reason);
    if (!this.mover.movable(mpn)) return decline(MigrationDeclineReason.DECLINE_NOT_MOVABLE);
    if (memmap.moves[mpn]! >= d.config.moveLimit) return decline(MigrationDeclineReason.DECLINE_MOVE_LIMIT);
    if (d.sim.now - memmap.lastMoveTicks[mpn]! < d.config.minMoveIntervalTicks) return decline(MigrationDeclineReason.DECLINE_TOO_SOON);
    const home = d.memory.nodeOf(mpn);
    const replicated = memmap.hasReplicas(mpn);
    cpu.chargeExceptionTicks(d.config.pageMoveBookkeepingTicks);
    if (share >= c.migrateSharePercent && !replicated) {
      if (dominant === home) return decline(MigrationDeclineReason.DECLINE_ALREADY_LOCAL);
      if (!gates.migration) return decline(MigrationDeclineReason.DECLINE_GATED);
      if (!this.mover.migrate(cpu, mpn, dominant, { policy: PlacementPolicyKind.POLICY_CARREFOUR, nodeMisses: nodeSamples, dominantSharePercent: share, migrateThresholdPercent: c.migrateSharePercent })) decline(MigrationDeclineReason.DECLINE_NO_MEMORY);
      return;
    }
    const readOnly = writes === 0 && memmap.writeShared[mpn] === 0;
    // The canary's bug (isolation.property.spec.ts): every page hot from several nodes taken for read-only.
    if (readOnly || (d.memory.faults.carrefourReplicatesMapped === true && accessing > 1 && !replicated)) {
      const targets = nodeSamples.flatMap((s, n) => (s > 0 && n !== home && memmap.localCopy(mpn, n, d.memory.pagesPerNode) === mpn ? [n] : []));
      if (targets.length === 0) return decline(MigrationDeclineReason.DECLINE_ALREADY_LOCAL);
      if (!gates.replication) return decline(MigrationDeclineReason.DECLINE_GATED);
      return this.mover.replicate(cpu, mpn, targets, { policy: PlacementPolicyKind.POLICY_CARREFOUR, nodeMisses: nodeSamples, readers: accessing, replicateMinMisses: 1 });
    }
    if (replicated) return decline(MigrationDeclineReason.DECLINE_NO_PATTERN);
    const target = this.leastLoaded(gates.controllerRequests);
    if (target === home || gates.controllerRequests[home]! <= gates.controllerRequests[target]!) return decline(MigrationDeclineReason.DECLINE_ALREADY_LOCAL);
    if (!gates.interleaving) return decline(MigrationDeclineReason.DECLINE_GATED);
    const why = { policy: PlacementPolicyKind.POLICY_CARREFOUR, nodeSamples, writeSamples: writes, accessingNodes: accessing, toNodeRequests: gates.controllerRequests[target]!, imbalancePercent: gates.imbalancePercent };
    if (!this.mover.interleave(cpu, mpn, target, why)) return decline(MigrationDeclineReason.DECLINE_NO_MEMORY);
    // The moved page's traffic goes to its new controller: count it there for the rest of the period's decisions.
    const moved = gates.controllerRequests;
    const pageShare = Math.min(moved[home]!, total * c.sampleEveryMisses);
    moved[home] = moved[home]! - pageShare;
    moved[target] = moved[target]! + pageShare;
  }

  private leastLoaded(requests: readonly number[]): number {
    let best = 0;
    for (let n = 1; n < requests.length; n++) if (requests[n]! < requests[best]!) best = n;
    return best;
  }

  private decline(cpu: Cpu, mpn: number, nodeSamples: number[], dominant: number, share: number, readers: number, reason: MigrationDeclineReason): void {
    const d = this.ctx;
    d.sim.emit(
      'MigrationDeclined',
      {
        machinePage: mpn,
        reason,
        nodeMisses: nodeSamples,
        dominantNode: dominant,
        dominantSharePercent: share,
        migrateThresholdPercent: this.config.migrateSharePercent,
        readers,
        moves: d.memory.memmap.moves[mpn]!,
        moveLimit: d.config.moveLimit,
        policy: PlacementPolicyKind.POLICY_CARREFOUR,
      },
      cpu.id,
      cpu.id,
    );
  }
}

import type { Tick } from '@disco/sim-kernel';
import type { Cpu } from '@disco/hardware';
import { PlacementPolicyKind, ShootdownReason, TimeBucket } from '@disco/trace-schema';
import type { ShootdownCounts } from '../memory-manager';
import { enterMonitor, leaveMonitor, type DiskCacheRepointer, type MonitorContext, type ReplicaCollapser } from '../monitor-ports';
import { mapperPpn, mapperVm, PageState } from '../memmap';
import type { Vcpu } from '../vm';

const NO_SHOT: ShootdownCounts = { tlbEntriesInvalidated: 0, l2tlbEntriesInvalidated: 0, ipis: 0, vcpus: 0 };

/** What a policy read behind a migration (the PageMigrated event's provenance). */
export interface MigrationProvenance {
  readonly policy: PlacementPolicyKind;
  readonly nodeMisses: readonly number[];
  /** Share of the page's misses (or samples, or faults) from the destination, percent, and the policy's threshold. */
  readonly dominantSharePercent: number;
  readonly migrateThresholdPercent: number;
}

/** What Carrefour read behind an interleaving move (the PageInterleaved event's provenance). */
export interface InterleaveProvenance {
  readonly policy: PlacementPolicyKind;
  readonly nodeSamples: readonly number[];
  readonly writeSamples: number;
  readonly accessingNodes: number;
  readonly toNodeRequests: number;
  readonly imbalancePercent: number;
}

/** What a policy read behind a replication (the PageReplicated event's provenance). */
export interface ReplicationProvenance {
  readonly policy: PlacementPolicyKind;
  readonly nodeMisses: readonly number[];
  /** Nodes that read the page, and the misses that made a node a reader. */
  readonly readers: number;
  readonly replicateMinMisses: number;
}

/**
 * The page-move mechanism every placement policy calls (§4.2.3): migrate a
 * machine page to a node, replicate it read-only to nodes, collapse its
 * replicas when a guest writes it, each with the shootdowns that keep every
 * L2TLB and hardware TLB coherent with the pmap. It decides nothing: the
 * policy chose the page and the nodes, and hands over the facts behind the
 * choice, which the move's event carries.
 */
export class PageMover implements ReplicaCollapser {
  migrations = 0;
  replications = 0;
  collapses = 0;
  interleavings = 0;
  /** Moves a policy decided (migrations, replications, interleavings), not forced by a test or tool. */
  policyMoves = 0;
  /** The policy whose replicas a collapse undoes (set by the monitor to its placement policy). */
  policy: PlacementPolicyKind = PlacementPolicyKind.POLICY_DISCO;

  constructor(
    private readonly ctx: MonitorContext,
    private readonly diskCache: DiskCacheRepointer,
  ) {}

  /** Shoot down, copy to `toNode`, repoint every pmap entry, free the old page (§4.2.3). False (nothing done) when `toNode` has no free page. */
  migrate(cpu: Cpu, old: number, toNode: number, why: MigrationProvenance): boolean {
    const m = this.move(cpu, old, toNode);
    if (m === null) return false;
    this.migrations++;
    if (why.policy !== PlacementPolicyKind.POLICY_FORCED) this.policyMoves++;
    const memmap = this.ctx.memory.memmap;
    this.ctx.sim.emit(
      'PageMigrated',
      {
        oldMachinePage: old,
        newMachinePage: m.fresh,
        fromNode: this.ctx.memory.nodeOf(old),
        toNode,
        nodeMisses: why.nodeMisses as number[],
        dominantSharePercent: why.dominantSharePercent,
        migrateThresholdPercent: why.migrateThresholdPercent,
        moves: memmap.moves[m.fresh]!,
        moveLimit: this.ctx.config.moveLimit,
        mappers: m.mappers,
        tlbEntriesInvalidated: m.shot.tlbEntriesInvalidated,
        l2tlbEntriesInvalidated: m.shot.l2tlbEntriesInvalidated,
        ipis: m.shot.ipis,
        copyTicks: m.copyTicks,
        latencyTicks: cpu.nowTicks - m.startTicks,
        policy: why.policy,
      },
      cpu.id,
      cpu.id,
    );
    return true;
  }

  /** The move of a migration, to a node chosen to even out the memory controllers' load (Carrefour's interleaving); its own event. */
  interleave(cpu: Cpu, old: number, toNode: number, why: InterleaveProvenance): boolean {
    const m = this.move(cpu, old, toNode);
    if (m === null) return false;
    this.interleavings++;
    this.policyMoves++;
    this.ctx.sim.emit(
      'PageInterleaved',
      {
        oldMachinePage: old,
        newMachinePage: m.fresh,
        fromNode: this.ctx.memory.nodeOf(old),
        toNode,
        nodeSamples: why.nodeSamples as number[],
        writeSamples: why.writeSamples,
        accessingNodes: why.accessingNodes,
        toNodeRequests: why.toNodeRequests,
        imbalancePercent: why.imbalancePercent,
        mappers: m.mappers,
        tlbEntriesInvalidated: m.shot.tlbEntriesInvalidated,
        ipis: m.shot.ipis,
        copyTicks: m.copyTicks,
        latencyTicks: cpu.nowTicks - m.startTicks,
        policy: why.policy,
      },
      cpu.id,
      cpu.id,
    );
    return true;
  }

  private move(cpu: Cpu, old: number, toNode: number): { fresh: number; mappers: number; shot: ShootdownCounts; copyTicks: Tick; startTicks: Tick } | null {
    const d = this.ctx;
    const mem = d.memory;
    const memmap = mem.memmap;
    const fresh = mem.allocator.allocateOn(toNode, mem.allocator.colorOf(old));
    if (fresh < 0) return null;
    const startTicks = cpu.nowTicks;
    const shot = mem.shootdown(old, mem.vmsMapping(old, d.vms), cpu, ShootdownReason.SHOOTDOWN_MIGRATE);
    const copyTicks = mem.copyMachinePage(cpu, old, fresh);
    memmap.transfer(old, fresh);
    const mappers = memmap.mappersOf(fresh);
    for (const key of mappers) d.vms[mapperVm(key)]!.pmap[mapperPpn(key)] = fresh;
    if (memmap.cached[fresh] === 1) this.diskCache.repointCache(old, fresh);
    memmap.moves[fresh] = memmap.moves[fresh]! + 1;
    memmap.lastMoveTicks[fresh] = d.sim.now;
    memmap.release(old);
    mem.allocator.free(old);
    this.resetCounters(old, fresh);
    return { fresh, mappers: mappers.length, shot, copyTicks, startTicks };
  }

  /**
   * Downgrade every mapping to read-only, copy to each of `nodes`; refills
   * then pick the local copy (§4.2.3). Each PageReplicated's latency runs
   * from its own start: the one shootdown counts in the first replica's, so
   * the latencies of one operation sum to its time instead of accumulating.
   */
  replicate(cpu: Cpu, mpn: number, nodes: readonly number[], why: ReplicationProvenance): void {
    const d = this.ctx;
    const mem = d.memory;
    const memmap = mem.memmap;
    let start = cpu.nowTicks;
    const trusting = mem.faults.carrefourReplicatesMapped === true && why.policy === PlacementPolicyKind.POLICY_CARREFOUR;
    const shot = trusting ? NO_SHOT : mem.shootdownWithReplicas(mpn, mem.vmsMapping(mpn, d.vms), cpu, ShootdownReason.SHOOTDOWN_REPLICATE);
    memmap.moves[mpn] = memmap.moves[mpn]! + 1;
    memmap.lastMoveTicks[mpn] = d.sim.now;
    for (const node of nodes) {
      const replica = mem.allocator.allocateOn(node, mem.allocator.colorOf(mpn));
      if (replica < 0) continue;
      const copyTicks: Tick = mem.copyMachinePage(cpu, mpn, replica);
      memmap.addReplica(mpn, replica);
      this.replications++;
      if (why.policy !== PlacementPolicyKind.POLICY_FORCED) this.policyMoves++;
      d.sim.emit(
        'PageReplicated',
        {
          machinePage: mpn,
          replicaMachinePage: replica,
          toNode: node,
          nodeMisses: why.nodeMisses as number[],
          readers: why.readers,
          replicateMinMisses: why.replicateMinMisses,
          replicas: memmap.replicasOf(mpn).length,
          moves: memmap.moves[mpn]!,
          moveLimit: d.config.moveLimit,
          tlbEntriesInvalidated: shot.tlbEntriesInvalidated,
          l2tlbEntriesInvalidated: shot.l2tlbEntriesInvalidated,
          ipis: shot.ipis,
          copyTicks,
          latencyTicks: cpu.nowTicks - start,
          policy: why.policy,
        },
        cpu.id,
        cpu.id,
      );
      start = cpu.nowTicks;
    }
    this.resetCounters(mpn, -1);
  }

  /**
   * A guest stored to a private replicated page (INFERENCE, DISCO.md §2.3):
   * keep the writer's local copy, free the others, map it writable, and
   * treat the page as write-shared from then on.
   */
  collapse(v: Vcpu, ppn: number, primary: number): void {
    const cpu = v.cpu;
    const saved = enterMonitor(cpu, TimeBucket.TIME_MONITOR_NUMA, this.ctx.config.trapEntryExitTicks);
    this.collapseOnto(cpu, primary, this.ctx.memory.localCopy(primary, cpu.id), { vcpu: v.id, ppn, vm: v.vm.id });
    leaveMonitor(cpu, saved);
  }

  /**
   * Collapses `primary`'s replicas onto `survivor` (one of its copies) on a
   * policy's decision rather than a guest's write: the `scheduled` policy's
   * collapse. The caller is in the monitor.
   */
  collapseTo(cpu: Cpu, primary: number, survivor: number, vm: number, ppn: number): void {
    this.collapseOnto(cpu, primary, survivor, { vcpu: 0, ppn, vm });
  }

  /** Shoot down every copy, keep `survivor`, free the rest, mark the page write-shared. */
  private collapseOnto(cpu: Cpu, primary: number, survivor: number, who: { readonly vcpu: number; readonly ppn: number; readonly vm: number }): void {
    const d = this.ctx;
    const mem = d.memory;
    const memmap = mem.memmap;
    const start = cpu.nowTicks;
    const sharers = mem.vmsMapping(primary, d.vms);
    const shot = mem.faults.collapseKeepsReplicaMapped
      ? mem.shootdown(primary, sharers, cpu, ShootdownReason.SHOOTDOWN_COLLAPSE)
      : mem.shootdownWithReplicas(primary, sharers, cpu, ShootdownReason.SHOOTDOWN_COLLAPSE);
    const replicas = memmap.dropReplicas(primary);
    let final = primary;
    if (survivor !== primary) {
      memmap.transfer(primary, survivor);
      const skipRepoint = mem.faults.scheduledCollapseSkipsRepoint === true && this.policy === PlacementPolicyKind.POLICY_SCHEDULED && who.vcpu === 0;
      if (!skipRepoint) for (const key of memmap.mappersOf(survivor)) d.vms[mapperVm(key)]!.pmap[mapperPpn(key)] = survivor;
      if (memmap.cached[survivor] === 1) this.diskCache.repointCache(primary, survivor);
      memmap.release(primary);
      mem.allocator.free(primary);
      final = survivor;
    }
    for (const r of replicas) if (r !== survivor) mem.allocator.free(r);
    memmap.writeShared[final] = 1;
    this.resetCounters(primary, final);
    this.collapses++;
    d.sim.emit(
      'ReplicaCollapsed',
      {
        machinePage: primary,
        survivorMachinePage: final,
        replicasFreed: replicas.length,
        writerNode: cpu.id,
        vcpu: who.vcpu,
        physicalPage: who.ppn,
        tlbEntriesInvalidated: shot.tlbEntriesInvalidated,
        ipis: shot.ipis,
        latencyTicks: cpu.nowTicks - start,
        policy: this.policy,
      },
      cpu.id,
      cpu.id,
      who.vm,
    );
  }

  /** Whether `mpn` is a guest page some VM maps (the only pages a policy may move). */
  movable(mpn: number): boolean {
    const memmap = this.ctx.memory.memmap;
    return memmap.state[mpn] === PageState.GUEST && memmap.mappersOf(mpn).length > 0;
  }

  /** Migrates `mpn` to `node` now, whatever the counters say (tests, tools). False when the page cannot move. */
  forceMigrate(cpu: Cpu, mpn: number, node: number): boolean {
    const memmap = this.ctx.memory.memmap;
    if (!this.movable(mpn) || memmap.hasReplicas(mpn)) return false;
    if (this.ctx.memory.nodeOf(mpn) === node || this.ctx.memory.allocator.freePages(node) === 0) return false;
    const d = this.ctx;
    const saved = enterMonitor(cpu, TimeBucket.TIME_MONITOR_NUMA, d.config.pageMoveBookkeepingTicks);
    const f = this.counterFacts(mpn);
    this.migrate(cpu, mpn, node, { policy: PlacementPolicyKind.POLICY_FORCED, nodeMisses: f.nodeMisses, dominantSharePercent: f.dominantSharePercent, migrateThresholdPercent: d.config.migrateSharePercent });
    leaveMonitor(cpu, saved);
    return true;
  }

  /** Replicates `mpn` to `nodes` now (tests, tools). False when it cannot. */
  forceReplicate(cpu: Cpu, mpn: number, nodes: readonly number[]): boolean {
    const d = this.ctx;
    const memmap = d.memory.memmap;
    if (!this.movable(mpn)) return false;
    const targets = nodes.filter((n) => n !== d.memory.nodeOf(mpn) && memmap.localCopy(mpn, n, d.memory.pagesPerNode) === mpn && d.memory.allocator.freePages(n) > 0);
    if (targets.length === 0) return false;
    const saved = enterMonitor(cpu, TimeBucket.TIME_MONITOR_NUMA, d.config.pageMoveBookkeepingTicks);
    const f = this.counterFacts(mpn);
    this.replicate(cpu, mpn, targets, { policy: PlacementPolicyKind.POLICY_FORCED, nodeMisses: f.nodeMisses, readers: f.readerNodes.length, replicateMinMisses: d.config.replicateMinMisses });
    leaveMonitor(cpu, saved);
    return true;
  }

  /** FLASH's per-page miss counters of `mpn` read by the monitor, summarised (the Disco policy's facts). */
  counterFacts(mpn: number): CounterFacts {
    const c = this.ctx.config;
    const nodeMisses = this.ctx.machine.missCounters.readPage(mpn);
    let total = 0;
    let dominantNode = 0;
    for (let n = 0; n < nodeMisses.length; n++) {
      total += nodeMisses[n]!;
      if (nodeMisses[n]! > nodeMisses[dominantNode]!) dominantNode = n;
    }
    const dominantSharePercent = total === 0 ? 0 : Math.floor((100 * nodeMisses[dominantNode]!) / total);
    const readerNodes: number[] = [];
    for (let n = 0; n < nodeMisses.length; n++) if (nodeMisses[n]! >= c.replicateMinMisses) readerNodes.push(n);
    return { mpn, nodeMisses, dominantNode, dominantSharePercent, readerNodes };
  }

  private resetCounters(a: number, b: number): void {
    const counters = this.ctx.machine.missCounters;
    counters.resetPage(a);
    if (b >= 0 && b !== a) counters.resetPage(b);
  }
}

/** What the monitor read from FLASH's counters for one page. */
export interface CounterFacts {
  readonly mpn: number;
  readonly nodeMisses: number[];
  readonly dominantNode: number;
  readonly dominantSharePercent: number;
  /** Nodes with at least `replicateMinMisses` misses. */
  readonly readerNodes: number[];
}

import type { Tick } from '@disco/sim-kernel';
import type { Cpu } from '@disco/hardware';
import { MigrationDeclineReason, ShootdownReason, TimeBucket } from '@disco/trace-schema';
import { enterMonitor, leaveMonitor, type DiskCacheRepointer, type MonitorContext } from './monitor-ports';
import { mapperPpn, mapperVm, PageState } from './memmap';
import type { Vcpu } from './vm';

/** What the policy read from the hardware for one hot page (provenance of its decision). */
interface HotPageFacts {
  readonly mpn: number;
  readonly nodeMisses: number[];
  readonly dominantNode: number;
  readonly dominantSharePercent: number;
  /** Nodes with at least `replicateMinMisses` misses. */
  readonly readerNodes: number[];
}

/**
 * The NUMA policy (§4.2.3, after Verghese et al., ASPLOS '96), run on the
 * CPU that receives FLASH's hot-page interrupt. A page missed on mostly by
 * one node migrates there; a page read by several nodes is replicated to
 * them; a write to a replicated page collapses the replicas and marks it
 * write-shared, and write-shared pages stay put; each page moves a limited
 * number of times, and not twice within `minMoveIntervalTicks`.
 */
export class NumaPolicy {
  migrations = 0;
  replications = 0;
  collapses = 0;

  constructor(
    private readonly ctx: MonitorContext,
    private readonly diskCache: DiskCacheRepointer,
  ) {}

  onHotPage(cpu: Cpu, mpn: number): void {
    const d = this.ctx;
    const saved = enterMonitor(cpu, TimeBucket.TIME_MONITOR_NUMA, d.config.trapEntryExitTicks + d.config.pageMoveBookkeepingTicks);
    try {
      this.decide(cpu, this.facts(mpn));
    } finally {
      leaveMonitor(cpu, saved);
    }
  }

  private facts(mpn: number): HotPageFacts {
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

  private decide(cpu: Cpu, f: HotPageFacts): void {
    const d = this.ctx;
    const c = d.config;
    const memmap = d.memory.memmap;
    const mpn = f.mpn;
    if (memmap.state[mpn] !== PageState.GUEST || memmap.mappersOf(mpn).length === 0) return this.decline(cpu, f, MigrationDeclineReason.DECLINE_NOT_MOVABLE);
    // A frozen page thaws after a quiet period (moveThawTicks).
    if (memmap.moves[mpn]! >= c.moveLimit && c.moveThawTicks > 0 && d.sim.now - memmap.lastMoveTicks[mpn]! >= c.moveThawTicks) memmap.moves[mpn] = 0;
    if (memmap.moves[mpn]! >= c.moveLimit) return this.decline(cpu, f, MigrationDeclineReason.DECLINE_MOVE_LIMIT);
    if (d.sim.now - memmap.lastMoveTicks[mpn]! < c.minMoveIntervalTicks) return this.decline(cpu, f, MigrationDeclineReason.DECLINE_TOO_SOON);
    const home = d.memory.nodeOf(mpn);
    const replicated = memmap.hasReplicas(mpn);
    if (f.dominantSharePercent >= c.migrateSharePercent && !replicated) {
      if (f.dominantNode === home) return this.decline(cpu, f, MigrationDeclineReason.DECLINE_ALREADY_LOCAL);
      if (!c.migration) return this.decline(cpu, f, MigrationDeclineReason.DECLINE_DISABLED);
      return this.migrate(cpu, f);
    }
    if (memmap.writeShared[mpn] === 1) return this.decline(cpu, f, MigrationDeclineReason.DECLINE_WRITE_SHARED);
    const targets = f.readerNodes.filter((n) => n !== home && memmap.localCopy(mpn, n, d.memory.pagesPerNode) === mpn);
    if (f.readerNodes.length >= c.replicateMinReaders && targets.length > 0) {
      if (!c.replication) return this.decline(cpu, f, MigrationDeclineReason.DECLINE_DISABLED);
      return this.replicate(cpu, f, targets);
    }
    return this.decline(cpu, f, MigrationDeclineReason.DECLINE_NO_PATTERN);
  }

  private decline(cpu: Cpu, f: HotPageFacts, reason: MigrationDeclineReason): void {
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
      },
      cpu.id,
      cpu.id,
    );
  }

  /** Shoot down, copy to the destination node, repoint every pmap entry, free the old page (§4.2.3). */
  migrate(cpu: Cpu, f: HotPageFacts): void {
    const d = this.ctx;
    const mem = d.memory;
    const memmap = mem.memmap;
    const old = f.mpn;
    const fresh = mem.allocator.allocateOn(f.dominantNode);
    if (fresh < 0) return this.decline(cpu, f, MigrationDeclineReason.DECLINE_NO_MEMORY);
    const start = cpu.nowTicks;
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
    this.migrations++;
    d.sim.emit(
      'PageMigrated',
      {
        oldMachinePage: old,
        newMachinePage: fresh,
        fromNode: mem.nodeOf(old),
        toNode: f.dominantNode,
        nodeMisses: f.nodeMisses,
        dominantSharePercent: f.dominantSharePercent,
        migrateThresholdPercent: d.config.migrateSharePercent,
        moves: memmap.moves[fresh]!,
        moveLimit: d.config.moveLimit,
        mappers: mappers.length,
        tlbEntriesInvalidated: shot.tlbEntriesInvalidated,
        l2tlbEntriesInvalidated: shot.l2tlbEntriesInvalidated,
        ipis: shot.ipis,
        copyTicks,
        latencyTicks: cpu.nowTicks - start,
      },
      cpu.id,
      cpu.id,
    );
  }

  /**
   * Downgrade every mapping to read-only, copy to each reader node; refills
   * then pick the local copy (§4.2.3). Each PageReplicated's latency runs
   * from its own start: the one shootdown counts in the first replica's, so
   * the latencies of one operation sum to its time instead of accumulating.
   */
  replicate(cpu: Cpu, f: HotPageFacts, nodes: readonly number[]): void {
    const d = this.ctx;
    const mem = d.memory;
    const memmap = mem.memmap;
    const mpn = f.mpn;
    let start = cpu.nowTicks;
    const shot = mem.shootdownWithReplicas(mpn, mem.vmsMapping(mpn, d.vms), cpu, ShootdownReason.SHOOTDOWN_REPLICATE);
    memmap.moves[mpn] = memmap.moves[mpn]! + 1;
    memmap.lastMoveTicks[mpn] = d.sim.now;
    for (const node of nodes) {
      const replica = mem.allocator.allocateOn(node);
      if (replica < 0) continue;
      const copyTicks: Tick = mem.copyMachinePage(cpu, mpn, replica);
      memmap.addReplica(mpn, replica);
      this.replications++;
      d.sim.emit(
        'PageReplicated',
        {
          machinePage: mpn,
          replicaMachinePage: replica,
          toNode: node,
          nodeMisses: f.nodeMisses,
          readers: f.readerNodes.length,
          replicateMinMisses: d.config.replicateMinMisses,
          replicas: memmap.replicasOf(mpn).length,
          moves: memmap.moves[mpn]!,
          moveLimit: d.config.moveLimit,
          tlbEntriesInvalidated: shot.tlbEntriesInvalidated,
          l2tlbEntriesInvalidated: shot.l2tlbEntriesInvalidated,
          ipis: shot.ipis,
          copyTicks,
          latencyTicks: cpu.nowTicks - start,
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
    const d = this.ctx;
    const mem = d.memory;
    const memmap = mem.memmap;
    const cpu = v.cpu;
    const saved = enterMonitor(cpu, TimeBucket.TIME_MONITOR_NUMA, d.config.trapEntryExitTicks);
    const start = cpu.nowTicks;
    const survivor = mem.localCopy(primary, cpu.id);
    const sharers = mem.vmsMapping(primary, d.vms);
    const shot = mem.faults.collapseKeepsReplicaMapped
      ? mem.shootdown(primary, sharers, cpu, ShootdownReason.SHOOTDOWN_COLLAPSE)
      : mem.shootdownWithReplicas(primary, sharers, cpu, ShootdownReason.SHOOTDOWN_COLLAPSE);
    const replicas = memmap.dropReplicas(primary);
    let final = primary;
    if (survivor !== primary) {
      memmap.transfer(primary, survivor);
      for (const key of memmap.mappersOf(survivor)) d.vms[mapperVm(key)]!.pmap[mapperPpn(key)] = survivor;
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
        vcpu: v.id,
        physicalPage: ppn,
        tlbEntriesInvalidated: shot.tlbEntriesInvalidated,
        ipis: shot.ipis,
        latencyTicks: cpu.nowTicks - start,
      },
      cpu.id,
      cpu.id,
      v.vm.id,
    );
    leaveMonitor(cpu, saved);
  }

  /** Migrates `mpn` to `node` now, whatever the counters say (tests, tools). False when the page cannot move. */
  forceMigrate(cpu: Cpu, mpn: number, node: number): boolean {
    const memmap = this.ctx.memory.memmap;
    if (memmap.state[mpn] !== PageState.GUEST || memmap.mappersOf(mpn).length === 0 || memmap.hasReplicas(mpn)) return false;
    if (this.ctx.memory.nodeOf(mpn) === node || this.ctx.memory.allocator.freePages(node) === 0) return false;
    const d = this.ctx;
    const saved = enterMonitor(cpu, TimeBucket.TIME_MONITOR_NUMA, d.config.pageMoveBookkeepingTicks);
    this.migrate(cpu, { ...this.facts(mpn), dominantNode: node });
    leaveMonitor(cpu, saved);
    return true;
  }

  /** Replicates `mpn` to `nodes` now (tests, tools). False when it cannot. */
  forceReplicate(cpu: Cpu, mpn: number, nodes: readonly number[]): boolean {
    const d = this.ctx;
    const memmap = d.memory.memmap;
    if (memmap.state[mpn] !== PageState.GUEST || memmap.mappersOf(mpn).length === 0) return false;
    const targets = nodes.filter((n) => n !== d.memory.nodeOf(mpn) && memmap.localCopy(mpn, n, d.memory.pagesPerNode) === mpn && d.memory.allocator.freePages(n) > 0);
    if (targets.length === 0) return false;
    const saved = enterMonitor(cpu, TimeBucket.TIME_MONITOR_NUMA, d.config.pageMoveBookkeepingTicks);
    this.replicate(cpu, this.facts(mpn), targets);
    leaveMonitor(cpu, saved);
    return true;
  }

  private resetCounters(a: number, b: number): void {
    const counters = this.ctx.machine.missCounters;
    counters.resetPage(a);
    if (b >= 0 && b !== a) counters.resetPage(b);
  }
}

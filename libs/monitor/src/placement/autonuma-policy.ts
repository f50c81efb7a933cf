import type { Cpu } from '@disco/hardware';
import { MigrationDeclineReason, PlacementPolicyKind, ShootdownReason, TimeBucket } from '@disco/trace-schema';
import { enterMonitor, leaveMonitor, type MonitorContext } from '../monitor-ports';
import type { Vcpu, Vm } from '../vm';
import type { AutoNumaConfig } from './placement-config';
import type { PageMover } from './page-mover';
import type { PlacementPolicy } from './placement-policy';

/** AutoNUMA's per-VM state, over its guest-physical pages. */
interface VmScanState {
  /** Next page of the scan. */
  cursor: number;
  /** 1: the scan took the page's translations away; its next access is a hinting fault. */
  readonly armed: Uint8Array;
  /** Node of the page's last hinting fault (-1: none), and how many in a row came from it. */
  readonly lastFaultNode: Int8Array;
  readonly streak: Uint8Array;
}

/**
 * An AutoNUMA-like policy (Linux NUMA balancing, kernel/sched/fair.c
 * task_numa_work and mm/mempolicy.c): first touch, then every scan period each
 * VM's next window of guest-physical pages loses its translations (L2TLB and
 * hardware TLB entries, one batched shootdown), so that the next access to
 * each page takes a hinting fault into the monitor. A fault from the node
 * that also took the page's previous fault migrates the page there (the
 * two-stage filter); a fault from another node only records the node. The
 * scan of a VM runs on the home CPU of its first VCPU (Linux scans in the
 * task's context).
 *
 * The hinting fault is taken on the monitor's refill of a user translation
 * (the L2TLB/virtual TLB path), as Linux takes it on a user PTE; kernel
 * direct-map refills are not hinted. A TLB entry maps an even/odd pair of
 * pages, so filling it takes the fault of an armed neighbour too.
 */
export class AutoNumaPolicy implements PlacementPolicy {
  readonly name = 'autonuma';
  readonly usesHotPageInterrupt = false;
  readonly timerPeriodTicks;
  readonly timerDelayTicks;
  private readonly states: (VmScanState | undefined)[] = [];
  hintingFaults = 0;

  constructor(
    private readonly ctx: MonitorContext,
    private readonly mover: PageMover,
    private readonly config: AutoNumaConfig,
  ) {
    this.timerPeriodTicks = config.scanPeriodTicks;
    this.timerDelayTicks = config.scanDelayTicks;
  }

  timerCpus(): number[] {
    return [...new Set(this.ctx.vms.map((vm) => vm.vcpus[0]!.homeCpu))].sort((a, b) => a - b);
  }

  nodeForNewPage(_vm: Vm, _ppn: number, cpu: Cpu): number {
    return cpu.id;
  }

  onHotPage(): void {
    throw new Error('the autonuma policy programs no hot-page interrupt');
  }

  armed(vm: Vm, ppn: number): boolean {
    const s = this.states[vm.id];
    return s !== undefined && s.armed[ppn] === 1;
  }

  private stateOf(vm: Vm): VmScanState {
    let s = this.states[vm.id];
    if (s === undefined) {
      const pages = vm.physicalPages;
      s = { cursor: 0, armed: new Uint8Array(pages), lastFaultNode: new Int8Array(pages).fill(-1), streak: new Uint8Array(pages) };
      this.states[vm.id] = s;
    }
    return s;
  }

  /** Scans the next window of every VM whose first VCPU is homed on `cpu`. */
  onTimer(cpu: Cpu): void {
    for (const vm of this.ctx.vms) if (vm.vcpus[0]!.homeCpu === cpu.id) this.scan(cpu, vm);
  }

  private scan(cpu: Cpu, vm: Vm): void {
    const d = this.ctx;
    const s = this.stateOf(vm);
    const saved = enterMonitor(cpu, TimeBucket.TIME_MONITOR_NUMA, d.config.trapEntryExitTicks);
    const start = cpu.nowTicks;
    const first = s.cursor;
    // As Linux counts scan_size in pages with a present PTE (task_numa_work), the window is
    // `scanPages` backed pages; unbacked guest-physical pages are skipped, at most one pass.
    const pages: number[] = [];
    let stillArmed = 0;
    let visited = 0;
    while (visited < vm.physicalPages && pages.length < this.config.scanPages) {
      const ppn = (first + visited) % vm.physicalPages;
      visited++;
      const mpn = vm.pmap[ppn]!;
      if (mpn < 0 || !this.mover.movable(mpn)) continue;
      if (s.armed[ppn] === 1) stillArmed++;
      s.armed[ppn] = 1;
      pages.push(mpn);
    }
    const window = visited;
    s.cursor = (first + visited) % vm.physicalPages;
    const shot = d.memory.shootdownBatch(pages, vm, cpu, ShootdownReason.SHOOTDOWN_HINTING);
    d.sim.emit(
      'HintingScanCompleted',
      {
        firstPhysicalPage: first,
        windowPages: window,
        pagesArmed: pages.length,
        pagesStillArmed: stillArmed,
        vcpus: shot.vcpus,
        ipis: shot.ipis,
        tlbEntriesInvalidated: shot.tlbEntriesInvalidated,
        l2tlbEntriesInvalidated: shot.l2tlbEntriesInvalidated,
        scanPeriodTicks: this.config.scanPeriodTicks,
        scanPages: this.config.scanPages,
        costTicks: cpu.nowTicks - start,
      },
      cpu.id,
      cpu.id,
      vm.id,
    );
    leaveMonitor(cpu, saved);
  }

  /** The hinting fault: record the node, and migrate the page there when the filter passes (should_numa_migrate_memory). */
  onHintingFault(v: Vcpu, ppn: number): void {
    const d = this.ctx;
    const vm = v.vm;
    const s = this.stateOf(vm);
    s.armed[ppn] = 0;
    const mpn = vm.pmap[ppn]!;
    if (mpn < 0) return;
    const cpu = v.cpu;
    const node = cpu.id;
    const start = cpu.nowTicks;
    const saved = enterMonitor(cpu, TimeBucket.TIME_MONITOR_NUMA, d.config.trapEntryExitTicks);
    const last = s.lastFaultNode[ppn]!;
    s.streak[ppn] = last === node ? Math.min(255, s.streak[ppn]! + 1) : 1;
    s.lastFaultNode[ppn] = node;
    this.hintingFaults++;
    const home = d.memory.nodeOf(mpn);
    const memmap = d.memory.memmap;
    let reason: MigrationDeclineReason = MigrationDeclineReason.MIGRATION_DECLINE_REASON_UNSPECIFIED;
    if (home === node) reason = MigrationDeclineReason.DECLINE_ALREADY_LOCAL;
    else if (s.streak[ppn]! < this.config.filterFaults) reason = MigrationDeclineReason.DECLINE_FILTERED;
    else if (!this.mover.movable(mpn) || memmap.hasReplicas(mpn)) reason = MigrationDeclineReason.DECLINE_NOT_MOVABLE;
    else if (d.memory.allocator.freePages(node) === 0) reason = MigrationDeclineReason.DECLINE_NO_MEMORY;
    const migrate = reason === MigrationDeclineReason.MIGRATION_DECLINE_REASON_UNSPECIFIED;
    if (migrate) cpu.chargeExceptionTicks(d.config.pageMoveBookkeepingTicks);
    d.sim.emit(
      'HintingFaultTaken',
      {
        vcpu: v.id,
        physicalPage: ppn,
        machinePage: mpn,
        faultNode: node,
        homeNode: home,
        lastFaultNode: last,
        filterFaults: this.config.filterFaults,
        migrated: migrate,
        reason,
        costTicks: cpu.nowTicks - start,
      },
      cpu.id,
      cpu.id,
      vm.id,
    );
    if (migrate) {
      const faults = new Array<number>(d.machine.nodes).fill(0);
      faults[node] = s.streak[ppn]!;
      this.mover.migrate(cpu, mpn, node, { policy: PlacementPolicyKind.POLICY_AUTONUMA, nodeMisses: faults, dominantSharePercent: 100, migrateThresholdPercent: 100 });
    }
    leaveMonitor(cpu, saved);
  }
}

import { formatCount, formatTicks } from '@disco/cli-kit';
import { COW_SOURCE_NAMES, PROJECTION_GAPS } from './monitor-state';
import type { Projection } from './state-at';

/** What `--at` reports: counts for reading, and (in --json) every projected entry. */
export interface StateSummary {
  readonly trace: string;
  readonly at: { readonly seq: number; readonly tick: number; readonly point: string };
  readonly lastMonitorEvent: { readonly seq: number; readonly tick: number } | null;
  readonly projection: { readonly fromSnapshotSeq: number; readonly eventsApplied: number; readonly snapshotsWritten: number; readonly cache: string | null; readonly wallSeconds: number };
  readonly vms: readonly {
    readonly vm: number;
    readonly vcpus: number;
    readonly physicalPages: number;
    readonly pmapEntriesKnown: number;
    readonly cowPages: number;
    readonly vcpuCpu: readonly number[];
  }[];
  readonly cpus: readonly { readonly cpu: number; readonly vm: number | null; readonly vcpu: number | null; readonly sinceTick: number | null }[];
  readonly memmap: { readonly machinePagesMapped: number; readonly machinePagesShared: number; readonly replicatedPages: number; readonly replicas: number };
  readonly cow: { readonly guestPages: number; readonly machinePages: number; readonly bySource: Record<string, number> };
  readonly counts: Projection['state']['counts'];
  readonly notProjected: readonly string[];
}

export function summarize(trace: string, point: string, p: Projection, cache: string | null, wallSeconds: number): StateSummary {
  const s = p.state;
  const vms = s.vms.filter(Boolean);
  const cowEntries = vms.flatMap((vm) => Object.values(vm.cow));
  const bySource: Record<string, number> = {};
  for (const c of cowEntries) bySource[COW_SOURCE_NAMES[c.source] ?? String(c.source)] = (bySource[COW_SOURCE_NAMES[c.source] ?? String(c.source)] ?? 0) + 1;
  const pages = p.index.machinePages();
  const replicated = Object.values(s.replicas);
  return {
    trace,
    at: { seq: p.atSeq, tick: s.tick, point },
    lastMonitorEvent: s.seq >= 0 ? { seq: s.seq, tick: s.tick } : null,
    projection: { fromSnapshotSeq: p.fromSnapshotSeq, eventsApplied: p.eventsApplied, snapshotsWritten: p.snapshotsWritten, cache, wallSeconds },
    vms: vms.map((vm) => ({
      vm: vm.vm,
      vcpus: vm.vcpus,
      physicalPages: vm.physicalPages,
      pmapEntriesKnown: Object.keys(vm.pmap).length,
      cowPages: Object.keys(vm.cow).length,
      vcpuCpu: vm.vcpuCpu,
    })),
    cpus: s.cpuRunning.map((r, cpu) => ({ cpu, vm: r?.vm ?? null, vcpu: r?.vcpu ?? null, sinceTick: r?.sinceTick ?? null })),
    memmap: {
      machinePagesMapped: pages.length,
      machinePagesShared: pages.filter((m) => p.index.mappersOf(m).length > 1).length,
      replicatedPages: replicated.length,
      replicas: replicated.reduce((n, r) => n + r.length, 0),
    },
    cow: { guestPages: cowEntries.length, machinePages: new Set(cowEntries.map((c) => c.machinePage)).size, bySource },
    counts: s.counts,
    notProjected: PROJECTION_GAPS,
  };
}

/** Every projected entry, for --json --full. */
export function details(p: Projection): unknown {
  const vms = p.state.vms.filter(Boolean);
  return {
    pmap: vms.flatMap((vm) => Object.entries(vm.pmap).map(([ppn, mpn]) => [vm.vm, Number(ppn), mpn])),
    cow: vms.flatMap((vm) => Object.entries(vm.cow).map(([ppn, c]) => ({ vm: vm.vm, physicalPage: Number(ppn), ...c, source: COW_SOURCE_NAMES[c.source] }))),
    memmap: p.index
      .machinePages()
      .sort((a, b) => a - b)
      .map((mpn) => ({ machinePage: mpn, mappers: p.index.mappersOf(mpn), replicas: p.state.replicas[mpn] ?? [] })),
    replicas: p.state.replicas,
  };
}

export function renderState(s: StateSummary): string {
  const lines: string[] = [];
  lines.push(`monitor state after event ${formatCount(s.at.seq)} (--at ${s.at.point}; simulated time ${formatTicks(s.at.tick)})`);
  const from = s.projection.fromSnapshotSeq < 0 ? 'the start' : `the snapshot after event ${formatCount(s.projection.fromSnapshotSeq)}`;
  lines.push(
    `  projected from ${from}: ${formatCount(s.projection.eventsApplied)} monitor events in ${s.projection.wallSeconds.toFixed(2)} s` +
      (s.projection.cache ? ` (snapshots in ${s.projection.cache})` : ' (snapshots in memory only)'),
  );
  if (s.vms.length === 0) lines.push('  no VM exists yet at this point (no VmCreated event), or the run is not on Disco');
  for (const vm of s.vms) {
    lines.push(
      `  vm ${vm.vm}: ${vm.vcpus} VCPUs, ${formatCount(vm.physicalPages)} physical pages; pmap entries known ${formatCount(vm.pmapEntriesKnown)}; ` +
        `copy-on-write pages ${formatCount(vm.cowPages)}; VCPU→CPU ${vm.vcpuCpu.map((c, i) => `${i}:${c}`).join(' ')}`,
    );
  }
  const running = s.cpus.map((c) => (c.vm === null ? `${c.cpu}:-` : `${c.cpu}:${c.vm}.${c.vcpu}`));
  if (running.length) lines.push(`  CPUs (cpu:vm.vcpu) ${running.join(' ')}`);
  const m = s.memmap;
  lines.push(
    `  memmap: ${formatCount(m.machinePagesMapped)} machine pages known to be mapped, ${formatCount(m.machinePagesShared)} by more than one guest page; ` +
      `${formatCount(m.replicatedPages)} pages replicated (${formatCount(m.replicas)} replicas)`,
  );
  const sources = Object.entries(s.cow.bySource).map(([k, v]) => `${k} ${formatCount(v)}`).join(', ');
  lines.push(`  copy-on-write: ${formatCount(s.cow.guestPages)} guest pages share ${formatCount(s.cow.machinePages)} machine pages${sources ? ` (${sources})` : ''}`);
  const c = s.counts;
  lines.push(
    `  so far: ${formatCount(c.vcpuSwitches)} VCPU switches, ${formatCount(c.migrations)} migrations, ${formatCount(c.replications)} replications, ` +
      `${formatCount(c.collapses)} collapses, ${formatCount(c.cowShared)} COW shares, ${formatCount(c.cowBroken)} COW breaks, ` +
      `${formatCount(c.zeroPageCalls)} zero-page calls, ${formatCount(c.pagesFreed)} pages freed, ${formatCount(c.tlbWrites)} TLB writes logged`,
  );
  lines.push('  not projected (the events do not carry it):');
  for (const g of s.notProjected) lines.push(`    - ${g}`);
  return `${lines.join('\n')}\n`;
}

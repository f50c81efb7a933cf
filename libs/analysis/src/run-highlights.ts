import { ENUMS } from '@disco/trace-schema';
import type { TraceReader } from '@disco/trace-store';

/** What happened in a run, in a few numbers: the opening of every summary. */
export interface RunHighlights {
  /** CPU time by accounting bucket (all CPUs), largest first; empty without ExecutionSample events. */
  readonly timeByBucket: readonly { bucket: string; ticks: number; share: number }[];
  /** Cache misses served locally and remotely, and TLB misses (CounterSample sums). */
  readonly misses: { local: number; remote: number; localShare: number; tlb: number; instructions: number } | null;
  /** The kernel services that took most time: count and mean duration. */
  readonly kernelServices: readonly { service: string; count: number; meanTicks: number; totalTicks: number }[];
  /** Counts of the monitor's and the machine's decisions (migrations, replications, COW sharing…). */
  readonly decisions: readonly { kind: string; count: number }[];
}

const DECISION_KINDS = [
  'HotPageFlagged',
  'PageMigrated',
  'PageReplicated',
  'ReplicaCollapsed',
  'MigrationDeclined',
  'CowBlockShared',
  'CowBroken',
  'PacketRemapped',
  'ProcessForked',
  'ProcessExited',
];

/** Reads the highlights; every part is empty when the trace has no events of its kind. */
export function runHighlights(reader: TraceReader, topServices = 5): RunHighlights {
  const counts = new Map(reader.eventCounts().map((k) => [k.kind, k.count]));
  const has = (kind: string) => (counts.get(kind) ?? 0) > 0;
  return {
    timeByBucket: has('ExecutionSample') ? timeByBucket(reader) : [],
    misses: has('CounterSample') ? misses(reader) : null,
    kernelServices: has('KernelServiceCompleted') ? kernelServices(reader, topServices) : [],
    decisions: DECISION_KINDS.filter(has).map((kind) => ({ kind, count: counts.get(kind)! })),
  };
}

function enumName(enumName: string, value: number): string {
  const entry = Object.entries(ENUMS[enumName] ?? {}).find(([, v]) => v === value);
  return entry === undefined ? String(value) : entry[0];
}

function timeByBucket(reader: TraceReader): RunHighlights['timeByBucket'] {
  const rows = reader.query(
    `SELECT bucket, sum(exec_ticks + stall_local_ticks + stall_remote_ticks + stall_l2_hit_ticks) AS ticks
     FROM execution_sample GROUP BY bucket ORDER BY ticks DESC`,
  ).rows as [number, number][];
  const total = rows.reduce((s, [, t]) => s + t, 0);
  return rows.map(([bucket, ticks]) => ({
    bucket: enumName('TimeBucket', bucket).replace(/^TIME_/, '').toLowerCase(),
    ticks,
    share: total > 0 ? ticks / total : 0,
  }));
}

function misses(reader: TraceReader): RunHighlights['misses'] {
  const [local, remote, tlb, instructions] = reader.query(
    'SELECT sum(misses_local), sum(misses_remote), sum(tlb_misses), sum(instructions) FROM counter_sample',
  ).rows[0] as number[];
  const all = (local ?? 0) + (remote ?? 0);
  return { local: local ?? 0, remote: remote ?? 0, localShare: all > 0 ? (local ?? 0) / all : 0, tlb: tlb ?? 0, instructions: instructions ?? 0 };
}

function kernelServices(reader: TraceReader, top: number): RunHighlights['kernelServices'] {
  const rows = reader.query(
    `SELECT service, count(*), avg(duration_ticks), sum(duration_ticks) AS total
     FROM kernel_service_completed GROUP BY service ORDER BY total DESC LIMIT ?`,
    [top],
  ).rows as [number, number, number, number][];
  return rows.map(([service, count, meanTicks, totalTicks]) => ({
    service: enumName('GuestService', service).replace(/^SERVICE_/, ''),
    count,
    meanTicks,
    totalTicks,
  }));
}

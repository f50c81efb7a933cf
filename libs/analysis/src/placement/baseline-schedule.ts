import type { TraceReader } from '@disco/trace-store';
import { offlineOptimum } from './offline-optimum';
import type { LogicalPage } from './page-history';
import { dirtyBeforeMisses, evaluateSchedule, staticPlacement, type PageMisses, type PlacementActionKind, type PlacementDecision } from './page-schedule';
import type { PlacementModel } from './placement-model';
import { pageHistoriesOf } from './trace-pages';

/** Which baseline's decisions to write: the offline optimum (dynamic) or the best static placement. */
export type BaselineKind = 'optimum' | 'static';
export const BASELINE_KINDS: readonly BaselineKind[] = ['optimum', 'static'];

/** A decision as the monitor's `scheduled` policy reads it (`/monitor/placement/schedule`, libs/monitor placement-config.ts). */
export interface GuestPageDecision {
  readonly vm: number;
  readonly ppn: number;
  readonly afterMisses: number;
  readonly action: PlacementActionKind;
  readonly node: number;
}

export interface BaselineSchedule {
  readonly kind: BaselineKind;
  readonly decisions: GuestPageDecision[];
  /** Logical pages and misses of the trace, and of them those the schedule covers (a guest-physical page was found for them). */
  readonly pages: number;
  readonly misses: number;
  readonly pagesCovered: number;
  readonly missesCovered: number;
  /** The written schedule's cost in the model over the covered pages, and over every page (ticks). */
  readonly coveredTicks: number;
  readonly totalTicks: number;
  /** The offline optimum's cost over every page, replicas allowed anywhere (`report policy`'s baseline, a lower bound). */
  readonly lowerBoundTicks: number;
}

type Row = readonly number[];

/**
 * The same schedule with each replica made as early as it can be at the
 * same cost in the model: at the first miss of its read-only segment before
 * which no node may write the page silently (`dirty`), and not before the
 * decision that precedes it. The offline optimum makes a replica the instant
 * before its node's first read; a run needs time to copy, and a node that
 * reads a little earlier in the run than in the trace would miss remotely
 * meanwhile. Memory is not priced, so a replica made earlier in its clean
 * stretch serves as many reads or more at the same price.
 */
export function hoistReplicas(page: PageMisses, dirty: Uint8Array, schedule: readonly PlacementDecision[]): PlacementDecision[] {
  const n = page.nodes.length;
  const firstClean = new Int32Array(n + 1);
  let start = 0;
  for (let i = 0; i <= n; i++) {
    if (i > 0 && page.writes[i - 1] === 1) start = i;
    // The earliest clean miss of the segment that holds i, -1 while it is dirty (a segment is dirty only at its start).
    if ((dirty[i] ?? 0) === 1) firstClean[i] = -1;
    else firstClean[i] = i === start || firstClean[i - 1] === -1 ? i : firstClean[i - 1]!;
  }
  let floor = 0;
  return schedule.map((d) => {
    if (d.kind !== 'replicate') {
      floor = d.beforeMiss;
      return d;
    }
    const clean = firstClean[d.beforeMiss]!;
    const earliest = Math.max(floor, clean < 0 ? d.beforeMiss : clean);
    return earliest < d.beforeMiss ? { ...d, beforeMiss: earliest, tick: page.ticks[earliest] ?? d.tick } : d;
  });
}

/** Each machine page's TLB writes (event seq, VM, guest-physical page), in event order: where the trace says which guest page a machine page backed. */
function tlbWritesByMachinePage(reader: TraceReader): Map<number, { seq: number; vm: number; ppn: number }[]> {
  const out = new Map<number, { seq: number; vm: number; ppn: number }[]>();
  if (!reader.hasTable('tlb_write_emulated')) return out;
  const sql = `SELECT seq, vm, physical_page0, machine_page0 FROM tlb_write_emulated WHERE machine_page0 >= 0 AND physical_page0 >= 0
    UNION ALL SELECT seq, vm, physical_page1, machine_page1 FROM tlb_write_emulated WHERE machine_page1 >= 0 AND physical_page1 >= 0
    ORDER BY 1`;
  for (const r of reader.iterate(sql).rows as IterableIterator<Row>) {
    const [seq, vm, ppn, mpn] = r as [number, number, number, number];
    // Untrusted: only what the monitor can name (libs/scenario's schedule schema bounds the same).
    if (!Number.isSafeInteger(vm) || vm < 0 || vm > 1023 || !Number.isSafeInteger(ppn) || ppn < 0 || ppn >= 2 ** 21) continue;
    const list = out.get(mpn) ?? [];
    list.push({ seq, vm, ppn });
    out.set(mpn, list);
  }
  return out;
}

/**
 * The guest-physical page behind each logical page: the first TLB write of
 * its first machine page after the previous logical page on that machine
 * page ended (a page is mapped before it is used) and before it ends itself.
 * Pages no TLB write names (the monitor's, the relocated kernel's, reached
 * without a TLB write) have none.
 */
function guestPagesOf(pages: readonly LogicalPage[], writes: Map<number, { seq: number; vm: number; ppn: number }[]>): Map<LogicalPage, { vm: number; ppn: number }> {
  const intervals = new Map<number, { page: LogicalPage; fromSeq: number; toSeq: number | null }[]>();
  for (const page of pages) {
    for (const m of page.machinePages) {
      const list = intervals.get(m.mpn) ?? [];
      list.push({ page, fromSeq: m.fromSeq, toSeq: m.toSeq });
      intervals.set(m.mpn, list);
    }
  }
  const out = new Map<LogicalPage, { vm: number; ppn: number }>();
  for (const [mpn, list] of intervals) {
    list.sort((a, b) => a.fromSeq - b.fromSeq);
    const tlb = writes.get(mpn) ?? [];
    let previousEnd = -1;
    for (const held of list) {
      const first = held.page.machinePages[0]!;
      if (first.mpn === mpn && first.fromSeq === held.fromSeq) {
        const end = held.toSeq ?? Infinity;
        const w = tlb.find((t) => t.seq > previousEnd && t.seq < end);
        if (w !== undefined) out.set(held.page, { vm: w.vm, ppn: w.ppn });
      }
      previousEnd = held.toSeq ?? Infinity;
    }
  }
  return out;
}

/**
 * The offline baseline's decisions of a detailed trace, as the `scheduled`
 * policy carries them out: per guest-physical page, in its miss count.
 * Logical pages that are the same guest page one after the other (freed and
 * backed again) are concatenated: a decision's `afterMisses` counts the
 * misses of that guest page's earlier logical pages too, as the policy
 * counts over every machine page that backs the page.
 *
 * The optimum written is the one a monitor can carry out: it makes no
 * replica while a node may still write the page without a miss (it holds a
 * line of it modified since its own write miss, or clean-exclusive since a read
 * the home granted exclusive, `dirtyBeforeMisses`; lines
 * of `lineBytes`). Such a store is in no miss record, so the unrestricted
 * optimum (`lowerBoundTicks`, report policy's baseline) may replicate a page
 * that the run then writes, and the write collapses the replica. Its
 * replicas are then made as early as they can be at the same cost
 * (`hoistReplicas`), so that a run has time to copy them.
 */
export function baselineSchedule(reader: TraceReader, model: PlacementModel, kind: BaselineKind, lineBytes: number): BaselineSchedule {
  const h = pageHistoriesOf(reader);
  const guest = guestPagesOf(h.pages, tlbWritesByMachinePage(reader));
  const seen = new Map<string, number>();
  const decisions: GuestPageDecision[] = [];
  let pagesCovered = 0;
  let missesCovered = 0;
  let coveredTicks = 0;
  let totalTicks = 0;
  let lowerBoundTicks = 0;
  const ordered = [...h.pages].sort((a, b) => a.machinePages[0]!.fromSeq - b.machinePages[0]!.fromSeq);
  for (const page of ordered) {
    const dirty = dirtyBeforeMisses(page, (i) => Math.floor(page.offsets[i]! / lineBytes));
    const free = offlineOptimum(model, page);
    // Without a dirty miss the restricted optimum is the unrestricted one.
    const clean = dirty.includes(1) ? offlineOptimum(model, { ...page, dirty }) : free;
    const schedule: readonly PlacementDecision[] = kind === 'optimum' ? hoistReplicas(page, dirty, clean.schedule) : staticPlacement(model, page);
    const cost = evaluateSchedule(model, page, schedule).costTicks;
    totalTicks += cost;
    lowerBoundTicks += free.costTicks;
    const g = guest.get(page);
    if (g === undefined) continue;
    pagesCovered++;
    missesCovered += page.nodes.length;
    coveredTicks += cost;
    const key = `${g.vm}:${g.ppn}`;
    const offset = seen.get(key) ?? 0;
    seen.set(key, offset + page.nodes.length);
    for (const d of schedule) decisions.push({ vm: g.vm, ppn: g.ppn, afterMisses: offset + d.beforeMiss, action: d.kind, node: d.node });
  }
  return { kind, decisions, pages: h.pages.length, misses: h.misses - h.copyMisses, pagesCovered, missesCovered, coveredTicks, totalTicks, lowerBoundTicks };
}

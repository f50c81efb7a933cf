import { EVENT_KINDS, isIntegerInRange, MODEL_LIMITS, type EventKindDescriptor } from '@disco/trace-schema';
import { TraceFileError, type TraceReader } from '@disco/trace-store';
import type { PageMisses, PlacementActionKind } from './page-schedule';

/** A placement decision of the run, on the logical page it moved. */
export interface RecordedDecision {
  readonly seq: number;
  readonly tick: number;
  readonly cpu: number;
  readonly kind: PlacementActionKind;
  /** The recorded move, for people: an interleave (Carrefour's PageInterleaved) is priced as the migration it is. */
  readonly action: 'migrate' | 'interleave' | 'replicate' | 'collapse';
  /** The node that gained the copy (migrate, replicate) or kept it (collapse). */
  readonly node: number;
  /** The node that held the page before (migrate), or -1. */
  readonly fromNode: number;
  /** Misses of the page before it: the decision applies before miss `beforeMiss`. */
  readonly beforeMiss: number;
  readonly latencyTicks: number;
}

/**
 * A page as the guest sees it, across the machine pages that held it: a
 * migration moves it to a new machine page, a replica is another machine
 * page of the same page, a collapse keeps one of them.
 */
export interface LogicalPage extends PageMisses {
  /** The machine page it started on, `#n` after it when that machine page had held n pages before. */
  readonly id: string;
  readonly ticks: number[];
  readonly nodes: number[];
  readonly writes: (0 | 1)[];
  readonly exclusive: (0 | 1)[];
  /** Byte offset in the page of each miss (its cache line), for what the protocol lets a node write without a miss. */
  readonly offsets: number[];
  /** Misses the run served from another node than the requester's, and their stall. */
  remoteMisses: number;
  stallTicks: number;
  readonly decisions: RecordedDecision[];
  /** Machine pages that held it, from which event seq (its first miss, or the move) until which (exclusive; null: still). */
  readonly machinePages: { mpn: number; node: number; fromSeq: number; toSeq: number | null }[];
}

export interface PageHistories {
  readonly pages: readonly LogicalPage[];
  /** Decision seq → the page it moved. */
  readonly byDecision: ReadonlyMap<number, LogicalPage>;
  /** Misses left out as a move's own page copy (between its shootdown and its event, by the CPU copying). */
  readonly copyMisses: number;
  readonly misses: number;
  readonly resetTicks: readonly number[];
}

type Row = readonly number[];

interface DecisionRow {
  readonly seq: number;
  readonly tick: number;
  readonly cpu: number;
  readonly type: 'migrated' | 'interleaved' | 'replicated' | 'collapsed' | 'shootdown' | 'freed';
  readonly page: number;
  readonly other: number;
  readonly node: number;
  readonly fromNode: number;
  readonly latencyTicks: number;
}

/**
 * A page copy under way on one CPU: its misses are loads of the source page
 * and stores to one destination page (learned from the first store). Any
 * other miss of that CPU ends the window, and the misses held are counted
 * as the page's use after all.
 */
interface CopyWindow {
  readonly page: number;
  fresh: number;
  readonly held: Row[];
}

function continuesCopy(w: CopyWindow, r: Row): boolean {
  const store = r[5] === 2 || r[5] === 3;
  if (!store) return r[3] === w.page;
  if (r[3] === w.page) return false;
  if (w.fresh < 0) w.fresh = r[3]!;
  return r[3] === w.fresh;
}

const MAX_NODES = MODEL_LIMITS.nodes;

/**
 * The machine's node count as the trace gives it (run_started), checked to be
 * one the model has: node numbers read from the trace index per-node counts,
 * so each is checked against it before it is used.
 */
function machineNodes(reader: TraceReader): number {
  const nodes = reader.hasTable('run_started') ? (reader.query('SELECT max(nodes) FROM run_started').rows[0]?.[0] as unknown) : null;
  if (nodes === null || nodes === undefined) return MAX_NODES;
  if (!isIntegerInRange(nodes, 1, MAX_NODES + 1)) {
    throw TraceFileError.damaged(reader.file, `table run_started gives the machine ${String(nodes)} nodes; a machine has 1 to ${MAX_NODES}`);
  }
  return nodes as number;
}

/** Throws unless `node` is a node of the machine (or -1, none, where `none` allows it). Once per miss: no allocation. */
function checkNode(reader: TraceReader, table: string, seq: unknown, nodes: number, node: unknown, none: boolean): void {
  if (isIntegerInRange(node, none ? -1 : 0, nodes)) return;
  throw TraceFileError.damaged(reader.file, `table ${table} row seq ${String(seq)} names node ${String(node)}; the machine has ${nodes}`);
}

function decisionRows(reader: TraceReader, nodes: number): DecisionRow[] {
  const rows: DecisionRow[] = [];
  const select = (table: string, sql: string, type: DecisionRow['type']) => {
    if (!reader.hasTable(table)) return;
    for (const r of reader.query(sql).rows as Row[]) {
      checkNode(reader, table, r[0], nodes, r[5], true);
      checkNode(reader, table, r[0], nodes, r[6], true);
      rows.push({ seq: r[0]!, tick: r[1]!, cpu: r[2]!, type, page: r[3]!, other: r[4]!, node: r[5]!, fromNode: r[6]!, latencyTicks: r[7]! });
    }
  };
  select('page_migrated', 'SELECT seq, tick, cpu, old_machine_page, new_machine_page, to_node, from_node, latency_ticks FROM page_migrated', 'migrated');
  // Carrefour's interleaving: a migration to the least-loaded memory controller, its own event.
  select('page_interleaved', 'SELECT seq, tick, cpu, old_machine_page, new_machine_page, to_node, from_node, latency_ticks FROM page_interleaved', 'interleaved');
  select('page_replicated', 'SELECT seq, tick, cpu, machine_page, replica_machine_page, to_node, -1, latency_ticks FROM page_replicated', 'replicated');
  select('replica_collapsed', 'SELECT seq, tick, cpu, machine_page, survivor_machine_page, writer_node, -1, latency_ticks FROM replica_collapsed', 'collapsed');
  // Reasons 1, 2: SHOOTDOWN_MIGRATE, SHOOTDOWN_REPLICATE (a copy follows); 6: SHOOTDOWN_FREE (the machine page is given back).
  select('shootdown_sent', 'SELECT seq, tick, cpu, machine_page, -1, -1, -1, 0 FROM shootdown_sent WHERE reason IN (1, 2)', 'shootdown');
  select('shootdown_sent', 'SELECT seq, tick, cpu, machine_page, -1, -1, -1, 0 FROM shootdown_sent WHERE reason = 6', 'freed');
  return rows.sort((a, b) => a.seq - b.seq);
}

/**
 * One pass over the trace in event order (a TS pass rather than a SQL view:
 * the identity of a machine page changes with time, through chains of
 * migrations, replicas and collapses and through the reuse of freed machine
 * pages, which SQL over a read-only trace could only follow with a recursive
 * query per miss). Each CacheMissed goes to the logical page its machine
 * page holds at that moment; a migration (an interleave too) or replica hands the new machine
 * page to the same logical page; a collapse, a migration's old page and a
 * freed page (ShootdownSent FREE) leave it, so a later use of that machine
 * page starts a new logical page. A move's own copy (the misses of the
 * copying CPU between the move's shootdown and its event, on the pages it
 * copies) is the move's cost, not the page's use, and is left out.
 */
export function readPageHistories(reader: TraceReader, progress?: (phase: 'misses read', done: number) => void): PageHistories {
  const nodes = machineNodes(reader);
  const decisions = decisionRows(reader, nodes);
  const pages: LogicalPage[] = [];
  const owner = new Map<number, LogicalPage>();
  const reuses = new Map<number, number>();
  const nodeOfCopy = new Map<number, number>();
  const byDecision = new Map<number, LogicalPage>();
  /** Per copying CPU: the page whose copy is under way and that CPU's misses meanwhile. */
  const windows = new Map<number, CopyWindow>();
  let copyMisses = 0;
  let misses = 0;

  const pageOf = (mpn: number, node: number, seq: number): LogicalPage => {
    let page = owner.get(mpn);
    if (page) return page;
    const reused = reuses.get(mpn) ?? 0;
    page = {
      id: reused === 0 ? String(mpn) : `${mpn}#${reused}`,
      initialNode: node, ticks: [], nodes: [], writes: [], exclusive: [], offsets: [], remoteMisses: 0, stallTicks: 0, decisions: [],
      machinePages: [{ mpn, node, fromSeq: seq, toSeq: null }],
    };
    pages.push(page);
    owner.set(mpn, page);
    nodeOfCopy.set(mpn, node);
    return page;
  };
  const leave = (mpn: number, seq: number) => {
    const page = owner.get(mpn);
    if (!page) return;
    owner.delete(mpn);
    reuses.set(mpn, (reuses.get(mpn) ?? 0) + 1);
    const held = page.machinePages.find((m) => m.mpn === mpn && m.toSeq === null);
    if (held) held.toSeq = seq;
  };
  const join = (page: LogicalPage, mpn: number, node: number, seq: number) => {
    owner.set(mpn, page);
    nodeOfCopy.set(mpn, node);
    page.machinePages.push({ mpn, node, fromSeq: seq, toSeq: null });
  };
  // seq, tick, node, machine page, home node, kind, latency, cpu, offset in the page, read granted exclusive
  const count = (r: Row) => {
    const page = pageOf(r[3]!, r[4]!, r[0]!);
    page.ticks.push(r[1]!);
    page.nodes.push(r[2]!);
    // CacheMissKind: 2 write, 3 upgrade (stores); 1 read, 4 instruction fetch.
    page.writes.push(r[5] === 2 || r[5] === 3 ? 1 : 0);
    page.exclusive.push(r[9] ? 1 : 0);
    page.offsets.push(r[8] ?? 0);
    if (r[2] !== r[4]) page.remoteMisses++;
    page.stallTicks += r[6]!;
  };
  const closeWindow = (cpu: number, drop: ReadonlySet<number>) => {
    const w = windows.get(cpu);
    if (!w) return;
    windows.delete(cpu);
    for (const r of w.held) {
      if (drop.has(r[3]!)) copyMisses++;
      else count(r);
    }
  };
  const record = (page: LogicalPage, d: DecisionRow, action: RecordedDecision['action'], node: number, fromNode: number) => {
    const kind: PlacementActionKind = action === 'interleave' ? 'migrate' : action;
    page.decisions.push({ seq: d.seq, tick: d.tick, cpu: d.cpu, kind, action, node, fromNode, beforeMiss: page.nodes.length, latencyTicks: d.latencyTicks });
    byDecision.set(d.seq, page);
  };
  const apply = (d: DecisionRow) => {
    if (d.type === 'shootdown') {
      // A move shoots down every copy of its page, the primary first: the copy that follows reads the primary, so its window stays on it.
      const open = windows.get(d.cpu);
      if (open !== undefined && open.held.length === 0 && open.fresh < 0 && owner.get(d.page) !== undefined && owner.get(d.page) === owner.get(open.page)) return;
      closeWindow(d.cpu, new Set());
      windows.set(d.cpu, { page: d.page, fresh: -1, held: [] });
      return;
    }
    if (d.type === 'freed') return leave(d.page, d.seq);
    if (d.type === 'migrated' || d.type === 'interleaved') {
      closeWindow(d.cpu, new Set([d.page, d.other]));
      const page = pageOf(d.page, d.fromNode, d.seq);
      record(page, d, d.type === 'migrated' ? 'migrate' : 'interleave', d.node, d.fromNode);
      leave(d.page, d.seq);
      leave(d.other, d.seq);
      join(page, d.other, d.node, d.seq);
    } else if (d.type === 'replicated') {
      // The copy of the next replica of the same hot page may follow: keep the window open on the primary.
      const w = windows.get(d.cpu);
      closeWindow(d.cpu, new Set([d.page, d.other]));
      if (w) windows.set(d.cpu, { page: w.page, fresh: -1, held: [] });
      const page = pageOf(d.page, nodeOfCopy.get(d.page) ?? d.node, d.seq);
      record(page, d, 'replicate', d.node, -1);
      leave(d.other, d.seq);
      join(page, d.other, d.node, d.seq);
    } else {
      const page = pageOf(d.page, nodeOfCopy.get(d.other) ?? d.node, d.seq);
      const survivorNode = nodeOfCopy.get(d.other) ?? d.node;
      record(page, d, 'collapse', survivorNode, -1);
      for (const m of page.machinePages) if (m.toSeq === null && m.mpn !== d.other) leave(m.mpn, d.seq);
      if (owner.get(d.other) !== page) join(page, d.other, survivorNode, d.seq);
    }
  };

  let next = 0;
  // A default-level trace has no misses: the pages are then followed through their decisions alone.
  // A trace recorded before the MESI protocol has no `exclusive` column: its reads were never granted exclusive.
  const exclusive = reader.hasTable('cache_missed') && reader.columnTypes('cache_missed').some((c) => c.name === 'exclusive') ? 'exclusive' : '0';
  const rows = !reader.hasTable('cache_missed')
    ? []
    : exclusive === 'exclusive'
      ? missRows(reader.kindRowsFromFile(CACHE_MISSED))
      : reader.integerRowsBySeq('cache_missed', ['seq', 'tick', 'node', 'machine_address / 4096', 'home_node', 'kind', 'latency_ticks', 'cpu', 'machine_address % 4096', exclusive]);
  for (const r of rows as Iterable<Row>) {
    // The requesting and the home node index the per-node counts of the page's misses.
    checkNode(reader, 'cache_missed', r[0], nodes, r[2], false);
    checkNode(reader, 'cache_missed', r[0], nodes, r[4], false);
    while (next < decisions.length && decisions[next]!.seq < r[0]!) apply(decisions[next++]!);
    if ((++misses & PROGRESS_EVERY_MISSES) === 0) progress?.('misses read', misses);
    const w = windows.get(r[7]!);
    if (w && continuesCopy(w, r)) {
      w.held.push(r);
      continue;
    }
    if (w) closeWindow(r[7]!, new Set());
    count(r);
  }
  while (next < decisions.length) apply(decisions[next++]!);
  for (const cpu of [...windows.keys()]) closeWindow(cpu, new Set());
  const resetTicks = reader.hasTable('miss_counters_reset') ? (reader.query('SELECT tick FROM miss_counters_reset ORDER BY seq').rows as Row[]).map((r) => r[0]!) : [];
  return { pages, byDecision, copyMisses, misses, resetTicks };
}

/** `progress` is told every 65,536 misses (a mask: misses & it === 0). */
const PROGRESS_EVERY_MISSES = 0xffff;

const CACHE_MISSED = EVENT_KINDS.find((k) => k.type === 'CacheMissed') as EventKindDescriptor;
/** Where each column of a cache_missed row (`kindRows`: the envelope, then the fields in order) is. */
const MISS_COLUMN = (() => {
  const at = (name: string): number => {
    const i = CACHE_MISSED.fields.findIndex((f) => f.column === name);
    if (i < 0) throw new Error(`cache_missed has no column ${name}`);
    return 5 + i;
  };
  return { address: at('machine_address'), home: at('home_node'), kind: at('kind'), latency: at('latency_ticks'), exclusive: at('exclusive') };
})();

/**
 * The rows that `integerRowsBySeq('cache_missed', [seq, tick, node, page, home_node, kind, latency_ticks, cpu,
 * offset, exclusive])` gives, from the table's whole rows (read from the file's pages where it can be: the
 * scan that costs most here). SQL's integer division and remainder truncate toward zero, as Math.trunc and %.
 */
export function* missRows(rows: IterableIterator<unknown[]>): IterableIterator<Row> {
  const c = MISS_COLUMN;
  for (const r of rows) {
    const address = r[c.address] as number | null;
    yield [
      r[0] as number,
      r[1] as number,
      r[3] as number,
      (address === null ? null : Math.trunc(address / 4096)) as number,
      r[c.home] as number,
      r[c.kind] as number,
      r[c.latency] as number,
      r[2] as number,
      (address === null ? null : address % 4096) as number,
      r[c.exclusive] as number,
    ];
  }
}

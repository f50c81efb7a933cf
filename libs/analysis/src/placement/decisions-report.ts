import { ENUMS } from '@disco/trace-schema';
import type { TraceReader } from '@disco/trace-store';
import type { ComputedRows, ComputedSectionSpec, ReportContext } from '../report-context';
import type { LogicalPage, PageHistories } from './page-history';
import { pageHeldAt, pageHistoriesOf } from './trace-pages';

const us = (ticks: number | null | undefined) => (ticks === null || ticks === undefined ? null : Math.round(ticks / 1e3) / 1e3);
const DECLINE_REASONS = new Map(Object.entries(ENUMS['MigrationDeclineReason'] ?? {}).map(([name, value]) => [value, name.replace(/^DECLINE_/, '').toLowerCase()]));

interface Decision {
  readonly seq: number;
  readonly tick: number;
  readonly event: string;
  readonly machinePage: number;
  readonly homeNode: number | null;
  readonly node: number | null;
  readonly latencyTicks: number | null;
  readonly provenance: Record<string, unknown>;
}

/** Every decision of `page_event` (hot-page flags are signals, not decisions), whatever policy made it. */
function decisionEvents(reader: TraceReader): Decision[] {
  const rows = reader.query("SELECT seq, tick, event, machine_page, home_node, node, latency_ticks, provenance FROM page_event WHERE event != 'hot-page-flagged' ORDER BY seq").rows;
  return rows.map((r) => ({
    seq: r[0] as number, tick: r[1] as number, event: r[2] as string, machinePage: r[3] as number, homeNode: r[4] as number | null,
    node: r[5] as number | null, latencyTicks: r[6] as number | null, provenance: JSON.parse((r[7] as string | null) ?? '{}') as Record<string, unknown>,
  }));
}

/** "Did it pay": the misses of the page from its move until its next decision that the move made local, and those it made remote. */
function payOff(h: PageHistories, page: LogicalPage | undefined, seq: number, remoteExtraTicks: number | null) {
  const none = { after: null, local: null, remote: null, saved: null };
  if (!page || remoteExtraTicks === null || h.misses === 0) return none;
  const at = page.decisions.findIndex((d) => d.seq === seq);
  const d = page.decisions[at];
  if (!d || d.kind === 'collapse') return none;
  // Decisions of one operation (the replicas of one hot page) share their point: the window ends at the next point.
  const end = page.decisions.slice(at + 1).find((x) => x.beforeMiss > d.beforeMiss)?.beforeMiss ?? page.nodes.length;
  let local = 0;
  let remote = 0;
  for (let i = d.beforeMiss; i < end; i++) {
    if (page.nodes[i] === d.node) local++;
    else if (d.kind === 'migrate' && page.nodes[i] === d.fromNode) remote++;
  }
  return { after: end - d.beforeMiss, local, remote, saved: (local - remote) * remoteExtraTicks };
}

function pageFilter(h: PageHistories, context: ReportContext): LogicalPage | null {
  if (context.page === undefined) return null;
  const page = pageHeldAt(h, context.page, context.atSeq ?? Number.MAX_SAFE_INTEGER);
  if (!page) throw new PageNotFoundError(`no page ${context.page} in the trace${context.atSeq === undefined ? '' : ` at or before event ${context.atSeq}`}: give a machine page that a miss or a decision names`);
  return page;
}

/** `--page P` names no page of the trace: one line, exit 2. */
export class PageNotFoundError extends Error {
  override readonly name = 'PageNotFoundError';
  readonly exitCode = 2;
}

function decisionRows(reader: TraceReader, context: ReportContext): ComputedRows {
  const h = pageHistoriesOf(reader);
  const only = pageFilter(h, context);
  const D = h.misses > 0 ? context.placement?.model.remoteExtraTicks ?? null : null;
  const rows: unknown[][] = [];
  for (const e of decisionEvents(reader)) {
    if (context.atSeq !== undefined && e.seq > context.atSeq) break;
    const page = h.byDecision.get(e.seq) ?? pageHeldAt(h, e.machinePage, e.seq);
    if (only && page !== only) continue;
    const p = e.provenance;
    const pay = payOff(h, page, e.seq, D);
    const reason = typeof p['reason'] === 'number' ? DECLINE_REASONS.get(p['reason']) ?? String(p['reason']) : (p['reason'] ?? null);
    rows.push([
      e.seq, us(e.tick), e.event, typeof p['policy'] === 'string' ? p['policy'] : (context.placement?.policy ?? null), page?.id ?? String(e.machinePage), e.machinePage,
      e.node, e.homeNode, JSON.stringify(p['node_misses'] ?? null), p['dominant_share_percent'] ?? null, p['migrate_threshold_percent'] ?? null,
      p['readers'] ?? null, p['replicate_min_misses'] ?? null, p['moves'] ?? null, p['move_limit'] ?? null, reason, us(e.latencyTicks),
      pay.after, pay.local, pay.remote, us(pay.saved), pay.saved === null ? null : pay.saved > (e.latencyTicks ?? 0) ? 'yes' : 'no', JSON.stringify(p),
    ]);
  }
  return { columns: DECISION_COLUMNS, rows };
}

const DECISION_COLUMNS = [
  'seq', 'time_us', 'event', 'policy', 'page', 'machine_page', 'node', 'home_node', 'node_misses', 'share_pct', 'threshold_pct', 'readers',
  'replicate_min_misses', 'moves', 'move_limit', 'reason', 'latency_us', 'misses_after', 'became_local', 'became_remote', 'saved_us', 'paid', 'provenance',
];

function paidRows(reader: TraceReader, context: ReportContext): ComputedRows {
  const all = decisionRows(reader, context).rows;
  const byEvent = new Map<string, { n: number; judged: number; paid: number; saved: number; latency: number }>();
  for (const r of all) {
    const event = r[2] as string;
    const s = byEvent.get(event) ?? { n: 0, judged: 0, paid: 0, saved: 0, latency: 0 };
    s.n++;
    s.latency += (r[16] as number | null) ?? 0;
    if (r[21] !== null) {
      s.judged++;
      s.saved += r[20] as number;
      if (r[21] === 'yes') s.paid++;
    }
    byEvent.set(event, s);
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    columns: ['event', 'decisions', 'judged', 'paid', 'paid_pct', 'saved_ms', 'latency_ms', 'net_ms'],
    rows: [...byEvent].map(([event, s]) => [
      event, s.n, s.judged, s.paid, s.judged ? Math.round((1000 * s.paid) / s.judged) / 10 : null, round(s.saved / 1e3), round(s.latency / 1e3), round((s.saved - s.latency) / 1e3),
    ]),
  };
}

function whereRows(reader: TraceReader, context: ReportContext): ComputedRows {
  const columns = ['page', 'at_seq', 'machine_pages', 'nodes', 'decisions', 'misses', 'last_decision'];
  if (context.page === undefined) return { columns, rows: [] };
  const h = pageHistoriesOf(reader);
  const page = pageFilter(h, context)!;
  const at = context.atSeq ?? Number.MAX_SAFE_INTEGER;
  const held = page.machinePages.filter((m) => m.fromSeq <= at && (m.toSeq === null || m.toSeq > at));
  const decisions = page.decisions.filter((d) => d.seq <= at);
  const last = decisions.at(-1);
  const atTick = context.atSeq === undefined ? Infinity : tickOf(reader, context.atSeq);
  return {
    columns,
    rows: [[
      page.id, context.atSeq ?? null, held.map((m) => m.mpn).join(' '), held.map((m) => m.node).join(' '), decisions.length,
      h.misses > 0 ? page.ticks.filter((t) => t <= atTick).length : null,
      last ? `${last.action} to node ${last.node} at event ${last.seq}` : 'none: the page is where it was first used',
    ]],
  };
}

function tickOf(reader: TraceReader, seq: number): number {
  const row = reader.query('SELECT tick FROM events WHERE seq = ?', [seq]).rows[0];
  return (row?.[0] as number | undefined) ?? -1;
}

/** Tables of page_event's sources (views/page-event): without any, the run had no placement policy to explain. */
const PAGE_EVENT_TABLES = ['hot_page_flagged', 'page_migrated', 'page_replicated', 'replica_collapsed', 'migration_declined', 'page_interleaved'];
const NO_PAGE_EVENTS = 'the trace has no HotPageFlagged or placement decision events: nothing placed its pages but their first touch';

export const DECISIONS_SECTIONS: readonly ComputedSectionSpec[] = [
  {
    name: 'where',
    title: 'Why page P is where it is at T: the copies it has then and the last decision that put them there (--page P, --at T)',
    requires: [],
    requiresAny: PAGE_EVENT_TABLES,
    absent: NO_PAGE_EVENTS,
    empty: 'give --page P (a machine page) and optionally --at T (an event seq, a time such as 20ms, a share such as 50%, or end)',
    compare: false,
    columns: {
      page: 'the logical page: the machine page it started on (#n: that machine page had held n pages before)',
      at_seq: 'the last event considered (--at), or empty for the end',
      machine_pages: 'machine pages holding it then (several: replicas)',
      nodes: 'their nodes',
      decisions: 'decisions about it up to then',
      misses: 'its misses up to then (detailed traces)',
      last_decision: 'what put it there',
    },
    compute: whereRows,
  },
  {
    name: 'decisions',
    title: 'Every placement decision, with the counters and thresholds behind it and whether it paid for itself',
    requires: [],
    requiresAny: PAGE_EVENT_TABLES,
    absent: NO_PAGE_EVENTS,
    empty: 'the policy made no placement decision in this run (or none about that page before --at)',
    compare: false,
    note: "'did it pay' needs a detailed trace: the page's misses from the move to its next decision (at a later point: the replicas of one operation share theirs) that the move made local (from its destination) minus those it made remote (from its old node), at the model's remote-minus-local latency, against the move's measured latency",
    columns: {
      seq: 'position in the event stream',
      time_us: 'simulated time, µs',
      event: "the decision: 'migrated', 'replicated', 'replica-collapsed', 'migration-declined', or a new policy's kind",
      policy: 'the policy that made it (the event\'s own, else the scenario\'s)',
      page: 'the logical page (stable across migrations and replicas)',
      machine_page: 'the machine page the event names',
      node: 'the node it concerns: a move\'s destination, a collapse\'s writer, a decline\'s dominant node',
      home_node: 'the node that held the page before (migrations)',
      node_misses: "the page's miss counter for every node when the policy looked",
      share_pct: "the dominant node's share of those misses, percent",
      threshold_pct: 'the share that makes the policy migrate',
      readers: 'nodes with at least replicate_min_misses misses',
      replicate_min_misses: 'misses that make a node a reader',
      moves: 'moves of the page so far',
      move_limit: 'moves allowed',
      reason: 'why a migration was declined',
      latency_us: 'time the action took, µs',
      misses_after: "the page's misses from the decision to its next decision",
      became_local: 'of them, from the node that gained the copy (remote without the move)',
      became_remote: 'of them, from the node a migration left (local without it)',
      saved_us: '(became_local - became_remote) × remote-minus-local latency, µs',
      paid: "'yes' when saved_us exceeds latency_us",
      provenance: 'everything the event carried about its cause, as JSON',
    },
    compute: decisionRows,
  },
  {
    name: 'paid',
    title: 'Which decisions paid for themselves, by kind',
    requires: [],
    requiresAny: PAGE_EVENT_TABLES,
    absent: NO_PAGE_EVENTS,
    empty: 'the policy made no placement decision in this run',
    compare: true,
    keys: ['event'],
    columns: {
      event: 'the kind of decision',
      decisions: 'how many',
      judged: 'of them, moves judged on the miss record (detailed traces)',
      paid: 'of those, saved more than they took',
      paid_pct: 'paid / judged, percent',
      saved_ms: 'stall the moves saved, ms',
      latency_ms: 'time the decisions took, ms',
      net_ms: 'saved_ms - latency_ms',
    },
    compute: paidRows,
  },
];

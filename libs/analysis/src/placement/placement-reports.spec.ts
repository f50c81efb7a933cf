import path from 'node:path';
import type { TraceEvent } from '@disco/trace-schema';
import { TraceReader } from '@disco/trace-store';
import { runReport, type ReportResult } from '../run-report';
import { scratchDir, writeTrace } from '../testing/trace-fixtures';
import { baselineSchedule } from './baseline-schedule';
import { readPageHistories } from './page-history';
import type { PlacementModel } from './placement-model';

type Event = Omit<TraceEvent, 'seq'>;
const at = (cpu: number, type: string, data: Record<string, unknown>): Event => ({ tick: 0, cpu, node: cpu, vm: -1, type, data }) as unknown as Event;
const miss = (cpu: number, mpn: number, home: number, write = false) =>
  at(cpu, 'CacheMissed', {
    machineAddress: mpn * 4096 + 128, homeNode: home, kind: write ? 2 : 1, latencyTicks: cpu === home ? 300_000 : 900_000,
    hops: cpu === home ? 0 : 2, fromCache: false, invalidations: 0, queueTicks: 0, localTicks: 0,
  });
const shootdown = (cpu: number, mpn: number, reason: number) =>
  at(cpu, 'ShootdownSent', { machinePage: mpn, reason, vcpus: 2, ipis: 1, tlbEntriesInvalidated: 1, l2tlbEntriesInvalidated: 0, costTicks: 0 });

/**
 * Page 10 (node 0) is missed on by node 1, migrates to machine page 20 on
 * node 1 (its copy: two misses of CPU 0 between the shootdown and the
 * event; CPU 1 misses meanwhile too), is replicated to 30 on node 2 and
 * collapses onto 30 when node 2 writes. Machine page 10, freed by the
 * migration, then holds another page, and 20, freed by the collapse, too.
 */
const EVENTS: Event[] = [
  miss(0, 10, 0), miss(1, 10, 0), miss(1, 10, 0), miss(1, 10, 0),
  shootdown(0, 10, 1), miss(0, 10, 0), miss(0, 20, 1, true), miss(1, 10, 0),
  at(0, 'PageMigrated', {
    oldMachinePage: 10, newMachinePage: 20, fromNode: 0, toNode: 1, nodeMisses: [1, 4, 0], dominantSharePercent: 80, migrateThresholdPercent: 80,
    moves: 1, moveLimit: 4, mappers: 1, tlbEntriesInvalidated: 1, l2tlbEntriesInvalidated: 0, ipis: 1, copyTicks: 500_000, latencyTicks: 1_000_000,
  }),
  miss(1, 20, 1), miss(0, 10, 0, true),
  shootdown(1, 20, 2), miss(1, 20, 1), miss(1, 30, 2, true),
  at(1, 'PageReplicated', {
    machinePage: 20, replicaMachinePage: 30, toNode: 2, nodeMisses: [0, 3, 2], readers: 2, replicateMinMisses: 1, replicas: 1, moves: 2, moveLimit: 4,
    tlbEntriesInvalidated: 1, l2tlbEntriesInvalidated: 0, ipis: 1, copyTicks: 400_000, latencyTicks: 500_000,
  }),
  miss(1, 20, 1), miss(1, 99, 1), miss(2, 30, 2),
  at(2, 'ReplicaCollapsed', { machinePage: 20, survivorMachinePage: 30, replicasFreed: 1, writerNode: 2, vcpu: 2, physicalPage: 7, tlbEntriesInvalidated: 1, ipis: 1, latencyTicks: 200_000 }),
  miss(2, 30, 2, true), miss(1, 20, 1),
].map((e, i) => ({ ...e, tick: 1_000_000 * (i + 1) }));

// D = 600 ns; a migration or a replica 10 µs; a collapse 1 µs.
const MODEL: PlacementModel = {
  nodes: 3, remoteExtraTicks: 600_000, migrateTicks: 10_000_000, replicateTicks: 10_000_000, collapseTicks: 1_000_000, pageCopyTicks: 9_000_000, shootdownTicks: 500_000,
  rules: { migration: true, replication: true, hotPageThresholdMisses: 64, missCounterResetTicks: 0, migrateSharePercent: 80, replicateMinMisses: 8, replicateMinReaders: 2, moveLimit: 4, minMoveIntervalTicks: 0, moveThawTicks: 0 },
};

let dir: string;
let cleanup: () => void;
let file: string;

beforeAll(() => {
  ({ dir, cleanup } = scratchDir());
  file = writeTrace(path.join(dir, 'pages.db'), EVENTS, { simTicks: 30_000_000 });
});
afterAll(() => cleanup());

function report(name: string, options: Parameters<typeof runReport>[2] = {}): ReportResult {
  const reader = TraceReader.open(file);
  try {
    return runReport(reader, name, { placement: { model: MODEL, policy: 'disco' }, ...options });
  } finally {
    reader.close();
  }
}

function rows(result: ReportResult, name: string): Record<string, unknown>[] {
  const s = result.sections.find((x) => x.name === name)!;
  return s.rows.map((r) => Object.fromEntries(s.columns.map((c, i) => [c.name, r[i]])));
}

describe('logical pages', () => {
  it('follow a page through its migration, replica and collapse, and start a new page on a reused machine page', () => {
    const reader = TraceReader.open(file);
    const h = readPageHistories(reader);
    reader.close();
    const byId = new Map(h.pages.map((p) => [p.id, p]));
    expect([...byId.keys()]).toEqual(['10', '10#1', '99', '20#1']);
    const page = byId.get('10')!;
    // Misses 0-3, CPU 1's miss during the copy, then 20 from node 1 twice (one held in the replica's copy window), 30's read and write.
    expect(page.nodes).toEqual([0, 1, 1, 1, 1, 1, 1, 2, 2]);
    expect(page.writes).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(page.remoteMisses).toBe(4);
    expect(page.decisions.map((d) => [d.kind, d.node, d.beforeMiss])).toEqual([['migrate', 1, 5], ['replicate', 2, 6], ['collapse', 2, 8]]);
    expect(page.machinePages.map((m) => [m.mpn, m.node, m.toSeq === null])).toEqual([[10, 0, false], [20, 1, false], [30, 2, true]]);
    expect(h.copyMisses).toBe(4);
    expect(byId.get('10#1')!.writes).toEqual([1]);
  });
});

describe('report policy', () => {
  it("prices the run's schedule and the offline baseline on the same misses", () => {
    const [regret] = rows(report('policy'), 'regret');
    // The trace's own figures count every miss, the copies' too (two of the six remote misses).
    // The run: node 1's four misses before the migration are remote (4 × 0.6 µs), every later miss is local;
    // a migration and a replica (10 µs each) and a collapse (1 µs): 23.4 µs.
    // The baseline: no move pays (10 µs > the 8 remote misses' 4.8 µs), so it leaves every page alone: 4.8 µs.
    expect(regret).toMatchObject({
      policy: 'disco', misses: 16, remote_misses: 6, migrations: 1, replications: 1, collapses: 1,
      actual_ms: 0.023, baseline_ms: 0.005, no_moves_ms: 0.005, static_ms: 0.005, regret_ms: 0.019, regret_ratio: 4.875, pages: 4, pages_moved: 1,
    });
  });
});

describe('report decisions', () => {
  it('judges each move on the misses until the next decision, and explains where a page is', () => {
    const decided = rows(report('decisions'), 'decisions');
    expect(decided.map((d) => [d['event'], d['page'], d['node']])).toEqual([['migrated', '10', 1], ['replicated', '10', 2], ['replica-collapsed', '10', 2]]);
    // The migration: one miss (node 1's, local now) before the replica: saves 0.6 µs, took 1 µs.
    expect(decided[0]).toMatchObject({ misses_after: 1, became_local: 1, became_remote: 0, saved_us: 0.6, latency_us: 1, paid: 'no' });
    // The replica: node 1's and node 2's reads before the collapse; node 2's is local now: 0.6 µs against 0.5 µs.
    expect(decided[1]).toMatchObject({ misses_after: 2, became_local: 1, saved_us: 0.6, latency_us: 0.5, paid: 'yes' });
    expect(decided[2]).toMatchObject({ paid: null });
    const paid = new Map(rows(report('decisions'), 'paid').map((r) => [r['event'], r]));
    expect(paid.get('migrated')).toMatchObject({ decisions: 1, judged: 1, paid: 0 });
    expect(paid.get('replicated')).toMatchObject({ decisions: 1, judged: 1, paid: 1 });
  });

  it('answers where machine page 20 is at an event: after the replica, on nodes 1 and 2; at the end it holds another page', () => {
    const replicatedSeq = EVENTS.findIndex((e) => e.type === 'PageReplicated');
    const [where] = rows(report('decisions', { page: 20, atSeq: replicatedSeq }), 'where');
    expect(where).toMatchObject({ page: '10', machine_pages: '20 30', nodes: '1 2', decisions: 2, last_decision: `replicate to node 2 at event ${replicatedSeq}` });
    const history = rows(report('decisions', { page: 20, atSeq: replicatedSeq }), 'decisions');
    expect(history.map((d) => d['event'])).toEqual(['migrated', 'replicated']);
    const [later] = rows(report('decisions', { page: 20 }), 'where');
    expect(later).toMatchObject({ page: '20#1', decisions: 0 });
    expect(() => report('decisions', { page: 12345 })).toThrow(/no page 12345/);
  });
});

/**
 * Carrefour interleaves page 40 (node 0, missed on from nodes 0, 1 and 2) to
 * machine page 50 on node 2: its shootdown, the copy (CPU 0 loads 40 and
 * stores 50), the PageInterleaved event; nodes 1 and 2 then miss on 50.
 * Machine page 40, freed by the move, then holds another page.
 */
const INTERLEAVED: Event[] = [
  miss(0, 40, 0), miss(1, 40, 0), miss(2, 40, 0),
  shootdown(0, 40, 1), miss(0, 40, 0), miss(0, 50, 2, true),
  at(0, 'PageInterleaved', {
    oldMachinePage: 40, newMachinePage: 50, fromNode: 0, toNode: 2, nodeSamples: [1, 1, 1], writeSamples: 0, accessingNodes: 3, toNodeRequests: 7,
    imbalancePercent: 60, mappers: 1, tlbEntriesInvalidated: 1, ipis: 1, copyTicks: 500_000, latencyTicks: 2_000_000, policy: 5,
  }),
  miss(1, 50, 2), miss(2, 50, 2), miss(2, 50, 2, true), miss(0, 40, 0),
].map((e, i) => ({ ...e, tick: 1_000_000 * (i + 1) }));

describe('an interleaved page (Carrefour)', () => {
  let interleaved: string;
  beforeAll(() => {
    interleaved = writeTrace(path.join(dir, 'interleaved.db'), INTERLEAVED, { simTicks: 20_000_000 });
  });
  const open = <T>(f: (reader: TraceReader) => T): T => {
    const reader = TraceReader.open(interleaved);
    try {
      return f(reader);
    } finally {
      reader.close();
    }
  };

  it('keeps its identity across the move, as a migrated page does, its copy left out', () => {
    const h = open(readPageHistories);
    const byId = new Map(h.pages.map((p) => [p.id, p]));
    expect([...byId.keys()]).toEqual(['40', '40#1']);
    const page = byId.get('40')!;
    expect(page.nodes).toEqual([0, 1, 2, 1, 2, 2]);
    expect(page.writes).toEqual([0, 0, 0, 0, 0, 1]);
    expect(page.decisions.map((d) => [d.action, d.kind, d.node, d.fromNode, d.beforeMiss])).toEqual([['interleave', 'migrate', 2, 0, 3]]);
    expect(page.machinePages.map((m) => [m.mpn, m.node, m.toSeq === null])).toEqual([[40, 0, false], [50, 2, true]]);
    expect(h.copyMisses).toBe(2);
    expect(byId.get('40#1')!.nodes).toEqual([0]);
  });

  it('is priced as a migration, listed and judged as a decision, and explains where the page is', () => {
    const result = open((reader) => runReport(reader, 'policy', { placement: { model: MODEL, policy: 'carrefour' } }));
    // Nodes 1 and 2 miss remotely before the move, node 1 after it: 3 × 0.6 µs, and a migration's 10 µs: 11.8 µs.
    expect(rows(result, 'regret')[0]).toMatchObject({ policy: 'carrefour', actual_ms: 0.012, pages_moved: 1 });
    const decisions = open((reader) => runReport(reader, 'decisions', { placement: { model: MODEL, policy: 'carrefour' }, page: 50 }));
    const [decided] = rows(decisions, 'decisions');
    // After the move: node 2's two misses became local, node 0 made none; 1.2 µs saved against its 2 µs.
    expect(decided).toMatchObject({ event: 'interleaved', page: '40', node: 2, home_node: 0, misses_after: 3, became_local: 2, became_remote: 0, saved_us: 1.2, latency_us: 2, paid: 'no' });
    const [where] = rows(decisions, 'where');
    const seq = INTERLEAVED.findIndex((e) => e.type === 'PageInterleaved');
    expect(where).toMatchObject({ page: '40', machine_pages: '50', nodes: '2', last_decision: `interleave to node 2 at event ${seq}` });
  });
});

/** Runs `read` on a trace written from `events` into the suite's folder. */
function readFixture<T>(name: string, events: readonly Event[], read: (reader: TraceReader) => T): T {
  const reader = TraceReader.open(writeTrace(path.join(dir, `${name}.db`), events));
  try {
    return read(reader);
  } finally {
    reader.close();
  }
}

/**
 * A second replica of a replicated page: the move shoots down the primary 60
 * and its replica 61, then CPU 2 copies 60 into 62 (two loads of 60, a store
 * to 62) before the PageReplicated event; CPU 1 misses on 60 meanwhile.
 */
const REREPLICATED: Event[] = [
  miss(0, 60, 0), miss(1, 60, 0), miss(1, 60, 0),
  shootdown(1, 60, 2), miss(1, 60, 0), miss(1, 61, 1, true),
  at(1, 'PageReplicated', {
    machinePage: 60, replicaMachinePage: 61, toNode: 1, nodeMisses: [1, 2, 0], readers: 2, replicateMinMisses: 1, replicas: 1, moves: 1, moveLimit: 4,
    tlbEntriesInvalidated: 1, l2tlbEntriesInvalidated: 0, ipis: 1, copyTicks: 400_000, latencyTicks: 500_000,
  }),
  miss(2, 60, 0),
  shootdown(2, 60, 2), shootdown(2, 61, 2), miss(2, 60, 0), miss(1, 61, 1), miss(2, 60, 0), miss(2, 62, 2, true),
  at(2, 'PageReplicated', {
    machinePage: 60, replicaMachinePage: 62, toNode: 2, nodeMisses: [1, 2, 1], readers: 3, replicateMinMisses: 1, replicas: 2, moves: 2, moveLimit: 4,
    tlbEntriesInvalidated: 2, l2tlbEntriesInvalidated: 0, ipis: 2, copyTicks: 400_000, latencyTicks: 500_000,
  }),
  miss(2, 62, 2),
].map((e, i) => ({ ...e, tick: 1_000_000 * (i + 1) }));

describe('a replica of a replicated page', () => {
  it("leaves its copy out of the page's use though the move shot down every copy, the primary first", () => {
    readFixture('rereplicated', REREPLICATED, (reader) => {
      const h = readPageHistories(reader);
      expect(h.pages.map((p) => p.id)).toEqual(['60']);
      // Both copies' loads of 60 and stores to the fresh page: 2 + 3.
      expect(h.copyMisses).toBe(5);
      expect(h.pages[0]!.nodes).toEqual([0, 1, 1, 2, 1, 2]);
    });
  });
});

const tlbWrite = (vm: number, ppn: number, mpn: number) =>
  ({ ...at(0, 'TlbWriteEmulated', { vcpu: 0, vpn2: ppn >> 1, asid: 1, index: 0, physicalPage0: ppn, physicalPage1: -1, machinePage0: mpn, machinePage1: -1, writable0: true, writable1: false, costTicks: 0 }), vm }) as Event;

/**
 * Guest page 5 of VM 0 is backed by machine page 100 (node 0) and read three
 * times from node 1; 100 is freed and backs guest page 7, read once from
 * node 0; guest page 5 is backed again by 200 (node 1) and read four times
 * from node 2. Machine page 300 is never named by a TLB write.
 */
const GUEST_PAGES: Event[] = [
  tlbWrite(0, 5, 100), miss(1, 100, 0), miss(1, 100, 0), miss(1, 100, 0),
  shootdown(0, 100, 6),
  tlbWrite(0, 7, 100), miss(0, 100, 0),
  tlbWrite(0, 5, 200), miss(2, 200, 1), miss(2, 200, 1), miss(2, 200, 1), miss(2, 200, 1),
  miss(1, 300, 0), miss(1, 300, 0),
].map((e, i) => ({ ...e, tick: 1_000_000 * (i + 1) }));

describe("the baseline's schedule for the scheduled policy", () => {
  it('names each logical page by its guest page, counts misses over the guest page\'s backings, and leaves out pages no TLB write names', () => {
    readFixture('guest-pages', GUEST_PAGES, (reader) => {
      // Remote misses cost 60 µs: every page with remote misses pays for a move before its first miss.
      const costly = { ...MODEL, remoteExtraTicks: 60_000_000 };
      const s = baselineSchedule(reader, costly, 'optimum', 128);
      expect(s).toMatchObject({ pages: 4, pagesCovered: 3, misses: 10, missesCovered: 8 });
      // Page 100 (read from node 1 only) moves its one copy there; page 200, the same guest page backed again,
      // counts on from 3. Guest page 7 (local) needs nothing.
      expect(s.decisions).toEqual([
        { vm: 0, ppn: 5, afterMisses: 0, action: 'migrate', node: 1 },
        { vm: 0, ppn: 5, afterMisses: 3, action: 'migrate', node: 2 },
      ]);
      // The best static placement keeps a page that is never written where it is and gives its readers replicas (at the same price here).
      const still = baselineSchedule(reader, costly, 'static', 128);
      expect(still.decisions.map((x) => [x.afterMisses, x.action, x.node])).toEqual([[0, 'replicate', 1], [3, 'replicate', 2]]);
      // Page 300 is priced too (a replica for its two remote misses), but not covered.
      expect(s.totalTicks).toBe(3 * costly.replicateTicks);
      expect(s.coveredTicks).toBe(2 * costly.replicateTicks);
    });
  });
});

import fc from 'fast-check';
import { hoistReplicas } from './baseline-schedule';
import { offlineOptimum } from './offline-optimum';
import { dirtyBeforeMisses, evaluateSchedule, noMovesCost, staticPlacement, type PageMisses } from './page-schedule';
import { placementModelOf, type PlacementModel, type VergheseRules } from './placement-model';
import { simulateVerghese } from './verghese-simulator';

/** fast-check parameters: the seed from `FC_SEED` when set; fast-check prints the seed and path of a failure. */
function parameters(numRuns: number): fc.Parameters<unknown> {
  const seed = process.env['FC_SEED'];
  return seed === undefined || seed === '' ? { numRuns } : { numRuns, seed: Number(seed) };
}

const RULES: VergheseRules = {
  migration: true, replication: true, hotPageThresholdMisses: 2, missCounterResetTicks: 0, migrateSharePercent: 80,
  replicateMinMisses: 1, replicateMinReaders: 2, moveLimit: 4, minMoveIntervalTicks: 0, moveThawTicks: 0,
};

function model(D: number, M: number, R: number, C: number, rules: VergheseRules = RULES): PlacementModel {
  return { nodes: 4, remoteExtraTicks: D, migrateTicks: M, replicateTicks: R, collapseTicks: C, pageCopyTicks: 0, shootdownTicks: 0, rules };
}

function page(initialNode: number, misses: readonly (readonly [node: number, write: 0 | 1])[]): PageMisses {
  return { initialNode, ticks: misses.map((_, i) => 10 * i), nodes: misses.map((m) => m[0]), writes: misses.map((m) => m[1]) };
}

describe('offline baseline, by hand', () => {
  // Two nodes, the page on node 0; D = 600 (remote extra), M = R = 1000, C = 200.
  // Misses: node 1 reads three times, node 0 reads twice, node 1 writes, node 1 reads.
  //  - no moves: node 1's five misses are remote: 5 × 600 = 3000;
  //  - migrate to node 1 first: 1000 + node 0's two reads remote (1200) = 2200 (the static placement:
  //    node 1 has most misses, and (5 - 2) × 600 = 1800 > 1000 pays for the move; a written page gets no replica);
  //  - replicate to node 1 first: 1000, every read local, the write collapses onto node 1's copy (200),
  //    the write and the last read are local: 1200, the optimum (nothing cheaper serves node 1's first reads);
  //  - the Verghese rules (threshold 2, 80 %): node 1's second miss migrates the page to node 1 (misses 0, 1
  //    remote); node 0's second miss flags it with counters [2, 1] (66 % < 80 %, two readers): replicate to
  //    node 0 (misses 3, 4 remote); the write collapses onto node 1: 4 × 600 + 1000 + 1000 + 200 = 4600.
  const m = model(600, 1000, 1000, 200);
  const p = page(0, [[1, 0], [1, 0], [1, 0], [0, 0], [0, 0], [1, 1], [1, 0]]);

  it('derives each cost', () => {
    expect(noMovesCost(m, p)).toBe(3000);
    expect(evaluateSchedule(m, p, staticPlacement(m, p)).costTicks).toBe(2200);
    const best = offlineOptimum(m, p);
    expect(best.costTicks).toBe(1200);
    expect(best.schedule.map((d) => [d.beforeMiss, d.kind, d.node])).toEqual([
      [0, 'replicate', 1],
      [5, 'collapse', 1],
    ]);
    const verghese = simulateVerghese(RULES, p);
    expect(verghese.map((d) => [d.beforeMiss, d.kind, d.node])).toEqual([
      [2, 'migrate', 1],
      [5, 'replicate', 0],
      [5, 'collapse', 1],
    ]);
    expect(evaluateSchedule(m, p, verghese).costTicks).toBe(4600);
  });

  it('replicates a page that is never written to every node whose reads pay for a copy', () => {
    // Node 1 reads 3 times (1800 > 1000: replica), node 2 once (600 < 1000: stays remote).
    const readOnly = page(0, [[1, 0], [2, 0], [1, 0], [1, 0], [0, 0]]);
    expect(staticPlacement(m, readOnly).map((d) => [d.kind, d.node])).toEqual([['replicate', 1]]);
    expect(offlineOptimum(m, readOnly).costTicks).toBe(1000 + 600);
  });

  it('prices a page with more misses than a call can take arguments', () => {
    // 300,000 reads from node 1 of a page on node 0: a replica (1000) beats 300,000 remote reads; static replicates too.
    const hot = page(0, Array.from({ length: 300_000 }, () => [1, 0] as const));
    expect(offlineOptimum(m, hot).costTicks).toBe(1000);
    expect(evaluateSchedule(m, hot, staticPlacement(m, hot)).costTicks).toBe(1000);
    expect(simulateVerghese(RULES, hot).map((d) => d.kind)).toEqual(['migrate']);
  });

  it('derives the model from the run parameters', () => {
    const derived = placementModelOf({
      ...RULES, nodes: 8, pageBytes: 4096, clockMhz: 400, cyclesPerInstruction: 1, l2LineBytes: 128, localMissTicks: 300_000, remoteMissTicks: 900_000,
      ipiLatencyTicks: 900_000, trapEntryExitTicks: 100_000, pageMoveBookkeepingTicks: 1_000_000, shootdownPerVcpuTicks: 100_000,
    });
    // 32 lines × (300 + 900) ns + 2 × 1024 words × 2.5 ns = 38.4 µs + 5.12 µs.
    expect(derived.pageCopyTicks).toBe(43_520_000);
    // 8 VCPUs × 100 ns + an IPI round trip of 2 × 900 ns.
    expect(derived.shootdownTicks).toBe(2_600_000);
    expect(derived.migrateTicks).toBe(100_000 + 1_000_000 + 2_600_000 + 43_520_000);
    expect(derived.collapseTicks).toBe(100_000 + 2_600_000);
    expect(derived.remoteExtraTicks).toBe(600_000);
  });
});

const arbRules: fc.Arbitrary<VergheseRules> = fc.record({
  migration: fc.boolean(),
  replication: fc.boolean(),
  hotPageThresholdMisses: fc.integer({ min: 1, max: 6 }),
  missCounterResetTicks: fc.integer({ min: 0, max: 400 }),
  migrateSharePercent: fc.integer({ min: 30, max: 100 }),
  replicateMinMisses: fc.integer({ min: 1, max: 4 }),
  replicateMinReaders: fc.integer({ min: 1, max: 3 }),
  moveLimit: fc.integer({ min: 0, max: 5 }),
  minMoveIntervalTicks: fc.integer({ min: 0, max: 60 }),
  moveThawTicks: fc.integer({ min: 0, max: 200 }),
});

const arbCase = fc.record({
  D: fc.integer({ min: 0, max: 1000 }),
  M: fc.integer({ min: 0, max: 4000 }),
  R: fc.integer({ min: 0, max: 4000 }),
  C: fc.integer({ min: 0, max: 1500 }),
  rules: arbRules,
  initialNode: fc.integer({ min: 0, max: 3 }),
  misses: fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 20 })), { maxLength: 60 }),
});

/** A generated case's page: misses from `c.misses` (node, a write for 0-2 of 0-9, a tick step). */
function generatedPage(c: { initialNode: number; misses: readonly (readonly [number, number, number])[] }): PageMisses {
  let tick = 0;
  return {
    initialNode: c.initialNode,
    ticks: c.misses.map((x) => (tick += x[2])),
    nodes: c.misses.map((x) => x[0]),
    writes: c.misses.map((x) => (x[1] < 3 ? 1 : 0)),
  };
}

describe('offline baseline, properties over generated miss sequences', () => {
  it('prices a page the same whatever its node numbers: small ones (a table by node) and far ones (a trace edited by hand)', () => {
    fc.assert(
      fc.property(arbCase, fc.constantFrom(5000, 2 ** 31 - 64), (c, shift) => {
        const m = model(c.D, c.M, c.R, c.C, c.rules);
        const p = generatedPage(c);
        const far: PageMisses = { ...p, initialNode: p.initialNode + shift, nodes: p.nodes.map((node) => node + shift) };
        const near = offlineOptimum(m, p);
        const shifted = offlineOptimum(m, far);
        expect(shifted.costTicks).toBe(near.costTicks);
        expect(shifted.schedule).toEqual(near.schedule.map((d) => ({ ...d, node: d.node + shift })));
      }),
      parameters(100),
    );
  });

  it('costs no more than the static placement, the Verghese rules or no moves, and its own schedule prices at its cost', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const m = model(c.D, c.M, c.R, c.C, c.rules);
        const p = generatedPage(c);
        const best = offlineOptimum(m, p);
        const own = evaluateSchedule(m, p, best.schedule);
        expect(own.costTicks).toBe(best.costTicks);
        expect(own.forcedCollapses).toBe(0);
        expect(best.costTicks).toBeLessThanOrEqual(evaluateSchedule(m, p, staticPlacement(m, p)).costTicks);
        expect(best.costTicks).toBeLessThanOrEqual(evaluateSchedule(m, p, simulateVerghese(c.rules, p)).costTicks);
        expect(best.costTicks).toBeLessThanOrEqual(noMovesCost(m, p));
        expect(evaluateSchedule(m, p, []).costTicks).toBe(noMovesCost(m, p));
      }),
      parameters(400),
    );
  });
});

describe('the offline optimum a monitor can carry out (no replica while a node may write the page without a miss)', () => {
  it('by hand: a page written on one line, read on others, waits for the written line to be read elsewhere', () => {
    const m = model(600, 1000, 1000, 200);
    // Node 0 writes line 0; nodes 1 and 2 read line 1 three times each; node 1 reads line 0 (node 0's copy is downgraded); they read on.
    const misses: [number, 0 | 1, number][] = [[0, 1, 0], [1, 0, 1], [2, 0, 1], [1, 0, 1], [2, 0, 1], [1, 0, 1], [2, 0, 1], [1, 0, 0], [1, 0, 1], [2, 0, 1], [1, 0, 1], [2, 0, 1]];
    const p = page(0, misses.map(([node, write]) => [node, write] as const));
    const dirty = dirtyBeforeMisses(p, (i) => misses[i]![2]);
    expect(Array.from(dirty)).toEqual([0, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0]);
    const free = offlineOptimum(m, p);
    const clean = offlineOptimum(m, { ...p, dirty });
    expect(free.schedule.filter((d) => d.kind === 'replicate').map((d) => d.beforeMiss)).toEqual([1, 2]);
    expect(clean.schedule.filter((d) => d.kind === 'replicate').every((d) => d.beforeMiss >= 8)).toBe(true);
    expect(clean.costTicks).toBeGreaterThan(free.costTicks);
  });

  it('by hand: a read granted exclusive (MESI) makes the page writable without a miss until another node misses on that line', () => {
    // Node 0 reads line 0 and the home grants it exclusive; node 1 reads line 1, then line 0 (node 0's copy is downgraded).
    const misses: [number, number, 0 | 1][] = [[0, 0, 1], [1, 1, 0], [1, 1, 0], [1, 0, 0], [1, 1, 0]];
    const p: PageMisses = { ...page(0, misses.map(([node]) => [node, 0] as const)), exclusive: misses.map(([, , e]) => e) };
    expect(Array.from(dirtyBeforeMisses(p, (i) => misses[i]![1]))).toEqual([0, 1, 1, 1, 0]);
    // Without the grant (MSI, or a trace recorded before it) no read makes the page writable.
    expect(Array.from(dirtyBeforeMisses({ ...p, exclusive: undefined }, (i) => misses[i]![1]))).toEqual([0, 0, 0, 0, 0]);
  });

  it('over generated miss sequences: never replicates at a dirty miss, costs its schedule (hoisted too), at least the unrestricted optimum, at most no moves', () => {
    fc.assert(
      fc.property(arbCase, fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 60, maxLength: 60 }), (c, lines) => {
        const m = model(c.D, c.M, c.R, c.C, c.rules);
        const p = generatedPage(c);
        const dirty = dirtyBeforeMisses(p, (i) => lines[i]!);
        const clean = offlineOptimum(m, { ...p, dirty });
        for (const d of clean.schedule) if (d.kind === 'replicate') expect(dirty[d.beforeMiss] ?? 0).toBe(0);
        expect(evaluateSchedule(m, p, clean.schedule).costTicks).toBe(clean.costTicks);
        // Its replicas made earlier in their clean stretch: never at a dirty miss, never later, in order, at the same cost.
        const hoisted = hoistReplicas(p, dirty, clean.schedule);
        hoisted.forEach((d, i) => {
          expect(d.beforeMiss).toBeLessThanOrEqual(clean.schedule[i]!.beforeMiss);
          if (d.kind === 'replicate') expect(dirty[d.beforeMiss] ?? 0).toBe(0);
          if (i > 0) expect(d.beforeMiss).toBeGreaterThanOrEqual(hoisted[i - 1]!.beforeMiss);
        });
        expect(evaluateSchedule(m, p, hoisted).costTicks).toBe(clean.costTicks);
        expect(clean.costTicks).toBeGreaterThanOrEqual(offlineOptimum(m, p).costTicks);
        expect(clean.costTicks).toBeLessThanOrEqual(noMovesCost(m, p));
      }),
      parameters(400),
    );
  });
});

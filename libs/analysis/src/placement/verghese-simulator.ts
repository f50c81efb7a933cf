import { nodeCount, type PageMisses, type PlacementDecision } from './page-schedule';
import type { VergheseRules } from './placement-model';

export interface VergheseOptions {
  /** Ticks at which every counter was cleared (the trace's MissCountersReset); default: every `missCounterResetTicks` from 0. */
  readonly resetTicks?: readonly number[];
}

/**
 * Today's policy (Disco §4.2.3 after Verghese et al., libs/monitor
 * placement/disco-policy.ts) replayed offline on one page's miss sequence, with the
 * run's thresholds: per-node miss counters flag the page once per counting
 * interval when one reaches the hot-page threshold; the policy then migrates
 * an unreplicated page to a node holding `migrateSharePercent` of the
 * counted misses, replicates a page read by `replicateMinReaders` nodes
 * (each with `replicateMinMisses` misses) to those without a copy unless it
 * is write-shared, and declines at the move limit (which thaws after
 * `moveThawTicks`) or within `minMoveIntervalTicks` of the last move; a
 * write to a replicated page collapses it onto the writer's copy (else the
 * primary) and marks it write-shared. Every move clears the page's counters.
 * Decisions take effect before the next miss (the real interrupt arrives a
 * little later), and counters do not saturate.
 */
export function simulateVerghese(rules: VergheseRules, page: PageMisses, options: VergheseOptions = {}): PlacementDecision[] {
  const schedule: PlacementDecision[] = [];
  const nodes = nodeCount(page);
  const counters = new Array<number>(nodes).fill(0);
  let flagged = false;
  let copies = [page.initialNode];
  let moves = 0;
  let lastMoveTick = -Infinity;
  let writeShared = false;
  let interval = -1;
  let nextReset = 0;
  const clear = () => {
    counters.fill(0);
    flagged = false;
  };
  const intervalOf = (tick: number): number => {
    if (options.resetTicks) {
      while (nextReset < options.resetTicks.length && options.resetTicks[nextReset]! <= tick) nextReset++;
      return nextReset;
    }
    return rules.missCounterResetTicks > 0 ? Math.floor(tick / rules.missCounterResetTicks) : 0;
  };
  for (let i = 0; i < page.nodes.length; i++) {
    const tick = page.ticks[i]!;
    const node = page.nodes[i]!;
    const current = intervalOf(tick);
    if (current !== interval) {
      interval = current;
      clear();
    }
    if (page.writes[i] === 1 && copies.length > 1) {
      const survivor = copies.includes(node) ? node : copies[0]!;
      schedule.push({ beforeMiss: i, tick, kind: 'collapse', node: survivor });
      copies = [survivor];
      writeShared = true;
      clear();
    }
    counters[node]!++;
    if (counters[node] !== rules.hotPageThresholdMisses || flagged) continue;
    flagged = true;
    if (moves >= rules.moveLimit && rules.moveThawTicks > 0 && tick - lastMoveTick >= rules.moveThawTicks) moves = 0;
    if (moves >= rules.moveLimit || tick - lastMoveTick < rules.minMoveIntervalTicks) continue;
    let total = 0;
    let dominant = 0;
    for (let n = 0; n < nodes; n++) {
      total += counters[n]!;
      if (counters[n]! > counters[dominant]!) dominant = n;
    }
    const sharePercent = total === 0 ? 0 : Math.floor((100 * counters[dominant]!) / total);
    const readers = counters.map((c, n) => (c >= rules.replicateMinMisses ? n : -1)).filter((n) => n >= 0);
    if (sharePercent >= rules.migrateSharePercent && copies.length === 1) {
      if (dominant === copies[0] || !rules.migration) continue;
      schedule.push({ beforeMiss: i + 1, tick, kind: 'migrate', node: dominant });
      copies = [dominant];
      moves++;
      lastMoveTick = tick;
      clear();
      continue;
    }
    if (writeShared) continue;
    const targets = readers.filter((n) => !copies.includes(n));
    if (readers.length < rules.replicateMinReaders || targets.length === 0 || !rules.replication) continue;
    for (const target of targets) schedule.push({ beforeMiss: i + 1, tick, kind: 'replicate', node: target });
    copies = [...copies, ...targets];
    moves++;
    lastMoveTick = tick;
    clear();
  }
  return schedule;
}

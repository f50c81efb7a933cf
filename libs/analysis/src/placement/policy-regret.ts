import { offlineOptimum } from './offline-optimum';
import type { PageHistories } from './page-history';
import { evaluateSchedule, noMovesCost, staticPlacement, type PlacementDecision, type ScheduleCost } from './page-schedule';
import type { PlacementModel } from './placement-model';
import { simulateVerghese } from './verghese-simulator';

/** Costs summed over every logical page of a trace, in the model (ticks). */
export interface PolicyRegret {
  readonly pages: number;
  readonly pagesMoved: number;
  readonly misses: number;
  /** The run's own schedule (its PageMigrated, PageReplicated, ReplicaCollapsed) priced in the model. */
  readonly actual: ScheduleCost;
  /** The offline optimum's cost and its moves. */
  readonly baselineTicks: number;
  readonly baselineMoves: number;
  /** Of the baseline's cost, the moves' part (the rest is remote-minus-local stall). */
  readonly baselineMoveTicks: number;
  readonly staticTicks: number;
  readonly noMovesTicks: number;
  /** Today's rules replayed offline on the same misses with the run's thresholds. */
  readonly vergheseTicks: number;
  /** Pages whose recorded schedule prices below the baseline (it left the baseline's class, e.g. a collapse without a write miss). */
  readonly pagesBelowBaseline: number;
}

const ZERO: ScheduleCost = { costTicks: 0, stallTicks: 0, moveTicks: 0, remoteMisses: 0, migrations: 0, replications: 0, collapses: 0, forcedCollapses: 0 };

function add(a: ScheduleCost, b: ScheduleCost): ScheduleCost {
  return {
    costTicks: a.costTicks + b.costTicks, stallTicks: a.stallTicks + b.stallTicks, moveTicks: a.moveTicks + b.moveTicks,
    remoteMisses: a.remoteMisses + b.remoteMisses, migrations: a.migrations + b.migrations, replications: a.replications + b.replications,
    collapses: a.collapses + b.collapses, forcedCollapses: a.forcedCollapses + b.forcedCollapses,
  };
}

/** Prices every page of a trace: the recorded schedule, the offline optimum, the static placement, no moves and the Verghese rules. */
export function policyRegret(model: PlacementModel, histories: PageHistories, progress?: (phase: 'pages priced', done: number) => void): PolicyRegret {
  let actual = ZERO;
  let baselineTicks = 0;
  let baselineMoves = 0;
  let baselineMoveTicks = 0;
  let staticTicks = 0;
  let noMovesTicks = 0;
  let vergheseTicks = 0;
  let pagesMoved = 0;
  let below = 0;
  let misses = 0;
  let priced = 0;
  for (const page of histories.pages) {
    if (++priced % 1024 === 0) progress?.('pages priced', priced);
    misses += page.nodes.length;
    const recorded: PlacementDecision[] = page.decisions.map((d) => ({ beforeMiss: d.beforeMiss, tick: d.tick, kind: d.kind, node: d.node }));
    if (recorded.length > 0) pagesMoved++;
    const own = evaluateSchedule(model, page, recorded);
    actual = add(actual, own);
    const best = offlineOptimum(model, page);
    baselineTicks += best.costTicks;
    baselineMoves += best.schedule.length;
    baselineMoveTicks += evaluateSchedule(model, page, best.schedule).moveTicks;
    if (own.costTicks < best.costTicks) below++;
    staticTicks += evaluateSchedule(model, page, staticPlacement(model, page)).costTicks;
    noMovesTicks += noMovesCost(model, page);
    vergheseTicks += evaluateSchedule(model, page, simulateVerghese(model.rules, page, { resetTicks: histories.resetTicks })).costTicks;
  }
  return {
    pages: histories.pages.length, pagesMoved, misses, actual, baselineTicks, baselineMoves, baselineMoveTicks, staticTicks, noMovesTicks, vergheseTicks,
    pagesBelowBaseline: below,
  };
}

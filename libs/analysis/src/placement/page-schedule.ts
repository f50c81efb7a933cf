import type { PlacementModel } from './placement-model';

/**
 * One logical page's miss record, in time order: miss i came from node
 * `nodes[i]` at `ticks[i]`, and `writes[i]` is 1 for a store (a write miss or
 * an upgrade), 0 for a load or an instruction fetch. `initialNode` holds the
 * page before its first miss.
 */
export interface PageMisses {
  readonly initialNode: number;
  readonly ticks: readonly number[];
  readonly nodes: readonly number[];
  readonly writes: readonly (0 | 1)[];
  /** Optional: 1 where miss i was a read the home granted exclusive (MESI), so its node may then write the line without a miss. */
  readonly exclusive?: readonly (0 | 1)[];
  /**
   * Optional: 1 where, just before miss i, a node may write the page without
   * a miss (it holds one of its lines modified, `dirtyBeforeMisses`). Given,
   * the offline optimum makes no replica there: a store that hits in the
   * cache is in no miss record, and would collapse the replica.
   */
  readonly dirty?: Uint8Array;
}

/**
 * For each miss of a page, whether some node may write the page without a
 * miss just before it, under the protocol of libs/hardware (cache-protocol.ts):
 * a write or upgrade miss leaves its line modified in the writer's cache, and
 * a read granted exclusive (MESI, `exclusive`) leaves it clean-exclusive,
 * which a store makes modified without a miss; the line stays so until
 * another node misses on it (a load downgrades it, a store takes it over). An
 * eviction is not in the record, so a line is taken to stay writable until
 * then (the page is dirty for longer than it may be). `lineOf(i)` is miss i's
 * line in the page.
 */
export function dirtyBeforeMisses(page: PageMisses, lineOf: (i: number) => number): Uint8Array {
  const n = page.nodes.length;
  const dirty = new Uint8Array(n);
  const owner = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    dirty[i] = owner.size > 0 ? 1 : 0;
    const line = lineOf(i);
    const node = page.nodes[i]!;
    if (page.writes[i] === 1 || page.exclusive?.[i] === 1) owner.set(line, node);
    else if (owner.has(line)) owner.delete(line);
  }
  return dirty;
}

/** What a placement decision does to the set of nodes holding a copy. */
export type PlacementActionKind = 'migrate' | 'replicate' | 'collapse';

/**
 * A decision of a schedule: applied just before miss `beforeMiss` (the
 * page's miss count: `misses.length` is after the last miss), in list order
 * among decisions at the same point. `tick` is when it happened, for people.
 *   migrate   the single copy moves to `node`
 *   replicate `node` gets a read-only copy
 *   collapse  every copy but the one on `node` is dropped
 */
export interface PlacementDecision {
  readonly beforeMiss: number;
  readonly tick: number;
  readonly kind: PlacementActionKind;
  readonly node: number;
}

export interface ScheduleCost {
  /** Remote-minus-local stall of every remote miss plus every move's cost, ticks. */
  readonly costTicks: number;
  readonly stallTicks: number;
  readonly moveTicks: number;
  readonly remoteMisses: number;
  readonly migrations: number;
  readonly replications: number;
  readonly collapses: number;
  /** Collapses a write forced because the schedule left replicas in place. */
  readonly forcedCollapses: number;
}

/**
 * Prices any schedule for one page in the model: a miss from a node without
 * a copy costs `remoteExtraTicks`; each decision costs its kind's price; a
 * write while several copies exist forces a collapse (priced as one) onto
 * the writer's copy if it has one, else the primary (the earliest copy
 * still held), as the monitor does.
 */
export function evaluateSchedule(model: PlacementModel, page: PageMisses, schedule: readonly PlacementDecision[]): ScheduleCost {
  const n = page.nodes.length;
  let copies: number[] = [page.initialNode];
  let remoteMisses = 0;
  let migrations = 0;
  let replications = 0;
  let collapses = 0;
  let forced = 0;
  let d = 0;
  for (let i = 0; i <= n; i++) {
    for (; d < schedule.length && schedule[d]!.beforeMiss <= i; d++) {
      const decision = schedule[d]!;
      if (decision.beforeMiss < i) throw new Error(`schedule out of order at decision ${d}`);
      if (decision.kind === 'migrate') {
        copies = [decision.node];
        migrations++;
      } else if (decision.kind === 'replicate') {
        if (!copies.includes(decision.node)) copies.push(decision.node);
        replications++;
      } else {
        copies = [decision.node];
        collapses++;
      }
    }
    if (i === n) break;
    const node = page.nodes[i]!;
    if (page.writes[i] === 1 && copies.length > 1) {
      copies = [copies.includes(node) ? node : copies[0]!];
      forced++;
    }
    if (!copies.includes(node)) remoteMisses++;
  }
  if (d < schedule.length) throw new Error(`decision ${d} is past the page's last miss`);
  const stallTicks = remoteMisses * model.remoteExtraTicks;
  const moveTicks = migrations * model.migrateTicks + replications * model.replicateTicks + (collapses + forced) * model.collapseTicks;
  return { costTicks: stallTicks + moveTicks, stallTicks, moveTicks, remoteMisses, migrations, replications, collapses, forcedCollapses: forced };
}

/** The page never moves. */
export function noMovesCost(model: PlacementModel, page: PageMisses): number {
  let remote = 0;
  for (const node of page.nodes) if (node !== page.initialNode) remote++;
  return remote * model.remoteExtraTicks;
}

/** One more than the highest node the page names (its initial node, its misses'). */
export function nodeCount(page: PageMisses): number {
  let highest = page.initialNode;
  for (const node of page.nodes) if (node > highest) highest = node;
  return highest + 1;
}

/** Misses per node. */
export function missesByNode(page: PageMisses, nodes: number): number[] {
  const counts = new Array<number>(nodes).fill(0);
  for (const node of page.nodes) counts[node]!++;
  return counts;
}

/**
 * The best static placement: decided once, before the first miss. A page
 * that is written goes to the node with most of its misses (ties: its
 * initial node, then the lowest) when the misses that become local pay for
 * the migration. A page never written stays where it is (or migrates so, if a
 * migration is cheaper than a replica) and gets a replica on every other node
 * whose misses pay for the copy.
 */
export function staticPlacement(model: PlacementModel, page: PageMisses): PlacementDecision[] {
  const counts = missesByNode(page, Math.max(model.nodes, nodeCount(page)));
  let best = page.initialNode;
  for (let node = 0; node < counts.length; node++) if (counts[node]! > counts[best]!) best = node;
  const schedule: PlacementDecision[] = [];
  const tick = page.ticks[0] ?? 0;
  let home = page.initialNode;
  const readOnly = page.writes.every((w) => w === 0);
  // A page never written keeps its copy where it is and gains replicas, unless a migration is cheaper than a replica.
  const migrates = !readOnly || model.migrateTicks < model.replicateTicks;
  if (migrates && best !== home && (counts[best]! - counts[home]!) * model.remoteExtraTicks > model.migrateTicks) {
    schedule.push({ beforeMiss: 0, tick, kind: 'migrate', node: best });
    home = best;
  }
  if (readOnly) {
    for (let node = 0; node < counts.length; node++) {
      if (node !== home && counts[node]! * model.remoteExtraTicks > model.replicateTicks) schedule.push({ beforeMiss: 0, tick, kind: 'replicate', node });
    }
  }
  return schedule;
}

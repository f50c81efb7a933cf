import type { PageMisses, PlacementDecision } from './page-schedule';
import type { PlacementModel } from './placement-model';

export interface OfflineOptimum {
  /** Cost of the schedule in the model (`evaluateSchedule` of `schedule` gives the same). */
  readonly costTicks: number;
  readonly schedule: readonly PlacementDecision[];
}

/**
 * The cheapest schedule for one page, knowing its whole miss sequence (in
 * the spirit of Belady's MIN), over this class of schedules:
 *
 *   between two writes the page is first a single copy that may migrate any
 *   number of times, then may gain read-only replicas (copies are only
 *   added), and the next write collapses them onto one surviving copy,
 *   which may then migrate before the write is served.
 *
 * Why this abstraction of the state (instead of every set of nodes holding a
 * copy, 2^nodes states): a write must find a single copy, so writes cut the
 * sequence into read-only segments; inside one, a replica on node n, once
 * made, serves n's later reads for free and memory is not priced, so it is
 * made just before n's first read after the replication starts or not at
 * all, independently of the other nodes: its part of the cost is
 * min(replicateTicks, remoteExtraTicks × n's reads). That makes a segment's
 * replication phase O(nodes) per possible start, and the whole programme
 * O(misses × nodes²) per page. The class holds every schedule today's
 * policies make: none, the static placements (moves before the first miss),
 * and Verghese et al.'s (it never migrates a replicated page and collapses on
 * a write); so its optimum is a lower bound on each of them. Left out:
 * dropping replicas without a write, and migrating a replicated page (equal
 * to a replica plus a drop).
 *
 * Only nodes that miss on the page, and its initial node, can hold a copy
 * (a copy elsewhere serves nothing).
 */
export function offlineOptimum(model: PlacementModel, page: PageMisses): OfflineOptimum {
  const n = page.nodes.length;
  const { rel, at, initial } = relevantNodes(page);
  const k = rel.length;
  const D = model.remoteExtraTicks;
  const M = model.migrateTicks;
  const R = model.replicateTicks;
  const C = model.collapseTicks;

  let V: Float64Array = new Float64Array(k).fill(Infinity);
  V[initial] = 0;
  // Each miss's values go into the buffer the miss before last used (V and next swap), and a write's
  // scratch arrays are reused: a page with millions of misses allocates nothing per miss.
  let next: Float64Array = new Float64Array(k);
  const U = new Float64Array(k);
  const T = new Float64Array(k);
  const src = new Int32Array(k);
  const scratch = { reads: new Float64Array(k), share: new Float64Array(k) };
  /** Value of each single-copy state just before miss i, after a possible migration, and where it came from. */
  const tilde = new Float64Array(n * k);
  const tildeFrom = new Int32Array(n * k);
  const from = new Int32Array(n * k);
  const phases = new Map<number, Phase>();
  let segmentStart = 0;
  // The first miss at or after each index before which no node may write the page silently (all of them without `dirty`).
  const nextClean = new Int32Array(n + 1).fill(n);
  if (page.dirty !== undefined) for (let i = n - 1; i >= 0; i--) nextClean[i] = page.dirty[i] === 1 ? nextClean[i + 1]! : i;
  else for (let i = 0; i <= n; i++) nextClean[i] = i;
  for (let i = 0; i < n; i++) {
    relaxMigrations(V, M, tilde, tildeFrom, i * k);
    if (page.writes[i] === 0) {
      for (let y = 0; y < k; y++) {
        next[y] = tilde[i * k + y]! + (y === at[i] ? 0 : D);
        from[i * k + y] = tildeFrom[i * k + y]!;
      }
    } else {
      const phase = replicationPhase(at, Math.min(nextClean[segmentStart]!, i), i, k, tilde, D, R, scratch);
      for (let y = 0; y < k; y++) {
        const viaPhase = phase.value[y]! + C;
        U[y] = viaPhase < V[y]! ? viaPhase : V[y]!;
        if (viaPhase >= V[y]!) phase.j[y] = -1;
      }
      phases.set(i, phase);
      relaxMigrations(U, M, T, src, 0);
      for (let y = 0; y < k; y++) {
        next[y] = T[y]! + (y === at[i] ? 0 : D);
        from[i * k + y] = src[y]!;
      }
      segmentStart = i + 1;
    }
    const previous = V;
    V = next;
    next = previous;
  }
  const end = replicationPhase(at, Math.min(nextClean[segmentStart]!, n), n, k, tilde, D, R, scratch);
  let bestSingle = 0;
  for (let y = 1; y < k; y++) if (V[y]! < V[bestSingle]!) bestSingle = y;
  const openPhase = end.openValue < V[bestSingle]!;
  const costTicks = openPhase ? end.openValue : V[bestSingle]!;

  const out: Ranked[] = [];
  const tickOf = (i: number) => page.ticks[Math.min(i, n - 1)] ?? 0;
  const emit = (beforeMiss: number, rank: number, kind: PlacementDecision['kind'], node: number) =>
    out.push({ decision: { beforeMiss, tick: tickOf(beforeMiss), kind, node: rel[node]! }, rank });
  /** Emits a replication phase's decisions and returns the state before its first miss, j. */
  const unwindPhase = (j: number, x: number, endMiss: number, survivor: number): number => {
    const reads = new Array<number>(k).fill(0);
    const first = new Array<number>(k).fill(-1);
    for (let m = j; m < endMiss; m++) {
      reads[at[m]!]!++;
      if (first[at[m]!] === -1) first[at[m]!] = m;
    }
    for (let node = 0; node < k; node++) {
      if (node === x) continue;
      const chosen = reads[node]! > 0 && R <= D * reads[node]!;
      if (chosen || node === survivor) emit(first[node]! >= 0 ? first[node]! : endMiss, 1, 'replicate', node);
    }
    const src = tildeFrom[j * k + x]!;
    if (src >= 0) emit(j, 0, 'migrate', x);
    return src >= 0 ? src : x;
  };
  let y = bestSingle;
  let i = n - 1;
  if (openPhase) {
    y = unwindPhase(end.openJ, end.openX, n, -1);
    i = end.openJ - 1;
  }
  while (i >= 0) {
    const src = from[i * k + y]!;
    if (page.writes[i] === 0) {
      if (src >= 0) emit(i, 0, 'migrate', y);
      if (src >= 0) y = src;
      i--;
      continue;
    }
    if (src >= 0) emit(i, 3, 'migrate', y);
    if (src >= 0) y = src;
    const phase = phases.get(i)!;
    const j = phase.j[y]!;
    if (j < 0) {
      i--;
      continue;
    }
    emit(i, 2, 'collapse', y);
    y = unwindPhase(j, phase.x[y]!, i, y === phase.x[y] ? -1 : y);
    i = j - 1;
  }
  out.sort((a, b) => a.decision.beforeMiss - b.decision.beforeMiss || a.rank - b.rank);
  return { costTicks, schedule: out.map((r) => r.decision) };
}

/** The nodes that can hold a copy (the initial node and every node that misses), ascending; each miss's node and the initial node as indices into them. */
function relevantNodes(page: PageMisses): { rel: number[]; at: Int32Array; initial: number } {
  const nodes = page.nodes;
  let low = page.initialNode;
  let high = page.initialNode;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node < low) low = node;
    if (node > high) high = node;
  }
  // Machine nodes are small integers: a table by node, not a Set and a Map per miss (a node read from a trace
  // that is not one, or far out of range, takes the general way).
  if (Number.isInteger(low) && Number.isInteger(high) && low >= 0 && high < MAX_TABLE_NODE) {
    const indexOf = new Int32Array(high + 1).fill(-1);
    indexOf[page.initialNode] = 0;
    for (let i = 0; i < nodes.length; i++) indexOf[nodes[i]!] = 0;
    const rel: number[] = [];
    for (let node = 0; node <= high; node++) if (indexOf[node] === 0) indexOf[node] = rel.push(node) - 1;
    const at = new Int32Array(nodes.length);
    for (let i = 0; i < nodes.length; i++) at[i] = indexOf[nodes[i]!]!;
    return { rel, at, initial: indexOf[page.initialNode]! };
  }
  const rel = [...new Set([page.initialNode, ...nodes])].sort((a, b) => a - b);
  const index = new Map(rel.map((node, i) => [node, i]));
  return { rel, at: Int32Array.from(nodes, (node) => index.get(node)!), initial: index.get(page.initialNode)! };
}

const MAX_TABLE_NODE = 4096;

interface Ranked {
  readonly decision: PlacementDecision;
  /** Order among decisions before the same miss: migrate to the phase's base, replicas, collapse, migrate after it. */
  readonly rank: number;
}

/** Best replication phase of a read-only segment for each surviving copy c: its cost (collapse not included), start j and base x. */
interface Phase {
  readonly value: Float64Array;
  readonly j: Int32Array;
  readonly x: Int32Array;
  /** With no write to end it (the trace's last segment): the best phase, and where it starts. */
  readonly openValue: number;
  readonly openJ: number;
  readonly openX: number;
}

/** out[y] = min(values[y], min(values) + M), outFrom[y] = the state migrated from, or -1 to stay. */
function relaxMigrations(values: Float64Array, M: number, out: Float64Array, outFrom: Int32Array, offset: number): void {
  let best = 0;
  for (let y = 1; y < values.length; y++) if (values[y]! < values[best]!) best = y;
  const moved = values[best]! + M;
  for (let y = 0; y < values.length; y++) {
    const stay = values[y]!;
    out[offset + y] = moved < stay ? moved : stay;
    outFrom[offset + y] = moved < stay ? best : -1;
  }
}

/**
 * A replication phase over reads [start, endMiss): started before read j on
 * the single copy x, it pays per other node n min(R, D × n's reads in
 * [j, endMiss)); a survivor c other than x must hold a replica (R instead of
 * its share). Scans j downwards, keeping the suffix counts.
 */
function replicationPhase(
  at: Int32Array,
  start: number,
  endMiss: number,
  k: number,
  tilde: Float64Array,
  D: number,
  R: number,
  scratch: { readonly reads: Float64Array; readonly share: Float64Array },
): Phase {
  const value = new Float64Array(k).fill(Infinity);
  const js = new Int32Array(k).fill(-1);
  const xs = new Int32Array(k).fill(-1);
  let openValue = Infinity;
  let openJ = -1;
  let openX = -1;
  const reads = scratch.reads.fill(0);
  const share = scratch.share.fill(0);
  let base = 0;
  for (let j = endMiss - 1; j >= start; j--) {
    const node = at[j]!;
    reads[node]!++;
    const updated = Math.min(R, D * reads[node]!);
    base += updated - share[node]!;
    share[node] = updated;
    // A(x) = tilde[j * k + x] - share[x]: the phase's value on base copy x, its own share left out.
    const row = j * k;
    let x1 = -1;
    let x2 = -1;
    for (let x = 0; x < k; x++) {
      const a = tilde[row + x]! - share[x]!;
      if (x1 < 0 || a < tilde[row + x1]! - share[x1]!) {
        x2 = x1;
        x1 = x;
      } else if (x2 < 0 || a < tilde[row + x2]! - share[x2]!) x2 = x;
    }
    const a1 = tilde[row + x1]! - share[x1]!;
    if (a1 + base <= openValue) {
      openValue = a1 + base;
      openJ = j;
      openX = x1;
    }
    for (let c = 0; c < k; c++) {
      let best = tilde[row + c]! - share[c]! + base;
      let bx = c;
      const other = x1 !== c ? x1 : x2;
      if (other >= 0) {
        const viaOther = tilde[row + other]! - share[other]! + base + R - share[c]!;
        if (viaOther < best) {
          best = viaOther;
          bx = other;
        }
      }
      if (best < value[c]!) {
        value[c] = best;
        js[c] = j;
        xs[c] = bx;
      }
    }
  }
  return { value, j: js, x: xs, openValue, openJ, openX };
}

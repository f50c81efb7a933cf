import { assert, AssertionError } from './assert';
import type { Tick } from './time';

/**
 * Ordering of events that fall on the same tick. Lower runs first. The order
 * is part of the model: changing it changes results, so each value says why
 * it sorts where it does.
 */
export const Priority = {
  /** Hardware completions (DMA done, a line arriving) land before anyone looks at them. */
  HARDWARE: 10,
  /** Interrupts are posted after the hardware state they report has changed. */
  INTERRUPT: 20,
  /** The monitor acts (policy, shootdowns) on the state that interrupts posted. */
  MONITOR: 30,
  /** A CPU's next slice of execution runs on the machine state settled above. */
  CPU: 40,
  /** Periodic counter samples see everything that happened at this tick. */
  SAMPLE: 90,
  /** The end of the run is last, so every event at its tick is included. */
  END: 100,
} as const;
export type Priority = (typeof Priority)[keyof typeof Priority];

export type Action = () => void;

interface Entry {
  tick: Tick;
  priority: number;
  seq: number;
  action: Action;
}

/**
 * A binary min-heap of scheduled actions ordered by `(tick, priority, seq)`.
 * `seq` is the insertion order, so ties never depend on the heap's layout:
 * the order is total, so any correct heap pops the same sequence.
 *
 * Removal is deferred: `popAction` takes the root's action and leaves a hole
 * at the root, which the next `push` fills with its new entry and sifts down
 * (a running action usually schedules its successor, as a CPU's slice does),
 * so a pop followed by a push costs one sift instead of two. Any other
 * operation that needs the heap whole fills the hole with the last entry
 * first, as a plain pop would have.
 */
export class EventQueue {
  private readonly heap: Entry[] = [];
  /** Popped entries, reused by `push`: a CPU reschedules every slice, so this keeps the GC out of the loop. */
  private readonly free: Entry[] = [];
  private nextSeq = 0;
  /** Whether heap[0] is an entry already popped (its action taken), waiting to be replaced. */
  private hole = false;
  /** Tick of the entry most recently removed by `popAction`. */
  poppedTick: Tick = 0;

  get size(): number {
    return this.hole ? this.heap.length - 1 : this.heap.length;
  }

  push(tick: Tick, priority: number, action: Action): void {
    // Message built only on failure: push runs once per scheduled action.
    if (!(Number.isSafeInteger(tick) && tick >= 0)) badTick(tick);
    const heap = this.heap;
    if (this.hole) {
      // The popped root's entry becomes the new one, sifted down from the root.
      this.hole = false;
      const entry = heap[0] as Entry;
      entry.tick = tick;
      entry.priority = priority;
      entry.seq = this.nextSeq++;
      entry.action = action;
      siftDown(heap, entry, heap.length);
      return;
    }
    const recycled = this.free.pop();
    let entry: Entry;
    if (recycled === undefined) entry = { tick, priority, seq: this.nextSeq++, action };
    else {
      entry = recycled;
      entry.tick = tick;
      entry.priority = priority;
      entry.seq = this.nextSeq++;
      entry.action = action;
    }
    let i = heap.length;
    heap.push(entry);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent] as Entry;
      if (!before(entry, p)) break;
      heap[i] = p;
      i = parent;
    }
    heap[i] = entry;
  }

  /** The tick of the earliest entry, or `Infinity` when empty. */
  peekTick(): number {
    const heap = this.heap;
    if (!this.hole) return heap.length > 0 ? (heap[0] as Entry).tick : Infinity;
    // Under the hole, the earliest entry is the earlier of the root's children.
    const n = heap.length;
    if (n < 2) return Infinity;
    const left = heap[1] as Entry;
    if (n < 3) return left.tick;
    const right = heap[2] as Entry;
    return before(right, left) ? right.tick : left.tick;
  }

  /** Removes the earliest entry; the caller runs `action` at `tick`. */
  pop(): { tick: Tick; action: Action } | undefined {
    if (this.size === 0) return undefined;
    const action = this.popAction();
    return { tick: this.poppedTick, action };
  }

  /**
   * Removes the earliest entry (the queue must not be empty) and returns its
   * action; its tick is left in `poppedTick`. Allocates nothing.
   */
  popAction(): Action {
    if (this.hole) this.fillHole();
    const heap = this.heap;
    assert(heap.length > 0, 'popAction on an empty queue');
    const top = heap[0] as Entry;
    this.hole = true;
    this.poppedTick = top.tick;
    const action = top.action;
    top.action = NOOP;
    return action;
  }

  /** Removes the popped root for good: the last entry takes its place, as a plain heap pop does. */
  private fillHole(): void {
    this.hole = false;
    const heap = this.heap;
    const top = heap[0] as Entry;
    const last = heap.pop() as Entry;
    this.free.push(top);
    if (heap.length > 0) siftDown(heap, last, heap.length);
  }
}

/** Puts `entry` at the root of `heap` (n entries, the root's old entry discarded) and restores heap order below it. */
function siftDown(heap: Entry[], entry: Entry, n: number): void {
  let i = 0;
  for (;;) {
    const left = 2 * i + 1;
    if (left >= n) break;
    const right = left + 1;
    let child = left;
    if (right < n && before(heap[right] as Entry, heap[left] as Entry)) child = right;
    if (!before(heap[child] as Entry, entry)) break;
    heap[i] = heap[child] as Entry;
    i = child;
  }
  heap[i] = entry;
}

const NOOP: Action = () => undefined;

function badTick(tick: Tick): never {
  throw new AssertionError(`tick must be a non-negative safe integer, got ${tick}`);
}

function before(a: Entry, b: Entry): boolean {
  if (a.tick !== b.tick) return a.tick < b.tick;
  if (a.priority !== b.priority) return a.priority < b.priority;
  return a.seq < b.seq;
}

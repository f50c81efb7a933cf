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
 * `seq` is the insertion order, so ties never depend on the heap's layout.
 */
export class EventQueue {
  private readonly heap: Entry[] = [];
  /** Popped entries, reused by `push`: a CPU reschedules every slice, so this keeps the GC out of the loop. */
  private readonly free: Entry[] = [];
  private nextSeq = 0;
  /** Tick of the entry most recently removed by `popAction`. */
  poppedTick: Tick = 0;

  get size(): number {
    return this.heap.length;
  }

  push(tick: Tick, priority: number, action: Action): void {
    // Message built only on failure: push runs once per scheduled action.
    if (!(Number.isSafeInteger(tick) && tick >= 0)) badTick(tick);
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
    const heap = this.heap;
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
    return this.heap.length > 0 ? (this.heap[0] as Entry).tick : Infinity;
  }

  /** Removes the earliest entry; the caller runs `action` at `tick`. */
  pop(): { tick: Tick; action: Action } | undefined {
    if (this.heap.length === 0) return undefined;
    const action = this.popAction();
    return { tick: this.poppedTick, action };
  }

  /**
   * Removes the earliest entry (the queue must not be empty) and returns its
   * action; its tick is left in `poppedTick`. Allocates nothing.
   */
  popAction(): Action {
    const heap = this.heap;
    assert(heap.length > 0, 'popAction on an empty queue');
    const top = heap[0] as Entry;
    const last = heap.pop() as Entry;
    const n = heap.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= n) break;
        const right = left + 1;
        let child = left;
        if (right < n && before(heap[right] as Entry, heap[left] as Entry)) child = right;
        if (!before(heap[child] as Entry, last)) break;
        heap[i] = heap[child] as Entry;
        i = child;
      }
      heap[i] = last;
    }
    this.poppedTick = top.tick;
    const action = top.action;
    top.action = NOOP;
    this.free.push(top);
    return action;
  }
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

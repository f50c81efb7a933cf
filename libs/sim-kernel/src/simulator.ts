import type { EventType, PayloadOf } from '@disco/trace-schema';
import { AssertionError } from './assert';
import { EventQueue, type Action } from './event-queue';
import { Prng } from './prng';
import type { Tick } from './time';
import { NULL_SINK, type TraceLevel, type TraceSink } from './trace-sink';

export interface SimulatorOptions {
  seed: number;
  sink?: TraceSink;
  level?: TraceLevel;
}

/** `cpu`, `node` or `vm` when an event has none. */
export const NONE = -1;

/**
 * The simulation kernel: one clock, one event queue, one seeded PRNG and one
 * trace sink. Everything that varies between runs enters through here.
 */
export class Simulator {
  readonly prng: Prng;
  readonly level: TraceLevel;
  readonly detailed: boolean;
  private readonly queue = new EventQueue();
  private readonly sink: TraceSink;
  private nowTicks: Tick = 0;
  private nextEventSeq = 0;
  private stopped = false;
  private runUntilTicks: Tick = Number.MAX_SAFE_INTEGER;

  constructor(options: SimulatorOptions) {
    this.prng = Prng.fromSeed(options.seed);
    this.sink = options.sink ?? NULL_SINK;
    this.level = options.level ?? 'default';
    this.detailed = this.level === 'detailed';
  }

  get now(): Tick {
    return this.nowTicks;
  }

  /** Events emitted so far; the next event gets this `seq`. */
  get eventCount(): number {
    return this.nextEventSeq;
  }

  get pending(): number {
    return this.queue.size;
  }

  /** Runs `action` at absolute `tick`, which must not be in the past. */
  schedule(tick: Tick, priority: number, action: Action): void {
    // Kept tiny so it inlines into the CPU's slice loop; the message lives in scheduleError.
    if (!(tick >= this.nowTicks)) this.scheduleError(tick);
    this.queue.push(tick, priority, action);
  }

  private scheduleError(tick: Tick): never {
    throw new AssertionError(`schedule in the past: tick ${tick} < now ${this.nowTicks}`);
  }

  /** Runs `action` `delayTicks` from now. */
  after(delayTicks: Tick, priority: number, action: Action): void {
    if (!(delayTicks >= 0)) throw new AssertionError(`negative delay ${delayTicks}`);
    this.queue.push(this.nowTicks + delayTicks, priority, action);
  }

  /** Emits a trace event stamped with the current tick and the next seq. */
  emit<T extends EventType>(type: T, data: PayloadOf<T>, cpu: number = NONE, node: number = NONE, vm: number = NONE): void {
    this.sink.emit({ seq: this.nextEventSeq++, tick: this.nowTicks, cpu, node, vm, type, data } as never);
  }

  /** Ends the run after the current action; `run` returns. */
  stop(): void {
    this.stopped = true;
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  /**
   * Runs actions in order until the queue is empty, `stop()` is called, the
   * next action lies beyond `untilTick`, or `maxActions` have run. Returns
   * the number of actions run. Time advances to each action's tick.
   */
  run(untilTick: Tick = Number.MAX_SAFE_INTEGER, maxActions = Number.MAX_SAFE_INTEGER): number {
    let count = 0;
    const queue = this.queue;
    this.runUntilTicks = untilTick;
    while (!this.stopped && count < maxActions && queue.peekTick() <= untilTick) {
      const action = queue.popAction();
      this.nowTicks = queue.poppedTick;
      action();
      count++;
    }
    return count;
  }

  /** The `untilTick` of the current `run`: actions that run ahead of the queue stop there. */
  get runLimitTicks(): Tick {
    return this.runUntilTicks;
  }

  /** True when some action is scheduled at or before `tick`. */
  pendingBefore(tick: Tick): boolean {
    return this.queue.peekTick() <= tick;
  }

  /** Moves the clock forward to `tick` with no action in between (end of a run). */
  advanceTo(tick: Tick): void {
    // Kept tiny so it inlines into the CPU's slice loop; the messages live in advanceError.
    if (tick < this.nowTicks || this.queue.peekTick() < tick) this.advanceError(tick);
    this.nowTicks = tick;
  }

  private advanceError(tick: Tick): never {
    if (tick < this.nowTicks) throw new AssertionError(`advanceTo(${tick}) is before now ${this.nowTicks}`);
    throw new AssertionError(`advanceTo(${tick}) would skip a pending action at ${this.queue.peekTick()}`);
  }

  /** True when nothing is left to run, or the run was stopped. */
  get finished(): boolean {
    return this.stopped || this.queue.size === 0;
  }
}

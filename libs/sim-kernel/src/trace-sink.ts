import type { TraceEvent } from '@disco/trace-schema';

export type { TraceEvent };

/**
 * Where model code's events go. Model libs only ever see this interface: the
 * pipeline that batches, encodes and stores events lives outside them.
 */
export interface TraceSink {
  emit(event: TraceEvent): void;
}

/** A sink that drops everything: untraced runs and benchmarks. */
export const NULL_SINK: TraceSink = { emit: () => undefined };

/** A sink that keeps events in memory: tests and small tools. */
export class ArraySink implements TraceSink {
  readonly events: TraceEvent[] = [];
  emit(event: TraceEvent): void {
    this.events.push(event);
  }
}

/**
 * How much is recorded. `default`: every decision, trap, fault, I/O,
 * scheduling change and periodic counter samples. `detailed`: also every
 * cache miss and TLB miss. Hits are counted, never logged.
 */
export type TraceLevel = 'default' | 'detailed';
export const TRACE_LEVELS: readonly TraceLevel[] = ['default', 'detailed'];

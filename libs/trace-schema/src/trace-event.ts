import type { EventType, PayloadMap } from './generated/event-types';

/** The fields every event carries. */
export interface EventEnvelope {
  /** Position in the run's event stream, from 0, without gaps. */
  readonly seq: number;
  /** Simulated time in picoseconds. */
  readonly tick: number;
  /** Physical CPU, node and VM the event concerns; -1 for none. */
  readonly cpu: number;
  readonly node: number;
  readonly vm: number;
}

/** One event: the envelope plus a `{ type, data }` payload. */
export type TraceEvent = {
  [T in EventType]: EventEnvelope & { readonly type: T; readonly data: PayloadMap[T] };
}[EventType];

export type PayloadOf<T extends EventType> = PayloadMap[T];

/** The event of a given type. */
export type EventOf<T extends EventType> = Extract<TraceEvent, { type: T }>;

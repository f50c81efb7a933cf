import type { RunInfo, TraceReader } from '@disco/trace-store';

export interface TraceSummary {
  readonly file: string;
  readonly run: RunInfo;
  readonly eventsByKind: readonly { kind: string; table: string; count: number }[];
  /** Sum of the typed tables' rows; equals run.eventCount for an intact trace. */
  readonly eventsInTables: number;
  readonly firstTick: number | null;
  readonly lastTick: number | null;
}

/** What a trace holds: the run's metadata and its events by kind. */
export function summarizeTrace(reader: TraceReader): TraceSummary {
  const eventsByKind = reader.eventCounts();
  const ticks = reader.query('SELECT min(first_tick), max(last_tick) FROM batch').rows[0] as [number | null, number | null];
  return {
    file: reader.file,
    run: reader.run,
    eventsByKind,
    eventsInTables: eventsByKind.reduce((sum, k) => sum + k.count, 0),
    firstTick: ticks[0],
    lastTick: ticks[1],
  };
}

import { EVENT_KINDS, type EventType, type TraceEvent } from '@disco/trace-schema';
import type { TraceReader } from './trace-reader';

/**
 * The events of some kinds with `afterSeq < seq <= toSeq`, in seq order, read
 * from their typed tables (each a range scan of its `seq` primary key) and
 * merged: a projection that needs a few kinds never decodes the rest of the
 * stream. Rows become the same `{ type, data }` events the codec decodes
 * (camelCase fields, booleans, repeated fields as arrays). Kinds whose table
 * the trace lacks are skipped.
 */
export function* eventsInRange(reader: TraceReader, types: readonly EventType[], afterSeq: number, toSeq: number): IterableIterator<TraceEvent> {
  const cursors: Cursor[] = [];
  try {
    for (const type of types) {
      const kind = EVENT_KINDS.find((k) => k.type === type);
      if (!kind) throw new Error(`unknown event type ${type}`);
      if (!reader.hasTable(kind.table)) continue;
      const columns = ['seq', 'tick', 'cpu', 'node', 'vm', ...kind.fields.map((f) => `"${f.column}"`)].join(', ');
      const { rows } = reader.iterate(`SELECT ${columns} FROM "${kind.table}" WHERE seq > ? AND seq <= ? ORDER BY seq`, [afterSeq, toSeq]);
      const convert = kind.fields.map((f) =>
        f.repeated ? (v: unknown) => JSON.parse(v as string) as unknown : f.protoType === 'bool' ? (v: unknown) => v === 1 : (v: unknown) => v,
      );
      const toEvent = (row: unknown[]): TraceEvent => {
        const data: Record<string, unknown> = {};
        for (let i = 0; i < kind.fields.length; i++) data[kind.fields[i]!.name] = convert[i]!(row[5 + i]);
        return { seq: row[0], tick: row[1], cpu: row[2], node: row[3], vm: row[4], type, data } as unknown as TraceEvent;
      };
      const cursor: Cursor = { rows, toEvent, head: null };
      advance(cursor);
      cursors.push(cursor);
    }
    for (;;) {
      let best: Cursor | null = null;
      for (const c of cursors) if (c.head && (best === null || c.head.seq < best.head!.seq)) best = c;
      if (best === null) return;
      const event = best.head!;
      advance(best);
      yield event;
    }
  } finally {
    for (const c of cursors) c.rows.return?.();
  }
}

interface Cursor {
  readonly rows: IterableIterator<unknown[]>;
  readonly toEvent: (row: unknown[]) => TraceEvent;
  head: TraceEvent | null;
}

function advance(c: Cursor): void {
  const next = c.rows.next();
  c.head = next.done ? null : c.toEvent(next.value);
}

/**
 * The seq of the last event at or before simulated time `tick` (-1 when the
 * first event is later), from the batch index and the typed tables' ticks:
 * no batch is decoded.
 */
export function lastSeqAtTick(reader: TraceReader, tick: number): number {
  const r = reader.query('SELECT max(last_seq) FROM batch WHERE last_tick <= ?', [tick]).rows[0]![0] as number | null;
  const next = reader.query('SELECT first_seq, last_seq FROM batch WHERE last_tick > ? ORDER BY idx LIMIT 1', [tick]).rows[0] as [number, number] | undefined;
  if (!next) return r ?? -1;
  // The batch that straddles `tick`: its events up to `tick` sit in some typed tables.
  const tables = reader.eventKinds().map((k) => k.table);
  let best = r ?? -1;
  for (const table of tables) {
    const seq = reader.query(`SELECT max(seq) FROM "${table}" WHERE seq BETWEEN ? AND ? AND tick <= ?`, [next[0], next[1], tick]).rows[0]![0] as number | null;
    if (seq !== null && seq > best) best = seq;
  }
  return best;
}

/** The tick of the event with this seq (0 for seq -1), from whichever typed table holds it. */
export function tickOfSeq(reader: TraceReader, seq: number): number {
  if (seq < 0) return 0;
  const batch = reader.query('SELECT first_seq, first_tick, last_seq, last_tick FROM batch WHERE first_seq <= ? AND last_seq >= ?', [seq, seq]).rows[0] as number[] | undefined;
  if (batch && batch[0] === seq) return batch[1]!;
  if (batch && batch[2] === seq) return batch[3]!;
  for (const { table } of reader.eventKinds()) {
    const row = reader.query(`SELECT tick FROM "${table}" WHERE seq = ?`, [seq]).rows[0];
    if (row) return row[0] as number;
  }
  throw new Error(`no event with seq ${seq}`);
}

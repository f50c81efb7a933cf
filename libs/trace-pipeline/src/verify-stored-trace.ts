import { decodeBatch } from '@disco/trace-schema/codec';
import {
  EVENT_KINDS,
  PACKED_ENVELOPE_SLOTS,
  packedKindOf,
  ROW_IS_PACKED,
  ROW_VALUES,
  type EventKindDescriptor,
  type EventOf,
  type RowValuesWriter,
  type SqlValue,
  type TraceEvent,
} from '@disco/trace-schema';
import { FIXED_TABLES, PageMissTally, referenceSchema, type BatchRow, type SchemaObject, type TraceReader } from '@disco/trace-store';
import { chainHash, GENESIS_HASH } from './hash-chain';

/** The first thing in a trace file that disagrees with its own event batches or with the schema. */
export interface IntegrityFailure {
  /** The table (or view, or `run` field) that is wrong. */
  readonly table: string;
  /** The first event seq concerned, when the failure is about one event. */
  readonly seq: number | null;
  /** The batch that holds it, when known. */
  readonly batchIndex: number | null;
  readonly reason: string;
}

/**
 * Checks what SQLite itself can check, before anything else reads the file:
 * every page, index and constraint (`PRAGMA integrity_check`), then that the
 * schema (tables, views, indexes, triggers) and its fixed rows (`event_kind`,
 * `enum_value`, the stored `events.proto`) are exactly those this code writes.
 */
export function checkStorage(reader: TraceReader): IntegrityFailure | null {
  const problems = reader.integrityCheck();
  const first = problems.find((p) => p.table !== null) ?? problems[0];
  if (first !== undefined) {
    const table = first.table ?? 'file';
    return { table, seq: null, batchIndex: null, reason: `SQLite finds the file damaged${first.table === null ? '' : ` in table ${table}`}: ${first.message}` };
  }
  return checkSchema(reader);
}

function checkSchema(reader: TraceReader): IntegrityFailure | null {
  const reference = referenceSchema();
  // The stored events.proto first: a trace recorded by a disco-sim whose events differ (a kind or an enum value
  // added since) also lacks tables and rows, and the .proto is what says why.
  const proto = checkFixedRows(reader, reference, 'schema_file');
  if (proto !== null) return proto;
  const actual = new Map(reader.schemaObjects().map((o) => [key(o), o]));
  const expected = new Map(reference.objects.map((o) => [key(o), o]));
  for (const [k, o] of expected) {
    const found = actual.get(k);
    if (found === undefined) return schemaFailure(o.name, `the ${o.type} ${o.name} is missing`);
    if (found.sql !== o.sql || found.tblName !== o.tblName) return schemaFailure(o.name, `the ${o.type} ${o.name} is not defined as this tool defines it`);
  }
  for (const [k, o] of actual) {
    if (!expected.has(k)) return schemaFailure(o.name, `the trace has an unexpected ${o.type} ${o.name}`);
  }
  for (const table of FIXED_TABLES) {
    const failure = table === 'schema_file' ? null : checkFixedRows(reader, reference, table);
    if (failure !== null) return failure;
  }
  return null;
}

/** The first row of a fixed table that is not this tool's. */
function checkFixedRows(reader: TraceReader, reference: ReturnType<typeof referenceSchema>, table: (typeof FIXED_TABLES)[number]): IntegrityFailure | null {
  const rows = reader.fixedRows(table);
  const want = reference.rows[table];
  const n = Math.max(rows.length, want.length);
  for (let i = 0; i < n; i++) {
    if (JSON.stringify(rows[i]) === JSON.stringify(want[i])) continue;
    const what =
      table === 'schema_file'
        ? `the stored ${String((want[i] ?? rows[i])?.[0])} differs from the one this tool decodes batches with: the trace was recorded by another version of disco-sim (replay it with that one), or edited`
        : `row ${JSON.stringify(rows[i] ?? want[i])} differs from this tool's`;
    return schemaFailure(table, what);
  }
  return null;
}

function key(o: SchemaObject): string {
  return `${o.type} ${o.name}`;
}

function schemaFailure(table: string, reason: string): IntegrityFailure {
  return { table, seq: null, batchIndex: null, reason };
}

export interface VerifyStoredOptions {
  /** Polled before each batch: once true, the check stops and returns null (its answer is no longer wanted). */
  readonly stopped?: () => boolean;
}

/**
 * Checks the trace against its own batches, without re-executing anything:
 * the hash chain, each batch's columns against its decoded events, the seqs
 * running on without a gap, every typed row against the event it records
 * (no row changed, missing or added), `page_miss` against the CacheMissed
 * events, and the run's event count, batch count and final hash.
 */
export function verifyStoredTrace(reader: TraceReader, options: VerifyStoredOptions = {}): IntegrityFailure | null {
  const stopped = options.stopped ?? (() => false);
  const checker = new StoredTraceChecker(reader);
  try {
    for (const batch of reader.batches()) {
      if (stopped()) return null;
      const failure = checker.check(batch);
      if (failure !== null) return failure;
    }
    return checker.finish();
  } finally {
    checker.close();
  }
}

/** A batch's decoded content: its index and first seq as its bytes say, and its events. */
export interface BatchContent {
  readonly index: number;
  readonly firstSeq: number;
  readonly events: readonly TraceEvent[];
  /**
   * The same events packed (PackedBatch.numbers: replay's re-executed batch).
   * The typed rows of most kinds are then compared with these numbers, not
   * with values taken from the event objects again.
   */
  readonly numbers?: Float64Array;
  /**
   * When the content was encoded again (replay's re-executed batch): those
   * bytes, the hash they were chained with and the hash that gave. A stored
   * batch with the same bytes and previous hash then needs no second SHA-256.
   */
  readonly bytes?: Uint8Array;
  readonly prevHash?: Uint8Array;
  readonly hash?: Uint8Array;
}

/**
 * `verifyStoredTrace` a batch at a time, in the trace's order: `check` each
 * stored batch (decoding its bytes, or with the events they are known to
 * encode: replay's re-executed ones once they matched the bytes), then
 * `finish` for the rows left over and the run's fields.
 */
export class StoredTraceChecker {
  private readonly rows: TypedRowChecker;
  private readonly tally = new PageMissTally();
  private prevHash: Uint8Array = GENESIS_HASH;
  private index = 0;
  private nextSeq = 0;
  private events = 0;

  constructor(private readonly reader: TraceReader) {
    this.rows = new TypedRowChecker(reader);
  }

  /** Batches checked so far: the index of the next one expected. */
  get batches(): number {
    return this.index;
  }

  /** Checks the next stored batch; `content` is what its bytes encode, decoded here when not given. */
  check(batch: BatchRow, content?: BatchContent): IntegrityFailure | null {
    const index = this.index;
    const at = (reason: string, seq: number | null = batch.firstSeq): IntegrityFailure => ({ table: 'batch', seq, batchIndex: batch.index, reason: `batch ${batch.index}: ${reason}` });
    if (batch.index !== index) return at(`expected batch ${index} here`);
    if (!equal(batch.prevHash, this.prevHash)) return at(`its prev_hash is not the hash of batch ${index - 1}`);
    const hashedAlready =
      content?.hash !== undefined && content.prevHash !== undefined && content.bytes !== undefined && equal(content.prevHash, batch.prevHash) && equal(content.bytes, batch.bytes);
    if (!equal(batch.hash, hashedAlready ? (content.hash as Uint8Array) : chainHash(batch.prevHash, batch.bytes))) return at('its stored hash is not SHA-256(prev_hash || bytes)');
    let decoded: BatchContent;
    if (content !== undefined) decoded = content;
    else {
      try {
        decoded = decodeBatch(batch.bytes);
      } catch (error) {
        return at(`its bytes do not decode: ${(error as Error).message}`);
      }
    }
    const list = decoded.events;
    const first = list[0];
    const last = list[list.length - 1];
    if (first === undefined || last === undefined) return at('it holds no event');
    if (decoded.index !== batch.index) return at(`its bytes say batch ${decoded.index}`);
    if (batch.eventCount !== list.length) return at(`event_count is ${batch.eventCount}, its bytes hold ${list.length} events`);
    if (batch.firstSeq !== first.seq || decoded.firstSeq !== first.seq) return at(`first_seq is ${batch.firstSeq}, its first event has seq ${first.seq}`, first.seq);
    if (batch.lastSeq !== last.seq) return at(`last_seq is ${batch.lastSeq}, its last event has seq ${last.seq}`, last.seq);
    if (batch.firstTick !== first.tick) return at(`first_tick is ${batch.firstTick}, its first event is at tick ${first.tick}`, first.seq);
    if (batch.lastTick !== last.tick) return at(`last_tick is ${batch.lastTick}, its last event is at tick ${last.tick}`, last.seq);
    const numbers = decoded.numbers;
    if (numbers !== undefined) {
      const failure = this.checkPacked(numbers, list, batch.index, at);
      if (failure !== null) return failure;
    } else {
      for (const event of list) {
        if (event.seq !== this.nextSeq) return at(`expected event seq ${this.nextSeq}, found ${event.seq}`, this.nextSeq);
        this.nextSeq++;
        const failure = this.rows.check(event, batch.index);
        if (failure !== null) return failure;
        if (event.type === 'CacheMissed') this.tally.add(event);
      }
    }
    this.events += list.length;
    this.prevHash = batch.hash;
    this.index++;
    return null;
  }

  /**
   * The loop of `check` over the packed form of `list` (the same events, in
   * the same order): a kind whose typed row is its packed numbers is compared
   * with them, another with its event.
   */
  private checkPacked(numbers: Float64Array, list: readonly TraceEvent[], batchIndex: number, at: (reason: string, seq: number | null) => IntegrityFailure): IntegrityFailure | null {
    let o = 0;
    for (let i = 0; i < list.length; i++) {
      const seq = numbers[o + 1] as number;
      if (seq !== this.nextSeq) return at(`expected event seq ${this.nextSeq}, found ${seq}`, this.nextSeq);
      this.nextSeq++;
      const cursor = this.rows.byId(numbers[o] as number);
      const failure = cursor.direct ? cursor.checkPacked(numbers, o, batchIndex) : cursor.check(list[i] as TraceEvent, batchIndex);
      if (failure !== null) return failure;
      if (cursor === this.rows.cacheMissed) this.tally.addPacked(numbers, o, list[i] as EventOf<'CacheMissed'>);
      o += PACKED_ENVELOPE_SLOTS + cursor.slots;
    }
    return null;
  }

  /** After the last batch: no typed row may be left over, and the run's fields must agree with the batches. */
  finish(): IntegrityFailure | null {
    const leftover = this.rows.finish(this.index - 1);
    if (leftover !== null) return leftover;
    const index = this.index;
    return checkRun(this.reader, { events: this.events, batches: index, finalHash: index === 0 ? null : Buffer.from(this.prevHash).toString('hex'), tally: this.tally });
  }

  close(): void {
    this.rows.close();
  }
}

function checkRun(reader: TraceReader, seen: { events: number; batches: number; finalHash: string | null; tally: PageMissTally }): IntegrityFailure | null {
  const run = reader.run;
  const field = (name: string, stored: unknown, actual: unknown): IntegrityFailure => ({
    table: 'run',
    seq: null,
    batchIndex: null,
    reason: `run.${name} is ${JSON.stringify(stored)}, but the batches give ${JSON.stringify(actual)}`,
  });
  if (run.eventCount !== seen.events) return field('event_count', run.eventCount, seen.events);
  if (run.batchCount !== seen.batches) return field('batch_count', run.batchCount, seen.batches);
  if (run.finalHash !== seen.finalHash) return field('final_hash', run.finalHash, seen.finalHash);
  // page_miss is written when the run ends; a run still 'running' (killed) has none.
  const expected = run.status === 'running' ? [] : [...seen.tally.rows()].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const stored = reader.pageMissRows();
  const n = Math.max(expected.length, stored.length);
  for (let i = 0; i < n; i++) {
    if (JSON.stringify(stored[i]) !== JSON.stringify(expected[i])) {
      return { table: 'page_miss', seq: null, batchIndex: null, reason: `page_miss row ${JSON.stringify(stored[i] ?? expected[i])} does not match the CacheMissed events` };
    }
  }
  return null;
}

/**
 * Walks every typed table in seq order alongside the decoded events: each
 * event must have exactly one row, in its kind's table, holding the values
 * the writer stores for it, and no table may hold a row for any other seq.
 */
class TypedRowChecker {
  private readonly cursors = new Map<string, KindCursor>();
  private readonly cursorsById: KindCursor[] = [];
  readonly cacheMissed: KindCursor;

  constructor(reader: TraceReader) {
    for (const kind of EVENT_KINDS) {
      const cursor = new KindCursor(kind, reader.kindRowsFromFile(kind));
      this.cursors.set(kind.type, cursor);
      this.cursorsById[kind.id] = cursor;
    }
    this.cacheMissed = this.cursors.get('CacheMissed') as KindCursor;
  }

  check(event: TraceEvent, batchIndex: number): IntegrityFailure | null {
    return (this.cursors.get(event.type) as KindCursor).check(event, batchIndex);
  }

  /** The cursor of a packed event's kind id (one that unpacked, so known). */
  byId(id: number): KindCursor {
    return this.cursorsById[id] as KindCursor;
  }

  /** After the last event: a row left in any table records no event. */
  finish(lastBatch: number): IntegrityFailure | null {
    let first: IntegrityFailure | null = null;
    for (const cursor of this.cursors.values()) {
      const failure = cursor.leftover(lastBatch);
      if (failure !== null && (first === null || (failure.seq ?? 0) < (first.seq ?? 0))) first = failure;
    }
    return first;
  }

  close(): void {
    for (const cursor of this.cursors.values()) cursor.close();
  }
}

class KindCursor {
  private readonly expected: SqlValue[];
  private readonly payload: RowValuesWriter<unknown>;
  private peeked: unknown[] | undefined;
  /** True when the kind's typed row is its packed numbers from the seq on (checkPacked may be used). */
  readonly direct: boolean;
  /** Numbers of a packed event of this kind after the envelope. */
  readonly slots: number;

  constructor(
    private readonly kind: EventKindDescriptor,
    private readonly rows: IterableIterator<unknown[]>,
  ) {
    this.expected = new Array<SqlValue>(5 + kind.fields.length).fill(null);
    this.payload = ROW_VALUES[kind.type] as RowValuesWriter<unknown>;
    this.direct = ROW_IS_PACKED.has(kind.type);
    this.slots = packedKindOf(kind).numbers;
    this.peeked = this.next();
  }

  /** `check` of the packed event at `o` of `num`, for a `direct` kind: the row's columns are `num[o + 1]` on. */
  checkPacked(num: Float64Array, o: number, batchIndex: number): IntegrityFailure | null {
    const row = this.peeked;
    const seq = num[o + 1] as number;
    if (row === undefined || row[0] !== seq) return this.missing(row, seq, batchIndex);
    const width = this.expected.length;
    for (let i = 1; i < width; i++) {
      if (row[i] !== num[o + 1 + i]) return this.differs(row, i, num[o + 1 + i] as number, seq, batchIndex);
    }
    this.peeked = this.next();
    return null;
  }

  check(event: TraceEvent, batchIndex: number): IntegrityFailure | null {
    const row = this.peeked;
    if (row === undefined || row[0] !== event.seq) return this.missing(row, event.seq, batchIndex);
    const expected = this.expected;
    expected[0] = event.seq;
    expected[1] = event.tick;
    expected[2] = event.cpu;
    expected[3] = event.node;
    expected[4] = event.vm;
    this.payload(event.data, expected, 5);
    for (let i = 1; i < expected.length; i++) {
      if (row[i] !== expected[i]) return this.differs(row, i, expected[i] as SqlValue, event.seq, batchIndex);
    }
    this.peeked = this.next();
    return null;
  }

  /** The failure when the next row is not the one of event `seq`: one for an earlier seq, or none. */
  private missing(row: unknown[] | undefined, seq: number, batchIndex: number): IntegrityFailure {
    const table = this.kind.table;
    if (row !== undefined && (row[0] as number) < seq) {
      return { table, seq: row[0] as number, batchIndex, reason: `${table} has a row for seq ${String(row[0])}, which is no ${this.kind.type} event of the batches` };
    }
    return { table, seq, batchIndex, reason: `${table} lacks the row of ${this.kind.type} event seq ${seq}` };
  }

  /** The failure when column `i` of event `seq`'s row is not `expected`. */
  private differs(row: unknown[], i: number, expected: SqlValue, seq: number, batchIndex: number): IntegrityFailure {
    const table = this.kind.table;
    const column = i < 5 ? ['seq', 'tick', 'cpu', 'node', 'vm'][i] : this.kind.fields[i - 5]!.column;
    return { table, seq, batchIndex, reason: `${table}.${column} of seq ${seq} is ${JSON.stringify(row[i])}, its event says ${JSON.stringify(expected)}` };
  }

  leftover(lastBatch: number): IntegrityFailure | null {
    const row = this.peeked;
    if (row === undefined) return null;
    const table = this.kind.table;
    return { table, seq: row[0] as number, batchIndex: lastBatch, reason: `${table} has a row for seq ${String(row[0])}, which is no ${this.kind.type} event of the batches` };
  }

  close(): void {
    this.rows.return?.();
  }

  private next(): unknown[] | undefined {
    const next = this.rows.next();
    return next.done ? undefined : next.value;
  }
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

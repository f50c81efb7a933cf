import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  EVENT_KINDS,
  PACKED_ENVELOPE_SLOTS,
  packedKindOf,
  PROTO_FILE,
  PROTO_PACKAGE,
  ROW_IS_PACKED,
  ROW_VALUES,
  type EventKindDescriptor,
  type EventOf,
  type RowValuesWriter,
  type TraceEvent,
} from '@disco/trace-schema';
import { insertSql } from './event-tables';
import { SCHEMA_VERSION } from './migrations';
import { PageMissTally } from './page-miss-tally';
import { isWriteFailure, TraceFileError, TraceWriteError } from './trace-file-error';
import { createTraceSchema } from './trace-schema-objects';

export type RunStatus = 'running' | 'complete' | 'incomplete' | 'failed';

export interface RunMetadata {
  readonly scenarioName: string;
  /** The scenario as run, defaults applied, as JSON text. */
  readonly scenarioJson: string;
  readonly seed: number;
  readonly level: string;
  readonly modelVersion: string;
  readonly batchSize: number;
  /** Wall-clock start, ISO 8601; metadata only, never part of the hash chain. */
  readonly startedAt: string;
}

/** One encoded batch and its place in the hash chain. */
export interface StoredBatch {
  readonly index: number;
  readonly firstSeq: number;
  readonly lastSeq: number;
  readonly firstTick: number;
  readonly lastTick: number;
  readonly eventCount: number;
  readonly bytes: Uint8Array;
  readonly prevHash: Uint8Array;
  readonly hash: Uint8Array;
}

export interface RunEnd {
  readonly status: Exclude<RunStatus, 'running'>;
  readonly simTicks: number;
  readonly finishedAt: string;
  readonly wallSeconds: number;
  readonly error?: string;
}

export interface CreateOptions {
  /** Replace an existing file at `file` (otherwise refused). */
  readonly force?: boolean;
}

type Value = number | string | null;


/**
 * Rows per multi-row INSERT: amortizes the per-statement cost (measured on
 * 14-column rows: 32 rows 0.82 M rows/s, 128 rows 0.90, 512 rows 0.95; the
 * binding of each value, ≈55 ns in better-sqlite3, is what remains).
 */
const ROWS_PER_INSERT = 128;

/**
 * SQLite's page size for a new trace (its default is 4,096). Larger pages
 * mean fewer WAL frames, write calls and B-tree pages per committed batch:
 * recording uni-engineering-disco at the detailed level (5.8 M typed rows,
 * 464 MB) took 0.91x and, measured again later, 0.94x the wall time with
 * 16 KB pages (farm-bench -n 6 and -n 7, alternated; system time 0.71 s
 * against 0.99 s), 8 KB and 64 KB gained less, and reading the file back
 * (replay, integrity_check, the typed tables) was as fast or faster. The
 * cost: an empty table takes a 16 KB page, so the smallest trace is 1 MB.
 */
export const TRACE_PAGE_BYTES = 16_384;

/**
 * The -wal is written back into the .db once it holds this many pages
 * (wal_autocheckpoint, a setting of each connection): 4 MB, SQLite's default
 * of 1,000 pages of 4 KB. With 16 KB pages 1,000 would let the -wal grow to
 * 16 MB while recording, and checkpointing every 4 MB is as fast (0.98x the
 * wall time of every 16 MB on the run above).
 */
export const TRACE_WAL_CHECKPOINT_PAGES = 4_096_000 / TRACE_PAGE_BYTES;

/**
 * Buffers one kind's rows and inserts them ROWS_PER_INSERT at a time; `flush`
 * inserts the remainder in at most log2(ROWS_PER_INSERT) statements of 64,
 * 32, … 1 rows (prepared when first needed). Rows go in in seq order. Must be
 * flushed before its transaction ends.
 */
class KindRowWriter {
  private readonly values: Value[];
  private readonly width: number;
  private readonly payload: RowValuesWriter<unknown>;
  private readonly statements = new Map<number, Database.Statement>();
  private pending = 0;

  constructor(
    private readonly kind: EventKindDescriptor,
    private readonly db: Database.Database,
  ) {
    this.width = 5 + kind.fields.length;
    this.payload = ROW_VALUES[kind.type] as RowValuesWriter<unknown>;
    this.values = new Array<Value>(this.width * ROWS_PER_INSERT).fill(null);
  }

  add(event: TraceEvent): void {
    const values = this.values;
    const o = this.pending * this.width;
    values[o] = event.seq;
    values[o + 1] = event.tick;
    values[o + 2] = event.cpu;
    values[o + 3] = event.node;
    values[o + 4] = event.vm;
    this.payload(event.data, values, o + 5);
    this.rowAdded();
  }

  /** `add` of a packed event of a kind whose row is its packed numbers (ROW_IS_PACKED), at `o` of `num`. */
  addPacked(num: Float64Array, o: number): void {
    const values = this.values;
    const width = this.width;
    const at = this.pending * width;
    for (let i = 0; i < width; i++) values[at + i] = num[o + 1 + i] as number;
    this.rowAdded();
  }

  /** A row was written at `pending`: inserts the buffer once it holds ROWS_PER_INSERT rows. */
  private rowAdded(): void {
    if (++this.pending < ROWS_PER_INSERT) return;
    // Spread, not the array: better-sqlite3 then binds each value from its
    // argument list, where an array costs a generic element read per value
    // (inserting 15-column rows: 1.25 M rows/s from an array, 1.76 M spread).
    this.statement(ROWS_PER_INSERT).run(...this.values);
    this.pending = 0;
  }

  flush(): void {
    let done = 0;
    for (let rows = ROWS_PER_INSERT >> 1; rows >= 1; rows >>= 1) {
      if (this.pending - done < rows) continue;
      this.statement(rows).run(...this.values.slice(done * this.width, (done + rows) * this.width));
      done += rows;
    }
    this.pending = 0;
  }

  private statement(rows: number): Database.Statement {
    let statement = this.statements.get(rows);
    if (statement === undefined) {
      statement = this.db.prepare(insertSql(this.kind, rows));
      this.statements.set(rows, statement);
    }
    return statement;
  }
}

/** Event `i` of a batch whose kind needs the object (TraceWriter.needsEvent); a missing one is the caller's bug. */
function eventAt(events: readonly (TraceEvent | undefined)[], i: number, batch: number): TraceEvent {
  const event = events[i];
  if (event === undefined) throw new RangeError(`batch ${batch}: event ${i} is of a kind whose row needs the event, and it was not unpacked`);
  return event;
}

function rowWriters(db: Database.Database): Map<string, KindRowWriter> {
  const writers = new Map<string, KindRowWriter>();
  for (const kind of EVENT_KINDS) writers.set(kind.type, new KindRowWriter(kind, db));
  return writers;
}

/**
 * The writable handle of a trace file: creates it, appends batches (each in
 * one transaction, so a killed recorder leaves every committed batch intact)
 * and finishes the run. Only the recorder holds one.
 */
export class TraceWriter {
  private readonly appendTransaction: (batch: StoredBatch, events: readonly (TraceEvent | undefined)[], numbers: Float64Array | undefined) => void;
  private readonly pageMisses = new PageMissTally();
  private closed = false;

  private constructor(
    readonly file: string,
    private readonly db: Database.Database,
  ) {
    const insertBatch = db.prepare(
      `INSERT INTO batch (idx, first_seq, last_seq, first_tick, last_tick, event_count, bytes, prev_hash, hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const updateRun = db.prepare(
      `UPDATE run SET event_count = event_count + ?, batch_count = batch_count + 1, final_hash = ?, sim_ticks = ? WHERE id = 1`,
    );
    const writers = rowWriters(db);
    const all = [...writers.values()];
    // By kind id, for packed events: the kind's writer, whether its row is its packed numbers, and its slot count.
    const byId: { writer: KindRowWriter; packedRow: boolean; slots: number }[] = [];
    for (const kind of EVENT_KINDS) byId[kind.id] = { writer: writers.get(kind.type) as KindRowWriter, packedRow: ROW_IS_PACKED.has(kind.type), slots: packedKindOf(kind).numbers };
    const missedId = (EVENT_KINDS.find((k) => k.type === 'CacheMissed') as EventKindDescriptor).id;
    this.appendTransaction = db.transaction((batch: StoredBatch, events: readonly (TraceEvent | undefined)[], numbers: Float64Array | undefined) => {
      insertBatch.run(batch.index, batch.firstSeq, batch.lastSeq, batch.firstTick, batch.lastTick, batch.eventCount, batch.bytes, batch.prevHash, batch.hash);
      if (numbers === undefined) {
        for (let i = 0; i < events.length; i++) {
          const event = events[i];
          if (event === undefined) throw new RangeError(`batch ${batch.index}: event ${i} is missing and the batch has no packed numbers`);
          (writers.get(event.type) as KindRowWriter).add(event);
          if (event.type === 'CacheMissed') this.pageMisses.add(event);
        }
      } else {
        let o = 0;
        for (let i = 0; i < events.length; i++) {
          const id = numbers[o] as number;
          const kind = byId[id] as (typeof byId)[number];
          if (kind.packedRow) kind.writer.addPacked(numbers, o);
          else kind.writer.add(eventAt(events, i, batch.index));
          if (id === missedId) this.pageMisses.addPacked(numbers, o, events[i] as EventOf<'CacheMissed'> | undefined);
          o += PACKED_ENVELOPE_SLOTS + kind.slots;
        }
      }
      for (const writer of all) writer.flush();
      updateRun.run(batch.eventCount, Buffer.from(batch.hash).toString('hex'), batch.lastTick);
    });
  }

  /** Whether `append` with packed numbers reads events of kind `kindId` as objects (its row is not its numbers, or the page tally needs it). */
  static needsEvent(kindId: number): boolean {
    const kind = EVENT_KINDS.find((k) => k.id === kindId);
    return kind === undefined || !ROW_IS_PACKED.has(kind.type) || (kind.type === 'CacheMissed' && !PageMissTally.readsNumbers);
  }

  static create(file: string, metadata: RunMetadata, options: CreateOptions = {}): TraceWriter {
    const dir = path.dirname(path.resolve(file));
    if (!isDirectory(dir)) throw new TraceFileError('cannot-create', file, `cannot create ${file}: the directory ${dir} does not exist`);
    if (existsSync(file)) {
      if (!options.force) {
        throw new TraceFileError('exists', file, `${file} already exists; pass --force to replace it`);
      }
      refuseIfInUse(file);
      for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
    }
    let db: Database.Database | undefined;
    try {
      // A short busy timeout: a live reader must not stall the recorder at close.
      db = new Database(file, { timeout: 1000 });
      // Before anything is written: the page size is fixed once the file has its first page.
      db.pragma(`page_size = ${TRACE_PAGE_BYTES}`);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma(`wal_autocheckpoint = ${TRACE_WAL_CHECKPOINT_PAGES}`);
      const d = db;
      d.transaction(() => {
        createTraceSchema(d);
        d.prepare(
          `INSERT INTO run (id, scenario_name, scenario_json, seed, level, schema_version, model_version, proto_file,
             proto_message, batch_size, status, started_at)
           VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'running', ?)`,
        ).run(
          metadata.scenarioName,
          metadata.scenarioJson,
          metadata.seed,
          metadata.level,
          SCHEMA_VERSION,
          metadata.modelVersion,
          PROTO_FILE,
          `${PROTO_PACKAGE}.Batch`,
          metadata.batchSize,
          metadata.startedAt,
        );
        d.pragma(`user_version = ${SCHEMA_VERSION}`);
      })();
      return new TraceWriter(file, d);
    } catch (error) {
      // Nothing was recorded yet: leave no half-created file behind.
      db?.close();
      for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
      throw createFailure(file, dir, error);
    }
  }

  /**
   * Opens a trace that `create` made (and whose handle is still open or was
   * released) to go on appending to it: how the recorder's writer thread
   * takes the file over from the thread that created it.
   */
  static openForAppend(file: string): TraceWriter {
    const db = new Database(file, { timeout: 1000, fileMustExist: true });
    try {
      if (db.pragma('journal_mode', { simple: true }) !== 'wal') throw new Error(`${file} is not a trace being recorded (not in WAL mode)`);
      db.pragma('synchronous = NORMAL');
      db.pragma(`wal_autocheckpoint = ${TRACE_WAL_CHECKPOINT_PAGES}`);
      return new TraceWriter(file, db);
    } catch (error) {
      db.close();
      throw error;
    }
  }

  /**
   * Closes this handle without finishing the run or leaving WAL mode: another
   * handle (`openForAppend`) goes on writing the trace.
   */
  release(): void {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
  }

  /**
   * Appends one batch and its events' rows in a single transaction; given
   * `numbers` (the same events packed: PackedBatch.numbers), the rows of the
   * kinds in ROW_IS_PACKED are taken from those, and `events` needs to hold
   * only the events of the kinds `needsEvent` names (the others may be
   * undefined, as BatchChainer.chainSparse leaves them). A write
   * that fails (disk full) rolls the batch back, throws a `TraceWriteError`,
   * and leaves every batch committed before it intact.
   */
  append(batch: StoredBatch, events: readonly (TraceEvent | undefined)[], numbers?: Float64Array): void {
    if (batch.eventCount !== events.length) {
      throw new RangeError(`batch ${batch.index} claims ${batch.eventCount} events but has ${events.length}`);
    }
    try {
      this.appendTransaction(batch, events, numbers);
    } catch (error) {
      if (!isWriteFailure(error)) throw error;
      throw new TraceWriteError(this.file, `cannot write batch ${batch.index} to ${this.file}: ${describeWriteFailure(error)}`, (error as { code: string }).code);
    }
  }

  /** Records how the run ended. */
  finish(end: RunEnd): void {
    const insertPageMiss = this.db.prepare('INSERT INTO page_miss VALUES (?, ?, ?, ?, ?)');
    this.db.transaction(() => {
      for (const row of this.pageMisses.rows()) insertPageMiss.run(row);
      this.db
        .prepare(`UPDATE run SET status = ?, sim_ticks = max(coalesce(sim_ticks, 0), ?), finished_at = ?, wall_seconds = ?, error = ? WHERE id = 1`)
        .run(end.status, end.simTicks, end.finishedAt, end.wallSeconds, end.error ?? null);
    })();
  }

  /**
   * Checkpoints the WAL and leaves a single self-contained file. When that
   * cannot be done (a reader still holds the file, or the disk is full), the
   * trace stays in WAL mode, consistent, in two files: the .db and its -wal.
   * Returns false then.
   */
  close(): boolean {
    if (this.closed) return true;
    this.closed = true;
    try {
      this.db.pragma('wal_checkpoint(TRUNCATE)');
      this.db.pragma('journal_mode = DELETE');
      return true;
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_BUSY' && !isWriteFailure(error)) throw error;
      return false;
    } finally {
      this.db.close();
    }
  }
}

function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

function describeWriteFailure(error: unknown): string {
  const code = (error as { code?: string }).code ?? '';
  return code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT' ? 'the disk is full' : `I/O error (${code}): ${(error as Error).message}`;
}

/** Why a trace could not be created: the directory refuses (bad input) or the disk does (a write failure). */
function createFailure(file: string, dir: string, error: unknown): Error {
  if (isWriteFailure(error)) return new TraceWriteError(file, `cannot create ${file}: ${describeWriteFailure(error)}`, (error as { code: string }).code);
  const code = (error as { code?: string }).code ?? '';
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_READONLY') || code === 'SQLITE_PERM' || code === 'SQLITE_AUTH') {
    return new TraceFileError('cannot-create', file, `cannot create ${file}: the directory ${dir} is not writable`);
  }
  return error as Error;
}

/**
 * `--force` must not pull a trace from under a live recording. A recorder
 * keeps its trace in WAL mode while it writes; leaving WAL mode needs every
 * other connection closed, so if the switch is refused (SQLITE_BUSY) another
 * process has the file open. A recorder that was killed holds no lock: its
 * trace is replaced as asked.
 */
function refuseIfInUse(file: string): void {
  if (!inWalMode(file)) return;
  let db: Database.Database | undefined;
  let mode: unknown;
  try {
    db = new Database(file, { timeout: 0, fileMustExist: true });
    mode = db.pragma('journal_mode = DELETE', { simple: true });
  } catch (error) {
    if ((error as { code?: string }).code !== 'SQLITE_BUSY') return;
    mode = 'wal';
  } finally {
    db?.close();
  }
  if (mode === 'wal') {
    throw new TraceFileError('in-use', file, `--force refuses to replace ${file}: another process has it open (a recording still writing it, or a reader); stop that first`);
  }
}

function inWalMode(file: string): boolean {
  const header = Buffer.alloc(20);
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    return readSync(fd, header, 0, 20, 0) === 20 && header[18] === 2 && header[19] === 2;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

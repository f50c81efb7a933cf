import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { EVENT_KINDS, type EventKindDescriptor } from '@disco/trace-schema';
import { ENVELOPE_COLUMNS, sqlTypeOf } from './event-tables';
import { fileTableRows, FileRowsUnavailable, openForRows, type FileGeometry } from './file-rows';
import { SCHEMA_VERSION } from './migrations';
import { TraceFileError } from './trace-file-error';
import { fixedRowsSql, schemaObjectsOf, type FixedTable, type SchemaObject } from './trace-schema-objects';
import type { RunStatus } from './trace-writer';

export interface RunInfo {
  readonly scenarioName: string;
  readonly scenarioJson: string;
  readonly seed: number;
  readonly level: string;
  readonly schemaVersion: number;
  readonly modelVersion: string;
  readonly protoFile: string;
  readonly protoMessage: string;
  readonly batchSize: number;
  readonly status: RunStatus;
  readonly eventCount: number;
  readonly batchCount: number;
  readonly finalHash: string | null;
  readonly simTicks: number | null;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  readonly wallSeconds: number | null;
  readonly error: string | null;
}

export interface BatchRow {
  readonly index: number;
  readonly firstSeq: number;
  readonly lastSeq: number;
  readonly firstTick: number;
  readonly lastTick: number;
  readonly eventCount: number;
  readonly bytes: Buffer;
  readonly prevHash: Buffer;
  readonly hash: Buffer;
}

/** One problem that SQLite's integrity check found, with the table it is in when known. */
export interface StorageProblem {
  readonly table: string | null;
  readonly message: string;
}

export interface QueryResult {
  readonly columns: string[];
  readonly rows: unknown[][];
}

/** A SQL statement the user gave cannot run: it writes, or it is not valid SQL. */
export class QueryError extends Error {
  override readonly name = 'QueryError';
  readonly exitCode = 2;
}

const SQLITE_MAGIC = 'SQLite format 3\0';

/** Rows of a typed table read per statement by `kindRows`. */
const KIND_ROWS_CHUNK = 2048;
/** Rows per JSON chunk (`jsonRowsBySeq`): smaller chunks read faster, down to about this (15-column rows: 1.45 M rows/s at 32,768, 1.6 M at 512). */
const JSON_ROWS_CHUNK = 512;

/**
 * The read-only handle of a trace file. Opening checks, without changing a
 * byte of the file, that it is a readable SQLite trace of a schema this code
 * understands; every failure is a `TraceFileError` that names the problem.
 */
export class TraceReader {
  readonly run: RunInfo;
  /** The file opened for reading its pages directly (kindRowsFromFile): undefined until asked, null when it cannot be. */
  private filePages: { fd: number; geometry: FileGeometry } | null | undefined;

  private constructor(
    readonly file: string,
    private readonly db: Database.Database,
  ) {
    this.run = guard(file, () => readRun(db));
  }

  static open(file: string): TraceReader {
    const header = checkHeader(file);
    const db = guard(file, () => new Database(file, { readonly: true, fileMustExist: true }));
    try {
      guard(file, () => checkSchema(file, db));
      return new TraceReader(file, db);
    } catch (error) {
      db.close();
      // A WAL-mode file whose -wal is gone lacks what was never checkpointed, maybe all of it.
      if (header.walMode && !header.walPresent && error instanceof TraceFileError && error.problem === 'not-a-trace') throw walMissing(file);
      throw error;
    }
  }

  /** Batches in index order, from `fromIndex`. */
  *batches(fromIndex = 0): IterableIterator<BatchRow> {
    const statement = this.db.prepare(
      `SELECT idx AS "index", first_seq AS firstSeq, last_seq AS lastSeq, first_tick AS firstTick, last_tick AS lastTick,
              event_count AS eventCount, bytes, prev_hash AS prevHash, hash
       FROM batch WHERE idx >= ? ORDER BY idx`,
    );
    const file = this.file;
    const iterator = guard(file, () => statement.iterate(fromIndex) as IterableIterator<BatchRow>);
    try {
      for (;;) {
        const next = guard(file, () => iterator.next());
        if (next.done) return;
        yield next.value;
      }
    } finally {
      // Releases the statement when the caller stops early.
      iterator.return?.();
    }
  }

  /**
   * The event kinds the trace's `event_kind` lists, in id order. Each row is
   * untrusted: its (id, name, table_name) must be one of this schema's kinds
   * (so the table name is also a plain identifier that names a typed table,
   * never `run`, `batch` or a view of someone else's), each at most once;
   * anything else is a TraceFileError naming the row, before a name reaches SQL.
   */
  eventKinds(): { id: number; kind: string; table: string }[] {
    const rows = guard(this.file, () => this.db.prepare('SELECT id, name, table_name AS tableName FROM event_kind ORDER BY id').all() as { id: unknown; name: unknown; tableName: unknown }[]);
    const seen = new Set<string>();
    return rows.map((row) => {
      const known = KNOWN_KINDS.get(row.id as number);
      if (known === undefined || known.type !== row.name || known.table !== row.tableName) {
        throw TraceFileError.damaged(this.file, `event_kind row ${shown(row.id)} names kind ${shown(row.name)} with table ${shown(row.tableName)}, not an event kind of this schema`);
      }
      if (seen.has(known.table)) throw TraceFileError.damaged(this.file, `event_kind lists table ${shown(known.table)} twice`);
      seen.add(known.table);
      return { id: known.id, kind: known.type, table: known.table };
    });
  }

  /** Events per kind, most frequent first, from the typed tables (names checked by eventKinds). */
  eventCounts(): { kind: string; table: string; count: number }[] {
    return this.eventKinds()
      .map((k) => ({
        kind: k.kind,
        table: k.table,
        count: guard(this.file, () => (this.db.prepare(`SELECT count(*) AS n FROM main.${quoteIdentifier(k.table)}`).get() as { n: number }).n),
      }))
      .sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));
  }

  /** Runs one read-only SQL statement; a statement that would write is refused. */
  query(sql: string, params: readonly unknown[] = []): QueryResult {
    let statement: Database.Statement;
    try {
      statement = this.db.prepare(sql);
    } catch (error) {
      throw new QueryError(`SQL error: ${(error as Error).message}`);
    }
    if (!statement.readonly) throw new QueryError('refused: the statement would write; traces are opened read-only');
    if (!statement.reader) {
      guard(this.file, () => statement.run(...params));
      return { columns: [], rows: [] };
    }
    statement.raw(true);
    const columns = statement.columns().map((c) => c.name);
    try {
      return { columns, rows: statement.all(...params) as unknown[][] };
    } catch (error) {
      throw fileProblem(this.file, error) ?? new QueryError(`SQL error: ${(error as Error).message}`);
    }
  }

  /** The stored batch at `index`, or undefined past the end. */
  batchAt(index: number): BatchRow | undefined {
    return guard(this.file, () =>
      this.db
        .prepare(
          `SELECT idx AS "index", first_seq AS firstSeq, last_seq AS lastSeq, first_tick AS firstTick, last_tick AS lastTick,
                  event_count AS eventCount, bytes, prev_hash AS prevHash, hash
           FROM batch WHERE idx = ?`,
        )
        .get(index) as BatchRow | undefined,
    );
  }

  /** The chain hash of every stored batch, in index order (no payload bytes are read). */
  batchHashes(): Buffer[] {
    return guard(this.file, () => (this.db.prepare('SELECT hash FROM batch ORDER BY idx').raw(true).all() as [Buffer][]).map((r) => r[0]));
  }

  /** True when the trace's main schema has a table or view called `name`. */
  hasTable(name: string): boolean {
    return guard(this.file, () => this.db.prepare(`SELECT 1 FROM main.sqlite_schema WHERE type IN ('table', 'view') AND name = ?`).get(name) !== undefined);
  }

  /** True when `table` exists and holds at least one row. */
  hasRows(table: string): boolean {
    if (!this.hasTable(table)) return false;
    return guard(this.file, () => this.db.prepare(`SELECT 1 FROM main."${table.replace(/"/g, '""')}" LIMIT 1`).get() !== undefined);
  }

  /**
   * Defines a TEMP view on this connection only: it lives in SQLite's temp
   * schema, never in the file, and is gone when the reader closes. Analysis
   * uses it for its documented views (libs/analysis/src/views). Any other
   * statement is refused.
   */
  defineTempView(sql: string): void {
    const body = sql.replace(/^(\s*--[^\n]*\n)*\s*/, '');
    if (!/^CREATE\s+TEMP(ORARY)?\s+VIEW\s/i.test(body)) throw new QueryError('refused: only CREATE TEMP VIEW may define a view on a trace');
    let statement: Database.Statement;
    try {
      statement = this.db.prepare(sql);
    } catch (error) {
      throw new QueryError(`SQL error in view: ${(error as Error).message}`);
    }
    guard(this.file, () => statement.run());
  }

  /**
   * Reads the file through memory-mapped I/O (up to `bytes`, SQLite's cap is
   * just under 2 GB) instead of copying pages into SQLite's cache: whole-table
   * scans of large traces take about a third less time. Read-only, so safe as
   * long as nothing truncates the file underneath (the recorder never does).
   */
  useMemoryMap(bytes = 0x7fff0000): void {
    guard(this.file, () => this.db.pragma(`mmap_size = ${Math.max(0, Math.floor(bytes))}`));
  }

  /**
   * Registers a SQL aggregate function implemented in JavaScript on this
   * connection only (better-sqlite3's `aggregate`); it cannot write.
   */
  defineAggregate<S>(
    name: string,
    options: { start: () => S; step: (state: S, ...args: unknown[]) => S; result: (state: S) => unknown; varargs?: boolean },
  ): void {
    this.db.aggregate(name, { start: options.start, step: options.step, result: options.result, varargs: options.varargs ?? false, deterministic: true });
  }

  /**
   * Streams the rows of one read-only statement as arrays, for exports of
   * large tables. With `safeIntegers`, INTEGER values arrive as bigint.
   */
  iterate(sql: string, params: readonly unknown[] = [], options: { safeIntegers?: boolean } = {}): { columns: string[]; rows: IterableIterator<unknown[]> } {
    let statement: Database.Statement;
    try {
      statement = this.db.prepare(sql);
    } catch (error) {
      throw new QueryError(`SQL error: ${(error as Error).message}`);
    }
    if (!statement.readonly || !statement.reader) throw new QueryError('refused: only a read-only query can be streamed');
    statement.raw(true);
    if (options.safeIntegers) statement.safeIntegers(true);
    const columns = statement.columns().map((c) => c.name);
    return { columns, rows: guardedRows(this.file, guard(this.file, () => statement.iterate(...params) as IterableIterator<unknown[]>)) };
  }

  /**
   * Streams `expressions` (SQL over the table's columns, written by the
   * caller, never taken from a trace; the first must be `seq`) for every row
   * of a typed table in seq order, JSON_ROWS_CHUNK rows per statement as one
   * JSON array (as `kindRows` reads integer tables): about 1.5 times as fast
   * as stepping a statement a row at a time. Every expression must give an
   * integer or NULL: JSON would round a REAL.
   */
  *integerRowsBySeq(table: string, expressions: readonly string[]): IterableIterator<unknown[]> {
    if (expressions[0] !== 'seq') throw new QueryError('integerRowsBySeq: the first expression must be seq');
    yield* this.jsonRowsBySeq(table, '*', expressions.join(', '));
  }

  /**
   * The JSON path of `kindRows` and `integerRowsBySeq`: `list` of the rows of
   * `from` in seq order (its first item seq), JSON_ROWS_CHUNK rows per
   * statement (`inner` is what the chunk's subquery selects). The aggregate
   * takes no ORDER BY (one would sort each chunk again, 20 % of the read):
   * the rows reach it in the subquery's order, and a chunk that comes back
   * out of seq order anyway is sorted here.
   */
  private *jsonRowsBySeq(table: string, inner: string, list: string, afterSeq: number | null = null): IterableIterator<unknown[]> {
    const from = `main.${quoteIdentifier(table)}`;
    const chunkSql = (where: string) => `SELECT json_group_array(json_array(${list})) FROM (SELECT ${inner} FROM ${from} ${where} ORDER BY seq LIMIT ${JSON_ROWS_CHUNK})`;
    let first: Database.Statement;
    let after: Database.Statement;
    try {
      first = this.db.prepare(chunkSql('')).pluck(true);
      after = this.db.prepare(chunkSql('WHERE seq > ?')).pluck(true);
    } catch (error) {
      throw new QueryError(`SQL error: ${(error as Error).message}`);
    }
    const read = (statement: Database.Statement, ...args: unknown[]): unknown[][] => inSeqOrder(guard(this.file, () => chunkRows(this.file, table, statement, args)));
    let chunk = afterSeq === null ? read(first) : read(after, afterSeq);
    for (;;) {
      yield* chunk;
      if (chunk.length < JSON_ROWS_CHUNK) return;
      const last = (chunk[chunk.length - 1] as unknown[])[0];
      chunk = advancing(this.file, table, last, read(after, last));
    }
  }

  /** Declared types of a table's or view's columns (`INTEGER`, `REAL`, `TEXT`, `BLOB` or '' for expressions). */
  columnTypes(table: string): { name: string; type: string }[] {
    return guard(this.file, () =>
      (this.db.prepare(`SELECT name, type FROM pragma_table_info(?)`).all(table) as { name: string; type: string }[]),
    );
  }

  /**
   * SQLite's own check of every page, index and constraint of the file
   * (`PRAGMA integrity_check`): the problems it lists, none when intact, each
   * with the table (or index) it is in where that can be told. When the
   * check itself fails on a damaged page, each table is checked on its own
   * to find the one that holds it.
   */
  integrityCheck(maxProblems = 20): StorageProblem[] {
    try {
      return this.checkProblems(`integrity_check(${Math.max(1, Math.floor(maxProblems))})`);
    } catch (whole) {
      const tables = this.schemaObjects().filter((o) => o.type === 'table');
      for (const table of tables) {
        try {
          const problems = this.checkProblems(`integrity_check(${quoteIdentifier(table.name)})`);
          if (problems.length > 0) return problems;
        } catch (error) {
          return [{ table: table.name, message: (error as Error).message }];
        }
      }
      return [{ table: null, message: (whole as Error).message }];
    }
  }

  private checkProblems(pragma: string): StorageProblem[] {
    const rows = this.db.pragma(pragma) as { integrity_check: string }[];
    const names = new Set(this.schemaObjects().map((o) => o.name));
    return rows
      .map((r) => r.integrity_check)
      .filter((m) => m !== 'ok')
      .flatMap((m) => m.split('\n'))
      .filter((m) => m !== '' && !m.startsWith('*** in database'))
      .map((message) => ({ table: this.tableNamedIn(message, names), message }));
  }

  /** The table a line of integrity_check is about: by its b-tree's root page, or by name. */
  private tableNamedIn(message: string, names: ReadonlySet<string>): string | null {
    const tree = /\b[Tt]ree (\d+)\b/.exec(message);
    if (tree) {
      const row = this.db.prepare('SELECT tbl_name AS name FROM main.sqlite_schema WHERE rootpage = ?').get(Number(tree[1])) as { name: string } | undefined;
      if (row !== undefined) return row.name;
    }
    for (const word of message.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []) if (names.has(word)) return word;
    return null;
  }

  /** Every table, index, view and trigger of the trace's main schema. */
  schemaObjects(): SchemaObject[] {
    return guard(this.file, () => schemaObjectsOf(this.db));
  }

  /** The rows of a table that every trace of this schema holds identically. */
  fixedRows(table: FixedTable): unknown[][] {
    return guard(this.file, () => this.db.prepare(fixedRowsSql(table)).raw(true).all() as unknown[][]);
  }

  /**
   * The rows of a kind's typed table in seq order, as arrays of the envelope
   * columns then the payload fields, in the order the writer stores them.
   * Read KIND_ROWS_CHUNK rows per statement (by seq, the table's rowid): one
   * call into SQLite per chunk rather than per row. A kind whose columns are
   * all integers (STRICT INTEGER: every value an integer or NULL) comes back
   * as one JSON array per chunk, built by SQLite and parsed by JSON.parse:
   * better-sqlite3 builds each row's array a value at a time, which costs
   * more (1.0 against 1.6 M rows/s for 15 columns). JSON gives the same
   * numbers: SQLite writes an integer's exact decimal, and JSON.parse rounds
   * it to the double better-sqlite3 would return.
   */
  *kindRows(kind: EventKindDescriptor, afterSeq: number | null = null): IterableIterator<unknown[]> {
    const columns = [...ENVELOPE_COLUMNS, ...kind.fields.map((f) => f.column)].map(quoteIdentifier).join(', ');
    const table = `main.${quoteIdentifier(kind.table)}`;
    if (isIntegerKind(kind)) {
      yield* this.jsonRowsBySeq(kind.table, columns, columns, afterSeq);
      return;
    }
    const first = guard(this.file, () => this.db.prepare(`SELECT ${columns} FROM ${table} ORDER BY seq LIMIT ${KIND_ROWS_CHUNK}`).raw(true));
    const after = guard(this.file, () => this.db.prepare(`SELECT ${columns} FROM ${table} WHERE seq > ? ORDER BY seq LIMIT ${KIND_ROWS_CHUNK}`).raw(true));
    let chunk = guard(this.file, () => (afterSeq === null ? first.all() : after.all(afterSeq)) as unknown[][]);
    for (;;) {
      yield* chunk;
      if (chunk.length < KIND_ROWS_CHUNK) return;
      const last = (chunk[chunk.length - 1] as unknown[])[0];
      chunk = advancing(this.file, kind.table, last, guard(this.file, () => after.all(last) as unknown[][]));
    }
  }

  /**
   * `kindRows` of an all-integer typed table read straight from the file's
   * B-tree pages (file-rows.ts), about 3.5 times as fast, where the file
   * alone holds the table (no -wal or -journal beside it, a standard
   * header); through SQL otherwise. Should the pages turn out not to read
   * as a well-formed table does, the rest comes through SQL from the row
   * after the last one given. For whole-table checks (replay's typed rows).
   */
  *kindRowsFromFile(kind: EventKindDescriptor): IterableIterator<unknown[]> {
    let afterSeq: number | null = null;
    const source = isIntegerKind(kind) ? this.pagesOfFile() : null;
    if (source !== null) {
      const root = guard(this.file, () => this.db.prepare(`SELECT rootpage FROM main.sqlite_schema WHERE type = 'table' AND name = ?`).pluck(true).get(kind.table)) as number | undefined;
      if (root !== undefined) {
        try {
          for (const row of fileTableRows(source.fd, source.geometry, root, ENVELOPE_COLUMNS.length + kind.fields.length)) {
            afterSeq = row[0] as number;
            yield row;
          }
          return;
        } catch (error) {
          if (!(error instanceof FileRowsUnavailable)) throw error;
        }
      }
    }
    yield* this.kindRows(kind, afterSeq);
  }

  /** The file opened for `fileTableRows` (once), or null when its pages are not the whole table (see kindRowsFromFile). */
  private pagesOfFile(): { fd: number; geometry: FileGeometry } | null {
    if (this.filePages === undefined) {
      const journal = guard(this.file, () => this.db.pragma('journal_mode', { simple: true })) as string;
      const alone = journal !== 'wal' && walBytes(this.file) === 0 && !existsSync(`${this.file}-journal`);
      this.filePages = alone ? openForRows(this.file) : null;
    }
    return this.filePages;
  }

  /** The page_miss rows, `[machine_page, home_node, misses, misses_local, latency_ticks]`, by page and node. */
  pageMissRows(): unknown[][] {
    return guard(this.file, () => this.db.prepare('SELECT * FROM main.page_miss ORDER BY machine_page, home_node').raw(true).all() as unknown[][]);
  }

  close(): void {
    if (this.filePages) closeSync(this.filePages.fd);
    this.filePages = null;
    this.db.close();
  }
}

/** This schema's event kinds by id: what a trace's `event_kind` rows must match. */
const KNOWN_KINDS = new Map(EVENT_KINDS.map((k) => [k.id, k]));

/** A value read from a trace, quoted, shortened and with control characters escaped, for one error line. */
function shown(value: unknown): string {
  const text = typeof value === 'string' && value.length > 80 ? `${value.slice(0, 80)}…` : value;
  return JSON.stringify(text) ?? String(text);
}

function quoteIdentifier(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}

/** Rows whose first value is their seq, in seq order: as they are when already so (the usual case, checked in one pass), else sorted. */
export function inSeqOrder(rows: unknown[][]): unknown[][] {
  for (let i = 1; i < rows.length; i++) {
    if (((rows[i] as unknown[])[0] as number) <= ((rows[i - 1] as unknown[])[0] as number)) return rows.sort((x, y) => (x[0] as number) - (y[0] as number));
  }
  return rows;
}

function readRun(db: Database.Database): RunInfo {
  const row = db
    .prepare(
      `SELECT scenario_name AS scenarioName, scenario_json AS scenarioJson, seed, level, schema_version AS schemaVersion,
              model_version AS modelVersion, proto_file AS protoFile, proto_message AS protoMessage, batch_size AS batchSize,
              status, event_count AS eventCount, batch_count AS batchCount, final_hash AS finalHash, sim_ticks AS simTicks,
              started_at AS startedAt, finished_at AS finishedAt, wall_seconds AS wallSeconds, error
       FROM run WHERE id = 1`,
    )
    .get() as RunInfo | undefined;
  if (row === undefined) throw new SQLiteNotATrace('its run table is empty');
  validateRun(row);
  return row;
}

/** Largest batch a trace may declare: bounds what replay allocates for one batch. */
const MAX_BATCH_SIZE = 1_000_000;

/** Every run field that reaches a computation, an allocation or a name is checked before use. */
function validateRun(run: RunInfo): void {
  const bad = (field: string, value: unknown, what: string) => new InvalidRun(`run.${field} is ${JSON.stringify(value)}, not ${what}`);
  const count = (field: keyof RunInfo, min = 0, max = Number.MAX_SAFE_INTEGER) => {
    const value = run[field];
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) throw bad(field, value, `an integer in ${min}..${max}`);
  };
  count('seed');
  count('batchSize', 1, MAX_BATCH_SIZE);
  count('eventCount');
  count('batchCount');
  count('schemaVersion', 1, SCHEMA_VERSION);
  if (run.simTicks !== null) count('simTicks');
  if (typeof run.level !== 'string' || !/^[a-z]{1,32}$/.test(run.level)) throw bad('level', run.level, 'a trace level name');
  if (!['running', 'complete', 'incomplete', 'failed'].includes(run.status)) throw bad('status', run.status, 'a run status');
  for (const field of ['scenarioName', 'scenarioJson', 'modelVersion'] as const) {
    if (typeof run[field] !== 'string') throw bad(field, run[field], 'text');
  }
  if (run.finalHash !== null && !/^[0-9a-f]{64}$/.test(String(run.finalHash))) throw bad('finalHash', run.finalHash, 'a hex SHA-256 or NULL');
}

class SQLiteNotATrace extends Error {}
class InvalidRun extends Error {}

function walMissing(file: string): TraceFileError {
  return new TraceFileError(
    'wal-missing',
    file,
    `${file} is in WAL mode but its WAL is missing: ${path.basename(file)}-wal holds the batches not yet checkpointed; copy it along with the .db (or copy the trace after its recorder has ended)`,
  );
}

/** Whether every column of the kind's typed table is an INTEGER (rows then read as JSON, or from the file's pages). */
function isIntegerKind(kind: EventKindDescriptor): boolean {
  return kind.fields.every((f) => sqlTypeOf(f) === 'INTEGER');
}

/**
 * Cheap checks before SQLite sees the file: present, a SQLite file, not
 * truncated. A file in WAL mode with its -wal beside it may be shorter than
 * its header says (its latest pages are in the WAL): SQLite decides then.
 */
function checkHeader(file: string): { walMode: boolean; walPresent: boolean } {
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new TraceFileError('not-sqlite', file, `${file} is a directory, not a trace`);
    size = stat.size;
  } catch (error) {
    if (error instanceof TraceFileError) throw error;
    throw new TraceFileError('not-found', file, `trace not found: ${file}`);
  }
  const header = Buffer.alloc(100);
  const fd = openSync(file, 'r');
  let read: number;
  try {
    read = readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  const walPresent = walBytes(file) > 0;
  if (read === 0 && walPresent) return { walMode: true, walPresent };
  if (read < 100 || header.toString('latin1', 0, 16) !== SQLITE_MAGIC) {
    throw new TraceFileError('not-sqlite', file, `${file} is not a SQLite database, so not a trace`);
  }
  const walMode = header[18] === 2 && header[19] === 2;
  const pageSize = header.readUInt16BE(16) === 1 ? 65536 : header.readUInt16BE(16);
  const pages = header.readUInt32BE(28);
  const headerValid = header.readUInt32BE(24) === header.readUInt32BE(92);
  if (headerValid && pages > 0 && size < pages * pageSize && !walPresent) {
    if (walMode) throw walMissing(file);
    throw new TraceFileError('corrupt', file, `${file} is truncated: ${size} bytes, but its header says ${pages * pageSize}`);
  }
  return { walMode, walPresent };
}

function walBytes(file: string): number {
  const wal = `${file}-wal`;
  if (!existsSync(wal)) return 0;
  try {
    return statSync(wal).size;
  } catch {
    return 0;
  }
}

function checkSchema(file: string, db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  const hasRun = db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'run'`).get();
  if (version > SCHEMA_VERSION) {
    throw new TraceFileError(
      'newer-schema',
      file,
      `${file} has trace schema version ${version}, newer than this tool's ${SCHEMA_VERSION}; use a newer disco-sim`,
    );
  }
  if (!hasRun || version === 0) throw new TraceFileError('not-a-trace', file, `${file} is a SQLite database but not a Disco trace`);
  for (const table of ['batch', 'event_kind', 'schema_file']) {
    if (!db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?`).get(table)) {
      throw new TraceFileError('not-a-trace', file, `${file} is not a usable Disco trace: its ${table} table is missing`);
    }
  }
}

/**
 * One JSON chunk of a typed table (jsonRowsBySeq), parsed. The statements are
 * the reader's own and prepared without error, so a failure here comes from
 * the values the file holds, which only a damaged or edited file can have:
 * a BLOB where the table's STRICT columns hold integers ("JSON cannot hold
 * BLOB values"), or one SQLite's JSON functions take for JSONB and copy out
 * unquoted, so that the text does not parse. That is bad input, named with
 * its table; a damaged page SQLite reports itself becomes `corrupt` in
 * `guard` as elsewhere.
 */
function chunkRows(file: string, table: string, statement: Database.Statement, args: readonly unknown[]): unknown[][] {
  let json: string;
  try {
    json = statement.get(...args) as string;
  } catch (error) {
    if ((error as Error).name !== 'SqliteError' || fileProblem(file, error) !== undefined) throw error;
    throw TraceFileError.damaged(file, `table ${table} cannot be read: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(json) as unknown[][];
  } catch (error) {
    throw TraceFileError.damaged(file, `table ${table} cannot be read: its values do not make JSON (${(error as Error).message})`);
  }
}

/**
 * The chunk read after seq `last`, checked to begin after it. SQLite finds
 * `seq > last` by the keys of the table's interior pages; where damage has
 * changed them, the seek can land before `last` again and hand back rows
 * already given, so that reading chunk by chunk would never end.
 */
function advancing(file: string, table: string, last: unknown, chunk: unknown[][]): unknown[][] {
  const next = chunk.length === 0 ? null : ((chunk[0] as unknown[])[0] as unknown);
  if (next === null || (typeof next === 'number' && typeof last === 'number' && next > last)) return chunk;
  throw TraceFileError.damaged(file, `table ${table} cannot be read: its rows come back out of seq order (seq ${String(next)} after seq ${String(last)}), so its B-tree is damaged`);
}

/** Maps SQLite's failures on a bad file to one-line `TraceFileError`s. */
function guard<T>(file: string, action: () => T): T {
  try {
    return action();
  } catch (error) {
    if (error instanceof TraceFileError || error instanceof QueryError) throw error;
    throw fileProblem(file, error) ?? error;
  }
}

/** The `TraceFileError` that a failure on a bad file stands for, if it is one. */
function fileProblem(file: string, error: unknown): TraceFileError | undefined {
  if (error instanceof TraceFileError) return error;
  if (error instanceof SQLiteNotATrace) return new TraceFileError('not-a-trace', file, `${file} is not a Disco trace: ${error.message}`);
  if (error instanceof InvalidRun) return new TraceFileError('invalid-run', file, `${file} is not a usable trace: ${error.message}`);
  const code = (error as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB') return new TraceFileError('not-sqlite', file, `${file} is not a SQLite database, so not a trace`);
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_IOERR_SHORT_READ') {
    return new TraceFileError('corrupt', file, `${file} is corrupt: ${(error as Error).message}`);
  }
  if (code.startsWith('SQLITE_CANTOPEN')) return new TraceFileError('read-only', file, `cannot open ${file}: ${(error as Error).message}`);
  return undefined;
}

/** Streams rows, mapping a damaged page met half-way to a `TraceFileError`. */
function* guardedRows(file: string, rows: IterableIterator<unknown[]>): IterableIterator<unknown[]> {
  try {
    for (;;) {
      const next = guard(file, () => rows.next());
      if (next.done) return;
      yield next.value;
    }
  } finally {
    rows.return?.();
  }
}

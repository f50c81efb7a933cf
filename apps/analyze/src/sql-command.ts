import { spawnSync } from 'node:child_process';
import { installAnalysisViews } from '@disco/analysis';
import { formatTable, UsageError, type TableFormat } from '@disco/cli-kit';
import { TraceReader } from '@disco/trace-store';

export interface SqlFlags {
  json?: boolean;
  csv?: boolean;
  timeout: string;
}

/** Default of `--timeout`, in seconds. */
export const DEFAULT_SQL_TIMEOUT_S = 30;

/** Set in the child process that runs the query (see `sqlCommand`). */
const CHILD_ENV = 'DISCO_ANALYZE_SQL_CHILD';

/** A query that ran past `--timeout`: it is stopped, nothing was printed. */
class SqlTimeout extends Error {
  override readonly name = 'SqlTimeout';
  readonly exitCode = 2;
}

/** A statement that fails while it runs (after it prepared), e.g. `json_extract` of a non-JSON text. */
class SqlRunError extends Error {
  override readonly name = 'SqlRunError';
  readonly exitCode = 2;
}

function parseTimeout(text: string): number {
  const seconds = Number(text);
  if (text.trim() === '' || !Number.isFinite(seconds) || seconds < 0 || seconds > 86_400) {
    throw new UsageError(`--timeout must be a number of seconds from 0 (no limit) to 86400, not '${text}'`);
  }
  return seconds;
}

/** The statement's first keyword, after whitespace and comments. */
function firstKeyword(query: string): string {
  const body = query.replace(/^(\s+|--[^\n]*(\n|$)|\/\*[\s\S]*?(\*\/|$))*/, '');
  return /^[A-Za-z]+/.exec(body)?.[0]?.toUpperCase() ?? '';
}

/**
 * `disco-analyze FILE sql QUERY`. SQLite cannot be interrupted from
 * better-sqlite3 (no progress handler, no sqlite3_interrupt), and a
 * worker_threads Worker stuck in sqlite3_step ignores terminate() and keeps
 * the process from exiting; so with a time limit the query runs in a child
 * process (this same CLI, stdout and stderr inherited) that is killed with
 * SIGKILL when the limit passes. The child only reads: the trace is opened
 * read-only, so killing it loses nothing.
 */
export function sqlCommand(file: string, query: string, flags: SqlFlags, format: TableFormat): void {
  const timeout = parseTimeout(flags.timeout);
  const keyword = firstKeyword(query);
  if (keyword === 'ATTACH' || keyword === 'DETACH') throw new UsageError('sql runs on the trace alone: ATTACH/DETACH are refused');
  if (timeout === 0 || process.env[CHILD_ENV] === '1') {
    runQuery(file, query, format);
    return;
  }
  const result = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, [CHILD_ENV]: '1' },
    timeout: timeout * 1000,
    killSignal: 'SIGKILL',
  });
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT' || result.signal === 'SIGKILL') {
    throw new SqlTimeout(`the query ran past --timeout ${timeout} s and was stopped (give --timeout <seconds>, 0 for no limit)`);
  }
  if (result.error) throw result.error;
  process.exitCode = result.status ?? 70;
}

function runQuery(file: string, query: string, format: TableFormat): void {
  const reader = TraceReader.open(file);
  let table: { columns: string[]; rows: unknown[][] };
  try {
    installAnalysisViews(reader);
    table = exactRows(reader, query);
  } finally {
    reader.close();
  }
  process.stdout.write(formatTable(table, format));
}

/**
 * Rows with every INTEGER exact: read as bigint (better-sqlite3's
 * safeIntegers), kept as bigint only past 2^53, where a number would round.
 */
function exactRows(reader: TraceReader, query: string): { columns: string[]; rows: unknown[][] } {
  let streamed: ReturnType<TraceReader['iterate']>;
  try {
    streamed = reader.iterate(query, [], { safeIntegers: true });
  } catch (error) {
    // Not a reader (a PRAGMA that sets, BEGIN …) or refused: query() says which.
    if (/only a read-only query can be streamed/.test((error as Error).message)) return reader.query(query);
    throw error;
  }
  const rows: unknown[][] = [];
  try {
    for (const row of streamed.rows) rows.push(row.map(exactValue));
  } catch (error) {
    if ((error as Error).name === 'SqliteError') throw new SqlRunError(`SQL error: ${(error as Error).message}`);
    throw error;
  }
  return { columns: streamed.columns, rows };
}

function exactValue(value: unknown): unknown {
  if (typeof value !== 'bigint') return value;
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
}

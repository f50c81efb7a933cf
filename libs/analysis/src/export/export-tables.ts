import { constants, lstatSync, openSync } from 'node:fs';
import path from 'node:path';
import { EVENT_KINDS } from '@disco/trace-schema';
import type { TraceReader } from '@disco/trace-store';

export type ColumnKind = 'integer' | 'real' | 'text' | 'json';

/** A table (or the `events` view) to export, with its columns' kinds. */
export interface ExportTable {
  readonly name: string;
  readonly sql: string;
  readonly rows: number;
  readonly columns: readonly { name: string; kind: ColumnKind }[];
}

/**
 * Names read from a trace that reach a file name or an SQL identifier must
 * match this (lower-case SQL identifiers, as every generated table and column
 * is): no dots, slashes, quotes or spaces.
 */
export const TRACE_IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/** The typed tables this schema knows; `event_kind.table_name` must be one of them. */
const KNOWN_TABLES = new Set(EVENT_KINDS.map((k) => k.table));
const ENVELOPE_NAMES = ['seq', 'tick', 'cpu', 'node', 'vm'];
const ENVELOPE: readonly { name: string; kind: ColumnKind }[] = ENVELOPE_NAMES.map((name) => ({ name, kind: 'integer' }));
const SQL_TYPES: Record<string, ColumnKind> = { INTEGER: 'integer', REAL: 'real', TEXT: 'text' };

/** A trace whose own metadata (a table or column name in `event_kind`) cannot be trusted: bad input, exit 2. */
export class UntrustedTraceError extends Error {
  override readonly name = 'UntrustedTraceError';
  readonly exitCode = 2;
}

/** `text` shortened and with control characters escaped, so a crafted name cannot garble the error line. */
function shown(text: unknown): string {
  const s = JSON.stringify(typeof text === 'string' ? (text.length > 80 ? `${text.slice(0, 80)}…` : text) : text) ?? String(text);
  return s;
}

/**
 * What an export writes: the `events` view (payloads as JSON), then every
 * typed event table that has rows, in `event_kind` order. Column kinds come
 * from `event_kind.columns`; repeated fields (JSON arrays) are `json`.
 *
 * Every name comes from the trace, which may have been crafted: a table name
 * must be one of this schema's typed tables (so also a plain identifier, and
 * never `events`), appear once, and exist; each column name must match
 * TRACE_IDENTIFIER, appear once and be a column of its table. Anything else
 * is an `UntrustedTraceError` naming the bad name, before a file is written.
 */
export function exportTables(reader: TraceReader): ExportTable[] {
  const kinds = reader.query('SELECT table_name, columns FROM event_kind ORDER BY id').rows as [unknown, unknown][];
  const file = path.basename(reader.file);
  const bad = (what: string) => new UntrustedTraceError(`${file}: ${what}; the trace's event_kind table was altered or is damaged`);
  const tables: ExportTable[] = [];
  const seen = new Set<string>();
  let total = 0;
  for (const [table, columnsJson] of kinds) {
    if (typeof table !== 'string' || !TRACE_IDENTIFIER.test(table) || !KNOWN_TABLES.has(table)) {
      throw bad(`event_kind names table ${shown(table)}, which is not a typed table of this schema`);
    }
    if (seen.has(table)) throw bad(`event_kind names table ${shown(table)} twice`);
    seen.add(table);
    if (!reader.hasTable(table)) continue;
    const rows = (reader.query(`SELECT count(*) FROM "${table}"`).rows[0] as [number])[0];
    if (rows === 0) continue;
    total += rows;
    const fields = parseColumns(table, columnsJson, new Set(reader.columnTypes(table).map((c) => c.name)), bad);
    const columns = [...ENVELOPE, ...fields];
    tables.push({ name: table, sql: `SELECT ${columns.map((c) => `"${c.name}"`).join(', ')} FROM "${table}" ORDER BY seq`, rows, columns });
  }
  const events: ExportTable = {
    name: 'events',
    sql: 'SELECT seq, tick, kind, cpu, node, vm, args FROM events',
    rows: total,
    columns: [
      { name: 'seq', kind: 'integer' },
      { name: 'tick', kind: 'integer' },
      { name: 'kind', kind: 'text' },
      { name: 'cpu', kind: 'integer' },
      { name: 'node', kind: 'integer' },
      { name: 'vm', kind: 'integer' },
      { name: 'args', kind: 'json' },
    ],
  };
  return [events, ...tables];
}

function parseColumns(table: string, json: unknown, actual: ReadonlySet<string>, bad: (what: string) => Error): { name: string; kind: ColumnKind }[] {
  let fields: unknown;
  try {
    fields = typeof json === 'string' ? JSON.parse(json) : undefined;
  } catch {
    fields = undefined;
  }
  if (!Array.isArray(fields)) throw bad(`the columns of table ${shown(table)} are not a JSON array`);
  const names = new Set(ENVELOPE_NAMES);
  return fields.map((f: unknown) => {
    const { name, type, repeated } = (typeof f === 'object' && f !== null ? f : {}) as { name?: unknown; type?: unknown; repeated?: unknown };
    if (typeof name !== 'string' || !TRACE_IDENTIFIER.test(name)) throw bad(`table ${shown(table)} has a column named ${shown(name)}, not a plain identifier`);
    if (names.has(name)) throw bad(`table ${shown(table)} names column ${shown(name)} twice`);
    if (!actual.has(name)) throw bad(`table ${shown(table)} has no column ${shown(name)}, which event_kind lists`);
    names.add(name);
    const kind = repeated === true ? 'json' : typeof type === 'string' ? SQL_TYPES[type] : undefined;
    if (kind === undefined) throw bad(`column ${shown(`${table}.${name}`)} has type ${shown(type)}, not INTEGER, REAL or TEXT`);
    return { name, kind };
  });
}

/**
 * Opens `<dir>/<name><extension>` for writing, for a name already checked by
 * exportTables: the path must resolve to a file directly inside `dir`, and an
 * existing symbolic link there is refused (never followed) so a prepared
 * directory cannot redirect the write elsewhere.
 */
export function openExportFile(dir: string, name: string, extension: string): { file: string; fd: number } {
  if (!TRACE_IDENTIFIER.test(name)) throw new UntrustedTraceError(`refusing to write a file for table ${shown(name)}: not a plain identifier`);
  const root = path.resolve(dir);
  const file = path.join(dir, `${name}${extension}`);
  if (path.dirname(path.resolve(file)) !== root) throw new UntrustedTraceError(`refusing to write ${file}: it is not inside ${dir}`);
  let isLink = false;
  try {
    isLink = lstatSync(file).isSymbolicLink();
  } catch {
    // absent: created below
  }
  if (isLink) throw new UntrustedTraceError(`refusing to write ${file}: it is a symbolic link`);
  const fd = openSync(file, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0), 0o644);
  return { file, fd };
}

import path from 'node:path';
import { kindOfId } from '@disco/trace-schema';
import { TraceFileError, type TraceReader } from '@disco/trace-store';

export type ColumnKind = 'integer' | 'real' | 'text' | 'json';

/** A table (or the `events` view) to export, with its columns' kinds. */
export interface ExportTable {
  readonly name: string;
  readonly sql: string;
  readonly rows: number;
  readonly columns: readonly { name: string; kind: ColumnKind }[];
}

const ENVELOPE: readonly { name: string; kind: ColumnKind }[] = ['seq', 'tick', 'cpu', 'node', 'vm'].map((name) => ({ name, kind: 'integer' }));

/**
 * What an export writes: the `events` view (payloads as JSON), then every
 * typed event table that has rows, in `event_kind` order. Column kinds come
 * from `event_kind.columns`; repeated fields (JSON arrays) are `json`.
 */
export function exportTables(reader: TraceReader): ExportTable[] {
  const kinds = reader.query('SELECT id, table_name, columns FROM event_kind ORDER BY id').rows as [number, string, string][];
  const tables: ExportTable[] = [];
  let total = 0;
  for (const [id, table, columnsJson] of kinds) {
    checkKnownKind(reader, id, table, columnsJson);
    if (!reader.hasTable(table)) continue;
    const rows = (reader.query(`SELECT count(*) FROM "${table}"`).rows[0] as [number])[0];
    if (rows === 0) continue;
    total += rows;
    const fields = (JSON.parse(columnsJson) as { name: string; type: string; repeated: boolean }[]).map((f) => ({
      name: f.name,
      kind: (f.repeated ? 'json' : f.type === 'INTEGER' ? 'integer' : f.type === 'REAL' ? 'real' : 'text') as ColumnKind,
    }));
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

/**
 * A trace is someone else's file: the table and column names in its
 * `event_kind` become SQL identifiers and file names, so each must be the one
 * this code's schema gives that kind id (a name with `../` or a quote in it
 * never gets that far).
 */
function checkKnownKind(reader: TraceReader, id: number, table: string, columnsJson: string): void {
  const known = kindOfId(id);
  const bad = (what: string) => new TraceFileError('corrupt', reader.file, `${reader.file}: event_kind ${JSON.stringify(id)} ${what}; the trace was altered or is not from this simulator`);
  if (known === undefined) throw bad('is not a known event kind');
  if (table !== known.table) throw bad(`names table ${JSON.stringify(table)}, not '${known.table}'`);
  let columns: unknown;
  try {
    columns = JSON.parse(columnsJson);
  } catch {
    throw bad('has columns that are not JSON');
  }
  const allowed = new Set(known.fields.map((f) => f.column));
  if (!Array.isArray(columns)) throw bad('has columns that are not a list');
  for (const c of columns as { name?: unknown }[]) {
    if (typeof c?.name !== 'string' || !allowed.has(c.name)) throw bad(`has column ${JSON.stringify(c?.name)}, not one of ${known.table}'s`);
  }
}

/** The file `name` + `extension` in `dir`, refusing any name that would resolve outside it. */
export function fileInside(dir: string, name: string, extension: string): string {
  const root = path.resolve(dir);
  const file = path.resolve(root, `${name}${extension}`);
  if (!/^[a-z][a-z0-9_]*$/.test(name) || path.dirname(file) !== root) throw new RangeError(`refusing to write ${JSON.stringify(name + extension)} outside ${root}`);
  return file;
}

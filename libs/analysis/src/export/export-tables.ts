import type { TraceReader } from '@disco/trace-store';

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
  const kinds = reader.query('SELECT table_name, columns FROM event_kind ORDER BY id').rows as [string, string][];
  const tables: ExportTable[] = [];
  let total = 0;
  for (const [table, columnsJson] of kinds) {
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

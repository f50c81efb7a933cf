import Database from 'better-sqlite3';
import { EVENTS_PROTO, PROTO_FILE } from '@disco/trace-schema';
import { eventTablesDdl } from './event-tables';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';

/** One row of `sqlite_schema`: a table, index, view or trigger of a trace. */
export interface SchemaObject {
  readonly type: string;
  readonly name: string;
  readonly tblName: string;
  readonly sql: string | null;
}

/** Tables whose every row is fixed by the schema (the same in every trace of a version). */
export const FIXED_TABLES = ['event_kind', 'enum_value', 'schema_file'] as const;
export type FixedTable = (typeof FIXED_TABLES)[number];

/** What a trace of this schema version must hold besides its run: its objects and its fixed rows. */
export interface ReferenceSchema {
  readonly objects: readonly SchemaObject[];
  readonly rows: Readonly<Record<FixedTable, readonly unknown[][]>>;
}

/** Creates a new trace's tables, views and fixed rows on `db` (inside the caller's transaction). */
export function createTraceSchema(db: Database.Database): void {
  for (const migration of MIGRATIONS) db.exec(migration);
  db.exec(eventTablesDdl());
  db.prepare('INSERT INTO schema_file (name, text) VALUES (?, ?)').run(PROTO_FILE, EVENTS_PROTO);
}

/** Every object of `db`'s main schema, by type and name. */
export function schemaObjectsOf(db: Database.Database): SchemaObject[] {
  return db
    .prepare(`SELECT type, name, tbl_name AS tblName, sql FROM main.sqlite_schema ORDER BY type, name`)
    .all() as SchemaObject[];
}

/** `SELECT *` of a fixed table, in a stable order, as arrays. */
export function fixedRowsSql(table: FixedTable): string {
  return `SELECT * FROM main."${table}" ORDER BY 1, 2`;
}

let reference: ReferenceSchema | undefined;

/**
 * The schema this code writes, built once in an in-memory database by the
 * same statements that create a trace: a trace is checked against it object
 * by object and fixed row by fixed row.
 */
export function referenceSchema(): ReferenceSchema {
  if (reference !== undefined) return reference;
  const db = new Database(':memory:');
  try {
    db.transaction(() => createTraceSchema(db))();
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
    const rows = {} as Record<FixedTable, unknown[][]>;
    for (const table of FIXED_TABLES) rows[table] = db.prepare(fixedRowsSql(table)).raw(true).all() as unknown[][];
    reference = { objects: schemaObjectsOf(db), rows };
    return reference;
  } finally {
    db.close();
  }
}

import { ENUMS, EVENT_KINDS, type EventKindDescriptor, type FieldDescriptor } from '@disco/trace-schema';

/** Columns every typed event table starts with. */
export const ENVELOPE_COLUMNS = ['seq', 'tick', 'cpu', 'node', 'vm'] as const;

export function sqlTypeOf(field: FieldDescriptor): 'INTEGER' | 'REAL' | 'TEXT' {
  if (field.repeated || field.protoType === 'string') return 'TEXT';
  if (field.protoType === 'double' || field.protoType === 'float') return 'REAL';
  return 'INTEGER';
}

/** DDL for the typed tables, the `events` view and the `event_kind` rows. */
export function eventTablesDdl(kinds: readonly EventKindDescriptor[] = EVENT_KINDS): string {
  const statements: string[] = [];
  for (const kind of kinds) {
    const columns = kind.fields.map((f) => `  ${quote(f.column)} ${sqlTypeOf(f)}`);
    statements.push(
      `CREATE TABLE ${quote(kind.table)} (\n  seq INTEGER PRIMARY KEY,\n  tick INTEGER NOT NULL,\n  cpu INTEGER NOT NULL,\n` +
        `  node INTEGER NOT NULL,\n  vm INTEGER NOT NULL${columns.length ? ',\n' : ''}${columns.join(',\n')}\n) STRICT;`,
    );
    const described = kind.fields.map((f) => ({
      name: f.column,
      type: sqlTypeOf(f),
      proto_type: f.protoType,
      repeated: f.repeated,
      ...(f.enumType ? { enum: f.enumType } : {}),
    }));
    statements.push(
      `INSERT INTO event_kind (id, name, table_name, columns) VALUES (${kind.id}, ${literal(kind.type)}, ${literal(kind.table)}, ${literal(JSON.stringify(described))});`,
    );
  }
  for (const [enumName, values] of Object.entries(ENUMS)) {
    for (const [name, value] of Object.entries(values)) {
      statements.push(`INSERT INTO enum_value (enum_name, value, name) VALUES (${literal(enumName)}, ${value}, ${literal(name)});`);
    }
  }
  const selects = kinds.map((kind) => {
    const args = kind.fields.map((f) => `${literal(f.column)}, ${f.repeated ? `json(${quote(f.column)})` : quote(f.column)}`);
    return `SELECT seq, tick, ${literal(kind.type)} AS kind, cpu, node, vm, json_object(${args.join(', ')}) AS args FROM ${quote(kind.table)}`;
  });
  statements.push(
    `-- Every event, one row each: kind is the message name, args its payload as JSON.\n` +
      `CREATE VIEW events AS\n${selects.join('\nUNION ALL\n')}\nORDER BY seq;`,
  );
  return statements.join('\n');
}

/** The INSERT statement of a kind's typed table for `rows` rows, with one `?` per column. */
export function insertSql(kind: EventKindDescriptor, rows = 1): string {
  const columns = [...ENVELOPE_COLUMNS, ...kind.fields.map((f) => quote(f.column))];
  const row = `(${columns.map(() => '?').join(', ')})`;
  return `INSERT INTO ${quote(kind.table)} (${columns.join(', ')}) VALUES ${new Array(rows).fill(row).join(', ')}`;
}

function quote(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}

function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

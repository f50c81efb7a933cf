/** Output formats for tabular results. */
export type TableFormat = 'table' | 'json' | 'csv';

export interface Table {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly unknown[])[];
}

/** Renders rows as an aligned text table, JSON objects or RFC 4180 CSV. */
export function formatTable(table: Table, format: TableFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(table.rows.map((row) => Object.fromEntries(table.columns.map((c, i) => [c, jsonValue(row[i])]))), null, 2)}\n`;
    case 'csv':
      return [table.columns, ...table.rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
    case 'table':
      return textTable(table);
  }
}

function jsonValue(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Uint8Array) return Buffer.from(value).toString('hex');
  return value;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (value instanceof Uint8Array) return `x'${Buffer.from(value).toString('hex')}'`;
  return String(value);
}

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : value instanceof Uint8Array ? Buffer.from(value).toString('hex') : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function textTable(table: Table): string {
  const cells = table.rows.map((row) => row.map(cellText));
  const widths = table.columns.map((c, i) => Math.max(c.length, ...cells.map((r) => (r[i] ?? '').length)));
  const numeric = table.columns.map((_, i) => table.rows.length > 0 && table.rows.every((r) => typeof r[i] === 'number' || r[i] === null));
  const line = (values: readonly string[]) =>
    values.map((v, i) => (numeric[i] ? v.padStart(widths[i]!) : v.padEnd(widths[i]!))).join('  ').trimEnd();
  const out = [line(table.columns), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const row of cells) out.push(line(row));
  out.push(`(${table.rows.length} row${table.rows.length === 1 ? '' : 's'})`);
  return `${out.join('\n')}\n`;
}

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
      return `${exactJson(table.rows.map((row) => Object.fromEntries(table.columns.map((c, i) => [c, jsonValue(row[i])]))))}\n`;
    case 'csv':
      return [table.columns, ...table.rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
    case 'table':
      return textTable(table);
  }
}

/** Stands for a bigint in JSON.stringify's output until it becomes the number's exact digits. */
const BIGINT_MARK = '\u0000bigint\u0000';

/** JSON.stringify, indented, with every bigint written as its exact digits (a JSON number past 2^53). */
function exactJson(value: unknown): string {
  const text = JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? `${BIGINT_MARK}${v.toString()}${BIGINT_MARK}` : v), 2);
  return text.replace(/"\\u0000bigint\\u0000(-?\d+)\\u0000bigint\\u0000"/g, '$1');
}

function jsonValue(value: unknown): unknown {
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value;
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
  const numeric = table.columns.map((_, i) => table.rows.length > 0 && table.rows.every((r) => typeof r[i] === 'number' || typeof r[i] === 'bigint' || r[i] === null));
  const line = (values: readonly string[]) =>
    values.map((v, i) => (numeric[i] ? v.padStart(widths[i]!) : v.padEnd(widths[i]!))).join('  ').trimEnd();
  const out = [line(table.columns), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const row of cells) out.push(line(row));
  out.push(`(${table.rows.length} row${table.rows.length === 1 ? '' : 's'})`);
  return `${out.join('\n')}\n`;
}

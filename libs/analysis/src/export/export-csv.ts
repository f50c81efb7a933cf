import { closeSync, rmSync, writeSync } from 'node:fs';
import { TraceFileError, type TraceReader } from '@disco/trace-store';
import { exportTables, openExportFile, type ColumnKind } from './export-tables';

export interface ExportedFile {
  readonly table: string;
  readonly file: string;
  readonly rows: number;
}

/** Rows are written in chunks of about this many characters. */
const CHUNK_CHARS = 1 << 20;

/**
 * Writes `events.csv` and one `<table>.csv` per non-empty typed table into
 * `dir` (RFC 4180, header row, NULL as an empty cell, JSON arrays and objects
 * as text). Streams rows, so a trace of any size fits in memory.
 */
export function exportCsv(reader: TraceReader, dir: string, onRows?: (rows: number) => void): ExportedFile[] {
  const files: ExportedFile[] = [];
  let done = 0;
  for (const table of exportTables(reader)) {
    const { file, fd } = openExportFile(dir, table.name, '.csv');
    let rows = 0;
    try {
      // SQLite builds each line: one value per row crosses into JavaScript instead of one per cell (≈4× faster).
      const { rows: iterator } = reader.iterate(`SELECT ${csvLineSql(table.columns)} FROM (${table.sql})`);
      let chunk = `${table.columns.map((c) => csvCell(c.name)).join(',')}\r\n`;
      for (const row of iterator) {
        chunk += `${row[0] as string}\r\n`;
        rows++;
        if (chunk.length >= CHUNK_CHARS) {
          writeSync(fd, chunk);
          chunk = '';
          onRows?.(done + rows);
        }
      }
      writeSync(fd, chunk);
    } catch (error) {
      closeSync(fd);
      rmSync(file, { force: true });
      throw unreadable(reader, table.name, error);
    }
    closeSync(fd);
    done += rows;
    onRows?.(done);
    files.push({ table: table.name, file, rows });
  }
  return files;
}

/**
 * A table of the trace that SQLite fails to read while it is exported (a
 * repeated field whose text is not JSON, a damaged page): one line naming the
 * table, exit 2, and the partial file removed by the caller.
 */
export function unreadable(reader: TraceReader, table: string, error: unknown): Error {
  if (error instanceof TraceFileError || (error as Error).name !== 'SqliteError') return error as Error;
  return TraceFileError.damaged(reader.file, `table ${table} cannot be exported: ${(error as Error).message}`);
}

/** A SQL expression that renders one row as an RFC 4180 line (NULL as an empty cell; text quoted when it must be). */
export function csvLineSql(columns: readonly { name: string; kind: ColumnKind }[]): string {
  return columns
    .map(({ name, kind }) => {
      const c = `"${name.replace(/"/g, '""')}"`;
      if (kind === 'integer' || kind === 'real') return `coalesce(${c}, '')`;
      return `CASE WHEN ${c} IS NULL THEN '' WHEN instr(${c}, '"') OR instr(${c}, ',') OR instr(${c}, char(10)) OR instr(${c}, char(13)) THEN '"' || replace(${c}, '"', '""') || '"' ELSE ${c} END`;
    })
    .join(" || ',' || ");
}

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = value instanceof Uint8Array ? Buffer.from(value).toString('hex') : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

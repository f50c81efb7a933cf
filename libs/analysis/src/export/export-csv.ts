import { closeSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { TraceReader } from '@disco/trace-store';
import { exportTables } from './export-tables';

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
    const file = path.join(dir, `${table.name}.csv`);
    const fd = openSync(file, 'w');
    let rows = 0;
    try {
      const { columns, rows: iterator } = reader.iterate(table.sql);
      let chunk = `${columns.map(csvCell).join(',')}\r\n`;
      for (const row of iterator) {
        chunk += `${row.map(csvCell).join(',')}\r\n`;
        rows++;
        if (chunk.length >= CHUNK_CHARS) {
          writeSync(fd, chunk);
          chunk = '';
          onRows?.(done + rows);
        }
      }
      writeSync(fd, chunk);
    } finally {
      closeSync(fd);
    }
    done += rows;
    onRows?.(done);
    files.push({ table: table.name, file, rows });
  }
  return files;
}

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = value instanceof Uint8Array ? Buffer.from(value).toString('hex') : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

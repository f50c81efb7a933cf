import { closeSync, rmSync, writeSync } from 'node:fs';
import { ByteWriter, ParquetWriter, type ColumnSource, type Writer } from 'hyparquet-writer';
import { TraceFileError, type TraceReader } from '@disco/trace-store';
import { unreadable, type ExportedFile } from './export-csv';
import { exportTables, openExportFile, type ColumnKind, type ExportTable } from './export-tables';

/** Rows per Parquet row group (and per chunk held in memory). */
export const PARQUET_ROW_GROUP = 100_000;

const PARQUET_TYPE: Record<ColumnKind, ColumnSource['type']> = { integer: 'INT64', real: 'DOUBLE', text: 'STRING', json: 'JSON' };

/**
 * Writes `events.parquet` and one `<table>.parquet` per non-empty typed table
 * into `dir`: INTEGER columns as INT64, REAL as DOUBLE, TEXT as UTF-8 strings,
 * JSON (payloads, repeated fields) with the JSON logical type; snappy pages,
 * row groups of PARQUET_ROW_GROUP rows, written as they are read.
 */
export function exportParquet(reader: TraceReader, dir: string, onRows?: (rows: number) => void): ExportedFile[] {
  const files: ExportedFile[] = [];
  let done = 0;
  for (const table of exportTables(reader)) {
    const { file, fd } = openExportFile(dir, table.name, '.parquet');
    let rows: number;
    try {
      rows = writeTable(reader, table, fd, (n) => onRows?.(done + n));
    } catch (error) {
      try {
        closeSync(fd);
      } catch {
        // Already closed by the writer's finish.
      }
      rmSync(file, { force: true });
      throw unreadable(reader, table.name, error);
    }
    done += rows;
    files.push({ table: table.name, file, rows });
  }
  return files;
}

function writeTable(reader: TraceReader, table: ExportTable, fd: number, onRows: (rows: number) => void): number {
  const schema = [
    { name: 'root', num_children: table.columns.length },
    ...table.columns.map((c) => ({
      name: c.name,
      type: c.kind === 'integer' ? 'INT64' : c.kind === 'real' ? 'DOUBLE' : 'BYTE_ARRAY',
      ...(c.kind === 'text' ? { converted_type: 'UTF8' } : c.kind === 'json' ? { converted_type: 'JSON' } : {}),
      repetition_type: 'OPTIONAL',
    })),
  ] as ConstructorParameters<typeof ParquetWriter>[0]['schema'];
  const writer = new ParquetWriter({ writer: fileWriter(fd), schema, createdBy: 'disco-analyze export parquet' });
  const { rows: iterator } = reader.iterate(table.sql, [], { safeIntegers: true });
  const width = table.columns.length;
  let buffers: unknown[][] = table.columns.map(() => []);
  let rows = 0;
  const flush = () => {
    if (buffers[0]!.length === 0) return;
    const columnData = table.columns.map((c, i) => ({ name: c.name, data: buffers[i]!, type: PARQUET_TYPE[c.kind] })) as ColumnSource[];
    writer.write({ columnData, rowGroupSize: PARQUET_ROW_GROUP });
    buffers = table.columns.map(() => []);
    onRows(rows);
  };
  for (const row of iterator) {
    for (let i = 0; i < width; i++) {
      try {
        buffers[i]!.push(cell(table.columns[i]!.kind, row[i]));
      } catch {
        const what = `${table.name}.${table.columns[i]!.name} of row ${rows + 1} is not JSON`;
        throw new TraceFileError('corrupt', reader.file, `${reader.file}: ${what}; the trace was altered or is not from this simulator`);
      }
    }
    rows++;
    if (rows % PARQUET_ROW_GROUP === 0) flush();
  }
  flush();
  writer.finish();
  return rows;
}

/**
 * A value as the Parquet column takes it. A JSON column arrives as SQLite's
 * JSON text and goes in parsed: hyparquet-writer JSON.stringifies every value
 * of a column of converted type JSON, so text given as is became a JSON string
 * holding the document, and DuckDB's `args->>'$.cpus'` was NULL. (Written
 * instead as UTF8 with the JSON logical type, or as the logical type alone,
 * DuckDB reads VARCHAR or BLOB, not JSON.) Its numbers are doubles on the
 * way: exact up to 2^53, which the payloads of this simulator stay below.
 */
function cell(kind: ColumnKind, value: unknown): unknown {
  if (kind === 'json' && typeof value === 'string') return JSON.parse(value);
  if (kind === 'real' && typeof value === 'bigint') return Number(value);
  return value;
}

/**
 * A hyparquet-writer `Writer` that spills to `fd` (closed at the end) whenever a megabyte has
 * accumulated (hyparquet-writer's own node `fileWriter` does the same, but its
 * types are not visible under this workspace's module resolution).
 */
function fileWriter(fd: number): Writer {
  const writer = new ByteWriter() as ByteWriter & { buffer: ArrayBuffer; view: DataView; index: number };
  const spill = () => {
    writeSync(fd, new Uint8Array(writer.buffer, 0, writer.index));
    writer.index = 0;
  };
  writer.ensure = (size: number) => {
    if (writer.index > 1 << 20) spill();
    if (writer.index + size > writer.buffer.byteLength) {
      const grown = new ArrayBuffer(Math.max(writer.buffer.byteLength * 2, writer.index + size));
      new Uint8Array(grown).set(new Uint8Array(writer.buffer, 0, writer.index));
      writer.buffer = grown;
      writer.view = new DataView(grown);
    }
  };
  writer.finish = () => {
    spill();
    closeSync(fd);
  };
  return writer;
}

import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { exportCsv, exportParquet, exportPerfetto, exportTables, type ExportedFile } from '@disco/analysis';
import { createProgress, formatCount, UsageError } from '@disco/cli-kit';
import { TraceReader } from '@disco/trace-store';

export const EXPORT_FORMATS = ['perfetto', 'csv', 'parquet'] as const;

export interface ExportFlags {
  force?: boolean;
  quiet?: boolean;
}

/** `export <trace> perfetto FILE | csv DIR | parquet DIR`. */
export function exportCommand(file: string, format: string, target: string, flags: ExportFlags): void {
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown export format '${format}'; formats: ${EXPORT_FORMATS.join(', ')}`);
  }
  if (format === 'perfetto') checkFileTarget(target, flags.force === true);
  else checkDirTarget(target, flags.force === true);
  const reader = TraceReader.open(file);
  try {
    // Validates every name the trace gives its tables and columns before anything is written.
    const tables = exportTables(reader);
    if (format !== 'perfetto') createDir(target);
    const total = tables.reduce((sum, t) => sum + (t.name === 'events' ? 0 : t.rows), 0);
    const progress = createProgress(`export ${format}`, Math.max(1, format === 'perfetto' ? total : 2 * total), { quiet: flags.quiet === true, unit: 'rows' });
    const onRows = (rows: number) => progress.update(rows, { events: rows });
    try {
      if (format === 'perfetto') {
        const events = exportPerfetto(reader, target, onRows);
        progress.stop();
        process.stdout.write(`wrote ${target}: ${formatCount(events)} trace events from ${formatCount(total)} events (open it in ui.perfetto.dev)\n`);
        return;
      }
      const files: ExportedFile[] = format === 'csv' ? exportCsv(reader, target, onRows) : exportParquet(reader, target, onRows);
      progress.stop();
      process.stdout.write(`wrote ${files.length} ${format} files to ${target}\n`);
      for (const f of files) process.stdout.write(`  ${path.basename(f.file).padEnd(36)} ${formatCount(f.rows).padStart(12)} rows\n`);
    } finally {
      progress.stop();
    }
  } finally {
    reader.close();
  }
}

function checkFileTarget(target: string, force: boolean): void {
  const dir = path.dirname(path.resolve(target));
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`cannot write ${target}: no such directory ${dir}`);
  if (existsSync(target)) {
    if (statSync(target).isDirectory()) throw new UsageError(`cannot write ${target}: it is a directory`);
    if (!force) throw new UsageError(`${target} exists; use --force to replace it`);
  }
}

function checkDirTarget(target: string, force: boolean): void {
  if (existsSync(target)) {
    if (!statSync(target).isDirectory()) throw new UsageError(`${target} exists and is not a directory`);
    if (readdirSync(target).length > 0 && !force) throw new UsageError(`${target} is not empty; use --force to write into it`);
  }
}

function createDir(target: string): void {
  if (existsSync(target)) return;
  try {
    mkdirSync(target, { recursive: true });
  } catch (error) {
    throw new UsageError(`cannot create ${target}: ${(error as Error).message}`);
  }
}

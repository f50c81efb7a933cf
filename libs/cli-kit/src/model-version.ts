import { readFileSync } from 'node:fs';
import path from 'node:path';
import { workspaceRoot } from './paths';

/** The simulator's version, stored with every trace: the workspace package version. */
export function modelVersion(): string {
  const pkg = JSON.parse(readFileSync(path.join(workspaceRoot(), 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/**
 * What `--version` prints: the command, the simulator's version and, for a
 * command that reads or writes traces, the trace schema version it speaks
 * (a trace records both; disco-replay names a model that differs).
 *
 * @example versionLine('disco-record', 7) // 'disco-record 0.1.0 (trace schema 7)'
 */
export function versionLine(command: string, traceSchemaVersion?: number): string {
  return `${command} ${modelVersion()}${traceSchemaVersion === undefined ? '' : ` (trace schema ${traceSchemaVersion})`}`;
}

/** The flags and help text of `--version`, the same in every CLI. */
export const VERSION_FLAGS = '-V, --version';
export const VERSION_HELP = 'print the version and exit';

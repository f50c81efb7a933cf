import { existsSync } from 'node:fs';
import path from 'node:path';

/** The repository root: the nearest folder upwards holding nx.json. */
export function workspaceRoot(from: string = __dirname): string {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'nx.json'))) return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
}

/** Where named scenarios live. */
export function scenariosDir(): string {
  return process.env['DISCO_SCENARIOS'] ?? path.join(workspaceRoot(), 'traces', 'scenarios');
}

/** Where traces go when `--out` is not given. */
export function tracesDir(): string {
  return process.env['DISCO_TRACES'] ?? path.join(workspaceRoot(), 'traces');
}

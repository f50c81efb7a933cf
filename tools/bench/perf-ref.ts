/**
 * Runs the memory-system reference of ../shared/perf-ref (README there): the
 * C model built with `cc -O2` into a temporary directory when a C compiler is
 * present, and the plain-JS model always, each in its own process, and parses
 * its rate. Stream shapes: `hit` (8 CPUs, private 16 KB each, random, 25 %
 * stores) and `miss` (one 64 MB region shared by all 8 CPUs).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type RefStream = 'hit' | 'miss';

/** The perf-ref directory: $DISCO_PERF_REF, else ../shared/perf-ref beside the main checkout or a worktree of it. */
export function perfRefDir(): string | null {
  const root = path.resolve(__dirname, '..', '..', '..');
  const candidates = [process.env['DISCO_PERF_REF'], path.resolve(root, '..', 'shared', 'perf-ref'), path.resolve(root, '..', '..', 'shared', 'perf-ref')];
  for (const dir of candidates) if (dir !== undefined && dir !== '' && existsSync(path.join(dir, 'ref.mjs'))) return dir;
  return null;
}

export interface RefRunner {
  readonly dir: string;
  /** Path of the compiled C model, or null with `cMissing` saying why. */
  readonly cBinary: string | null;
  readonly cMissing: string;
  /** M refs/s of one run, or null if it failed. */
  run(kind: 'c' | 'js', stream: RefStream, refs: number): number | null;
  dispose(): void;
}

export function openPerfRef(): RefRunner | null {
  const dir = perfRefDir();
  if (dir === null) return null;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'disco-perf-ref-'));
  let cBinary: string | null = null;
  let cMissing = '';
  const cc = process.env['CC'] ?? 'cc';
  const built = spawnSync(cc, ['-O2', '-o', path.join(tmp, 'ref'), path.join(dir, 'ref.c')], { encoding: 'utf8' });
  if (built.error !== undefined) cMissing = `no C compiler (${cc}: ${(built.error as NodeJS.ErrnoException).code ?? built.error.message})`;
  else if (built.status !== 0) cMissing = `${cc} -O2 failed: ${built.stderr.trim().split('\n')[0] ?? ''}`;
  else cBinary = path.join(tmp, 'ref');
  return {
    dir,
    cBinary,
    cMissing,
    run(kind, stream, refs) {
      const r =
        kind === 'c'
          ? cBinary === null
            ? null
            : spawnSync(cBinary, [stream, String(refs)], { encoding: 'utf8' })
          : spawnSync(process.execPath, [path.join(dir, 'ref.mjs'), stream, String(refs)], { encoding: 'utf8' });
      if (r === null || r.status !== 0) return null;
      const m = /Mrefs\/s=([0-9.]+)/.exec(r.stdout);
      return m === null ? null : Number(m[1]);
    },
    dispose() {
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

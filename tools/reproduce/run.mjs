#!/usr/bin/env node
// `npm run reproduce`: bundles the CLIs and this harness with esbuild (as
// tools/build.mjs does), then runs it. Arguments pass through, e.g.
//   npm run reproduce -- --only figure-5,table-2 --out /tmp/repro
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
// --no-build: the CLI bundles are fresh already (the tests' global setup builds them).
const args = process.argv.slice(2).filter((a) => a !== '--no-build');
if (!process.argv.includes('--no-build')) {
  const built = spawnSync(process.execPath, [path.join(root, 'tools/build.mjs'), '--quiet', 'record', 'analyze'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
await build({
  entryPoints: [path.join(here, 'src/main.ts')],
  outfile: path.join(here, 'dist/main.cjs'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  tsconfig: path.join(root, 'tsconfig.base.json'),
  logLevel: 'warning',
});
const r = spawnSync(process.execPath, [path.join(here, 'dist/main.cjs'), ...args], { stdio: 'inherit' });
process.exit(r.status ?? 1);

// Type-checks one project (`node tools/typecheck/typecheck.mjs libs/monitor`):
// tsc --noEmit over the project's own .ts files (sources, specs, testing
// helpers) with the workspace's compiler options; the libraries it imports are
// checked through the tsconfig paths as far as it uses them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const project = process.argv[2];
if (!project || !existsSync(path.join(root, project, 'project.json'))) {
  process.stderr.write(`usage: node tools/typecheck/typecheck.mjs <project root, e.g. libs/monitor>\n`);
  process.exit(2);
}
const dir = mkdtempSync(path.join(tmpdir(), 'disco-typecheck-'));
const config = path.join(dir, 'tsconfig.json');
writeFileSync(
  config,
  JSON.stringify({
    extends: path.join(root, 'tsconfig.base.json'),
    // The config lives outside the workspace: find @types where the workspace has them.
    compilerOptions: { typeRoots: [path.join(root, 'node_modules', '@types')] },
    // Ambient declarations (*.sql, vega-lite) hold for the whole workspace, as in the root tsconfig.
    include: [path.join(root, project, '**/*.ts'), path.join(root, 'libs/*/src/**/*.d.ts'), path.join(root, 'apps/*/src/**/*.d.ts')],
    exclude: [path.join(root, project, '**/dist'), path.join(root, 'node_modules')],
  }),
);
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const r = spawnSync(process.execPath, [tsc, '-p', config, '--noEmit', '--pretty', 'false'], { stdio: 'inherit', cwd: root });
rmSync(dir, { recursive: true, force: true });
process.exit(r.status ?? 1);

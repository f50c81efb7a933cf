// Type-checks one project (`node tools/typecheck/typecheck.mjs libs/monitor`):
// the project's own .ts files (sources, specs, testing helpers) with the
// workspace's compiler options, as `tsc --noEmit` would report them. The
// libraries it imports are read through the tsconfig paths for their types, as
// far as it uses them, but their own files are not reported here: each is
// checked by its own project's typecheck (which Nx re-runs for a dependent
// whenever a dependency changes, through the '^default' input). Asking the
// checker for the project's files only spares it checking the bodies of every
// library's functions once per dependent project (about 40% of the time).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const project = process.argv[2];
if (!project || !existsSync(path.join(root, project, 'project.json'))) {
  process.stderr.write(`usage: node tools/typecheck/typecheck.mjs <project root, e.g. libs/monitor>\n`);
  process.exit(2);
}
const ts = createRequire(import.meta.url)('typescript');
const config = {
  extends: path.join(root, 'tsconfig.base.json'),
  // Find @types where the workspace has them.
  compilerOptions: { typeRoots: [path.join(root, 'node_modules', '@types')] },
  // Ambient declarations (*.sql, vega-lite) hold for the whole workspace, as in the root tsconfig.
  include: [path.join(root, project, '**/*.ts'), path.join(root, 'libs/*/src/**/*.d.ts'), path.join(root, 'apps/*/src/**/*.d.ts')],
  exclude: [path.join(root, project, '**/dist'), path.join(root, 'node_modules')],
};
const parsed = ts.parseJsonConfigFileContent(config, ts.sys, root, undefined, path.join(root, project, 'tsconfig.typecheck.json'));
const program = ts.createProgram({ rootNames: parsed.fileNames, options: { ...parsed.options, noEmit: true } });
const own = path.join(root, project) + path.sep;
const mine = program.getSourceFiles().filter((f) => path.resolve(f.fileName).startsWith(own) && !f.fileName.includes('/dist/'));
const diagnostics = [
  ...parsed.errors,
  ...program.getOptionsDiagnostics(),
  ...program.getGlobalDiagnostics(),
  ...mine.flatMap((f) => [...program.getSyntacticDiagnostics(f), ...program.getSemanticDiagnostics(f)]),
];
const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' };
process.stdout.write(ts.formatDiagnostics(diagnostics, host));
process.exit(diagnostics.some((d) => d.category === ts.DiagnosticCategory.Error) ? 1 : 0);

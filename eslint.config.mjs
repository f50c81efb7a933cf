import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

// Which kind of project may import which. Model code must stay free of I/O so it
// runs the same in a test, a worker thread or a browser; see ../shared/DESIGN.md.
const depConstraints = [
  { sourceTag: 'type:schema', onlyDependOnLibsWithTags: [] },
  { sourceTag: 'type:kernel', onlyDependOnLibsWithTags: ['type:schema'] },
  { sourceTag: 'type:model', onlyDependOnLibsWithTags: ['type:model', 'type:kernel', 'type:schema'] },
  { sourceTag: 'type:scenario', onlyDependOnLibsWithTags: ['type:model', 'type:kernel', 'type:schema'] },
  { sourceTag: 'type:pipeline', onlyDependOnLibsWithTags: ['type:kernel', 'type:schema', 'type:store'] },
  { sourceTag: 'type:store', onlyDependOnLibsWithTags: ['type:schema'] },
  { sourceTag: 'type:analysis', onlyDependOnLibsWithTags: ['type:store', 'type:schema'] },
  { sourceTag: 'type:cli', onlyDependOnLibsWithTags: ['type:kernel', 'type:schema'] },
  // Guest and monitor are peers over the KernelCpu contract (libs/hardware): neither imports the other;
  // runs that put a guest on Disco are assembled in libs/scenario.
  { sourceTag: 'scope:guest', onlyDependOnLibsWithTags: ['scope:hw', 'scope:sim', 'scope:trace'] },
  { sourceTag: 'scope:vmm', onlyDependOnLibsWithTags: ['scope:hw', 'scope:sim', 'scope:trace'] },
  { sourceTag: 'scope:hw', onlyDependOnLibsWithTags: ['scope:sim', 'scope:trace'] },
  { sourceTag: 'scope:sim', onlyDependOnLibsWithTags: ['scope:trace'] },
  {
    sourceTag: 'type:app',
    onlyDependOnLibsWithTags: ['type:cli', 'type:analysis', 'type:store', 'type:pipeline', 'type:scenario', 'type:model', 'type:kernel', 'type:schema'],
  },
];

// Fixtures, reference models and arbitraries live in testing/ folders; production code never reaches them.
const testingImportBan = { group: ['**/testing', '**/testing/*', '@disco/*/testing'], message: 'Production code does not import testing/ folders: move what it needs into the library proper.' };

const modelImportBans = {
  paths: [
    { name: 'rxjs', message: 'Model libs are synchronous: emit events through the kernel TraceSink; streams belong in trace-pipeline.' },
    { name: 'better-sqlite3', message: 'Model libs do no I/O: storage belongs in trace-store.' },
    { name: 'protobufjs', message: 'Use the plain types from @disco/trace-schema; encoding belongs in the pipeline.' },
    { name: 'protobufjs/minimal', message: 'Use the plain types from @disco/trace-schema; encoding belongs in the pipeline.' },
    { name: '@disco/trace-schema/codec', message: 'Use the plain types from @disco/trace-schema; encoding belongs in the pipeline.' },
    { name: 'fs', message: 'Model libs do no I/O: take data as arguments.' },
    { name: 'path', message: 'Model libs do no I/O: take data as arguments.' },
    { name: 'os', message: 'Model libs do no I/O: take data as arguments.' },
  ],
  patterns: [{ group: ['node:*'], message: 'Model libs use no Node.js modules: they must run in a worker or a browser.' }],
};

const nondeterminismBans = {
  'no-restricted-properties': [
    'error',
    { object: 'Math', property: 'random', message: 'Use the kernel PRNG (sim.prng.stream(name)).' },
    { object: 'Date', property: 'now', message: 'Use simulated time (sim.now).' },
    { object: 'performance', property: 'now', message: 'Use simulated time (sim.now).' },
    { object: 'crypto', property: 'randomUUID', message: 'Ids are inputs: derive them from the scenario or the PRNG.' },
    { object: 'process', property: 'hrtime', message: 'Use simulated time (sim.now).' },
  ],
  'no-restricted-globals': [
    'error',
    { name: 'setTimeout', message: 'Schedule on the kernel event queue.' },
    { name: 'setInterval', message: 'Schedule on the kernel event queue.' },
    { name: 'setImmediate', message: 'Schedule on the kernel event queue.' },
  ],
  'no-restricted-syntax': [
    'error',
    { selector: "NewExpression[callee.name='Date']", message: 'Wall-clock time never enters the model.' },
  ],
};

export default [
  { ignores: ['**/dist', '**/node_modules', '**/generated', 'tmp', 'reproduction'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': ['error', { enforceBuildableLibDependency: false, allow: [], depConstraints }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Index access is checked by assertions where it matters; `!` after a bounds check is clearer than a cast.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['libs/sim-kernel/src/**/*.ts', 'libs/hardware/src/**/*.ts', 'libs/monitor/src/**/*.ts', 'libs/guest/src/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': ['error', modelImportBans],
      ...nondeterminismBans,
    },
  },
  {
    files: ['libs/sim-kernel/src/**/*.ts', 'libs/hardware/src/**/*.ts', 'libs/monitor/src/**/*.ts', 'libs/guest/src/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/testing/**'],
    rules: { 'no-restricted-imports': ['error', { ...modelImportBans, patterns: [...modelImportBans.patterns, testingImportBan] }] },
  },
  {
    files: ['libs/scenario/src/**/*.ts', 'libs/analysis/src/**/*.ts', 'libs/trace-*/src/**/*.ts', 'libs/cli-kit/src/**/*.ts', 'apps/*/src/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/testing/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [testingImportBan] }] },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
];

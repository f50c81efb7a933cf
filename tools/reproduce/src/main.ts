// Reproduces the paper's figures and tables: records every scenario they need
// that exists in traces/scenarios (two recorders at a time, each its own
// process), compares the traces with disco-analyze, and writes
// reproduction/REPORT.md and reproduction/index.html: our numbers beside the
// paper's claims, with charts and the commands that regenerate each.
// Usage: npm run reproduce -- [--out DIR] [--jobs N] [--only figure-5,table-2] [--reuse] [--seeds 1-10]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EXPERIMENTS, VARIANTS, type Experiment, type GroupData, type Row } from './experiments';
import { renderHtml, renderMarkdown, renderResultsJson, type ExperimentResult, type RunInfo } from './render';
import { mergeSeeds, parseSeeds } from './seeds';

const ROOT = path.resolve(__dirname, '../../..');
const RECORD = path.join(ROOT, 'apps/record/dist/main.cjs');
const ANALYZE = path.join(ROOT, 'apps/analyze/dist/main.cjs');

interface Options {
  out: string;
  jobs: number;
  only: string[] | null;
  reuse: boolean;
  scenarios: string;
  /** Seeds to run every scenario with (null: each scenario's own seed, one run). */
  seeds: number[] | null;
}

function parseArgs(argv: readonly string[]): Options {
  const o: Options = { out: path.join(ROOT, 'reproduction'), jobs: 2, only: null, reuse: false, scenarios: path.join(ROOT, 'traces/scenarios'), seeds: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = () => {
      const v = argv[++i];
      if (v === undefined) fail(`${a} needs a value`);
      return v;
    };
    if (a === '--out') o.out = path.resolve(next());
    else if (a === '--jobs') o.jobs = Number(next());
    else if (a === '--only') o.only = next().split(',');
    else if (a === '--reuse') o.reuse = true;
    else if (a === '--scenarios') o.scenarios = path.resolve(next());
    else if (a === '--seeds') {
      const seeds = parseSeeds(next());
      if (typeof seeds === 'string') fail(`--seeds: ${seeds}`);
      o.seeds = seeds;
    }
    else if (a === '--help' || a === '-h') {
      process.stdout.write(`usage: npm run reproduce -- [--out DIR] [--jobs N] [--only ${EXPERIMENTS.map((e) => e.id).join(',')}] [--reuse] [--seeds 1-10|1,4,9]\n`);
      process.exit(0);
    } else fail(`unknown argument ${a}`);
  }
  if (!Number.isInteger(o.jobs) || o.jobs < 1) fail('--jobs must be a positive integer');
  const unknown = (o.only ?? []).filter((id) => !EXPERIMENTS.some((e) => e.id === id));
  if (unknown.length) fail(`unknown experiment ${unknown.join(', ')}; experiments: ${EXPERIMENTS.map((e) => e.id).join(', ')}`);
  return o;
}

function fail(message: string): never {
  process.stderr.write(`reproduce: ${message}\n`);
  process.exit(2);
}

const log = (line: string) => process.stderr.write(`${line}\n`);

/** Where the reader should find a path: relative to the repository root when inside it. */
function shown(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}

interface Recording {
  readonly scenario: string;
  /** The seed given to disco-record (null: the scenario's own). */
  readonly seed: number | null;
  readonly trace: string;
  readonly ok: boolean;
  readonly seconds: number;
  readonly error: string | null;
}

/** A scenario, or `<scenario>~<variant>`: the scenario with the variant's overrides (the ablation). */
function baseOf(s: string): string {
  return s.split('~')[0]!;
}

/** disco-record's arguments for a scenario or variant (without --out), with `--seed` when one is given. */
function recordArgs(s: string, o: Options, seed: number | null): string[] {
  const [base, variant] = s.split('~');
  const sets = variant === undefined ? [] : (VARIANTS[variant] ?? fail(`unknown variant ${variant}`)).flatMap((v) => ['--set', v]);
  return [path.join(o.scenarios, `${base}.json`), ...sets, ...(seed === null ? [] : ['--seed', String(seed)])];
}

/** A recording's key and trace file: `<scenario>` alone, or `<scenario>-s<seed>` when seeds are swept. */
const runKey = (s: string, seed: number | null) => (seed === null ? s : `${s}-s${seed}`);

/** Records every scenario once per seed, `jobs` at a time, each in its own disco-record process. */
async function recordAll(scenarios: readonly string[], o: Options): Promise<Map<string, Recording>> {
  const results = new Map<string, Recording>();
  const queue = (o.seeds ?? [null]).flatMap((seed) => scenarios.map((scenario) => ({ scenario, seed })));
  const total = queue.length;
  let done = 0;
  const started = Date.now();
  const worker = async (): Promise<void> => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      const { scenario: s, seed } = next;
      const key = runKey(s, seed);
      const trace = path.join(o.out, 'traces', `${key}.db`);
      if (o.reuse && existsSync(trace)) {
        results.set(key, { scenario: s, seed, trace, ok: true, seconds: 0, error: null });
        log(`[${++done}/${total}] reused ${key}`);
        continue;
      }
      const t0 = Date.now();
      const r = await run(process.execPath, [RECORD, ...recordArgs(s, o, seed), '--out', trace, '--force', '--quiet']);
      const seconds = (Date.now() - t0) / 1000;
      const error = r.status === 0 ? null : r.stderr.trim().split('\n')[0] ?? `exit ${r.status}`;
      results.set(key, { scenario: s, seed, trace, ok: r.status === 0, seconds, error });
      log(`[${++done}/${total}] ${r.status === 0 ? 'recorded' : 'FAILED'} ${key} in ${seconds.toFixed(1)} s${error ? `: ${error}` : ''} (${((Date.now() - started) / 1000).toFixed(0)} s so far)`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(o.jobs, total) }, worker));
  return results;
}

function run(command: string, args: readonly string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

function analyze(args: readonly string[]): string {
  const r = spawnSync(process.execPath, [ANALYZE, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`disco-analyze ${args.join(' ')} failed: ${r.stderr.trim()}`);
  return r.stdout;
}

interface ComparedJson {
  traces: { trace: string; scenario: string }[];
  sections: { name: string; rows: Row[] }[];
}

interface ReportJson {
  sections: { name: string; rows: Record<string, unknown>[] }[];
}

function singleAsCompared(r: ReportJson, scenario: string): ComparedJson {
  return { traces: [{ trace: 'A', scenario }], sections: r.sections.map((s) => ({ name: s.name, rows: s.rows.map((row) => ({ ...row, trace: 'A' })) })) };
}

/**
 * What a scenario runs on, from its name within its group: uni-pmake-irix →
 * IRIX, raytrace-disco-numa → Disco NUMA, pmake8-4vm → 4 VMs.
 */
function configurationName(scenario: string, group: string): string {
  // An ablation group is named after its variant: the scenario as shipped, and without the mechanism.
  const variant = scenario.split('~')[1];
  if (variant !== undefined) return variant;
  if (group in VARIANTS) return 'as shipped';
  const WORDS: Record<string, string> = { irix: 'IRIX', disco: 'Disco', uma: 'UMA', numa: 'NUMA', splashos: 'SPLASHOS', nfs: 'NFS' };
  const rest = scenario.replace(/^uni-/, '').replace(new RegExp(`^${group.replace(/\W/g, '\\$&')}-`), '');
  return rest
    .split('-')
    .map((w) => WORDS[w] ?? (/^\d+vm$/.test(w) ? `${parseInt(w, 10)} VM${parseInt(w, 10) === 1 ? '' : 's'}` : w))
    .join(' ');
}

/**
 * One experiment over one seed's recordings (`recordings` maps a scenario to
 * its recording). Charts and compare pages only when `charts`: with several
 * seeds, the first seed's.
 */
function runExperiment(e: Experiment, recordings: ReadonlyMap<string, Recording>, o: Options, seed: number | null, charts: boolean): ExperimentResult {
  const groups: GroupData[] = [];
  const notes: string[] = [];
  const chartList: { group: string; report: string; file: string; svg: string; page: string }[] = [];
  const commands: string[] = [];
  for (const g of e.groups) {
    const missing = g.scenarios.filter((s) => !recordings.get(s)?.ok);
    for (const s of missing) {
      const r = recordings.get(s);
      notes.push(r ? `${s}: recording failed (${r.error})` : `${s}: not in traces/scenarios yet, skipped`);
    }
    const present = g.scenarios.filter((s) => recordings.get(s)?.ok);
    if (!present.includes(g.scenarios[0]!)) {
      notes.push(`${g.name}: needs its baseline ${g.scenarios[0]}; not compared`);
      continue;
    }
    if (present.length === 1) notes.push(`${g.name}: only ${present[0]} was recorded, so its numbers stand alone`);
    const traces = present.map((s) => recordings.get(s)!.trace);
    commands.push(...present.map((s) => `npx disco-record ${[baseOf(s), ...recordArgs(s, o, seed).slice(1)].join(' ')} --out ${shown(recordings.get(s)!.trace)} --force --quiet`));
    const data: GroupData = { group: g.name, scenarios: {}, sections: {} };
    for (const r of g.reports) {
      const rest = ['--section', r.sections.join(','), ...(r.top ? ['--top', String(r.top)] : [])];
      // One trace: the report itself (compare needs two); its rows are trace A's.
      const args = traces.length === 1 ? [traces[0]!, 'report', r.report, ...rest] : ['compare', ...traces, '--report', r.report, ...rest];
      const json = traces.length === 1 ? singleAsCompared(JSON.parse(analyze([...args, '--json'])) as ReportJson, present[0]!) : (JSON.parse(analyze([...args, '--json'])) as ComparedJson);
      // Letters follow the traces' order; a variant's trace carries its base scenario's name, so name them from `present`.
      json.traces.forEach((t, i) => ((data.scenarios as Record<string, string>)[t.trace] = present[i]!));
      for (const s of json.sections) (data.sections as Record<string, Row[]>)[`${r.report}/${s.name}`] = s.rows;
      if (!charts) continue;
      const page = path.join(o.out, `${e.id}-${g.name}-${r.report}.html`);
      // The charts name the figure's workload and the traces' configurations (IRIX, Disco, …), not A and B.
      const labels = traces.length === 1 ? [] : ['--names', present.map((s) => configurationName(s, g.name)).join(','), '--caption', g.name];
      analyze([...args, ...labels, '--html', page]);
      const shownArgs = [...args, ...labels].map((a) => (traces.includes(a) ? shown(a) : /\s/.test(a) ? `'${a}'` : a));
      commands.push(`npx disco-analyze ${shownArgs.join(' ')} --html ${shown(page)}`);
      const svgs = readFileSync(page, 'utf8').match(/<svg[\s\S]*?<\/svg>/g) ?? [];
      svgs.forEach((svg, i) => {
        const file = path.join(o.out, 'charts', `${e.id}-${g.name}-${r.report}-${i + 1}.svg`);
        writeFileSync(file, svg.includes('xmlns=') ? svg : svg.replace('<svg', '<svg xmlns="http://www.w3.org/2000/svg"'));
        chartList.push({ group: g.name, report: r.report, file: path.relative(o.out, file), svg, page: path.relative(o.out, page) });
      });
    }
    groups.push(data);
  }
  const { table, findings } = e.summarize(groups);
  return { experiment: e, table, findings, notes, charts: chartList, commands, groups };
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  for (const bundle of [RECORD, ANALYZE]) if (!existsSync(bundle)) fail(`${shown(bundle)} is missing: run npm run build`);
  const started = Date.now();
  const experiments = EXPERIMENTS.filter((e) => o.only === null || o.only.includes(e.id));
  const wanted = [...new Set(experiments.flatMap((e) => e.groups.flatMap((g) => g.scenarios)))];
  const present = wanted.filter((s) => existsSync(path.join(o.scenarios, `${baseOf(s)}.json`)));
  const absent = wanted.filter((s) => !present.includes(s));
  mkdirSync(path.join(o.out, 'traces'), { recursive: true });
  mkdirSync(path.join(o.out, 'charts'), { recursive: true });
  log(`reproduce: ${experiments.length} experiments, ${present.length} scenarios to record (${o.jobs} at a time) into ${shown(path.join(o.out, 'traces'))}`);
  if (absent.length) log(`reproduce: not in traces/scenarios yet, skipped: ${absent.join(', ')}`);
  const recordings = await recordAll(present, o);
  const recordSeconds = (Date.now() - started) / 1000;
  log(`reproduce: recorded in ${recordSeconds.toFixed(1)} s; comparing`);
  const seeds = o.seeds ?? [null];
  const perSeed = seeds.map((seed, i) => {
    const mine = new Map(present.flatMap((s) => { const r = recordings.get(runKey(s, seed)); return r ? [[s, r] as const] : []; }));
    return experiments.map((e) => runExperiment(e, mine, o, seed, i === 0));
  });
  const results = o.seeds === null ? perSeed[0]! : mergeSeeds(perSeed, o.seeds);
  for (const r of results) log(`reproduce: ${r.experiment.id}: ${r.findings.filter((f) => f.agrees === true).length} of ${r.findings.length} claims agree${o.seeds ? ` on every seed` : ''}${r.notes.length ? ` (${r.notes.length} notes)` : ''}`);
  const info: RunInfo = {
    wallSeconds: (Date.now() - started) / 1000,
    recordSeconds,
    jobs: o.jobs,
    recorded: [...recordings.values()].filter((r) => r.ok).map((r) => ({ scenario: runKey(r.scenario, r.seed), seconds: r.seconds })),
    seeds: o.seeds,
    absent,
    traces: shown(path.join(o.out, 'traces')),
    command: `npm run reproduce${o.only || o.seeds ? ' --' : ''}${o.only ? ` --only ${o.only.join(',')}` : ''}${o.seeds ? ` --seeds ${o.seeds.join(',')}` : ''}`,
  };
  writeFileSync(path.join(o.out, 'REPORT.md'), renderMarkdown(results, info));
  writeFileSync(path.join(o.out, 'index.html'), renderHtml(results, info));
  writeFileSync(path.join(o.out, 'results.json'), renderResultsJson(results, info, configurationName, o.seeds === null ? null : o.seeds.map((seed, i) => ({ seed, results: perSeed[i]! }))));
  log(`reproduce: wrote ${shown(path.join(o.out, 'REPORT.md'))}, ${shown(path.join(o.out, 'index.html'))} and ${shown(path.join(o.out, 'results.json'))} in ${info.wallSeconds.toFixed(1)} s`);
}

main().catch((error: unknown) => {
  process.stderr.write(`reproduce: ${(error as Error).message}\n`);
  process.exit(1);
});

import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Command, Option } from 'commander';
import { readSweepManifest, type SweepManifest } from '@disco/analysis';
import { ExitCode, runCli, scenariosDir, UsageError, VERSION_FLAGS, VERSION_HELP, versionLine, workspaceRoot } from '@disco/cli-kit';
import { collectOverride, type Override } from '@disco/scenario';
import { runLocal } from './local-executor';
import { openManifest } from './manifest-store';
import { reconcile, requireSlurm, squeueTasks, submit, type QueuedTask } from './slurm-executor';
import { loadSweep } from './sweep-file';
import { SweepProgress } from './sweep-progress';
import { renderStatus } from './render-status';

interface RunFlags {
  out: string;
  jobs?: string;
  executor: 'local' | 'slurm';
  set: Override[];
  failFast?: boolean;
  verify?: boolean;
  wait: boolean;
  pollSeconds: string;
  quiet?: boolean;
  json?: boolean;
  debug?: boolean;
}

const sweepsDir = () => process.env['DISCO_SWEEPS'] ?? path.join(workspaceRoot(), 'traces', 'sweeps');

const program = new Command('disco-sweep')
  .version(versionLine('disco-sweep'), VERSION_FLAGS, VERSION_HELP)
  .exitOverride()
  .description('Run many recordings of one scenario: the product of some axes (JSON pointers and their values) and seeds, on this machine or as a SLURM job array.')
  .option('--debug', 'print stack traces of errors')
  .addHelpText(
    'after',
    `
Examples:
  disco-sweep run latency-regime-engineering --out /tmp/latency --set /guest/scale=4
  disco-sweep run traces/sweeps/seeds-figure-8.json --out /tmp/seeds --jobs 2
  disco-sweep run seeds-figure-8 --out /shared/seeds --executor slurm --no-wait
  disco-sweep status /shared/seeds
  disco-analyze sweep /tmp/latency --html latency.html`,
  );

program
  .command('plan')
  .description('validate a sweep and list its runs, without running anything')
  .argument('<sweep>', 'a sweep name from traces/sweeps/ or a path to a sweep JSON file')
  .option('--set <pointer=value>', 'an override for every run (repeatable)', collectOverride, [])
  .option('--json', 'print the runs as JSON')
  .action((sweep: string, flags: { set: Override[]; json?: boolean }) => {
    const plan = loadSweep(sweep, sweepsDir(), scenariosDir(), flags.set);
    if (flags.json) process.stdout.write(`${JSON.stringify(plan, null, 2)}\n`);
    else process.stdout.write(`${plan.runs.map((r) => r.name).join('\n')}\n${plan.runs.length} runs of ${plan.scenarioName}\n`);
  });

program
  .command('run')
  .description('run (or resume) a sweep into DIR: one trace per run, DIR/<axis values>_s<seed>.db, and DIR/manifest.json')
  .argument('<sweep>', 'a sweep name from traces/sweeps/ or a path to a sweep JSON file')
  .requiredOption('--out <dir>', 'the sweep folder (new, empty, or holding this sweep: then it resumes)')
  .option('--jobs <n>', `runs at a time on this machine (default: ${availableParallelism()}, the available cores)`)
  .addOption(new Option('--executor <name>', 'where runs run').choices(['local', 'slurm']).default('local'))
  .option('--set <pointer=value>', 'an override for every run, validated as the file is (repeatable), e.g. --set /guest/scale=0.1', collectOverride, [])
  .option('--fail-fast', 'stop at the first failed run')
  .option('--verify', 'replay each fresh trace too (a resume always replays the traces it keeps)')
  .option('--no-wait', 'slurm: submit and return at once (disco-sweep status DIR follows it)')
  .option('--poll-seconds <s>', 'slurm: how often to read squeue while waiting', '1')
  .option('--quiet', 'no progress; print only the folder')
  .option('--json', 'print the manifest as JSON at the end')
  .action((sweep: string, flags: RunFlags) => runCommand(sweep, flags));

program
  .command('status')
  .description("where each run of a sweep stands (the manifest, brought up to date with squeue for SLURM sweeps)")
  .argument('<dir>', 'a sweep folder')
  .option('--json', 'print the manifest and the queued tasks as JSON')
  .action((dir: string, flags: { json?: boolean }) => {
    const manifest = readSweepManifest(dir);
    let queued: QueuedTask[] = [];
    if (manifest.executor === 'slurm' && (manifest.slurmJobs ?? []).length > 0) {
      requireSlurm();
      queued = squeueTasks(manifest.slurmJobs!);
      reconcile(manifest, dir, queued);
    }
    if (flags.json) process.stdout.write(`${JSON.stringify({ manifest, queued }, null, 2)}\n`);
    else process.stdout.write(renderStatus(manifest, queued));
  });

async function runCommand(sweep: string, flags: RunFlags): Promise<void> {
  const jobs = flags.jobs === undefined ? availableParallelism() : positiveInteger('--jobs', flags.jobs);
  const pollMs = positiveNumber('--poll-seconds', flags.pollSeconds) * 1000;
  const plan = loadSweep(sweep, sweepsDir(), scenariosDir(), flags.set);
  if (flags.executor === 'slurm') requireSlurm();
  const dir = path.resolve(flags.out);
  const manifest = openManifest(dir, plan, flags.executor);
  const quiet = !!(flags.quiet || flags.json);
  const progress = new SweepProgress(`sweep ${plan.name}`, flags.executor === 'slurm' ? 0 : jobs, quiet);
  if (flags.executor === 'local') {
    const r = await runLocal(manifest, dir, { jobs, failFast: !!flags.failFast, verify: !!flags.verify, progress });
    finish(manifest, dir, flags, `${r.recorded} recorded, ${r.skipped} kept (verified)`);
    if (r.interrupted) process.exitCode = ExitCode.INTERRUPTED;
    return;
  }
  reconcile(manifest, dir, squeueTasks(manifest.slurmJobs ?? []));
  const job = submit(manifest, dir, squeueTasks(manifest.slurmJobs ?? []));
  if (!quiet) process.stderr.write(job === null ? 'nothing to submit: every run is complete or queued\n' : `submitted SLURM job array ${job}\n`);
  if (!flags.wait) {
    if (flags.json) process.stdout.write(`${JSON.stringify(manifest, null, 2)}\n`);
    else process.stdout.write(`${dir}\n`);
    return;
  }
  progress.start(manifest.runs);
  let stop = false;
  const onSignal = () => (stop = true);
  process.on('SIGINT', onSignal);
  try {
    for (;;) {
      const queued = squeueTasks(manifest.slurmJobs ?? []);
      reconcile(manifest, dir, queued);
      progress.update(manifest.runs);
      if (queued.length === 0 && !manifest.runs.some((r) => r.status === 'submitted' || r.status === 'running')) break;
      if (stop) {
        progress.log(`stopped waiting: the job array keeps running; disco-sweep status ${dir} follows it`);
        process.exitCode = ExitCode.INTERRUPTED;
        return;
      }
      if (flags.failFast && manifest.runs.some((r) => r.status === 'failed')) break;
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  } finally {
    process.off('SIGINT', onSignal);
    progress.stop();
  }
  finish(manifest, dir, flags, `through SLURM job${(manifest.slurmJobs ?? []).length > 1 ? 's' : ''} ${(manifest.slurmJobs ?? []).join(', ')}`);
}

function finish(manifest: SweepManifest, dir: string, flags: RunFlags, how: string): void {
  const count = (s: string) => manifest.runs.filter((r) => r.status === s).length;
  const failed = manifest.runs.filter((r) => r.status === 'failed');
  if (flags.json) process.stdout.write(`${JSON.stringify(manifest, null, 2)}\n`);
  else if (flags.quiet) process.stdout.write(`${dir}\n`);
  else {
    const lines = [`sweep ${manifest.sweep}: ${count('complete')}/${manifest.runs.length} complete, ${failed.length} failed (${how})`];
    for (const r of failed) lines.push(`  failed ${r.name}: ${r.error ?? '?'}`);
    lines.push(`  manifest ${path.join(dir, 'manifest.json')}`, `next: npx disco-analyze sweep ${dir}`);
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  if (failed.length > 0) process.exitCode = ExitCode.VERIFICATION_FAILED;
}

function positiveInteger(flag: string, text: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 1 || !Number.isSafeInteger(Number(text))) throw new UsageError(`${flag} must be an integer ≥ 1, got '${text}'`);
  return Number(text);
}

function positiveNumber(flag: string, text: string): number {
  const value = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || !(value > 0)) throw new UsageError(`${flag} must be a positive number, got '${text}'`);
  return value;
}

void runCli(program);

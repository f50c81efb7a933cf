/**
 * Benchmark of disco-sweep's local executor: a sweep of 8 runs (hw-migratory,
 * 2 remote latencies × 2 patterns × 2 seeds) with --jobs 2, against the same
 * 8 runs recorded one after another by disco-record (each its own process,
 * as a user without disco-sweep would run them), and against disco-sweep
 * --jobs 1 (the same runs in one run server: what parallelism alone gives,
 * apart from the start-up the servers save). Measured side by side in one process, median of
 * 5 rounds; the speed-up is the median of the rounds' own ratios (each
 * round's two measures side by side, so a machine that drifts between rounds,
 * as this VM's CPUs do, moves both). Target: speed-up ≥ 1.8× on this (2-core) machine.
 * Also reports the ceiling the cores allow to one process per run: a
 * disco-record keeps more than one core busy (its trace-writer thread, V8's
 * compiler and GC threads), so with C CPU-seconds for the serial runs of wall
 * time W, N cores can at best give N·W/C (children's CPU time from
 * /proc/self/stat: Linux only). disco-sweep's run servers (one per job, many
 * runs each) pass it by not starting a process per run.
 * Runs last 100 ms simulated by default (about 1-2 s each: shipped sweep
 * runs last 16-41 s; at 3 ms a run is mostly Node start-up and module load).
 * Usage: npm run bench sweep [-- --duration-us N]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { reportRows, row } from './bench-rows';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const argDuration = process.argv.indexOf('--duration-us');
const durationUs = argDuration > 0 ? Number(process.argv[argDuration + 1]) : 100_000;
const TARGET = 1.8;
const ROUNDS = 5;

function run(main: string, args: string[]): void {
  const r = spawnSync(process.execPath, [path.join(ROOT, main), ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${main} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
}

function seconds(action: () => void): number {
  const started = process.hrtime.bigint();
  action();
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/** CPU seconds of the waited-for children so far (cutime + cstime), or NaN off Linux. */
function childrenCpuSeconds(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields after the command name start at field 3 (state); cutime and cstime are fields 16 and 17.
    return (Number(fields[16 - 3]) + Number(fields[17 - 3])) / 100;
  } catch {
    return Number.NaN;
  }
}

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;

const dir = mkdtempSync(path.join(tmpdir(), 'disco-bench-sweep-'));
try {
  const sweep = {
    name: 'bench-sweep',
    scenario: 'hw-migratory',
    set: { '/hardware/durationUs': durationUs },
    axes: [
      { pointer: '/machine/remoteMissNs', values: [600, 1800] },
      { pointer: '/hardware/pattern', values: ['migratory', 'read-shared'] },
    ],
    seeds: [1, 2],
  };
  const sweepFile = path.join(dir, 'sweep.json');
  writeFileSync(sweepFile, JSON.stringify(sweep));
  const scenarioFile = path.join(ROOT, 'traces', 'scenarios', 'hw-migratory.json');
  const runs = sweep.axes[0]!.values.flatMap((remote) => sweep.axes[1]!.values.flatMap((pattern) => sweep.seeds.map((seed) => ({ remote, pattern, seed }))));
  const serial: number[] = [];
  const parallel: number[] = [];
  const oneJob: number[] = [];
  const serialCpu: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const cpuBefore = childrenCpuSeconds();
    serial.push(
      seconds(() => {
        for (const [i, r] of runs.entries()) {
          const args = [scenarioFile, '--set', `/hardware/durationUs=${durationUs}`, '--set', `/machine/remoteMissNs=${r.remote}`, '--set', `/hardware/pattern="${r.pattern}"`];
          run('apps/record/dist/main.cjs', [...args, '--seed', String(r.seed), '--out', path.join(dir, `serial-${round}-${i}.db`), '--force', '--json']);
        }
      }),
    );
    serialCpu.push(childrenCpuSeconds() - cpuBefore);
    oneJob.push(seconds(() => run('apps/sweep/dist/main.cjs', ['run', sweepFile, '--out', path.join(dir, `sweep1-${round}`), '--jobs', '1', '--quiet'])));
    parallel.push(seconds(() => run('apps/sweep/dist/main.cjs', ['run', sweepFile, '--out', path.join(dir, `sweep-${round}`), '--jobs', '2', '--quiet'])));
    console.log(
      `  round ${round + 1}: one after another ${serial[round]!.toFixed(2)} s (${serialCpu[round]!.toFixed(2)} CPU-s), disco-sweep --jobs 1 ${oneJob[round]!.toFixed(2)} s, --jobs 2 ${parallel[round]!.toFixed(2)} s`,
    );
  }
  const cores = Math.min(2, availableParallelism());
  const ceiling = (cores * median(serial)) / median(serialCpu);
  const ratios = serial.map((s, i) => s / parallel[i]!);
  const speedUp = median(ratios);
  const jobRatios = oneJob.map((s, i) => s / parallel[i]!);
  const jobSpeedUp = median(jobRatios);
  console.log(`sweep of ${runs.length} runs (hw-migratory, ${durationUs} µs each), median of ${ROUNDS}:`);
  console.log(`  one after another     ${median(serial).toFixed(2)} s`);
  console.log(`  disco-sweep --jobs 1  ${median(oneJob).toFixed(2)} s`);
  console.log(`  disco-sweep --jobs 2  ${median(parallel).toFixed(2)} s`);
  console.log(`  speed-up              ${speedUp.toFixed(2)}× (median of the rounds' ratios, ${Math.min(...ratios).toFixed(2)}-${Math.max(...ratios).toFixed(2)}; target ≥ ${TARGET}×: ${speedUp >= TARGET ? 'met' : 'NOT met'})`);
  reportRows([
    {
      ...row(`disco-sweep --jobs 2, ${runs.length} runs of ${durationUs / 1000} ms simulated`, median(parallel), 's', 'the same runs one after another', median(serial)),
      ratio: 1 / speedUp,
      note: `speed-up ${speedUp.toFixed(2)}× (goal >= ${TARGET}×); one process per run could reach ${ceiling.toFixed(2)}×`,
    },
    {
      ...row(`disco-sweep --jobs 2, the same ${runs.length} runs`, median(parallel), 's', 'disco-sweep --jobs 1', median(oneJob)),
      ratio: 1 / jobSpeedUp,
      note: `speed-up ${jobSpeedUp.toFixed(2)}× (${Math.min(...jobRatios).toFixed(2)}-${Math.max(...jobRatios).toFixed(2)}): parallelism alone`,
    },
  ]);
  console.log(`  over --jobs 1          ${jobSpeedUp.toFixed(2)}× (${Math.min(...jobRatios).toFixed(2)}-${Math.max(...jobRatios).toFixed(2)})`);
  console.log(
    `  ceiling on ${cores} cores    ${ceiling.toFixed(2)}× for one process per run (${cores} × wall / CPU of the serial runs: each disco-record keeps ${(median(serialCpu) / median(serial)).toFixed(2)} cores busy)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}

import { existsSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BASELINE_KINDS, baselineSchedule, type BaselineKind } from '@disco/analysis';
import { formatCount, UsageError } from '@disco/cli-kit';
import { TICKS_PER_MS } from '@disco/sim-kernel';
import { parseScenario } from '@disco/scenario';
import { TraceReader } from '@disco/trace-store';
import { placementOf } from './placement-inputs';
import { showPlacementProgress } from './placement-progress';

export interface ScheduleFlags {
  out: string;
  baseline?: string;
  force?: boolean;
  quiet?: boolean;
  json?: boolean;
}

/**
 * `schedule <trace> --out FILE`: the trace's scenario as run, with the
 * offline baseline's decisions as its placement policy (`scheduled`), so
 * that `disco-record FILE` carries them out in the simulator and
 * `report policy` on that run shows what the baseline's schedule really
 * costs. Needs a detailed trace (per-page miss records and TLB writes).
 */
export function scheduleCommand(file: string, flags: ScheduleFlags): void {
  const kind = (flags.baseline ?? 'optimum') as BaselineKind;
  if (!BASELINE_KINDS.includes(kind)) throw new UsageError(`--baseline ${flags.baseline}: choose one of ${BASELINE_KINDS.join(', ')}`);
  const out = flags.out;
  const dir = path.dirname(path.resolve(out));
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`cannot write ${out}: no such directory ${dir}`);
  if (existsSync(out) && !flags.force) throw new UsageError(`${out} exists; use --force to replace it`);
  const reader = TraceReader.open(file);
  try {
    if (!reader.hasRows('cache_missed') || !reader.hasRows('tlb_write_emulated')) {
      throw new UsageError(`${file}: schedule needs a detailed trace of a run on Disco (its cache misses and TLB writes); record it with --level detailed`);
    }
    const { model, lineBytes } = placementOf(reader);
    const stopProgress = showPlacementProgress(reader, 'schedule', flags.json === true);
    let s: ReturnType<typeof baselineSchedule>;
    try {
      s = baselineSchedule(reader, model, kind, lineBytes);
    } finally {
      stopProgress();
    }
    const run = reader.run;
    const scenario = JSON.parse(run.scenarioJson) as Record<string, unknown> & { monitor?: Record<string, unknown> };
    const monitor = { ...(scenario.monitor ?? {}) };
    const placement = { ...((monitor['placement'] as Record<string, unknown> | undefined) ?? {}), policy: 'scheduled', schedule: s.decisions };
    monitor['placement'] = placement;
    const written = { ...scenario, monitor, seed: run.seed, level: run.level };
    const text = `${JSON.stringify(written, null, 1)}\n`;
    // The trace is untrusted: what it gave (VMs, pages, nodes) is validated as any scenario before it is written.
    parseScenario(text, `${out} (from ${file})`);
    const tmp = `${out}.tmp-${process.pid}`;
    writeFileSync(tmp, text);
    renameSync(tmp, out);
    const ms = (ticks: number) => Math.round((ticks / TICKS_PER_MS) * 1000) / 1000;
    const summary = {
      scenario: out,
      baseline: kind,
      decisions: s.decisions.length,
      pages: s.pages,
      pages_covered: s.pagesCovered,
      misses: s.misses,
      misses_covered: s.missesCovered,
      schedule_ms: ms(s.totalTicks),
      covered_schedule_ms: ms(s.coveredTicks),
      baseline_ms: ms(s.lowerBoundTicks),
    };
    if (flags.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    else {
      const share = s.misses === 0 ? 100 : (100 * s.missesCovered) / s.misses;
      process.stdout.write(
        `wrote ${out}: ${formatCount(s.decisions.length)} decisions of the ${kind} baseline for ${formatCount(s.pagesCovered)} of ${formatCount(s.pages)} pages ` +
          `(${share.toFixed(1)} % of ${formatCount(s.misses)} misses; the rest have no guest-physical page in the trace: monitor and unmapped kernel pages)\n` +
          `the schedule's cost in the model: ${summary.schedule_ms} ms (${summary.covered_schedule_ms} ms on the covered pages; no replica while a node may write the page without a miss); ` +
          `the offline baseline, replicas anywhere: ${summary.baseline_ms} ms\n` +
          `next: disco-record ${out} --out RUN.db, then disco-analyze RUN.db report policy\n`,
      );
    }
  } finally {
    reader.close();
  }
}

import type { SweepManifest } from '@disco/analysis';
import type { QueuedTask } from './slurm-executor';

/** The status table: one line per run, then the counts. */
export function renderStatus(manifest: SweepManifest, queued: readonly QueuedTask[]): string {
  const state = new Map(queued.map((t) => [t.index, `${t.job}_${t.index} ${t.state}`]));
  const width = Math.max(4, ...manifest.runs.map((r) => r.name.length));
  const lines = [`${'run'.padEnd(width)}  ${'status'.padEnd(9)}  ${'final hash'.padEnd(16)}  ${'wall s'.padStart(7)}  note`];
  for (const r of manifest.runs) {
    const note = [state.get(r.index) ?? '', r.status === 'complete' ? (r.verified ? 'verified' : '') : '', r.error ?? ''].filter((s) => s !== '').join('; ');
    const wall = r.wallSeconds === undefined ? '-' : r.wallSeconds.toFixed(1);
    lines.push(`${r.name.padEnd(width)}  ${r.status.padEnd(9)}  ${(r.finalHash ?? '-').slice(0, 16).padEnd(16)}  ${wall.padStart(7)}  ${note}`);
  }
  const counts = ['complete', 'running', 'submitted', 'pending', 'failed'].map((s) => [s, manifest.runs.filter((r) => r.status === s).length] as const).filter(([, n]) => n > 0);
  const jobs = manifest.executor === 'slurm' ? ` (SLURM job${(manifest.slurmJobs ?? []).length === 1 ? '' : 's'} ${(manifest.slurmJobs ?? []).join(', ') || 'none'})` : '';
  lines.push(`sweep ${manifest.sweep}${jobs}: ${manifest.runs.length} runs: ${counts.map(([s, n]) => `${n} ${s}`).join(', ')}`);
  return `${lines.join('\n')}\n`;
}

import type { SweepManifestRun } from '@disco/analysis';

/**
 * One line on stderr, rewritten in place while a sweep runs: runs done,
 * running, failed, and the ETA from the mean wall time of the runs done so
 * far. Shown only when stderr is a terminal and not --quiet/--json; messages
 * (failures) are printed on their own line either way unless quiet.
 */
export class SweepProgress {
  private readonly tty: boolean;
  private timer: NodeJS.Timeout | undefined;
  private runs: readonly SweepManifestRun[] = [];
  private readonly startedMs = Date.now();
  private doneAtStart = 0;

  constructor(
    private readonly label: string,
    private readonly jobs: number,
    private readonly quiet: boolean,
  ) {
    this.tty = !quiet && process.stderr.isTTY === true;
  }

  start(runs: readonly SweepManifestRun[]): void {
    this.runs = runs;
    this.doneAtStart = runs.filter((r) => r.status === 'complete').length;
    if (this.tty) this.timer = setInterval(() => this.draw(), 500);
  }

  update(runs: readonly SweepManifestRun[]): void {
    this.runs = runs;
  }

  log(message: string): void {
    if (this.quiet) return;
    if (this.tty) process.stderr.write('\r\x1b[K');
    process.stderr.write(`${message}\n`);
  }

  stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    if (this.tty) process.stderr.write('\r\x1b[K');
  }

  /** The progress line (also for tests). */
  line(): string {
    const n = (s: string) => this.runs.filter((r) => r.status === s).length;
    const done = n('complete');
    const running = n('running') + n('submitted');
    const failed = n('failed');
    const fresh = done - this.doneAtStart;
    const left = this.runs.length - done - failed;
    const elapsed = (Date.now() - this.startedMs) / 1000;
    const eta = fresh > 0 ? `${formatSeconds((elapsed / fresh) * left)}` : '?';
    return `${this.label}: ${done}/${this.runs.length} done, ${running} running, ${failed} failed, ETA ${eta} (${this.jobs} jobs)`;
  }

  private draw(): void {
    process.stderr.write(`\r\x1b[K${this.line()}`);
  }
}

export function formatSeconds(s: number): string {
  if (!Number.isFinite(s)) return '?';
  if (s < 90) return `${Math.round(s)} s`;
  if (s < 5400) return `${Math.round(s / 60)} min`;
  return `${(s / 3600).toFixed(1)} h`;
}

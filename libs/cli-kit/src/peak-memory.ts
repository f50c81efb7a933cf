import { formatMb } from './format-units';

/**
 * The largest resident set of the process seen while one run goes (the
 * simulation's thread and the writer's share the process): sampled at most
 * every `everyMs` of wall time as the run reports progress, and once at its
 * end. Per run, not the process's lifetime peak (`resourceUsage().maxRSS`),
 * so that disco-record's run server (`--serve-ipc`) reports each run's own.
 * The host's memory, like gem5's `host_mem_usage`: not part of the trace, and
 * not deterministic.
 */
export class PeakRss {
  private peak = 0;
  private last = -Infinity;

  constructor(private readonly everyMs = 50) {
    this.sample();
  }

  /** Reads the resident set if `everyMs` have gone by since the last read. */
  poll(): void {
    if (performance.now() - this.last >= this.everyMs) this.sample();
  }

  /** Reads the resident set now; returns the peak so far, in bytes. */
  sample(): number {
    this.last = performance.now();
    this.peak = Math.max(this.peak, process.memoryUsage.rss());
    return this.peak;
  }
}

/** How a summary shows a run's host memory (not the simulated machine's): `peak RSS 135.0 MB`. */
export function hostMemoryText(peakRssBytes: number): string {
  return `peak RSS ${formatMb(peakRssBytes, 'up')}`;
}

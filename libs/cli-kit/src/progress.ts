import { SingleBar } from 'cli-progress';
import { formatCount } from './format-units';

export interface Progress {
  setTotal(total: number): void;
  update(value: number, payload?: Record<string, string | number>): void;
  stop(): void;
}

const SILENT: Progress = { setTotal: () => undefined, update: () => undefined, stop: () => undefined };

/**
 * A progress bar on stderr, shown only when stderr is a terminal and the
 * user did not ask for `--quiet` or `--json`.
 */
export function createProgress(label: string, total: number, options: { quiet: boolean; unit: string }): Progress {
  if (options.quiet || !process.stderr.isTTY) return SILENT;
  const bar = new SingleBar({
    stream: process.stderr,
    format: `${label} [{bar}] {percentage}% | {value}/{total} ${options.unit} | {events} events stored | ETA {eta_formatted}`,
    hideCursor: true,
    clearOnComplete: true,
    fps: 10,
  });
  bar.start(total, 0, { events: 0 });
  let max = total;
  return {
    setTotal: (t) => {
      max = t;
      bar.setTotal(t);
    },
    update: (value, payload) => bar.update(Math.min(value, max), payload),
    stop: () => bar.stop(),
  };
}

export interface ActivityOptions {
  readonly quiet: boolean;
  /** What `value` counts, e.g. 'µs simulated'. */
  readonly unit: string;
  /** Where to draw; stderr by default (drawn only when it is a terminal). */
  readonly stream?: NodeJS.WriteStream;
  /** Wall clock in ms; Date.now by default. */
  readonly now?: () => number;
  /** Least time between two redraws, in ms. */
  readonly intervalMs?: number;
}

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/**
 * A spinner with rates, for work whose end is not known in advance: a run
 * ends when its workload drains, often long before the scenario's time limit,
 * so a percentage of that limit (and an ETA from it) would mislead. It shows
 * how far the work got, how fast it goes, and the events stored so far:
 * `default ⠹ 12,480 µs simulated (4,160/s) | 18,646 events stored (6,215/s) | 3.0 s`.
 */
export function createActivity(label: string, options: ActivityOptions): Progress {
  const stream = options.stream ?? process.stderr;
  if (options.quiet || !stream.isTTY) return SILENT;
  const now = options.now ?? Date.now;
  const interval = options.intervalMs ?? 100;
  const started = now();
  let drawn = -Infinity;
  let frame = 0;
  let width = 0;
  const draw = (value: number, events: number | undefined) => {
    const t = now();
    if (t - drawn < interval) return;
    drawn = t;
    const seconds = Math.max((t - started) / 1000, 1e-3);
    const rate = (n: number) => `${formatCount(n / seconds)}/s`;
    const stored = events === undefined ? '' : ` | ${formatCount(events)} events stored (${rate(events)})`;
    const line = `${label} ${FRAMES[frame++ % FRAMES.length]} ${formatCount(value)} ${options.unit} (${rate(value)})${stored} | ${seconds.toFixed(1)} s`;
    stream.write(`\r${line.padEnd(width)}`);
    width = line.length;
  };
  return {
    setTotal: () => undefined,
    update: (value, payload) => draw(value, typeof payload?.['events'] === 'number' ? payload['events'] : undefined),
    stop: () => {
      if (width > 0) stream.write(`\r${' '.repeat(width)}\r`);
      width = 0;
    },
  };
}

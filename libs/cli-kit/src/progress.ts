import { SingleBar } from 'cli-progress';

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

import { RunDriver, type LoadedScenario } from '@disco/scenario';

export interface UntracedResult {
  readonly scenario: string;
  readonly seed: number;
  readonly level: 'none';
  readonly status: 'complete' | 'incomplete';
  readonly events: number;
  readonly simTicks: number;
  readonly wallSeconds: number;
  readonly eventsPerSecond: number;
  /** Events of each kind that a traced run would have stored (at the default level), most first. */
  readonly eventsByKind: readonly { readonly kind: string; readonly count: number }[];
}

/**
 * Runs a scenario at the default level without storing anything: the
 * untraced baseline. Events are only counted, by kind; nothing reaches the
 * pipeline or a file.
 */
export function runUntraced(loaded: LoadedScenario, seed: number, options: { readonly interrupted?: () => boolean; readonly onProgress?: (driver: RunDriver, events: number) => void } = {}): UntracedResult {
  const counts = new Map<string, number>();
  let events = 0;
  const started = process.hrtime.bigint();
  const driver = new RunDriver(loaded.scenario, { seed, level: 'default' }, {
    emit: (e) => {
      events++;
      counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
    },
  });
  const interrupted = options.interrupted ?? (() => false);
  let done = false;
  while (!done && !interrupted()) {
    done = driver.step();
    options.onProgress?.(driver, events);
  }
  const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  return {
    scenario: loaded.scenario.name,
    seed,
    level: 'none',
    status: done ? 'complete' : 'incomplete',
    events,
    simTicks: driver.sim.now,
    wallSeconds,
    eventsPerSecond: wallSeconds > 0 ? events / wallSeconds : 0,
    eventsByKind: [...counts.entries()].map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind)),
  };
}

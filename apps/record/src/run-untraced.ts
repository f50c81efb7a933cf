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
  /**
   * The memory footprint at the run's last FootprintSample (§5.3): the VMs'
   * summed (virtual) and the machine's, in 4 KB pages, total and buffer cache;
   * null when the run has no footprint samples.
   */
  readonly footprint: { readonly virtualPages: number; readonly machinePages: number; readonly virtualBufferCachePages: number; readonly machineBufferCachePages: number } | null;
}

type FootprintData = { readonly totalPages: number; readonly bufferCachePages: number };

/**
 * Runs a scenario at the default level without storing anything: the
 * untraced baseline. Events are only counted, by kind; nothing reaches the
 * pipeline or a file.
 */
export function runUntraced(loaded: LoadedScenario, seed: number, options: { readonly interrupted?: () => boolean; readonly onProgress?: (driver: RunDriver, events: number) => void } = {}): UntracedResult {
  const counts = new Map<string, number>();
  let events = 0;
  const lastFootprint = new Map<number, FootprintData>();
  const started = process.hrtime.bigint();
  const driver = new RunDriver(loaded.scenario, { seed, level: 'default' }, {
    emit: (e) => {
      events++;
      counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
      if (e.type === 'FootprintSample') lastFootprint.set(e.vm, e.data);
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
    footprint: footprintOf(lastFootprint),
  };
}

/** The VMs' last samples summed (vm ≥ 0) and the machine's (vm = -1). */
function footprintOf(last: ReadonlyMap<number, FootprintData>): UntracedResult['footprint'] {
  const machine = last.get(-1);
  if (machine === undefined) return null;
  const vms = [...last.entries()].filter(([vm]) => vm >= 0).map(([, f]) => f);
  return {
    virtualPages: vms.reduce((s, f) => s + f.totalPages, 0),
    machinePages: machine.totalPages,
    virtualBufferCachePages: vms.reduce((s, f) => s + f.bufferCachePages, 0),
    machineBufferCachePages: machine.bufferCachePages,
  };
}

import { placementModelOf, type PlacementModel } from '@disco/analysis';
import { UsageError, parsePoint } from '@disco/cli-kit';
import { PAGE_BYTES } from '@disco/hardware';
import { hardwareConfigOf, monitorConfigOf, parseScenario, sharedSectionsOf } from '@disco/scenario';
import { lastSeqAtTick, type TraceReader } from '@disco/trace-store';

/** Models that run the Disco monitor (and so a placement policy). */
const MONITOR_MODELS = ['disco-irix', 'disco-synthetic'];

/**
 * The placement cost model and policy name of the run a trace stores,
 * from its scenario as run (`run.scenario_json`), through libs/scenario.
 * The policy is the monitor's `/monitor/placement/policy` (default `disco`,
 * Verghese et al.); `disco` with migration and replication both off moves
 * nothing and is named `none`, as is a run without a monitor.
 */
export function placementOf(reader: TraceReader): { model: PlacementModel; policy: string; lineBytes: number } {
  const run = reader.run;
  let scenario;
  try {
    scenario = parseScenario(run.scenarioJson, `${run.scenarioName} (stored in ${reader.file})`);
  } catch (error) {
    throw new UsageError(`cannot price placements: ${(error as Error).message}`);
  }
  const shared = sharedSectionsOf(scenario);
  const hardware = hardwareConfigOf(shared.machine);
  const monitor = monitorConfigOf(shared.monitor, 1000);
  const model = placementModelOf({ ...hardware, ...monitor, pageBytes: PAGE_BYTES });
  const chosen = monitor.placement.policy;
  const onMonitor = MONITOR_MODELS.includes(scenario.model);
  const policy = !onMonitor || (chosen === 'disco' && !monitor.migration && !monitor.replication) ? 'none' : chosen;
  return { model, policy, lineBytes: hardware.l2LineBytes };
}

const MAX_MACHINE_PAGE = 2 ** 28; // 40-bit machine addresses, 4 KB pages (DISCO.md §1.1)

/** `--page P`: a machine page number. Untrusted: one line, exit 2. */
export function parsePage(text: string): number {
  const t = text.trim();
  if (!/^\d{1,9}$/.test(t) || Number(t) >= MAX_MACHINE_PAGE) throw new UsageError(`--page ${text}: give a machine page number, 0 to ${MAX_MACHINE_PAGE - 1}`);
  return Number(t);
}

/** `--at T` (as disco-replay --at): the last event seq it covers. */
export function resolveAt(reader: TraceReader, text: string): number {
  const point = parsePoint(text);
  const last = reader.run.eventCount - 1;
  switch (point.kind) {
    case 'end':
      return last;
    case 'seq':
      if (point.seq > last) throw new UsageError(`--at ${text}: the trace has events 0 to ${last}`);
      return point.seq;
    case 'share':
      return Math.max(-1, Math.round((point.percent / 100) * last));
    case 'tick':
      return lastSeqAtTick(reader, point.tick);
  }
}

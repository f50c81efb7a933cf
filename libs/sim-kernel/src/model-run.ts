import type { Tick } from './time';

/**
 * What a scenario's model hands to the run driver. The driver emits
 * `RunStarted`, calls `start()` once, then runs the simulator in slices of
 * simulated time up to `durationTicks` (yielding to the event loop between
 * slices for progress and signals), then calls `finish()` and emits
 * `RunFinished`.
 */
export interface ModelRun {
  /** Physical CPUs, nodes and VMs, for `RunStarted`. */
  readonly cpus: number;
  readonly nodes: number;
  readonly vms: number;
  /** Simulated time at which the run ends (the driver stops there). */
  readonly durationTicks: Tick;
  /** Schedules the initial actions on the simulator. */
  start(): void;
  /** Emits final samples or summaries at the end of the run; optional. */
  finish?(): void;
}

import { assert, Simulator, type ModelRun, type TraceLevel, type TraceSink } from '@disco/sim-kernel';
import type { TraceEventBounds } from './model-definition';
import { modelOf, sharedSectionsOf, type Scenario } from './scenario';

export interface RunOptions {
  readonly seed: number;
  readonly level: TraceLevel;
  /** Actions per slice between event-loop turns; does not affect results. */
  readonly sliceActions?: number;
}

/** Builds the model a scenario names on a simulator. */
export function createModelRun(sim: Simulator, scenario: Scenario): ModelRun {
  return modelOf(scenario).create(sim, scenario[scenario.model], sharedSectionsOf(scenario));
}

/** The events a run of `scenario` at `level` stores if it reaches its end, RunStarted and RunFinished included. */
export function traceEventBounds(scenario: Scenario, level: TraceLevel): TraceEventBounds {
  const bounds = modelOf(scenario).eventBounds?.(scenario[scenario.model], sharedSectionsOf(scenario), level) ?? { sure: 0, upper: null };
  const frame = 2;
  return { sure: bounds.sure + frame, upper: bounds.upper === null ? null : bounds.upper + frame };
}

/**
 * Runs a scenario a slice at a time: `RunStarted`, the model's actions up to
 * its duration, then `RunFinished`. The slicing only decides when the caller
 * gets control back; the event stream is the same for any slice size.
 */
export class RunDriver {
  readonly sim: Simulator;
  readonly model: ModelRun;
  private readonly sliceActions: number;
  private started = false;
  private ended = false;

  constructor(
    readonly scenario: Scenario,
    options: RunOptions,
    sink: TraceSink,
  ) {
    this.sim = new Simulator({ seed: options.seed, sink, level: options.level });
    this.model = createModelRun(this.sim, scenario);
    this.sliceActions = options.sliceActions ?? 20_000;
    assert(this.model.durationTicks > 0, 'a run lasts a positive time');
  }

  get durationTicks(): number {
    return this.model.durationTicks;
  }

  get done(): boolean {
    return this.ended;
  }

  /** Runs one slice; true when the run has ended. */
  step(): boolean {
    if (this.ended) return true;
    const sim = this.sim;
    if (!this.started) {
      this.started = true;
      const m = this.model;
      sim.emit('RunStarted', {
        scenarioName: this.scenario.name,
        seed: sim.prng.seed,
        cpus: m.cpus,
        nodes: m.nodes,
        vms: m.vms,
        level: sim.level,
      });
      m.start();
    }
    sim.run(this.model.durationTicks, this.sliceActions);
    if (!sim.finished && sim.pendingBefore(this.model.durationTicks)) return false;
    this.model.finish?.();
    this.ended = true;
    const drained = sim.pending === 0 || sim.isStopped;
    if (!drained) sim.advanceTo(this.model.durationTicks);
    sim.emit('RunFinished', { reason: drained ? 'drained' : 'duration', simTicks: sim.now });
    return true;
  }
}

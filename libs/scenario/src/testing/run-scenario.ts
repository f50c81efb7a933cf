import { ArraySink, Simulator, type ModelRun, type TraceLevel } from '@disco/sim-kernel';
import type { TraceEvent } from '@disco/trace-schema';
import type { DiscoIrixRun } from '../models/disco-irix/create-disco-irix-run';
import type { GuestRun } from '../models/irix/create-irix-run';
import { createModelRun } from '../run-driver';
import { validateScenario, type Scenario } from '../scenario';
import { guestSectionSchema } from '../sections/guest-section';
import { MACHINE_FIELDS } from '../sections/machine-section';

/** Fields of a test's scenario, flat as the old per-model sections were: each goes to the section that defines it. */
export type FlatScenario = Readonly<Record<string, unknown>>;

/**
 * What tests of the guest models start from unless they say otherwise: a
 * uniprocessor with 64 MB and a root and a workload disk (§5.2's machine).
 */
export const UNIPROCESSOR_MACHINE = { cpus: 1, memoryPerNodeMb: 64, disks: 2 } as const;

const GUEST_FIELDS = new Set(Object.keys(guestSectionSchema.properties));

/** A validated scenario of `model` from flat fields: machine fields to `machine`, guest fields (`guestOs` as `os`) to `guest`, `monitor` to `monitor`, the rest to the model's section. */
export function scenarioOf(model: string, flat: FlatScenario, machineDefaults: FlatScenario = {}): Scenario {
  const machine: Record<string, unknown> = { ...machineDefaults };
  const guest: Record<string, unknown> = {};
  const section: Record<string, unknown> = {};
  const value: Record<string, unknown> = { name: 'test', description: 'a test run', model };
  for (const [key, v] of Object.entries(flat)) {
    if (key in MACHINE_FIELDS) machine[key] = v;
    else if (key === 'guestOs') guest['os'] = v;
    else if (GUEST_FIELDS.has(key)) guest[key] = v;
    else if (key === 'monitor') value['monitor'] = v;
    else section[key] = v;
  }
  if (model !== 'synthetic') value['machine'] = machine;
  if (model === 'irix' || model === 'disco-irix') value['guest'] = guest;
  value[model] = section;
  return validateScenario(value, 'test');
}

export interface ModelRunResult<R extends ModelRun> {
  readonly run: R;
  readonly sim: Simulator;
  readonly events: readonly TraceEvent[];
}

/** Runs a scenario to its end in memory (tests, measurements), at the default trace level unless told. */
export function runScenarioInMemory<R extends ModelRun>(scenario: Scenario, seed = 1, keepEvents = true, level: TraceLevel = 'default'): ModelRunResult<R> {
  const sink = keepEvents ? new ArraySink() : { emit: () => undefined };
  const sim = new Simulator({ seed, sink, level });
  const run = createModelRun(sim, scenario) as R;
  run.start();
  sim.run(run.durationTicks);
  run.finish?.();
  return { run, sim, events: keepEvents ? (sink as ArraySink).events : [] };
}

/** Runs an `irix` scenario given flat, on a uniprocessor unless it says otherwise. */
export function runIrix(flat: FlatScenario, seed = 1, keepEvents = true): ModelRunResult<GuestRun> {
  return runScenarioInMemory<GuestRun>(scenarioOf('irix', flat, UNIPROCESSOR_MACHINE), seed, keepEvents);
}

/** Runs a `disco-irix` scenario given flat, on a uniprocessor unless it says otherwise. */
export function runDiscoIrix(flat: FlatScenario, seed = 1, keepEvents = true): ModelRunResult<DiscoIrixRun> {
  return runScenarioInMemory<DiscoIrixRun>(scenarioOf('disco-irix', flat, UNIPROCESSOR_MACHINE), seed, keepEvents);
}

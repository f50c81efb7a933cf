import type { ModelRun, Simulator, TraceLevel } from '@disco/sim-kernel';
import type { GuestSection } from './sections/guest-section';
import type { MachineSection } from './sections/machine-section';
import type { MonitorSection } from './sections/monitor-section';

/** The sections every layer's model shares: one schema each, in libs/scenario/src/sections. */
export const SHARED_SECTIONS = ['machine', 'monitor', 'guest'] as const;
export type SharedSectionName = (typeof SHARED_SECTIONS)[number];

/** The shared sections of a parsed scenario, with defaults applied; a model sees those it declares. */
export interface SharedSections {
  readonly machine: MachineSection;
  readonly monitor: MonitorSection;
  readonly guest: GuestSection;
}

/**
 * A model a scenario can name. It reads the shared sections it declares
 * (`uses`) and its own section (keyed by `name`), validated by `schema` and
 * completed by `withDefaults`. `check` refuses combinations the schemas cannot
 * express (it throws ScenarioError, or an AssertionError that becomes one);
 * `create` assembles the run. Register new models in `models/index.ts`.
 */
export interface ModelDefinition<Section = unknown> {
  readonly name: string;
  /** One line: what the model runs. */
  readonly description: string;
  readonly uses: readonly SharedSectionName[];
  /** JSON Schema (draft-07) of the model's own section, `additionalProperties: false`. */
  readonly schema: object;
  /** The section with defaults applied (stored in the trace as run). */
  withDefaults(section: Partial<Section>): Section;
  check?(section: Section, shared: SharedSections): void;
  create(sim: Simulator, section: Section, shared: SharedSections): ModelRun;
  /** What a run that reaches its end stores, known before it starts (RunStarted and RunFinished aside); absent: nothing is sure. */
  eventBounds?(section: Section, shared: SharedSections, level: TraceLevel): TraceEventBounds;
}

/**
 * Events a run stores, bounded from its scenario before it runs (disco-record
 * checks free disk space against them).
 */
export interface TraceEventBounds {
  /** Stored by every run that reaches its end: periodic samples of a model that never drains, a count certain but for a negligible chance. */
  readonly sure: number;
  /** At most this many, but for a negligible chance; null when the model cannot say (a workload decides how long it runs, misses depend on the pattern). */
  readonly upper: number | null;
}

/** Helps type a definition's section while keeping the registry's element type uniform. */
export function defineModel<Section>(definition: ModelDefinition<Section>): ModelDefinition {
  return definition as unknown as ModelDefinition;
}

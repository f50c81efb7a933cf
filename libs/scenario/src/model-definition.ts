import type { ModelRun, Simulator } from '@disco/sim-kernel';

/**
 * A model a scenario can name. Its section of the scenario file (keyed by
 * `name`) is validated by `schema`, completed by `withDefaults`, and run by
 * `create`. Register new models in `models/index.ts`.
 */
export interface ModelDefinition<Section = unknown> {
  readonly name: string;
  /** JSON Schema (draft-07) of the section, `additionalProperties: false`. */
  readonly schema: object;
  /** The section with defaults applied (stored in the trace as run). */
  withDefaults(section: Partial<Section>): Section;
  create(sim: Simulator, section: Section): ModelRun;
}

/** Helps type a definition's section while keeping the registry's element type uniform. */
export function defineModel<Section>(definition: ModelDefinition<Section>): ModelDefinition {
  return definition as unknown as ModelDefinition;
}

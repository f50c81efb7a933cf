import { TICKS_PER_MS, TICKS_PER_NS, TICKS_PER_US } from '@disco/sim-kernel';

/**
 * One scenario field that stands for one field of a model config: its name in
 * the scenario carries its unit, its value converts to the config's unit, its
 * default is the config default's value in the scenario's unit (so defaults
 * are written once, in the model lib, with their source), and its JSON Schema
 * says what values are accepted and where the default comes from.
 */
export interface ConfigField<Config> {
  /** Key in the config object. */
  readonly config: keyof Config & string;
  /** Scenario units per config unit: e.g. 1000 ticks per ns for `…Ns`, 1024 bytes per KB for `…Kb`. */
  readonly per: number;
  /** JSON Schema of the scenario value (without `default` or `description`). */
  readonly schema: Readonly<Record<string, unknown>>;
  /** The value's source: the paper's section, a datasheet, or "assumption: why". */
  readonly source: string;
}

export type FieldTable<Config> = Readonly<Record<string, ConfigField<Config>>>;

/** JSON Schema of an integer field in [minimum, maximum], and of a boolean one. */
export const int = (minimum: number, maximum: number) => ({ type: 'integer', minimum, maximum }) as const;
export const bool = { type: 'boolean' } as const;

/** Conversions from a scenario unit to a config unit. */
export const PER = { one: 1, ns: TICKS_PER_NS, us: TICKS_PER_US, ms: TICKS_PER_MS, kb: 1024, mb: 1024 * 1024 } as const;

/** The scenario value of a config value: exact for the sourced defaults, which are whole numbers of their unit. */
export function toScenarioUnit(value: unknown, per: number): unknown {
  return typeof value === 'number' && per !== 1 ? value / per : value;
}

/** The section's defaults, read from the model's default config. */
export function defaultsOf<Config>(table: FieldTable<Config>, defaults: Config): Record<string, unknown> {
  return Object.fromEntries(Object.entries(table).map(([name, f]) => [name, toScenarioUnit(defaults[f.config], f.per)]));
}

/** JSON Schema (draft-07) of a section made of table fields; every field optional, described with its default and source. */
export function schemaOf<Config>(table: FieldTable<Config>, defaults: Config, title: string, description: string): object {
  return {
    title,
    description,
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(
      Object.entries(table).map(([name, f]) => {
        const value = toScenarioUnit(defaults[f.config], f.per);
        return [name, { ...f.schema, description: `${f.source} (default ${JSON.stringify(value)})` }];
      }),
    ),
  };
}

/** The config overrides a (validated, defaults applied) section stands for. */
export function configOf<Config>(table: FieldTable<Config>, section: Readonly<Record<string, unknown>>): Partial<Config> {
  const out: Record<string, unknown> = {};
  for (const [name, f] of Object.entries(table)) {
    const value = section[name];
    if (value === undefined) continue;
    out[f.config] = typeof value === 'number' && f.per !== 1 ? Math.round(value * f.per) : value;
  }
  return out as Partial<Config>;
}

/** The synthetic reference patterns a hardware scenario can drive. */
export const HARDWARE_PATTERNS = ['private', 'read-shared', 'migratory', 'producer-consumer'] as const;
export type HardwarePattern = (typeof HARDWARE_PATTERNS)[number];

/** The `hardware` section: synthetic reference streams on the bare machine (the machine itself is the `machine` section). */
export interface HardwareScenario {
  /** Simulated time of the run. */
  readonly durationUs: number;
  /** Period of `CounterSample` events. */
  readonly sampleIntervalUs: number;
  readonly pattern: HardwarePattern;
  /** Private data per CPU, placed on its node. */
  readonly privateKb: number;
  /** Shared data, placed by `sharedPlacement`. */
  readonly sharedKb: number;
  /** Code per CPU (placed on its node, like replicated text). */
  readonly codeKb: number;
  /** Fraction of references that are stores (private and read-shared patterns: to private data). */
  readonly writeFraction: number;
  /** Non-memory instructions between references. */
  readonly instructionsPerReference: number;
  /** References per burst (migratory object visits, producer/consumer phases). */
  readonly burstReferences: number;
  readonly sharedPlacement: 'round-robin' | 'node0';
}

export const HARDWARE_SCENARIO_DEFAULTS: HardwareScenario = {
  durationUs: 2000,
  sampleIntervalUs: 100,
  pattern: 'private',
  privateKb: 64,
  sharedKb: 256,
  codeKb: 16,
  writeFraction: 0.2,
  instructionsPerReference: 3,
  burstReferences: 64,
  sharedPlacement: 'round-robin',
};

/** Applies defaults to a (schema-validated) section. */
export function withHardwareDefaults(section: Partial<HardwareScenario> = {}): HardwareScenario {
  return { ...HARDWARE_SCENARIO_DEFAULTS, ...section };
}

/** JSON Schema (draft-07) of the `hardware` section; every field optional, defaults above. */
export const hardwareScenarioSchema = {
  title: 'hardware',
  description: 'Bare-machine synthetic reference streams on the ccNUMA model (libs/hardware).',
  type: 'object',
  additionalProperties: false,
  properties: {
    durationUs: { type: 'number', exclusiveMinimum: 0, maximum: 10_000_000, description: 'simulated duration in µs' },
    sampleIntervalUs: { type: 'number', exclusiveMinimum: 0, maximum: 10_000_000, description: 'CounterSample period in µs' },
    pattern: { type: 'string', enum: [...HARDWARE_PATTERNS], description: 'reference pattern' },
    privateKb: { type: 'integer', minimum: 4, maximum: 65536, description: 'private data per CPU in KB' },
    sharedKb: { type: 'integer', minimum: 4, maximum: 262144, description: 'shared data in KB' },
    codeKb: { type: 'integer', minimum: 4, maximum: 65536, description: 'code per CPU in KB' },
    writeFraction: { type: 'number', minimum: 0, maximum: 1, description: 'fraction of references that store' },
    instructionsPerReference: { type: 'integer', minimum: 0, maximum: 100000, description: 'instructions between references' },
    burstReferences: { type: 'integer', minimum: 1, maximum: 1000000, description: 'references per burst' },
    sharedPlacement: { type: 'string', enum: ['round-robin', 'node0'], description: 'placement of shared pages' },
  },
} as const;

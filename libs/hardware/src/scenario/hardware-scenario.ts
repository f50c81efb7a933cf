/** The synthetic reference patterns a hardware scenario can drive. */
export const HARDWARE_PATTERNS = ['private', 'read-shared', 'migratory', 'producer-consumer'] as const;
export type HardwarePattern = (typeof HARDWARE_PATTERNS)[number];

/** The `hardware` section of a scenario file, defaults applied. */
export interface HardwareScenario {
  /** CPUs (= nodes). §5.3 uses 8, §5.5 Raytrace 16. */
  readonly cpus: number;
  /** Simulated time of the run. */
  readonly durationUs: number;
  /** Period of `CounterSample` events. */
  readonly sampleIntervalUs: number;
  /** L2 size: 1024 (§5.1) or 256 (§5.5 Raytrace). */
  readonly l2SizeKb: number;
  /** Charge every miss 300 ns (§5.5 UMA bound). */
  readonly uma: boolean;
  /** Queue requests at directory controllers. */
  readonly contention: boolean;
  readonly memoryPerNodeMb: number;
  readonly clockMhz: number;
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
  cpus: 8,
  durationUs: 2000,
  sampleIntervalUs: 100,
  l2SizeKb: 1024,
  uma: false,
  contention: false,
  memoryPerNodeMb: 32,
  clockMhz: 400,
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
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'hardware',
  description: 'Bare-machine synthetic reference streams on the ccNUMA model (libs/hardware).',
  type: 'object',
  additionalProperties: false,
  properties: {
    cpus: { type: 'integer', minimum: 1, maximum: 32, description: 'CPUs, one per node' },
    durationUs: { type: 'number', exclusiveMinimum: 0, maximum: 10_000_000, description: 'simulated duration in µs' },
    sampleIntervalUs: { type: 'number', exclusiveMinimum: 0, maximum: 10_000_000, description: 'CounterSample period in µs' },
    l2SizeKb: { type: 'integer', enum: [64, 128, 256, 512, 1024, 2048, 4096], description: 'L2 size in KB' },
    uma: { type: 'boolean', description: 'UMA machine: every miss 300 ns' },
    contention: { type: 'boolean', description: 'queue at directory controllers' },
    memoryPerNodeMb: { type: 'integer', minimum: 1, maximum: 512, description: 'memory per node in MB' },
    clockMhz: { type: 'integer', enum: [100, 125, 200, 250, 400, 500, 1000], description: 'CPU clock in MHz (whole-picosecond cycle)' },
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

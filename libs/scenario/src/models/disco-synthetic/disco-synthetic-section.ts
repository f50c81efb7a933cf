import { SYNTHETIC_PATTERNS, type Modifications, type SyntheticGuestConfig, type VirtualDiskSpec } from '@disco/monitor';
import { MODEL_LIMITS } from '@disco/trace-schema';

/** One VM of a `disco-synthetic` scenario. */
export interface DiscoSyntheticVm {
  readonly vcpus: number;
  readonly memoryMb: number;
  readonly cpus?: readonly number[];
  readonly disks: readonly VirtualDiskSpec[];
  readonly timerIntervalUs: number;
  readonly modifications: Partial<Modifications>;
  readonly guest: Partial<SyntheticGuestConfig>;
}

/** The `disco-synthetic` section: VMs running the synthetic guest on Disco (the `machine` and `monitor` sections). */
export interface DiscoSyntheticScenario {
  readonly durationUs: number;
  readonly sampleIntervalUs: number;
  readonly vms: readonly DiscoSyntheticVm[];
}

export const DISCO_SYNTHETIC_VM_DEFAULTS: DiscoSyntheticVm = {
  vcpus: 1,
  memoryMb: 16,
  disks: [],
  timerIntervalUs: 10_000,
  modifications: {},
  guest: {},
};

export const DISCO_SYNTHETIC_DEFAULTS: Omit<DiscoSyntheticScenario, 'vms'> = {
  durationUs: 10_000,
  sampleIntervalUs: 1000,
};

export function withDiscoSyntheticDefaults(section: Partial<DiscoSyntheticScenario> = {}): DiscoSyntheticScenario {
  return {
    ...DISCO_SYNTHETIC_DEFAULTS,
    ...section,
    vms: (section.vms ?? [{}]).map((vm: Partial<DiscoSyntheticVm>) => ({ ...DISCO_SYNTHETIC_VM_DEFAULTS, ...vm, guest: { ...vm.guest }, modifications: { ...vm.modifications } })),
  };
}

const bool = { type: 'boolean' } as const;
const guestProperties = {
  pattern: { type: 'string', enum: [...SYNTHETIC_PATTERNS] },
  codeKb: { type: 'integer', minimum: 4, maximum: 4096 },
  privateKb: { type: 'integer', minimum: 4, maximum: 65536 },
  sharedKb: { type: 'integer', minimum: 4, maximum: 262144 },
  writeFraction: { type: 'number', minimum: 0, maximum: 1 },
  instructionsPerReference: { type: 'integer', minimum: 0, maximum: 100000 },
  phaseReferences: { type: 'integer', minimum: 1, maximum: 1_000_000_000 },
  kernelTextPages: { type: 'integer', minimum: 0, maximum: 4096 },
  kernelDataPages: { type: 'integer', minimum: 1, maximum: 4096 },
  diskEveryReferences: { type: 'integer', minimum: 0, maximum: 1_000_000_000 },
  diskPages: { type: 'integer', minimum: 1, maximum: 64 },
  diskBlocks: { type: 'integer', minimum: 1, maximum: 1_000_000_000 },
  diskWriteFraction: { type: 'number', minimum: 0, maximum: 1 },
  bufferWriteFraction: { type: 'number', minimum: 0, maximum: 1 },
  netEveryReferences: { type: 'integer', minimum: 0, maximum: 1_000_000_000 },
  netPages: { type: 'integer', minimum: 0, maximum: 64 },
  netTailBytes: { type: 'integer', minimum: 0, maximum: 4092, multipleOf: 4 },
  netTo: { type: 'integer', minimum: -1, maximum: 63 },
  blockOnIo: bool,
  maxReferences: { type: 'integer', minimum: 0, maximum: 1_000_000_000 },
};
const modificationProperties = Object.fromEntries(['specialPage', 'zeroPageCall', 'freedPageHint', 'monitorCallDrivers', 'relocatedKernel', 'nfsRemap', 'mbufFix'].map((k) => [k, bool]));

/** JSON Schema (draft-07) of the section; every field optional (defaults above) except that VMs are objects. */
export const discoSyntheticScenarioSchema = {
  title: 'disco-synthetic',
  description: 'VMs running the synthetic guest on Disco (libs/monitor) on the ccNUMA model.',
  type: 'object',
  additionalProperties: false,
  properties: {
    durationUs: { type: 'number', exclusiveMinimum: 0, maximum: 10_000_000 },
    sampleIntervalUs: { type: 'number', minimum: 1, maximum: 10_000_000 },
    vms: {
      type: 'array',
      minItems: 1,
      maxItems: MODEL_LIMITS.vms,
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          vcpus: { type: 'integer', minimum: 1, maximum: MODEL_LIMITS.vcpusPerVm },
          memoryMb: { type: 'number', exclusiveMinimum: 0, maximum: 512 },
          cpus: { type: 'array', maxItems: 32, items: { type: 'integer', minimum: 0, maximum: 31 } },
          disks: {
            type: 'array',
            items: { type: 'object', additionalProperties: false, required: ['physicalDisk', 'persistent'], properties: { physicalDisk: { type: 'integer', minimum: 0, maximum: 1_000_000_000 }, persistent: bool } },
          },
          timerIntervalUs: { type: 'number', minimum: 0, maximum: 10_000_000 },
          modifications: { type: 'object', additionalProperties: false, properties: modificationProperties },
          guest: { type: 'object', additionalProperties: false, properties: guestProperties },
        },
      },
    },
  },
} as const;


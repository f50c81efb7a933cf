import { MONITOR_SECTION_DEFAULTS, monitorSectionSchema, type MonitorSection } from './monitor-section';
import { SYNTHETIC_PATTERNS } from '../testing/reference-stream';
import { SYNTHETIC_GUEST_DEFAULTS, type SyntheticGuestConfig } from '../testing/synthetic-guest';
import type { Modifications, VirtualDiskSpec } from '../vm-spec';

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

/** The `disco-synthetic` section: the machine, the monitor's policy, and VMs running the synthetic guest. */
export interface DiscoSyntheticScenario {
  readonly cpus: number;
  readonly memoryPerNodeMb: number;
  readonly l2SizeKb: number;
  readonly disks: number;
  readonly durationUs: number;
  readonly sampleIntervalUs: number;
  readonly hotPageThresholdMisses: number;
  readonly missCounterResetUs: number;
  readonly monitor: MonitorSection;
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
  cpus: 8,
  memoryPerNodeMb: 32,
  l2SizeKb: 1024,
  disks: 10,
  durationUs: 10_000,
  sampleIntervalUs: 1000,
  hotPageThresholdMisses: 128,
  missCounterResetUs: 100_000,
  monitor: MONITOR_SECTION_DEFAULTS,
};

export function withDiscoSyntheticDefaults(section: Partial<DiscoSyntheticScenario> = {}): DiscoSyntheticScenario {
  return {
    ...DISCO_SYNTHETIC_DEFAULTS,
    ...section,
    monitor: { ...MONITOR_SECTION_DEFAULTS, ...section.monitor },
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
  phaseReferences: { type: 'integer', minimum: 1 },
  kernelTextPages: { type: 'integer', minimum: 0, maximum: 4096 },
  kernelDataPages: { type: 'integer', minimum: 1, maximum: 4096 },
  diskEveryReferences: { type: 'integer', minimum: 0 },
  diskPages: { type: 'integer', minimum: 1, maximum: 64 },
  diskBlocks: { type: 'integer', minimum: 1 },
  diskWriteFraction: { type: 'number', minimum: 0, maximum: 1 },
  bufferWriteFraction: { type: 'number', minimum: 0, maximum: 1 },
  netEveryReferences: { type: 'integer', minimum: 0 },
  netPages: { type: 'integer', minimum: 0, maximum: 64 },
  netTailBytes: { type: 'integer', minimum: 0, maximum: 4092, multipleOf: 4 },
  netTo: { type: 'integer', minimum: -1 },
  blockOnIo: bool,
  maxReferences: { type: 'integer', minimum: 0 },
};
const modificationProperties = Object.fromEntries(['specialPage', 'zeroPageCall', 'freedPageHint', 'monitorCallDrivers', 'relocatedKernel', 'nfsRemap', 'mbufFix'].map((k) => [k, bool]));

/** JSON Schema (draft-07) of the section; every field optional (defaults above) except that VMs are objects. */
export const discoSyntheticScenarioSchema = {
  title: 'disco-synthetic',
  description: 'VMs running the synthetic guest on Disco (libs/monitor) on the ccNUMA model.',
  type: 'object',
  additionalProperties: false,
  properties: {
    cpus: { type: 'integer', minimum: 1, maximum: 32 },
    memoryPerNodeMb: { type: 'integer', minimum: 1, maximum: 512 },
    l2SizeKb: { type: 'integer', enum: [64, 128, 256, 512, 1024, 2048, 4096] },
    disks: { type: 'integer', minimum: 0, maximum: 64 },
    durationUs: { type: 'number', exclusiveMinimum: 0, maximum: 10_000_000 },
    sampleIntervalUs: { type: 'number', exclusiveMinimum: 0, maximum: 10_000_000 },
    hotPageThresholdMisses: { type: 'integer', minimum: 1, maximum: 65535 },
    missCounterResetUs: { type: 'number', exclusiveMinimum: 0 },
    monitor: monitorSectionSchema,
    vms: {
      type: 'array',
      minItems: 1,
      maxItems: 64,
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          vcpus: { type: 'integer', minimum: 1, maximum: 64 },
          memoryMb: { type: 'number', exclusiveMinimum: 0, maximum: 512 },
          cpus: { type: 'array', items: { type: 'integer', minimum: 0, maximum: 31 } },
          disks: {
            type: 'array',
            items: { type: 'object', additionalProperties: false, required: ['physicalDisk', 'persistent'], properties: { physicalDisk: { type: 'integer', minimum: 0 }, persistent: bool } },
          },
          timerIntervalUs: { type: 'number', minimum: 0 },
          modifications: { type: 'object', additionalProperties: false, properties: modificationProperties },
          guest: { type: 'object', additionalProperties: false, properties: guestProperties },
        },
      },
    },
  },
} as const;

export { SYNTHETIC_GUEST_DEFAULTS };

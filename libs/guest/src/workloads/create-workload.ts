import type { Prng } from '@disco/sim-kernel';
import type { FileSystem } from '../kernel/file-system';
import { createDatabase, createEngineering, createRaytrace } from './compute-workloads';
import { createPmake } from './pmake';
import { createRadix } from './radix';
import type { Workload, WorkloadHooks } from './workload';

const MB = 1024 * 1024;

/** The workloads of Table 1 (§5.1) and Radix (§5.4). */
export const WORKLOADS = ['pmake', 'engineering', 'raytrace', 'database', 'radix'] as const;
export type WorkloadName = (typeof WORKLOADS)[number];

/** What a workload is sized by. */
export interface WorkloadSpec {
  readonly workload: WorkloadName;
  /** CPUs the OS it runs on has (threads of the parallel programs). */
  readonly cpus: number;
  /** Multiplies the workload's size (instructions, files, data). */
  readonly scale: number;
  /** Instances of the workload (pmake: 8 in §5.3/§5.4; engineering: job pairs). */
  readonly instances: number;
}

/** The smallest unit of work a program is given. ASSUMPTION: 1000 instructions, so that a tiny scale still runs every phase of the workload. */
const MIN_INSTRUCTIONS = 1000;
const sized = (instructions: number): number => Math.max(MIN_INSTRUCTIONS, Math.round(instructions));

/** The workload a spec names, sized by its `scale`. */
export function createWorkload(section: WorkloadSpec, fs: FileSystem, random: (name: string) => Prng, hooks: WorkloadHooks): Workload {
  const scale = section.scale;
  // Below one file (query) per unit of scale, the last whole file (query) shrinks instead, so that a smaller scale is always less work.
  const pmakeFiles = Math.max(1, Math.round(4 * scale));
  const queries = Math.max(1, Math.round(6 * scale));
  switch (section.workload) {
    case 'pmake':
      return createPmake(
        fs,
        { files: pmakeFiles, jobs: 2, instances: section.instances, cc1Instructions: sized(800_000 * Math.max(1, scale / 4) * Math.min(1, (4 * scale) / pmakeFiles)), firstSourceDisk: Math.min(1, fs.disks - 1) },
        random,
        hooks,
      );
    case 'engineering':
      return createEngineering(fs, { pairs: section.instances * (section.cpus === 1 ? 2 : 6), instructionsPerJob: Math.round(600_000 * scale), dataScale: Math.min(1, 0.25 * scale) }, random, hooks);
    case 'database':
      return createDatabase(fs, { bufferPoolBytes: Math.round(4 * MB * Math.min(scale, 8)), queries, instructionsPerQuery: sized(300_000 * Math.min(1, (6 * scale) / queries)) }, random, hooks);
    case 'raytrace':
      return createRaytrace(fs, { threads: section.cpus, sceneBytes: Math.round(2 * MB * Math.min(scale, 8)), instructionsPerThread: Math.round((3_000_000 * scale) / section.cpus) }, random, hooks);
    case 'radix':
      return createRadix(fs, { threads: section.cpus, keys: Math.round(128 * 1024 * scale), passes: 2, instructionsPerKey: 20 }, random, hooks);
  }
}

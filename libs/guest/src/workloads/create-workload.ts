import type { Prng } from '@disco/sim-kernel';
import type { FileSystem } from '../kernel/file-system';
import { createDatabase, createEngineering, createRaytrace, RAYTRACE_CLUSTER_BYTES } from './compute-workloads';
import { createPmake } from './pmake';
import { createRadix, radixSizeProblem } from './radix';
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
  /** Sizes at scale 1 that differ from WORKLOAD_SIZES (the scenario's `/guest/sizes`). */
  readonly sizes?: Partial<WorkloadSizes>;
}

/** The smallest unit of work a program is given. ASSUMPTION: 1000 instructions, so that a tiny scale still runs every phase of the workload. */
const MIN_INSTRUCTIONS = 1000;
const sized = (instructions: number): number => Math.max(MIN_INSTRUCTIONS, Math.round(instructions));

/**
 * Sizes at scale 1: a small run, seconds of wall time, what the tests use.
 * The shipped scenarios choose their scale so that the measured window (after
 * boot, warm-up and data initialisation) lasts at least 1 s of simulated time
 * (§5.1: boot and warm-up are excluded; uniprocessor and multiprocessor runs
 * are scaled differently). Data sets grow with the scale up to scale 1 and
 * keep their size above it, where only the work grows: a longer window, not a
 * different program (Radix excepted: its work is its keys).
 */
export const WORKLOAD_SIZES: WorkloadSizes = {
  /** Source files compiled per unit of scale (GNU chess has about 20: ASSUMPTION). */
  pmakeFiles: 4,
  /** User instructions of cc1 per compiled file (ASSUMPTION: a small file's compile); grows above scale 4. */
  cc1Instructions: 800_000,
  /** Header files shared by the compiles, 6-11.5 KB each (ASSUMPTION). */
  pmakeHeaders: 12,
  /** Headers cpp opens and reads per compiled file (ASSUMPTION). */
  pmakeHeadersPerFile: 6,
  /** User instructions per engineering job (Verilog or memory-system simulator). */
  engineeringInstructionsPerJob: 600_000,
  /** Decision-support queries, and user instructions per query. */
  databaseQueries: 6,
  databaseInstructionsPerQuery: 300_000,
  /** The server's buffer pool (ASSUMPTION: 4 MB; Table 1: a single memory-intensive process). */
  databasePoolBytes: 4 * MB,
  /** Raytrace's rendering work, split among the threads. */
  raytraceInstructions: 3_000_000,
  /** The scene: with the 128 KB image, Raytrace's data set fits in 1 MB (§5.5: the NUMA runs shrink the L2 to 256 KB for that reason). */
  raytraceSceneBytes: 768 * 1024,
  /** Radix keys (SPLASH-2's default input is 256 K keys, its large one 1 M). */
  radixKeys: 128 * 1024,
  /**
   * Radix passes: SPLASH-2's defaults (radix.C: -r1024 -m524288, keys at most
   * 2^19, radix 2^10) sort in get_max_digits(524288) = 2 digit passes.
   */
  radixPasses: 2,
  /** Radix buckets per pass (SPLASH-2 radix.C: DEFAULT_R 1024). */
  radixBuckets: 1024,
};

/** The workloads' sizes at scale 1 (each field's source is on WORKLOAD_SIZES); a scenario sets them under `/guest/sizes`. */
export interface WorkloadSizes {
  readonly pmakeFiles: number;
  readonly cc1Instructions: number;
  readonly pmakeHeaders: number;
  readonly pmakeHeadersPerFile: number;
  readonly engineeringInstructionsPerJob: number;
  readonly databaseQueries: number;
  readonly databaseInstructionsPerQuery: number;
  readonly databasePoolBytes: number;
  readonly raytraceInstructions: number;
  readonly raytraceSceneBytes: number;
  readonly radixKeys: number;
  readonly radixPasses: number;
  readonly radixBuckets: number;
}

/** Raytrace's scene and Radix's keys at a scale: what the size check and the workload both use. */
const raytraceSceneAt = (size: WorkloadSizes, scale: number) => Math.round(size.raytraceSceneBytes * Math.min(1, scale));
const radixKeysAt = (size: WorkloadSizes, scale: number) => Math.round(size.radixKeys * scale);

/** The sizes a spec runs with: WORKLOAD_SIZES, with what the spec sets in their place. */
export function workloadSizesOf(spec: Pick<WorkloadSpec, 'sizes'>): WorkloadSizes {
  return spec.sizes === undefined ? WORKLOAD_SIZES : { ...WORKLOAD_SIZES, ...spec.sizes };
}

/**
 * Why the workload a spec names cannot be built at its size, or null: pmake
 * with more headers per file than there are, a Raytrace scene smaller than the
 * neighbourhood a bundle of rays visits, a Radix with too few keys for its
 * buckets and threads. The scenario checks it, so that each is bad input.
 */
export function workloadSizeProblem(spec: WorkloadSpec): string | null {
  const size = workloadSizesOf(spec);
  switch (spec.workload) {
    case 'pmake':
      return size.pmakeHeadersPerFile > size.pmakeHeaders ? `pmake: cpp reads ${size.pmakeHeadersPerFile} headers per file of ${size.pmakeHeaders}` : null;
    case 'raytrace': {
      const scene = raytraceSceneAt(size, spec.scale);
      return scene < RAYTRACE_CLUSTER_BYTES ? `raytrace: a scene of ${scene} bytes is smaller than the ${RAYTRACE_CLUSTER_BYTES / 1024} KB neighbourhood a bundle of rays visits` : null;
    }
    case 'radix':
      return radixSizeProblem(radixKeysAt(size, spec.scale), size.radixBuckets, spec.cpus);
    default:
      return null;
  }
}

/** The workload a spec names, sized by its `scale`. */
export function createWorkload(section: WorkloadSpec, fs: FileSystem, random: (name: string) => Prng, hooks: WorkloadHooks): Workload {
  const scale = section.scale;
  const dataScale = Math.min(1, scale);
  const size = workloadSizesOf(section);
  // Below one file (query) per unit of scale, the last whole file (query) shrinks instead, so that a smaller scale is always less work.
  const pmakeFiles = Math.max(1, Math.round(size.pmakeFiles * scale));
  const queries = Math.max(1, Math.round(size.databaseQueries * scale));
  switch (section.workload) {
    case 'pmake':
      return createPmake(
        fs,
        { files: pmakeFiles, jobs: 2, instances: section.instances, cc1Instructions: sized(size.cc1Instructions * Math.max(1, scale / 4) * Math.min(1, (size.pmakeFiles * scale) / pmakeFiles)), firstSourceDisk: Math.min(1, fs.disks - 1), headers: size.pmakeHeaders, headersPerFile: size.pmakeHeadersPerFile },
        random,
        hooks,
      );
    case 'engineering':
      return createEngineering(fs, { pairs: section.instances * (section.cpus === 1 ? 2 : 6), instructionsPerJob: Math.round(size.engineeringInstructionsPerJob * scale), dataScale: 0.25 * dataScale }, random, hooks);
    case 'database':
      return createDatabase(fs, { bufferPoolBytes: Math.round(size.databasePoolBytes * dataScale), queries, instructionsPerQuery: sized(size.databaseInstructionsPerQuery * Math.min(1, (size.databaseQueries * scale) / queries)) }, random, hooks);
    case 'raytrace':
      return createRaytrace(fs, { threads: section.cpus, sceneBytes: raytraceSceneAt(size, scale), instructionsPerThread: Math.round((size.raytraceInstructions * scale) / section.cpus) }, random, hooks);
    case 'radix':
      return createRadix(fs, { threads: section.cpus, keys: radixKeysAt(size, scale), passes: size.radixPasses, instructionsPerKey: 20, radix: size.radixBuckets }, random, hooks);
  }
}

import type { Prng } from '@disco/sim-kernel';
import { USER_DATA_BASE } from '../kernel/address-space';
import type { Binary, FileSystem } from '../kernel/file-system';
import type { Program } from '../kernel/syscalls';
import { ScriptProgram, type Script } from './script-program';
import { execProgram, imageProfile, initialiseData, initProgram, IO_BUFFER_VA, WindowGate, type Workload, type WorkloadHooks } from './workload';

const KB = 1024;
const MB = 1024 * KB;
const pageRound = (bytes: number): number => Math.max(1, Math.round(bytes / 4096)) * 4096;

/** A long-running process: a large code and data working set with many TLB misses, an occasional output write. */
interface JobSpec {
  readonly name: string;
  readonly textBytes: number;
  readonly dataBytes: number;
  readonly hotBytes: number;
  readonly hotFraction: number;
  readonly instructions: number;
  readonly loopBytes: number;
  readonly jump: number;
}

/** Engineering (Table 1): Verilog simulation plus memory-system simulation, multiprogrammed. */
export interface EngineeringParams {
  /** Verilog / memory-system simulator pairs. §5.5: 6 + 6 on 8 CPUs; uniprocessor: ASSUMPTION 2 + 2. */
  readonly pairs: number;
  readonly instructionsPerJob: number;
  /** Fraction of the full-size data sets (6 MB Verilog, 12 MB memory simulator) used. */
  readonly dataScale: number;
}

export function createEngineering(fs: FileSystem, params: EngineeringParams, random: (name: string) => Prng, hooks: WorkloadHooks): Workload {
  const root = fs.directory('/', 0, 0);
  const bin = fs.directory('/usr/local/bin', 0, 3, root);
  const out = fs.directory('/tmp', Math.min(1, fs.disks - 1), 1);
  // ASSUMPTION: a compiled Verilog model (VCS) has a large text and a multi-MB data set; the memory-system simulator a large table working set.
  const verilog: JobSpec = { name: 'vcs', textBytes: 1536 * KB, dataBytes: pageRound(6 * MB * params.dataScale), hotBytes: 256 * KB, hotFraction: 0.75, instructions: params.instructionsPerJob, loopBytes: 1024, jump: 0.12 };
  const memsim: JobSpec = { name: 'memsim', textBytes: 384 * KB, dataBytes: pageRound(12 * MB * params.dataScale), hotBytes: 512 * KB, hotFraction: 0.6, instructions: params.instructionsPerJob, loopBytes: 2048, jump: 0.05 };
  const jobs: { binary: Binary; spec: JobSpec }[] = [];
  for (const spec of [verilog, memsim]) jobs.push({ binary: fs.binary(`/usr/local/bin/${spec.name}`, 0, bin, spec.textBytes, spec.dataBytes), spec });
  const children: Program[] = [];
  // Every job initialises its data set, then all start their measured part together.
  const gate = new WindowGate(hooks, params.pairs * jobs.length);
  for (let i = 0; i < params.pairs; i++) {
    for (const { binary, spec } of jobs) {
      const output = fs.create(`/tmp/${spec.name}${i}.out`, out.disk, 0, 2, out, 256 * KB);
      children.push(execProgram(binary, longJob(binary, spec, output, gate, random(`engineering/${spec.name}${i}`)), random(`engineering/${spec.name}${i}/exec`)));
    }
  }
  const shell = forkAll('sh', children, random('engineering/sh'));
  const { init, initBinary } = initProgram(fs, jobs.map((j) => j.binary.file), null, { binary: jobs[0]!.binary, program: shell }, random('engineering/init'));
  return { name: 'engineering', init, initBinary, opensWindow: true };
}

function longJob(binary: Binary, spec: JobSpec, output: import('../kernel/file-system').FileNode, gate: WindowGate, random: Prng): Program {
  return new ScriptProgram(
    spec.name,
    function* (self): Script {
      const work = self.stream(
        imageProfile(binary, {
          ipr: 3,
          loopBytes: spec.loopBytes,
          jump: spec.jump,
          data: [{ bytes: spec.dataBytes, weight: 1, pattern: 'random', hotBytes: Math.min(spec.hotBytes, spec.dataBytes), hotFraction: spec.hotFraction, writeFraction: 0.3 }],
        }),
      );
      const fd: number = yield self.call({ kind: 'open', file: output, create: true });
      yield* initialiseData(self, binary, USER_DATA_BASE, spec.dataBytes);
      yield* gate.arrive(self);
      const slices = 8;
      for (let s = 0; s < slices; s++) {
        yield self.compute(spec.instructions / slices, work);
        yield self.call({ kind: 'write', fd, bytes: 4 * KB, bufferVa: IO_BUFFER_VA });
      }
      yield self.call({ kind: 'close', fd });
      yield self.call({ kind: 'exit' });
    },
    random,
  );
}

/** A shell that starts every child at once and waits for all. */
export function forkAll(name: string, children: readonly Program[], random: Prng): Program {
  return new ScriptProgram(
    name,
    function* (self): Script {
      for (const child of children) yield self.call({ kind: 'fork', child });
      for (let i = 0; i < children.length; i++) yield self.call({ kind: 'wait' });
      yield self.call({ kind: 'exit' });
    },
    random,
  );
}

/** Database (Table 1): one memory-intensive server process with a large buffer pool, decision-support queries. */
export interface DatabaseParams {
  readonly bufferPoolBytes: number;
  readonly queries: number;
  readonly instructionsPerQuery: number;
}

export function createDatabase(fs: FileSystem, params: DatabaseParams, random: (name: string) => Prng, hooks: WorkloadHooks): Workload {
  const root = fs.directory('/', 0, 0);
  const bin = fs.directory('/usr/sybase/bin', 0, 3, root);
  const dataDisk = Math.min(1, fs.disks - 1);
  const dbDir = fs.directory('/db', dataDisk, 1);
  const server = fs.binary('/usr/sybase/bin/dataserver', 0, bin, 2 * MB, params.bufferPoolBytes + 2 * MB);
  const table = fs.create('/db/lineitem', dataDisk, 4 * MB, 2, dbDir);
  const gate = new WindowGate(hooks, 1);
  const program = new ScriptProgram(
    'dataserver',
    function* (self): Script {
      // ASSUMPTION: the buffer pool is read skewed (an index and hot pages) and scanned; the server's code is large.
      const pool = self.stream(
        imageProfile(server, {
          ipr: 3,
          loopBytes: 1024,
          jump: 0.1,
          data: [
            { bytes: params.bufferPoolBytes, weight: 0.7, pattern: 'random', hotBytes: params.bufferPoolBytes / 16, hotFraction: 0.5, writeFraction: 0.1 },
            { bytes: params.bufferPoolBytes, weight: 0.3, pattern: 'sequential', writeFraction: 0.02 },
          ],
        }),
      );
      const fd: number = yield self.call({ kind: 'open', file: table, create: false });
      // Start-up: the server allocates and clears its buffer pool, then serves the queries.
      yield* initialiseData(self, server, USER_DATA_BASE, params.bufferPoolBytes);
      yield* gate.arrive(self);
      for (let q = 0; q < params.queries; q++) {
        yield self.call({ kind: 'read', fd, bytes: 16 * KB, bufferVa: IO_BUFFER_VA });
        yield self.compute(params.instructionsPerQuery, pool);
      }
      yield self.call({ kind: 'close', fd });
      yield self.call({ kind: 'exit' });
    },
    random('database/server'),
  );
  const { init, initBinary } = initProgram(fs, [server.file, table], null, { binary: server, program }, random('database/init'));
  return { name: 'database', init, initBinary, opensWindow: true };
}

/** The neighbourhood of the scene a bundle of rays visits (createRaytrace): the scene can be no smaller. */
export const RAYTRACE_CLUSTER_BYTES = 16 * KB;

/** Raytrace (SPLASH-2): parallel threads reading a large shared scene, each writing its part of the image. */
export interface RaytraceParams {
  readonly threads: number;
  readonly sceneBytes: number;
  readonly instructionsPerThread: number;
}

export function createRaytrace(fs: FileSystem, params: RaytraceParams, random: (name: string) => Prng, hooks: WorkloadHooks): Workload {
  const root = fs.directory('/', 0, 0);
  const bin = fs.directory('/usr/splash', 0, 2, root);
  // The image: ASSUMPTION 128 KB (a 256 × 128 picture of 32-bit pixels), so that scene and image fit in 1 MB (§5.5).
  const imageBytes = 128 * KB;
  const binary = fs.binary('/usr/splash/raytrace', 0, bin, 256 * KB, params.sceneBytes + imageBytes);
  const sceneFile = fs.create('/usr/splash/car.env', 0, 256 * KB, 3, bin);
  const stripe = imageBytes / params.threads;
  const worker = (rank: number): Program =>
    new ScriptProgram(`raytrace/${rank}`, (self) => workerBody(self, params, binary, stripe, rank, hooks), random(`raytrace/${rank}`));
  const main = new ScriptProgram(
    'raytrace',
    function* (self): Script {
      // The master reads the scene description and builds the scene (touching every scene page), then starts the workers.
      const fd: number = yield self.call({ kind: 'open', file: sceneFile, create: false });
      for (let done = 0; done < sceneFile.sizeBytes; done += 16 * KB) yield self.call({ kind: 'read', fd, bytes: 16 * KB, bufferVa: IO_BUFFER_VA });
      yield self.call({ kind: 'close', fd });
      const build = self.stream({
        ...imageProfile(binary, { data: [] }),
        regions: [{ base: USER_DATA_BASE, bytes: params.sceneBytes, weight: 1, pattern: 'sequential', writeFraction: 0.6 }],
      });
      yield self.compute((params.sceneBytes / 8) * 3, build);
      yield self.call({ kind: 'sproc', programs: Array.from({ length: params.threads - 1 }, (_, i) => worker(i + 1)) });
      yield* workerBody(self, params, binary, stripe, 0, hooks);
    },
    random('raytrace/main'),
  );
  const { init, initBinary } = initProgram(fs, [binary.file, sceneFile], null, { binary, program: main }, random('raytrace/init'));
  return { name: 'raytrace', init, initBinary, opensWindow: true };
}

/**
 * One thread's share of the rendering (thread 0 is the master, after it
 * started the others): it clears its stripe of the image, and once every
 * thread has (a barrier: SPLASHOS has no `pause`), the measured window opens.
 */
function* workerBody(self: ScriptProgram, params: RaytraceParams, binary: Binary, stripe: number, rank: number, hooks: WorkloadHooks): Script {
  const stripeBase = USER_DATA_BASE + params.sceneBytes + rank * stripe;
  const trace = self.stream({
    ...imageProfile(binary, { ipr: 3, loopBytes: 2048, jump: 0.04, data: [] }),
    regions: [
      // Rays walk the scene's hierarchical grid; neighbouring rays are coherent and visit the
      // same cells, so references cluster (ASSUMPTION: a 16 KB neighbourhood of cells and
      // objects for a bundle of ~512 references, a few rays' worth).
      {
        base: USER_DATA_BASE,
        bytes: params.sceneBytes,
        weight: 0.9,
        pattern: 'clustered',
        clusterBytes: RAYTRACE_CLUSTER_BYTES,
        clusterReferences: 512,
        hotBytes: params.sceneBytes / 8,
        hotFraction: 0.7,
        writeFraction: 0,
      },
      { base: stripeBase, bytes: stripe, weight: 0.1, pattern: 'sequential', writeFraction: 0.5 },
    ],
  });
  yield* initialiseData(self, binary, stripeBase, stripe);
  yield self.call({ kind: 'barrier', parties: params.threads });
  if (rank === 0) hooks.booted();
  if (hooks.startGate !== undefined) yield self.call({ kind: 'pause', until: hooks.startGate });
  yield self.compute(params.instructionsPerThread, trace);
  yield self.call({ kind: 'barrier', parties: params.threads });
  yield self.call({ kind: 'exit' });
}

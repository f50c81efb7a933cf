import { assert, type Prng } from '@disco/sim-kernel';
import { USER_DATA_BASE } from '../kernel/address-space';
import type { Binary, FileSystem } from '../kernel/file-system';
import { ScriptProgram, type Script } from './script-program';
import { imageProfile, initProgram, type Workload, type WorkloadHooks } from './workload';

/** Radix (SPLASH-2 radix sort, §5.4): parallel threads; all fault on the same region at the start. */
export interface RadixParams {
  readonly threads: number;
  readonly keys: number;
  /** Radix passes (digits): SPLASH-2's defaults give 4 (create-workload.ts). */
  readonly passes: number;
  /** Instructions per key per pass (histogram + permutation). ASSUMPTION: 20. */
  readonly instructionsPerKey: number;
  /** Buckets per pass (SPLASH-2 radix.C: DEFAULT_R 1024). */
  readonly radix: number;
}

const KEY_BYTES = 4;
/** Bytes of each thread's private arrays: its digit densities (radix.C `key_density`) and its ranks (`rank_ff`, a page of padding after it), radix ints each. */
const privateArraysBytes = (radix: number) => Math.ceil((2 * radix * KEY_BYTES) / 4096) * 4096 + 4096;

const arrayBytesOf = (keys: number) => Math.ceil((keys * KEY_BYTES) / 4096) * 4096;

/** Bytes of one thread's slice of one digit's region of the destination: each thread writes at least one key there. */
function chunkBytes(arrayBytes: number, radix: number, threads: number): number {
  const digitBytes = Math.floor(arrayBytes / radix / 8) * 8;
  return Math.floor(digitBytes / threads / 8) * 8;
}

/** Why Radix cannot run with these keys, buckets and threads (too few keys for every thread to own a slice of every bucket), or null. */
export function radixSizeProblem(keys: number, radix: number, threads: number): string | null {
  return chunkBytes(arrayBytesOf(keys), radix, threads) >= 8 ? null : `radix: ${keys} keys are too few for ${radix} buckets over ${threads} threads`;
}

/** Builds Radix: keys and a destination array of the same size, each thread owning a slice of both. */
export function createRadix(fs: FileSystem, params: RadixParams, random: (name: string) => Prng, hooks: WorkloadHooks): Workload {
  const root = fs.directory('/', 0, 0);
  const bin = fs.directory('/usr/splash', 0, 2, root);
  const arrayBytes = arrayBytesOf(params.keys);
  const binary = fs.binary('/usr/splash/radix', 0, bin, 64 * 1024, 2 * arrayBytes + params.threads * privateArraysBytes(params.radix) + 64 * 1024);
  const main = new ScriptProgram(
    'radix',
    function* (self): Script {
      yield self.call({
        kind: 'sproc',
        programs: Array.from({ length: params.threads - 1 }, (_, i) => new ScriptProgram(`radix/${i + 1}`, (s) => radixThread(s, params, binary, arrayBytes, i + 1), random(`radix/${i + 1}`))),
      });
      yield* radixThread(self, params, binary, arrayBytes, 0);
    },
    random('radix/0'),
  );
  const { init, initBinary } = initProgram(fs, [binary.file], hooks, { binary, program: main }, random('radix/init'));
  return { name: 'radix', init, initBinary, main: { binary, program: main }, opensWindow: false };
}

/**
 * One thread (radix.C `slave_sort`): initialise its keys (first touch of the
 * key array, all threads at once), then per pass a histogram of its keys'
 * digits into its private density array, a barrier, and the permutation
 * `key_to[rank_ff_mynum[digit]++] = key_from[i]`. The destination holds each
 * digit's keys together, thread 0's first, so this thread writes `radix`
 * sequential streams, one per digit, each in its own slice of the digit's
 * region: every destination page is written by the few threads whose slices
 * share it (all threads fault on the destination at once in the first pass),
 * and each line is written by one thread, a line at a time.
 */
function* radixThread(self: ScriptProgram, params: RadixParams, binary: Binary, arrayBytes: number, rank: number): Script {
  const slice = Math.floor(arrayBytes / params.threads / 8) * 8;
  const keysPerThread = params.keys / params.threads;
  const digitBytes = Math.floor(arrayBytes / params.radix / 8) * 8;
  const chunk = chunkBytes(arrayBytes, params.radix, params.threads);
  assert(chunk >= 8, `radix: ${params.keys} keys are too few for ${params.radix} buckets over ${params.threads} threads`);
  const privateBase = USER_DATA_BASE + 2 * arrayBytes + rank * privateArraysBytes(params.radix);
  const countsBytes = params.radix * KEY_BYTES;
  const density = { base: privateBase, bytes: countsBytes, pattern: 'random', runWords: 1 } as const;
  const ranks = { base: privateBase + countsBytes, bytes: countsBytes, pattern: 'random', runWords: 1 } as const;
  let source = USER_DATA_BASE;
  let destination = USER_DATA_BASE + arrayBytes;
  const init = self.stream({ ...imageProfile(binary, { data: [] }), regions: [{ base: source + rank * slice, bytes: slice, weight: 1, pattern: 'sequential', writeFraction: 1 }] });
  yield self.compute(keysPerThread * 4, init);
  yield self.call({ kind: 'barrier', parties: params.threads });
  for (let pass = 0; pass < params.passes; pass++) {
    // Per key: load the key, load and store its digit's count.
    const histogram = self.stream({
      ...imageProfile(binary, { data: [] }),
      regions: [
        { base: source + rank * slice, bytes: slice, weight: 1, pattern: 'sequential', writeFraction: 0 },
        { ...density, weight: 2, writeFraction: 0.5 },
      ],
    });
    yield self.compute((keysPerThread * params.instructionsPerKey) / 3, histogram);
    yield self.call({ kind: 'barrier', parties: params.threads });
    // Per key: load the key, load and store its digit's rank, store the key at that rank.
    const permute = self.stream({
      ...imageProfile(binary, { data: [] }),
      regions: [
        { base: source + rank * slice, bytes: slice, weight: 1, pattern: 'sequential', writeFraction: 0 },
        { ...ranks, weight: 2, writeFraction: 0.5 },
        { base: destination, bytes: arrayBytes, weight: 1, pattern: 'streams', streams: params.radix, streamStride: digitBytes, streamOffset: rank * chunk, streamBytes: chunk, writeFraction: 1 },
      ],
    });
    yield self.compute((keysPerThread * params.instructionsPerKey * 2) / 3, permute);
    yield self.call({ kind: 'barrier', parties: params.threads });
    [source, destination] = [destination, source];
  }
  yield self.call({ kind: 'exit' });
}

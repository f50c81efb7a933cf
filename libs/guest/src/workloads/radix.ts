import type { Prng } from '@disco/sim-kernel';
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
}

const KEY_BYTES = 4;

/** Builds Radix: keys and a destination array of the same size, each thread owning a slice of both. */
export function createRadix(fs: FileSystem, params: RadixParams, random: (name: string) => Prng, hooks: WorkloadHooks): Workload {
  const root = fs.directory('/', 0, 0);
  const bin = fs.directory('/usr/splash', 0, 2, root);
  const arrayBytes = Math.ceil((params.keys * KEY_BYTES) / 4096) * 4096;
  const binary = fs.binary('/usr/splash/radix', 0, bin, 64 * 1024, 2 * arrayBytes + 64 * 1024);
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
 * One thread: initialise its keys (first touch of the key array, all threads
 * at once), then per pass a local histogram over its keys, a barrier, and a
 * permutation that scatters its keys over the whole destination array (the
 * first pass faults every destination page, from every thread).
 */
function* radixThread(self: ScriptProgram, params: RadixParams, binary: Binary, arrayBytes: number, rank: number): Script {
  const slice = Math.floor(arrayBytes / params.threads / 8) * 8;
  const keysPerThread = params.keys / params.threads;
  let source = USER_DATA_BASE;
  let destination = USER_DATA_BASE + arrayBytes;
  const init = self.stream({ ...imageProfile(binary, { data: [] }), regions: [{ base: source + rank * slice, bytes: slice, weight: 1, pattern: 'sequential', writeFraction: 1 }] });
  yield self.compute(keysPerThread * 4, init);
  yield self.call({ kind: 'barrier', parties: params.threads });
  for (let pass = 0; pass < params.passes; pass++) {
    const histogram = self.stream({ ...imageProfile(binary, { data: [] }), regions: [{ base: source + rank * slice, bytes: slice, weight: 1, pattern: 'sequential', writeFraction: 0 }] });
    yield self.compute((keysPerThread * params.instructionsPerKey) / 3, histogram);
    yield self.call({ kind: 'barrier', parties: params.threads });
    const permute = self.stream({
      ...imageProfile(binary, { data: [] }),
      regions: [
        { base: source + rank * slice, bytes: slice, weight: 1, pattern: 'sequential', writeFraction: 0 },
        { base: destination, bytes: arrayBytes, weight: 1, pattern: 'random', writeFraction: 1 },
      ],
    });
    yield self.compute((keysPerThread * params.instructionsPerKey * 2) / 3, permute);
    yield self.call({ kind: 'barrier', parties: params.threads });
    [source, destination] = [destination, source];
  }
  yield self.call({ kind: 'exit' });
}

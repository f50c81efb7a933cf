import type { Prng } from '@disco/sim-kernel';
import type { Binary, FileNode, FileSystem } from '../kernel/file-system';
import type { Program } from '../kernel/syscalls';
import { ScriptProgram, type Script } from './script-program';
import { execProgram, imageProfile, initProgram, readWhole, writeWhole, type Workload, type WorkloadHooks } from './workload';

/** Pmake (Table 1): parallel make -J2 of GNU chess — many short compiler processes, file I/O. */
export interface PmakeParams {
  /** Source files compiled. GNU chess has about 20 (ASSUMPTION); scaled down by default. */
  readonly files: number;
  /** make -J: parallel jobs. §5.1: 2 per pmake instance. */
  readonly jobs: number;
  /** Independent pmake instances (§5.3: 8), each with its own source disk. */
  readonly instances: number;
  /** User instructions of cc1 per compiled file. ASSUMPTION, scaled: real compiles are ~100× longer. */
  readonly cc1Instructions: number;
  /** Disk of each instance's sources: instance i uses `firstSourceDisk + i`. */
  readonly firstSourceDisk: number;
  /** Header files on the root disk, shared by every compile. */
  readonly headers: number;
  /** Headers cpp reads per compiled file (file f's h-th is header (f + 5h) mod `headers`). */
  readonly headersPerFile: number;
}

const KB = 1024;

interface Toolchain {
  readonly make: Binary;
  readonly cc: Binary;
  readonly cpp: Binary;
  readonly cc1: Binary;
  readonly as: Binary;
  readonly ld: Binary;
  readonly headers: readonly FileNode[];
}

/** Binaries and headers on the root disk (disk 0). Sizes: ASSUMPTION, of the order of IRIX 5.3's GNU tools. */
function toolchain(fs: FileSystem, headers: number): Toolchain {
  const root = fs.files.find((f) => f.name === '/') ?? fs.directory('/', 0, 0);
  const bin = fs.directory('/usr/bin', 0, 2, root);
  const lib = fs.directory('/usr/lib/gcc', 0, 3, root);
  const include = fs.directory('/usr/include', 0, 2, root);
  return {
    make: fs.binary('/usr/bin/make', 0, bin, 160 * KB, 256 * KB),
    cc: fs.binary('/usr/bin/cc', 0, bin, 96 * KB, 64 * KB),
    cpp: fs.binary('/usr/lib/gcc/cpp', 0, lib, 128 * KB, 256 * KB),
    cc1: fs.binary('/usr/lib/gcc/cc1', 0, lib, 768 * KB, 1024 * KB),
    as: fs.binary('/usr/bin/as', 0, bin, 256 * KB, 256 * KB),
    ld: fs.binary('/usr/bin/ld', 0, bin, 256 * KB, 512 * KB),
    headers: Array.from({ length: headers }, (_, i) => fs.create(`/usr/include/h${i}.h`, 0, 6 * KB + (i % 12) * 512, 3, include)),
  };
}

interface SourceTree {
  readonly sources: readonly FileNode[];
  readonly temporaries: readonly FileNode[];
  readonly assembly: readonly FileNode[];
  readonly objects: readonly FileNode[];
  readonly output: FileNode;
}

function sourceTree(fs: FileSystem, disk: number, files: number, instance: number): SourceTree {
  const dir = fs.directory(`/work${instance}`, disk, 2);
  const make = (kind: string, size: (i: number) => number, max: number): FileNode[] =>
    Array.from({ length: files }, (_, i) => fs.create(`/work${instance}/f${i}.${kind}`, disk, size(i), 3, dir, max));
  return {
    sources: make('c', (i) => 12 * KB + (i % 5) * 4 * KB, 32 * KB),
    temporaries: make('i', () => 0, 96 * KB),
    assembly: make('s', () => 0, 64 * KB),
    objects: make('o', () => 0, 32 * KB),
    output: fs.create(`/work${instance}/chess`, disk, 0, 3, dir, 512 * KB),
  };
}

/** Builds the pmake workload: one make per instance under a shell that waits for all. */
export function createPmake(fs: FileSystem, params: PmakeParams, random: (name: string) => Prng, hooks: WorkloadHooks): Workload {
  const tools = toolchain(fs, params.headers);
  const trees = Array.from({ length: params.instances }, (_, i) => sourceTree(fs, params.firstSourceDisk + i, params.files, i));
  const makes = trees.map((tree, i) => execProgram(tools.make, makeProgram(tools, tree, params, random, i), random(`pmake/${i}/exec`)));
  const shell = new ScriptProgram(
    'sh',
    function* (self): Script {
      for (const m of makes) yield self.call({ kind: 'fork', child: m });
      for (let i = 0; i < makes.length; i++) yield self.call({ kind: 'wait' });
      yield self.call({ kind: 'exit' });
    },
    random('pmake/sh'),
  );
  // The warm-up (§5.1: at least 100× the measured run, excluded from it) leaves the toolchain, the headers and every
  // instance's sources in the buffer cache, as an earlier build of the same tree would: the window's disk traffic is
  // the build's own output.
  const warm = [tools.make, tools.cc, tools.cpp, tools.cc1, tools.as, tools.ld].map((b) => b.file).concat(tools.headers, trees.flatMap((t) => t.sources));
  const { init, initBinary } = initProgram(fs, warm, hooks, { binary: tools.make, program: shell }, random('pmake/init'));
  return { name: 'pmake', init, initBinary, opensWindow: false };
}

function makeProgram(tools: Toolchain, tree: SourceTree, params: PmakeParams, random: (name: string) => Prng, instance: number): Program {
  const stream = (name: string): Prng => random(`pmake/${instance}/${name}`);
  return new ScriptProgram(
    'make',
    function* (self): Script {
      const work = self.stream(imageProfile(tools.make, { data: [{ bytes: 128 * KB, weight: 1, pattern: 'random', hotBytes: 16 * KB, hotFraction: 0.8, writeFraction: 0.3 }] }));
      yield self.compute(150_000, work);
      let running = 0;
      for (let f = 0; f < params.files; f++) {
        if (running === params.jobs) {
          yield self.call({ kind: 'wait' });
          running--;
        }
        yield self.compute(20_000, work);
        const cc = ccProgram(tools, tree, f, params, stream(`cc${f}`), stream);
        yield self.call({ kind: 'fork', child: execProgram(tools.cc, cc, stream(`fork${f}`)) });
        running++;
      }
      for (; running > 0; running--) yield self.call({ kind: 'wait' });
      const ld = toolProgram('ld', tools.ld, stream('ld'), function* (s, w) {
        for (const o of tree.objects) yield* readWhole(s, o, 4 * KB);
        yield s.compute(params.cc1Instructions / 4, w);
        yield* writeWhole(s, tree.output, 96 * KB, 4 * KB);
      });
      yield self.call({ kind: 'fork', child: execProgram(tools.ld, ld, stream('ld/exec')) });
      yield self.call({ kind: 'wait' });
      yield self.call({ kind: 'exit' });
    },
    stream('make'),
  );
}

/** The cc driver: runs cpp, cc1 and as one after the other, each a fork and exec. */
function ccProgram(tools: Toolchain, tree: SourceTree, f: number, params: PmakeParams, random: Prng, stream: (name: string) => Prng): Program {
  const cpp = toolProgram('cpp', tools.cpp, stream(`cpp${f}`), function* (s, w) {
    yield* readWhole(s, tree.sources[f]!, 4 * KB);
    for (let h = 0; h < params.headersPerFile; h++) yield* readWhole(s, tools.headers[(f + h * 5) % tools.headers.length]!, 4 * KB);
    yield s.compute(params.cc1Instructions / 10, w);
    yield* writeWhole(s, tree.temporaries[f]!, 48 * KB, 2 * KB);
  });
  const cc1 = toolProgram('cc1', tools.cc1, stream(`cc1${f}`), function* (s, w) {
    yield* readWhole(s, tree.temporaries[f]!, 4 * KB);
    yield s.compute(params.cc1Instructions, w);
    yield* writeWhole(s, tree.assembly[f]!, 24 * KB, 2 * KB);
  });
  const as = toolProgram('as', tools.as, stream(`as${f}`), function* (s, w) {
    yield* readWhole(s, tree.assembly[f]!, 4 * KB);
    yield s.compute(params.cc1Instructions / 8, w);
    yield* writeWhole(s, tree.objects[f]!, 12 * KB, 2 * KB);
  });
  return new ScriptProgram(
    'cc',
    function* (self): Script {
      const work = self.stream(imageProfile(tools.cc, { data: [{ bytes: 32 * KB, weight: 1, pattern: 'random', writeFraction: 0.3 }] }));
      for (const [binary, program] of [[tools.cpp, cpp], [tools.cc1, cc1], [tools.as, as]] as const) {
        yield self.compute(30_000, work);
        yield self.call({ kind: 'fork', child: execProgram(binary, program, stream(`cc${f}/${binary.name}`)) });
        yield self.call({ kind: 'wait' });
      }
      yield self.call({ kind: 'exit' });
    },
    random,
  );
}

/** A compiler pass: its heap is touched as it works (demand-zero faults), then `body` runs. */
function toolProgram(name: string, binary: Binary, random: Prng, body: (self: ScriptProgram, work: ReturnType<ScriptProgram['stream']>) => Script): Program {
  return new ScriptProgram(
    name,
    function* (self): Script {
      const work = self.stream(
        imageProfile(binary, {
          loopBytes: 2048,
          jump: 0.08,
          data: [{ bytes: binary.dataBytes, weight: 1, pattern: 'random', hotBytes: Math.min(binary.dataBytes, 64 * KB), hotFraction: 0.85, writeFraction: 0.35 }],
        }),
      );
      yield* body(self, work);
      yield self.call({ kind: 'exit' });
    },
    random,
  );
}

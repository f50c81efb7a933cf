import type { Prng } from '@disco/sim-kernel';
import { USER_DATA_BASE, USER_STACK_TOP, USER_TEXT_BASE } from '../kernel/address-space';
import type { Binary, FileNode, FileSystem } from '../kernel/file-system';
import type { Program } from '../kernel/syscalls';
import type { ComputeProfile, DataRegion } from './reference-stream';
import { ScriptProgram, type Script } from './script-program';

/** What a workload hands the OS at boot. */
export interface Workload {
  readonly name: string;
  /** The first process: warms the file cache, reports `booted`, then runs the workload. */
  readonly init: Program;
  readonly initBinary: Binary;
  /**
   * The program init execs and its binary: what a library OS without a file
   * system or processes (SPLASHOS, §2.8) runs directly. Set by the SPLASH-2
   * workloads.
   */
  readonly main?: { readonly binary: Binary; readonly program: Program };
  /**
   * Whether the workload itself reports `booted` once its processes have
   * initialised their data (a `windowGate`), rather than init after the file
   * warm-up: the measured window then excludes the first-touch faults of data
   * set initialisation, as the paper's warm-up does (§5.1).
   */
  readonly opensWindow: boolean;
}

export interface WorkloadHooks {
  /** Boot and warm-up are over: measurement starts (§5.1 excludes them). */
  booted(): void;
  /**
   * When set, init pauses after warm-up until this holds: several OS
   * instances (VMs) start their measured part together. Natively unset.
   */
  readonly startGate?: () => boolean;
}

/** Bytes per read while warming files into the buffer cache. */
const WARM_READ_BYTES = 64 * 1024;
/** A user buffer for read/write, in the stack region. */
export const IO_BUFFER_VA = USER_STACK_TOP - 128 * 1024;

/** A compute profile over a binary's image: its text, its data region and the top of its stack. */
export function imageProfile(
  binary: Binary,
  options: { readonly ipr?: number; readonly loopBytes?: number; readonly jump?: number; readonly data: readonly Omit<DataRegion, 'base'>[] | readonly DataRegion[] },
): ComputeProfile {
  const regions: DataRegion[] = options.data.map((r) => ({ base: USER_DATA_BASE, ...r }));
  regions.push({ base: USER_STACK_TOP - 8192, bytes: 8192, weight: 0.15 * regions.reduce((s, r) => s + r.weight, 0), pattern: 'random', writeFraction: 0.4 });
  return {
    codeBase: USER_TEXT_BASE,
    codeBytes: binary.textBytes,
    loopBytes: options.loopBytes ?? 1024,
    jumpProbability: options.jump ?? 0.05,
    instructionsPerReference: options.ipr ?? 3,
    regions,
  };
}

/** A program that only execs `binary` into `program` (what a forked shell child does). */
export function execProgram(binary: Binary, program: Program, random: Prng): Program {
  return new ScriptProgram(
    `exec ${binary.name}`,
    function* (self): Script {
      yield self.call({ kind: 'execve', binary, program });
    },
    random,
  );
}

/** Reads `file` to the end into the I/O buffer; yields the calls. */
export function* readWhole(self: ScriptProgram, file: FileNode, chunkBytes: number): Script {
  const fd: number = yield self.call({ kind: 'open', file, create: false });
  for (;;) {
    const n: number = yield self.call({ kind: 'read', fd, bytes: chunkBytes, bufferVa: IO_BUFFER_VA });
    if (n <= 0) break;
  }
  yield self.call({ kind: 'close', fd });
}

/** Creates `file` and writes `bytes` in chunks. */
export function* writeWhole(self: ScriptProgram, file: FileNode, bytes: number, chunkBytes: number): Script {
  const fd: number = yield self.call({ kind: 'open', file, create: true });
  for (let done = 0; done < bytes; done += chunkBytes) {
    yield self.call({ kind: 'write', fd, bytes: Math.min(chunkBytes, bytes - done), bufferVa: IO_BUFFER_VA });
  }
  yield self.call({ kind: 'close', fd });
}

/**
 * The init process: reads the warm files through the buffer cache (the
 * paper's warm-up, §5.1), reports boot done (unless `hooks` is null: the
 * workload's window gate does), then becomes the workload's first program by
 * exec.
 */
export function initProgram(
  fs: FileSystem,
  warm: readonly FileNode[],
  hooks: WorkloadHooks | null,
  next: { binary: Binary; program: Program },
  random: Prng,
): { init: Program; initBinary: Binary } {
  const root = fs.files.find((f) => f.name === '/') ?? fs.directory('/', 0, 0);
  const initBinary = fs.binary('/etc/init', 0, root, 64 * 1024, 64 * 1024);
  const init = new ScriptProgram(
    'init',
    function* (self): Script {
      for (const file of warm) yield* readWhole(self, file, WARM_READ_BYTES);
      // A workload with a window gate reports `booted` itself, after its data is initialised.
      if (hooks !== null) {
        hooks.booted();
        if (hooks.startGate !== undefined) yield self.call({ kind: 'pause', until: hooks.startGate });
      }
      yield self.call({ kind: 'execve', binary: next.binary, program: next.program });
    },
    random,
  );
  return { init, initBinary };
}

/**
 * Where a workload's processes meet once their data is initialised: the
 * measured window opens (`booted`) when the last of `parties` arrives, and
 * every process waits in `pause` until then (and, with several VMs, until all
 * VMs have opened theirs). The last arrival's `pause` returns at once and
 * wakes the others (the kernel re-checks paused threads then).
 *
 * A process arrives when the kernel first evaluates its pause condition, at
 * the system call: a script runs ahead of its operations by up to a buffer,
 * so counting the arrival when the script yields would open the window
 * before the last initialising stores have executed.
 */
export class WindowGate {
  private arrived = 0;

  constructor(
    private readonly hooks: WorkloadHooks,
    readonly parties: number,
  ) {}

  get open(): boolean {
    return this.arrived === this.parties && (this.hooks.startGate === undefined || this.hooks.startGate());
  }

  /** One process is initialised: yields its wait for the window. */
  *arrive(self: ScriptProgram): Script {
    let counted = false;
    const until = (): boolean => {
      if (!counted) {
        counted = true;
        if (++this.arrived > this.parties) throw new Error(`window gate: ${this.arrived} arrivals for ${this.parties} parties`);
        if (this.arrived === this.parties) this.hooks.booted();
      }
      return this.open;
    };
    yield self.call({ kind: 'pause', until });
  }
}

/**
 * Initialises `bytes` of data at `base` the way a program's start-up does: one
 * pass of stores over every word (first touch of every page: the demand-zero
 * faults happen here, before the measured window). ASSUMPTION: a tight
 * initialisation loop, one store per three instructions (address, store,
 * increment and branch).
 */
export function* initialiseData(self: ScriptProgram, binary: Binary, base: number, bytes: number): Script {
  if (bytes <= 0) return;
  const ipr = 3;
  const stream = self.stream({ ...imageProfile(binary, { ipr, data: [] }), regions: [{ base, bytes, weight: 1, pattern: 'sequential', writeFraction: 1 }] });
  yield self.compute((bytes / 8) * ipr, stream);
}

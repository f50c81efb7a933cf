import type { OpBuffer } from '@disco/hardware';
import type { AddressSpace } from './address-space';
import type { AffinityHolder } from './cache-affinity';
import type { FileNode } from './file-system';
import type { SuspendedService } from './service-accounting';
import type { Program, SyscallRequest, UserThread } from './syscalls';

export const ThreadState = { RUNNABLE: 0, RUNNING: 1, SLEEPING: 2, ZOMBIE: 3 } as const;
export type ThreadState = (typeof ThreadState)[keyof typeof ThreadState];

export interface OpenFile {
  readonly file: FileNode;
  offsetBytes: number;
  /** Kernel virtual address of the file-table entry. */
  readonly entryVa: number;
}

export class Process {
  readonly threads: Thread[] = [];
  readonly children: Process[] = [];
  readonly files: (OpenFile | null)[] = [];
  exited = false;
  reaped = false;
  /** Parent threads sleeping in wait(). */
  waiters: Thread[] = [];
  /** sproc group barrier: arrivals so far and who sleeps on it. */
  barrierArrived = 0;
  barrierWaiters: Thread[] = [];
  liveThreads = 0;

  constructor(
    readonly pid: number,
    readonly parent: Process | null,
    public space: AddressSpace,
    /** Kernel virtual address of the proc structure. */
    readonly procVa: number,
    readonly startTicks: number,
  ) {}
}

/** A kernel thread of control: user program, kernel stack, scheduling state. */
export class Thread implements UserThread, AffinityHolder {
  state: ThreadState = ThreadState.RUNNABLE;
  /** The system call it is making (set by the program before the trap). */
  request: SyscallRequest | null = null;
  /** Kernel work to finish when it next runs (a system call that slept). */
  resume: ((cpu: import('@disco/hardware').KernelCpu) => void) | null = null;
  suspended: SuspendedService | null = null;
  lastCpu = -1;
  /** Clock ticks taken while it ran since it was last dispatched (IRIX counts a time slice in ticks). */
  sliceTicksRun = 0;
  /** IRIX cache affinity for `lastCpu` (see AffinityBook). */
  affinityTicks = 0;
  affinityMark = 0;
  affinityCarry = 0;
  /** Pending wake-ups before it may run again (several disk reads). */
  waitCount = 0;
  /** Woken by the last arrival at its barrier. */
  barrierReleased = false;
  /** User operations it had left when it went to sleep in a fault (they run again first when it is dispatched). */
  savedOps: OpBuffer | null = null;
  /** The condition a thread in `pause` waits for. */
  pauseUntil: (() => boolean) | null = null;

  constructor(
    readonly tid: number,
    readonly process: Process,
    public program: Program,
    readonly rank: number,
    /** Physical page of its kernel stack / PCB. */
    readonly stackPage: number,
    readonly stackVa: number,
  ) {}

  get pid(): number {
    return this.process.pid;
  }
}

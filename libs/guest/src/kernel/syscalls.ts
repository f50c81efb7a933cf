import type { OpBuffer } from '@disco/hardware';
import type { Binary, FileNode } from './file-system';

/** System-call numbers (OP_TRAP codes), IRIX-like. */
export const Sys = {
  EXIT: 1,
  FORK: 2,
  READ: 3,
  WRITE: 4,
  OPEN: 5,
  CLOSE: 6,
  WAIT: 7,
  PAUSE: 29,
  EXECVE: 59,
  SPROC: 1040,
  BARRIER: 1041,
} as const;

/** What a program asks of the kernel; the trap code says which, this says with what. */
export type SyscallRequest =
  | { readonly kind: 'open'; readonly file: FileNode; readonly create: boolean }
  | { readonly kind: 'close'; readonly fd: number }
  | { readonly kind: 'read'; readonly fd: number; readonly bytes: number; readonly bufferVa: number }
  | { readonly kind: 'write'; readonly fd: number; readonly bytes: number; readonly bufferVa: number }
  | { readonly kind: 'fork'; readonly child: Program }
  | { readonly kind: 'execve'; readonly binary: Binary; readonly program: Program }
  | { readonly kind: 'exit' }
  | { readonly kind: 'wait' }
  | { readonly kind: 'sproc'; readonly programs: readonly Program[] }
  | { readonly kind: 'barrier'; readonly parties: number }
  /** Sleeps until `until()` holds, re-checked at clock and IPI interrupts (a start signal from outside the OS: several VMs start their measured part together). */
  | { readonly kind: 'pause'; readonly until: () => boolean };

export const SYSCALL_CODE: Readonly<Record<SyscallRequest['kind'], number>> = {
  open: Sys.OPEN,
  close: Sys.CLOSE,
  read: Sys.READ,
  write: Sys.WRITE,
  fork: Sys.FORK,
  execve: Sys.EXECVE,
  exit: Sys.EXIT,
  wait: Sys.WAIT,
  sproc: Sys.SPROC,
  barrier: Sys.BARRIER,
  pause: Sys.PAUSE,
};

/** The user-mode side of a thread, as the kernel sees it. */
export interface UserThread {
  readonly pid: number;
  readonly tid: number;
  /** Index of this thread within its process (sproc group), from 0. */
  readonly rank: number;
}

/**
 * A workload's user-level code: a deterministic generator of operations.
 * `fill` appends user operations; to make a system call it calls `request`
 * and must then stop (the trap is the last operation of the buffer, so the
 * kernel may switch threads after it). `returned` hands back the result.
 */
export interface Program {
  readonly name: string;
  fill(buffer: OpBuffer, thread: UserThread, request: (call: SyscallRequest) => void): void;
  returned(result: number): void;
}

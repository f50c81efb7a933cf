import type { KernelCpu } from '@disco/hardware';
import { assert } from '@disco/sim-kernel';
import type { Buffer, BufferCache } from './buffer-cache';
import { BLOCK_BYTES, type FileNode } from './file-system';
import type { KernelCore } from './kernel-core';
import { PATHS } from './kernel-paths';
import { done, type Outcome } from './outcome';
import type { OpenFile, Thread } from './process';

const FILE_ENTRY_BYTES = 64;
const FILE_SLOTS = 2048;
const INODE_BYTES = 256;
const INODE_SLOTS = 2048;
const DNLC_BYTES = 16384;

/** How a file call puts its thread to sleep on buffers and wakes it (the kernel's scheduler). */
export interface FileCallThreads {
  sleep(thread: Thread, waits: number): number;
  wakeOne(cpu: KernelCpu, thread: Thread): void;
}

/**
 * The file system calls of the IRIX-like kernel: path lookup (dnlc and
 * directory blocks), open and close (inode and file table), read and write
 * through the buffer cache with copyin/copyout. Its tables are reserved in
 * kernel data when it is built.
 */
export class FileCalls {
  private readonly fileTableVa: number;
  private readonly inodeTableVa: number;
  private readonly dnlcVa: number;
  private nextFileEntry = 0;

  constructor(
    private readonly core: KernelCore,
    private readonly buffers: () => BufferCache,
    private readonly threads: FileCallThreads,
  ) {
    this.fileTableVa = core.data.reserve(FILE_SLOTS * FILE_ENTRY_BYTES);
    this.inodeTableVa = core.data.reserve(INODE_SLOTS * INODE_BYTES);
    this.dnlcVa = core.data.reserve(DNLC_BYTES);
  }

  /** Walks the path: dnlc hits per component, then the entry in the directory's block. Null when done, or an outcome when asleep. */
  namei(cpu: KernelCpu, thread: Thread, file: FileNode): Outcome | null {
    const core = this.core;
    for (let c = 0; c < file.depth; c++) {
      core.run(cpu, core.routine('namei'), PATHS.nameiComponentInstructions);
      cpu.load(this.dnlcVa + (((file.id + 1) * 97 + c * 31) % (DNLC_BYTES / 8)) * 8);
      cpu.load(this.inodeTableVa + (((file.directory?.id ?? 0) + c) % INODE_SLOTS) * INODE_BYTES);
    }
    if (file.directory !== null) {
      const dir = this.blocks(cpu, file.directory, 0, 1);
      if (!dir[0]!.valid) return this.waitFor(cpu, thread, dir);
    }
    cpu.load(this.inode(file));
    return null;
  }

  private inode(file: FileNode): number {
    return this.inodeTableVa + (file.id % INODE_SLOTS) * INODE_BYTES;
  }

  open(cpu: KernelCpu, thread: Thread, file: FileNode, create: boolean): Outcome {
    const core = this.core;
    const lookup = this.namei(cpu, thread, file);
    if (lookup !== null) return lookup;
    core.run(cpu, core.routine('vnOpen'), PATHS.vnOpenInstructions);
    cpu.store(this.inode(file) + 8, 1);
    if (create) {
      core.run(cpu, core.routine('inode'), PATHS.createInstructions);
      file.sizeBytes = 0;
      cpu.store(this.inode(file) + 16, 0);
      if (file.directory !== null) this.buffers().markDirty(cpu, this.blocks(cpu, file.directory, 0, 1)[0]!, cpu.nowTicks);
    }
    core.run(cpu, core.routine('falloc'), PATHS.fallocInstructions);
    const entryVa = this.fileTableVa + (this.nextFileEntry++ % FILE_SLOTS) * FILE_ENTRY_BYTES;
    cpu.store(entryVa, file.id);
    const files = thread.process.files;
    let fd = files.indexOf(null);
    if (fd < 0) fd = files.length;
    files[fd] = { file, offsetBytes: 0, entryVa };
    return done(fd);
  }

  close(cpu: KernelCpu, thread: Thread, fd: number): Outcome {
    const open = this.openFile(thread, fd);
    this.core.run(cpu, this.core.routine('falloc'), PATHS.closeInstructions);
    cpu.store(open.entryVa, 0);
    thread.process.files[fd] = null;
    return done(0);
  }

  private openFile(thread: Thread, fd: number): OpenFile {
    const open = thread.process.files[fd];
    assert(open !== undefined && open !== null, `pid ${thread.pid}: bad file descriptor ${fd}`);
    return open;
  }

  /** The buffers of blocks [first, first + count) of `file` (getblk each). */
  blocks(cpu: KernelCpu, file: FileNode, first: number, count: number): Buffer[] {
    const out: Buffer[] = [];
    for (let i = first; i < first + count; i++) {
      this.core.run(cpu, this.core.routine('bmap'), PATHS.bmapInstructions);
      out.push(this.buffers().getblk(cpu, file.disk, file.firstBlock + i));
    }
    return out;
  }

  /** Starts the reads `buffers` need and sleeps until they are all valid. */
  waitFor(cpu: KernelCpu, thread: Thread, buffers: readonly Buffer[]): Outcome {
    const missing = buffers.filter((b) => !b.valid);
    this.buffers().startReads(cpu, missing);
    for (const b of missing) b.waiters.push((c) => this.threads.wakeOne(c, thread));
    return { result: this.threads.sleep(thread, missing.length), bytes: 0, diskReads: missing.length };
  }

  readWrite(cpu: KernelCpu, thread: Thread, fd: number, bytes: number, bufferVa: number, write: boolean): Outcome {
    const core = this.core;
    const open = this.openFile(thread, fd);
    const file = open.file;
    core.run(cpu, core.routine('rwuio'), write ? PATHS.writeInstructions : PATHS.readInstructions);
    cpu.load(open.entryVa);
    cpu.load(this.inode(file));
    const start = open.offsetBytes;
    const limit = write ? file.blocks * BLOCK_BYTES : file.sizeBytes;
    const end = Math.min(start + bytes, limit);
    if (end <= start) return done(0);
    const firstBlock = Math.floor(start / BLOCK_BYTES);
    const buffers = this.blocks(cpu, file, firstBlock, Math.ceil(end / BLOCK_BYTES) - firstBlock);
    if (write) {
      // Whole new blocks need no read; a partial block of existing data must be read first.
      for (const b of buffers) if (!b.valid && (b.block - file.firstBlock) * BLOCK_BYTES >= file.sizeBytes) this.buffers().fill(b);
    }
    if (buffers.some((b) => !b.valid)) return this.waitFor(cpu, thread, buffers);
    this.copy(cpu, buffers, start, end, bufferVa, write);
    if (write) {
      for (const b of buffers) this.buffers().markDirty(cpu, b, cpu.nowTicks);
      file.sizeBytes = Math.max(file.sizeBytes, end);
      cpu.store(this.inode(file) + 16, file.sizeBytes);
    }
    open.offsetBytes = end;
    cpu.store(open.entryVa + 8, end);
    return { result: end - start, bytes: end - start, diskReads: 0 };
  }

  /** copyin/copyout: a doubleword at a time between the user buffer and the buffer pages. */
  private copy(cpu: KernelCpu, buffers: readonly Buffer[], start: number, end: number, userVa: number, toKernel: boolean): void {
    const core = this.core;
    core.run(cpu, core.routine('bcopy'), 16);
    for (let offset = start; offset < end; offset += 8) {
      const b = buffers[Math.floor(offset / BLOCK_BYTES) - Math.floor(start / BLOCK_BYTES)]!;
      const kernelVa = core.kva(b.page, offset % BLOCK_BYTES);
      const user = userVa + (offset - start);
      if (toKernel) {
        cpu.load(user);
        cpu.store(kernelVa, 0);
      } else {
        cpu.load(kernelVa);
        cpu.store(user, 0);
      }
      if (offset % 32 === 0) cpu.compute(PATHS.copyLoopInstructionsPerLine);
    }
  }
}

import { assert, CapacityError } from '@disco/sim-kernel';
import { USER_DATA_BASE, USER_STACK_TOP, USER_TEXT_BASE } from './address-space';

export const BLOCK_BYTES = 4096;
export const SECTORS_PER_BLOCK = 8;

/** A file: a contiguous extent of blocks on one disk (ASSUMPTION: no fragmentation, no indirect blocks). */
export interface FileNode {
  readonly id: number;
  readonly name: string;
  readonly disk: number;
  readonly firstBlock: number;
  /** Blocks reserved for the file (its largest size). */
  readonly blocks: number;
  /** Current size; writes past it grow the file up to `blocks`. */
  sizeBytes: number;
  /** Path components namei walks (e.g. 3 for /usr/include/stdio.h). */
  readonly depth: number;
  /** The directory holding the file: its entry is in that directory's first block. */
  readonly directory: FileNode | null;
}

/** An executable: its file holds the text; data, bss and stack are demand-zero. */
export interface Binary {
  readonly name: string;
  readonly file: FileNode;
  readonly textBytes: number;
  readonly dataBytes: number;
  readonly stackBytes: number;
}

/** Buffer-cache key of a block. */
export function blockKey(disk: number, block: number): number {
  return disk * 0x1_0000_0000 + block;
}

/**
 * The file systems on the machine's disks, as the workloads define them before
 * boot: names, extents and directories. Contents are not modelled, only where
 * blocks are. The kernel reads and writes blocks through the buffer cache.
 */
export class FileSystem {
  readonly files: FileNode[] = [];
  private readonly nextBlock: number[];

  constructor(readonly diskBlocks: readonly number[]) {
    this.nextBlock = diskBlocks.map(() => 1);
  }

  get disks(): number {
    return this.diskBlocks.length;
  }

  directory(name: string, disk: number, depth: number, parent: FileNode | null = null): FileNode {
    return this.create(name, disk, BLOCK_BYTES, depth, parent, BLOCK_BYTES);
  }

  /** Defines a file of `sizeBytes` now, with room to grow to `maxBytes`. */
  create(name: string, disk: number, sizeBytes: number, depth: number, directory: FileNode | null, maxBytes = sizeBytes): FileNode {
    assert(disk >= 0 && disk < this.diskBlocks.length, `no disk ${disk} for ${name}`);
    const blocks = Math.max(1, Math.ceil(Math.max(sizeBytes, maxBytes) / BLOCK_BYTES));
    const firstBlock = this.nextBlock[disk]!;
    if (firstBlock + blocks > this.diskBlocks[disk]!) {
      throw new CapacityError(`disk ${disk} full: ${name} needs ${blocks} blocks of ${BLOCK_BYTES} bytes, ${this.diskBlocks[disk]! - firstBlock} of ${this.diskBlocks[disk]} are free: give the machine larger disks or the workload less`);
    }
    this.nextBlock[disk] = firstBlock + blocks;
    const file: FileNode = { id: this.files.length, name, disk, firstBlock, blocks, sizeBytes, depth, directory };
    this.files.push(file);
    return file;
  }

  binary(name: string, disk: number, directory: FileNode, textBytes: number, dataBytes: number, stackBytes = 128 * 1024): Binary {
    // The layout (AddressSpace.layout): text from USER_TEXT_BASE, data from USER_DATA_BASE, the stack below USER_STACK_TOP.
    const textRoom = USER_DATA_BASE - USER_TEXT_BASE;
    const dataRoom = USER_STACK_TOP - stackBytes - USER_DATA_BASE;
    if (textBytes > textRoom || dataBytes > dataRoom) {
      const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
      throw new CapacityError(`${name} does not fit the user address space: ${mb(textBytes)} of text (room for ${mb(textRoom)}), ${mb(dataBytes)} of data (room for ${mb(dataRoom)}): give the workload less`);
    }
    const file = this.create(name, disk, textBytes, directory.depth + 1, directory);
    return { name, file, textBytes, dataBytes, stackBytes };
  }
}

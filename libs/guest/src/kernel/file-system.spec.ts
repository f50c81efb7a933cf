import { CapacityError } from '@disco/sim-kernel';
import { USER_DATA_BASE, USER_STACK_TOP, USER_TEXT_BASE } from './address-space';
import { BLOCK_BYTES, FileSystem } from './file-system';

/** A scenario's workload too big for the machine is a CapacityError: bad input, exit 2. */
const capacityError = (message: string | RegExp) => expect.objectContaining({ name: 'CapacityError', exitCode: 2, message: typeof message === 'string' ? message : expect.stringMatching(message) });

describe('the file system and the address space refuse a workload larger than the machine, as bad input', () => {
  it('a file that does not fit its disk: a CapacityError naming the disk, the file and the free blocks', () => {
    // Block 0 of each disk is reserved: 10 blocks leave 9.
    const fs = new FileSystem([10]);
    fs.create('/a', 0, 5 * BLOCK_BYTES, 1, null);
    expect(() => fs.create('/b', 0, 5 * BLOCK_BYTES, 1, null)).toThrow(CapacityError);
    expect(() => fs.create('/b', 0, 5 * BLOCK_BYTES, 1, null)).toThrow(capacityError(`disk 0 full: /b needs 5 blocks of ${BLOCK_BYTES} bytes, 4 of 10 are free: give the machine larger disks or the workload less`));
    // What fits still does, to the last block.
    expect(fs.create('/c', 0, 4 * BLOCK_BYTES, 1, null).blocks).toBe(4);
  });

  it('a binary whose text or data does not fit between its bases and the stack: a CapacityError, before any file is made', () => {
    const fs = new FileSystem([1 << 20]);
    const dir = fs.directory('/', 0, 0);
    const stack = 128 * 1024;
    const dataRoom = USER_STACK_TOP - stack - USER_DATA_BASE;
    expect(fs.binary('/fits', 0, dir, USER_DATA_BASE - USER_TEXT_BASE, dataRoom, stack).dataBytes).toBe(dataRoom);
    const files = fs.files.length;
    for (const [text, data] of [[USER_DATA_BASE - USER_TEXT_BASE + 4096, 4096], [4096, dataRoom + 4096]]) {
      expect(() => fs.binary('/big', 0, dir, text!, data!, stack)).toThrow(CapacityError);
      expect(() => fs.binary('/big', 0, dir, text!, data!, stack)).toThrow(capacityError(/^\/big does not fit the user address space: .* give the workload less$/));
    }
    expect(fs.files.length).toBe(files);
  });
});

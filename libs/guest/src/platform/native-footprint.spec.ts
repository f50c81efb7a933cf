import { hardwareConfig, Machine, PAGE_BYTES } from '@disco/hardware';
import { Simulator } from '@disco/sim-kernel';
import { PageUse, PhysicalMemory } from '../kernel/physical-memory';
import { nativeFootprint } from './native-footprint';

describe('nativeFootprint (§5.3, counted as Disco counts a VM)', () => {
  it('counts the pages the OS holds that the machine has referenced, by use, and the kernel image whole', () => {
    const sim = new Simulator({ seed: 1 });
    const machine = new Machine(sim, hardwareConfig({ nodes: 2, memoryPerNodeBytes: 64 * PAGE_BYTES, disks: 0 }));
    // Pages 0-3 kernel text, 4-7 static kernel data (reserved at boot).
    const memory = new PhysicalMemory(machine.totalPages, 2, (p) => machine.homeOfPage(p), 8, 4, 'first-touch');
    const touch = (page: number): void => machine.dmaWrite(page * PAGE_BYTES, 4, null);
    const allocate = (use: PageUse, n: number): number[] => Array.from({ length: n }, () => memory.allocate(use, 0));
    const buffers = allocate(PageUse.BUFFER_CACHE, 10);
    const user = allocate(PageUse.USER, 3);
    const tables = allocate(PageUse.PAGE_TABLE, 2);
    const mbufs = allocate(PageUse.MBUF, 2);
    // Filled: 4 of the 10 buffers, 2 user pages, 1 page table, 1 mbuf, 1 static data page; text never touched.
    for (const p of [...buffers.slice(0, 4), ...user.slice(0, 2), tables[0]!, mbufs[0]!, 5]) touch(p);
    // A referenced page the OS has freed again is not in use.
    const freed = memory.allocate(PageUse.USER, 0);
    touch(freed);
    memory.release(freed, machine.homeOfPage(freed));
    const f = nativeFootprint(machine, memory);
    expect(f).toEqual({
      kernelTextPages: 4,
      kernelDataPages: 1 + 1 + 1,
      bufferCachePages: 4,
      userPages: 2,
      monitorPages: 0,
      replicaPages: 0,
      totalPages: 4 + 3 + 4 + 2,
      sharedPages: 0,
    });
  });
});

import { PageUse } from '@disco/guest';
import { runIrix } from '../../testing/run-scenario';

/** IRIX's buffer cache takes its memory as needed and gives it back under pressure (IRIX Admin, nbuf). */
describe("the IRIX-like kernel's dynamic buffer cache", () => {
  const pmake = { workload: 'pmake', scale: 0.5 } as const;

  it('takes a page per block it caches, each a buffer-cache page held by one buffer, and stays far below its cap when the files fit', () => {
    const { run } = runIrix({ ...pmake, bufferCacheMb: 64 });
    const cache = run.kernel.buffers;
    const withPage = cache.buffers.filter((b) => b.page >= 0);
    expect(withPage.length).toBeGreaterThan(100);
    expect(withPage.length).toBeLessThan(cache.buffers.length / 2);
    expect(run.kernel.memory.count(PageUse.BUFFER_CACHE)).toBe(withPage.length);
    // Every page it holds is a buffer-cache page, each held by one buffer.
    expect(new Set(withPage.map((b) => b.page)).size).toBe(withPage.length);
    for (const b of withPage) expect(run.kernel.memory.use[b.page]).toBe(PageUse.BUFFER_CACHE);
  });

  it('the fixed cache of the earlier model allocates every page at boot', () => {
    const { run } = runIrix({ ...pmake, bufferCacheMb: 8, dynamicBufferCache: false });
    expect(run.kernel.memory.count(PageUse.BUFFER_CACHE)).toBe((8 * 1024 * 1024) / 4096);
  });

  it('gives its least recently used clean pages back when an allocation finds memory exhausted, and only those', () => {
    const { run } = runIrix({ ...pmake, memoryPerNodeMb: 8, bufferCacheMb: 8 });
    expect(run.finishedTicks()).toBeGreaterThan(run.bootedTicks());
    const memory = run.kernel.memory;
    const cache = run.kernel.buffers;
    while (memory.freePages > 0) memory.allocate(PageUse.USER, 0);
    const held = memory.count(PageUse.BUFFER_CACHE);
    // One more page: the cache gives one back.
    memory.allocate(PageUse.USER, 0);
    expect(memory.count(PageUse.BUFFER_CACHE)).toBe(held - 1);
    // Until it has only buffers it must keep: dirty, in transfer, mapped as text, or awaited.
    let taken = 1;
    expect(() => {
      for (;;) {
        memory.allocate(PageUse.USER, 0);
        taken++;
      }
    }).toThrow(/out of physical memory/);
    expect(taken).toBeGreaterThan(1);
    for (const b of cache.buffers) if (b.page >= 0) expect(b.dirty || b.busy || b.mapped > 0 || b.waiters.length > 0).toBe(true);
    expect(memory.count(PageUse.BUFFER_CACHE)).toBe(held - taken);
  });
});

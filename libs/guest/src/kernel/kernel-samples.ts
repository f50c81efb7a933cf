import type { BufferCache } from './buffer-cache';
import type { KernelCore } from './kernel-core';
import { PageUse, type PhysicalMemory } from './physical-memory';

/** The kernel's periodic samples for one interval: services, lock contention, the buffer cache and memory use; drains their counters. */
export function emitKernelSamples(core: KernelCore, buffers: BufferCache, memory: PhysicalMemory, interval: number): void {
  const vm = core.config.vm;
  const s = core.services;
  s.emitSamples(interval);
  for (const lock of core.lockStats) {
    if (lock.acquisitions === 0) continue;
    core.sim.emit('LockContentionSampled', { lock: lock.name, acquisitions: lock.acquisitions, contended: lock.contended, spinTicks: lock.spinTicks, intervalTicks: interval }, -1, -1, vm);
    lock.drain();
  }
  const b = buffers;
  core.sim.emit(
    'BufferCacheSampled',
    { hits: b.hits, misses: b.misses, diskReads: b.diskReads, diskWrites: b.diskWrites, buffers: b.buffers.length, dirtyBuffers: b.dirtyCount, intervalTicks: interval, nfsReads: b.nfsReads },
    -1,
    -1,
    vm,
  );
  b.drain();
  const m = memory;
  core.sim.emit(
    'GuestMemorySampled',
    {
      freePages: m.freePages,
      kernelTextPages: m.count(PageUse.KERNEL_TEXT),
      kernelDataPages: m.count(PageUse.KERNEL_DATA),
      bufferCachePages: m.count(PageUse.BUFFER_CACHE),
      userPages: m.count(PageUse.USER),
      pageTablePages: m.count(PageUse.PAGE_TABLE),
      mbufPages: m.count(PageUse.MBUF),
    },
    -1,
    -1,
    vm,
  );
}

import type { PayloadOf } from '@disco/trace-schema';
import type { Machine } from '@disco/hardware';
import type { Simulator } from '@disco/sim-kernel';
import { PageUse, type PhysicalMemory } from '../kernel/physical-memory';

/** A native run's footprint, as a FootprintSample carries it (§5.3, Figure 6). */
export type NativeFootprintCounts = { -readonly [K in keyof PayloadOf<'FootprintSample'>]: number };

/**
 * The memory a native OS has put to use, counted as Disco counts a VM's
 * (§5.3): a page counts when the OS holds it (not free) and the machine has
 * referenced it at least once (a miss or a DMA: `pagesReferenced`), the
 * native analogue of a machine page that Disco backs on first use. A buffer
 * the cache has never filled therefore counts on neither platform; static
 * kernel data counts whole on both, as the kernel's start-up writes every page
 * of it (`IrixKernel.initialiseStaticData`). Kernel text counts whole: the boot
 * loader wrote the image before the run (the native model does not simulate
 * that copy), as a VM's boot reads it from the root disk, backing every text
 * page. Kinds follow the guest's use: page tables and mbufs as kernel data, as
 * the monitor's footprint hints file them.
 */
export function nativeFootprint(machine: Machine, memory: PhysicalMemory): NativeFootprintCounts {
  const referenced = machine.directory.pagesReferenced;
  const c: NativeFootprintCounts = { kernelTextPages: 0, kernelDataPages: 0, bufferCachePages: 0, userPages: 0, monitorPages: 0, replicaPages: 0, totalPages: 0, sharedPages: 0 };
  for (let page = 0; page < memory.pages; page++) {
    const use = memory.use[page] as PageUse;
    if (use === PageUse.FREE) continue;
    if (use === PageUse.KERNEL_TEXT) {
      c.kernelTextPages++;
      continue;
    }
    if (referenced[page] !== 1) continue;
    if (use === PageUse.KERNEL_DATA || use === PageUse.PAGE_TABLE || use === PageUse.MBUF) c.kernelDataPages++;
    else if (use === PageUse.BUFFER_CACHE) c.bufferCachePages++;
    else c.userPages++;
  }
  c.totalPages = c.kernelTextPages + c.kernelDataPages + c.bufferCachePages + c.userPages;
  return c;
}

/** Emits the machine's FootprintSample (vm = -1; nothing is shared natively, so the virtual footprint is the same). */
export function sampleNativeFootprint(sim: Simulator, machine: Machine, memory: PhysicalMemory): void {
  sim.emit('FootprintSample', nativeFootprint(machine, memory), -1, -1, -1);
}

import { msToTicks, usToTicks, type Tick } from '@disco/sim-kernel';

/** Where user pages go on a NUMA machine (the OS's own policy; one node under Disco). */
export type PagePlacement = 'round-robin' | 'first-touch';

/**
 * The paper's IRIX modifications for running on Disco (§4.3), each a switch.
 * Natively they change nothing measurable: the bare platform implements the
 * calls they make as the kernel's own loops.
 */
export interface GuestModifications {
  /** Demand-zero pages are zeroed by a monitor call instead of the kernel's bzero loop (§4.3 item 4). */
  readonly zeroPageRequest: boolean;
  /** Tell the monitor when a page goes on the free list for good (§4.3 item 5). */
  readonly pageFreedHint: boolean;
  /** NFS copies a received page into the buffer cache with HAL `remap` (§4.3 item 8). */
  readonly nfsRemap: boolean;
  /** Network buffers are page aligned and the mbuf free list is not chained through the pages (§4.3 item 7). */
  readonly mbufFix: boolean;
}

export const NO_MODIFICATIONS: GuestModifications = { zeroPageRequest: false, pageFreedHint: false, nfsRemap: false, mbufFix: false };
export const DISCO_MODIFICATIONS: GuestModifications = { zeroPageRequest: true, pageFreedHint: true, nfsRemap: true, mbufFix: true };

/** IRIX's affinity thresholds (see `IrixConfig.cacheAffinity`). */
export interface CacheAffinity {
  /** A run of this long or less builds no affinity. SGI IRIX documentation: 300 µs. */
  readonly zeroTicks: Tick;
  /** A run of this long or more builds full affinity (the most a process can hold). SGI IRIX documentation: 10 ms. */
  readonly fullTicks: Tick;
}

/** SGI's published thresholds: 300 µs and 10 ms. */
export const IRIX_CACHE_AFFINITY: CacheAffinity = { zeroTicks: usToTicks(300), fullTicks: msToTicks(10) };

/** Parameters of the IRIX-like kernel, each with its source. */
export interface IrixConfig {
  /** Name in events (several OS instances share a trace under Disco). */
  readonly name: string;
  /** VM index for events; -1 natively. */
  readonly vm: number;
  /** One CPU cycle, to size spin loops. §5.1 via the hardware config: 400 MHz → 2500 ps. */
  readonly cycleTicks: Tick;
  /**
   * IRIX's time slice, in clock ticks (systune slice_size; IRIX Admin: System
   * Configuration and Operation: "When a process is given control of the CPU,
   * the kernel lets it run for slice_size ticks", default Hz/30 = 3 at Hz 100,
   * 30 ms). The clock interrupt counts the ticks a thread has run since its
   * dispatch; at slice_size of them, with another thread runnable, it is
   * preempted. A scenario sets it with /guest/sliceTicks.
   */
  readonly sliceClockTicks: number;
  readonly placement: PagePlacement;
  /**
   * Page colours: the L2 sets one page spans (L2 size / ways / page size).
   * IRIX sizes its colour bins from the secondary cache it probes at boot and
   * hands out consecutive allocations in consecutive colours, so a run of
   * allocations does not pile into one set of the physically indexed L2
   * (general knowledge of IRIX's and other allocators' page colouring). 1: no
   * colouring (every page one colour).
   */
  readonly pageColors: number;
  /** Buffer-cache size in 4 KB pages: all of it (fixed), or the most it may grow to (dynamic). */
  readonly bufferCachePages: number;
  /**
   * IRIX allocates a buffer's memory when it is needed ("the actual memory
   * associated with each buffer header is dynamically allocated as needed",
   * IRIX Admin: System Configuration and Operation, nbuf), so file data is
   * cached in free memory and the page stealer takes it back. true: buffers
   * take free pages on first use, up to `bufferCachePages`, and an allocation
   * that finds memory exhausted takes back the least recently used clean
   * buffer's page; false: the whole cache is allocated at boot (the earlier
   * model). false here, for callers that build a kernel config by hand; a
   * scenario's guest section defaults it to true.
   */
  readonly dynamicBufferCache: boolean;
  /** Period of the delayed-write flush daemon. ASSUMPTION: 100 ms (IRIX bdflush runs every second; our runs are short). */
  readonly bdflushIntervalTicks: Tick;
  /** Kernel text size. ASSUMPTION: 1 MB (IRIX 5.3 kernel text is of that order). */
  readonly kernelTextPages: number;
  readonly modifications: GuestModifications;
  /**
   * IRIX 5.3 reuses one wired TLB entry differently in user and kernel mode
   * (DISCO.md §5, the paper's §5.2 explanation of the service slowdowns): on
   * every kernel entry it rewrites the entry for the kernel's mapping and on
   * every exit back for the user's. INFERENCE: the entry is the PRDA's, at
   * IRIX's fixed PRDA address, mapping the thread's u-area page writable in
   * kernel mode and read-only in user mode; each rewrite is EntryHi, EntryLo0,
   * EntryLo1 and a TLBWI. Natively a few cycles; under Disco four traps, one
   * of them a TLB-write emulation.
   */
  readonly wiredEntrySwap: boolean;
  /**
   * IRIX's cache-affinity scheduling, or null for a plain global FIFO run
   * queue. SGI's description of it ("Understanding Affinity Scheduling",
   * IRIX Topics in IRIX Programming / REACT Real-Time Programmer's Guide):
   * the kernel notes the CPU a process last ran on and the affinity built
   * there, measured as the time the process used the CPU, 300 µs or less
   * giving no affinity and 10 ms or more full affinity; running the same
   * process again or idling keeps it, running another process wears it down
   * while that one builds its own; while a process has any affinity it is
   * dispatched only on that CPU if possible, and on any CPU once it is zero.
   * INFERENCE: the wear is one-for-one in time (the other process's run time
   * is subtracted from the affinity).
   */
  readonly cacheAffinity: CacheAffinity | null;
  /**
   * Where the boot loader reads the kernel's text from (disk and first block),
   * or null when it is in memory from the start. Under Disco the image comes
   * from the shared copy-on-write root disk, so every VM's kernel text is one
   * set of machine pages (§4.2.5, Figure 3).
   */
  readonly kernelImage: { readonly disk: number; readonly firstBlock: number } | null;
  /**
   * IRIX's VM semaphores (the address-space and shared-region locks) are
   * sleeping locks: a user fault that finds one busy puts its thread to sleep
   * on the lock's queue (psema), the CPU runs another thread or idles, and the
   * release wakes the first sleeper (vsema: run queue, wake-up IPI to an idle
   * CPU) and hands it the lock. ASSUMPTION: psema sleeps at once, without
   * spinning first (System V semaphores as in IRIX 5.3's sema.h; adaptive
   * spin-then-sleep mutexes came with later kernels). false: they wait like
   * spinlocks (the earlier model, an ablation).
   */
  readonly sleepingLocks: boolean;
  /**
   * Every thread is bound to one CPU, `tid mod cpus` (the kernel's CPUs:
   * VCPUs under Disco), and runs nowhere else, as IRIX's runon(1) command
   * and sysmp(MP_MUSTRUN) bind a process (IRIX man pages). An experimental
   * control, off in every shipped scenario: it keeps which CPU runs what
   * from depending on the timing, so that two runs whose timing differs (two
   * placement policies) see the same threads on the same nodes.
   */
  readonly pinThreads: boolean;
}

export function defaultIrixConfig(overrides: Partial<IrixConfig> & { readonly cycleTicks: Tick; readonly bufferCachePages: number }): IrixConfig {
  return {
    name: 'irix',
    vm: -1,
    sliceClockTicks: 3,
    placement: 'first-touch',
    pageColors: 1,
    bdflushIntervalTicks: msToTicks(100),
    kernelTextPages: 256,
    modifications: NO_MODIFICATIONS,
    wiredEntrySwap: true,
    cacheAffinity: IRIX_CACHE_AFFINITY,
    kernelImage: null,
    sleepingLocks: true,
    pinThreads: false,
    dynamicBufferCache: false,
    ...overrides,
  };
}

import { assert, msToTicks, nsToTicks, usToTicks, type Tick } from '@disco/sim-kernel';
import { PAGE_BYTES } from '@disco/hardware';
import { DEFAULT_PLACEMENT_CONFIG, validatePlacementConfig, type PlacementConfig } from './placement/placement-config';
import { L2TLB_INDEXES, type L2TlbIndex } from './l2-tlb';

/**
 * Every cost and policy knob of the monitor, each with its source: the paper
 * (§ of Bugnion et al., SOSP '97) or an ASSUMPTION with the reason. Costs are
 * what Disco's own code takes on a 400 MHz CPU (2.5 ns a cycle); its memory
 * traffic (page copies, zeroing, special-page accesses) is not in these
 * numbers: it runs through the caches as real loads and stores.
 */
export interface MonitorConfig {
  /** Trap into Disco and return. ASSUMPTION: ~40 instructions (exception entry, register save/restore, ERET) = 100 ns. */
  readonly trapEntryExitTicks: Tick;
  /**
   * The fixed part of Disco's TLB-refill handler, on the MIPS refill vector:
   * read BadVAddr, find the running VCPU's L2TLB and pmap from a per-CPU word,
   * ERET. A refill handler works in k0/k1, which MIPS reserves for exception
   * handlers (MIPS R10000 User's Manual, TLB refill exception; IRIX's own
   * UTLB handler, Table 2's 0.035 µs, is built the same way), so it saves no
   * register; only a refill it cannot answer escalates to the general path
   * and pays `trapEntryExitTicks` on top. ASSUMPTION: ~8 instructions = 20 ns.
   */
  readonly refillEntryExitTicks: Tick;
  /** Emulating one privileged instruction on the VCPU record beyond the trap. ASSUMPTION: ~40 instructions (decode, update virtual CP0) = 100 ns. */
  readonly privilegedEmulationTicks: Tick;
  /** Emulating a guest TLB write beyond the trap: pmap lookup, protection merge, virtual TLB, L2TLB, backmap, hardware insert (§4.2.2). ASSUMPTION: ~120 instructions = 300 ns. */
  readonly tlbWriteEmulationTicks: Tick;
  /** Probing the L2TLB on a hardware miss and loading a hit (§4.2.2). ASSUMPTION: ~20 instructions = 50 ns. */
  readonly l2TlbProbeTicks: Tick;
  /** Refilling a miss in the relocated kernel segment from the pmap (§4.3 kernel TLB faults). ASSUMPTION: ~30 instructions = 75 ns. */
  readonly kernelTlbRefillTicks: Tick;
  /** Reflecting an exception or interrupt to the guest: set virtual cause/EPC/BadVAddr/status, enter its vector (§4.2.1). ASSUMPTION: ~60 instructions = 150 ns. */
  readonly reflectExceptionTicks: Tick;
  /** Dispatching one monitor call, argument checks included (§4.2.4). ASSUMPTION: ~100 instructions = 250 ns. */
  readonly monitorCallTicks: Tick;
  /** Saving one VCPU and loading another (registers, virtual CP0), TLB flush included. ASSUMPTION: 1 µs. */
  readonly vcpuSwitchTicks: Tick;
  /** Disco's handler of an IPI or a physical device interrupt. ASSUMPTION: ~40 instructions = 100 ns. */
  readonly ipiHandlerTicks: Tick;
  /** Shootdown work per VCPU whose L2TLB is searched (backmap walk). ASSUMPTION: 100 ns; "lean structures and fast shootdown" (§4.2.3). */
  readonly shootdownPerVcpuTicks: Tick;
  /** Policy decision and pmap/memmap updates of one page move. ASSUMPTION: 1 µs. */
  readonly pageMoveBookkeepingTicks: Tick;
  /** Without monitor-call drivers, privileged accesses (device registers) one disk or network request traps on. ASSUMPTION: 12, a SCSI command's programmed I/O. */
  readonly programmedIoTrapsPerRequest: number;

  /** L2TLB entries per VCPU, direct mapped. ASSUMPTION: 1024 (the paper gives no size; 16× the hardware TLB). */
  readonly l2TlbEntries: number;
  /** How a translation picks its L2TLB slot (l2-tlb.ts). ASSUMPTION: `vpn`, VPN2's low bits (scrambled), as a table indexed by VPN bits; `hashed`: a what-if. */
  readonly l2TlbIndex: L2TlbIndex;
  /** The second-level software TLB (§4.2.2); off: every user TLB miss the virtual TLB cannot answer goes to the guest (an ablation). */
  readonly l2Tlb: boolean;
  /**
   * Machine pages backing a guest-physical page keep its L2 colour (and a
   * moved or replicated page its source's), so the guest's page colouring
   * still spreads its pages over the physically indexed L2. ASSUMPTION (the
   * paper does not say how Disco picks machine pages); false: pages in the
   * order they are freed, whatever their colour (the earlier model).
   */
  readonly pageColoring: boolean;
  /**
   * Disco's handlers fetch their code from the replica on their node and
   * read and write their data (L2TLB slots, pmap entries, VCPU records)
   * through the caches (monitor-memory.ts). §4.2 gives the 72 KB of code
   * replicated per node and per-processor data on its node; that it runs
   * through the caches like any code is INFERENCE. false: a handler costs
   * only its instruction time (the earlier model, an ablation).
   */
  readonly monitorMemoryReferences: boolean;
  /** Disco's code is replicated on every node, so its instruction misses are local (§4.2); false: one copy on node 0 (an ablation). */
  readonly monitorCodeReplicated: boolean;
  /**
   * Where a VM's pmap lives. The paper does not say (ASSUMPTION either way):
   * 'first-touch', each pmap page is allocated when one of its entries is
   * first used, on that CPU's node, as Disco places guest memory and keeps
   * per-processor data on its node (§4.2); 'interleaved', all of it at VM
   * creation, its pages spread over the VM's VCPUs' nodes.
   */
  readonly pmapPlacement: 'first-touch' | 'interleaved';
  /** Time slice when several VCPUs share a CPU. ASSUMPTION: 10 ms, a typical OS quantum (§4.2.1 gives none). */
  readonly quantumTicks: Tick;
  /** Virtual subnet delivery latency between VMs (no wire). ASSUMPTION: 2 µs, a few monitor handler runs. */
  readonly netLatencyTicks: Tick;
  /**
   * The virtual NIC remaps a page-aligned full-page fragment read-only into the
   * receiver instead of copying it (§4.2.6 "remap, don't copy"); off, every
   * fragment is copied (the ablation of network remapping).
   */
  readonly netRemap: boolean;
  /**
   * Smallest page-aligned fragment the virtual NIC remaps when `netRemap` is
   * on; shorter fragments (and every unaligned one) are copied. §4.2.6 remaps
   * full pages only: PAGE_BYTES. Lower values flip a whole page for a partly
   * filled one, as Xen 1.0's network I/O rings did for each received packet
   * (Barham et al., SOSP '03 §3.3, "page flipping"): the knob of the
   * remap-versus-copy break-even study.
   */
  readonly netRemapMinBytes: number;
  /** Disco's code, replicated on every node. §4.2: 72 KB. */
  readonly monitorCodeBytes: number;
  /** Bytes of monitor data per guest-physical page (pmap entry, backmap) and per machine page (memmap). ASSUMPTION: 32 and 16. */
  readonly pmapEntryBytes: number;
  readonly memmapEntryBytes: number;

  /** The placement policy and the parameters of each (placement/placement-config.ts); Disco's by default (§4.2.3). */
  readonly placement: PlacementConfig;
  /** Disco's NUMA policy (§4.2.3): each can be turned off (§5.4 runs with both off). */
  readonly migration: boolean;
  readonly replication: boolean;
  /** Migrate when one node takes at least this share of the page's misses. ASSUMPTION: 80 % (Verghese et al. use a sharing threshold). */
  readonly migrateSharePercent: number;
  /** A node reads a page when it has at least this many misses on it. ASSUMPTION: 32, a quarter of the hardware's hot-page trigger. */
  readonly replicateMinMisses: number;
  /** Replicate only when at least this many nodes read the page. ASSUMPTION: 2. */
  readonly replicateMinReaders: number;
  /** Moves (migrations, replications) allowed per page. §4.2.3 "a limited number of times"; ASSUMPTION: 4. */
  readonly moveLimit: number;
  /** Hysteresis: no move of a page sooner than this after its last one. ASSUMPTION: 1 ms. */
  readonly minMoveIntervalTicks: Tick;
  /**
   * A page that reached the move limit thaws (its move count returns to 0)
   * once it has not moved for this long; 0: never. The policy Disco's derives
   * from (Verghese et al., ASPLOS 1996) resets its per-page counts
   * periodically (DISCO.md §1.2). ASSUMPTION: 1 s, ten miss-counter periods
   * and about thirty scheduling quanta, so a page follows a process that
   * settles on a new CPU but cannot ping-pong.
   */
  readonly moveThawTicks: Tick;

  /** Period of VcpuCounterSample and FootprintSample events; 0 for none. ASSUMPTION: 1 ms. */
  readonly sampleIntervalTicks: Tick;
}

/** Disco's cycle on the 400 MHz CPU its handler costs are counted for. */
export const MONITOR_CYCLE_NS = 2.5;
const CYCLE_NS = MONITOR_CYCLE_NS;

export const DEFAULT_MONITOR_CONFIG: MonitorConfig = {
  trapEntryExitTicks: nsToTicks(40 * CYCLE_NS),
  refillEntryExitTicks: nsToTicks(8 * CYCLE_NS),
  privilegedEmulationTicks: nsToTicks(40 * CYCLE_NS),
  tlbWriteEmulationTicks: nsToTicks(120 * CYCLE_NS),
  l2TlbProbeTicks: nsToTicks(20 * CYCLE_NS),
  kernelTlbRefillTicks: nsToTicks(30 * CYCLE_NS),
  reflectExceptionTicks: nsToTicks(60 * CYCLE_NS),
  monitorCallTicks: nsToTicks(100 * CYCLE_NS),
  vcpuSwitchTicks: usToTicks(1),
  ipiHandlerTicks: nsToTicks(40 * CYCLE_NS),
  shootdownPerVcpuTicks: nsToTicks(100),
  pageMoveBookkeepingTicks: usToTicks(1),
  programmedIoTrapsPerRequest: 12,
  l2TlbEntries: 1024,
  l2TlbIndex: 'vpn',
  l2Tlb: true,
  pageColoring: true,
  monitorMemoryReferences: true,
  monitorCodeReplicated: true,
  pmapPlacement: 'first-touch',
  quantumTicks: msToTicks(10),
  netLatencyTicks: usToTicks(2),
  netRemap: true,
  netRemapMinBytes: PAGE_BYTES,
  monitorCodeBytes: 72 * 1024,
  pmapEntryBytes: 32,
  memmapEntryBytes: 16,
  placement: DEFAULT_PLACEMENT_CONFIG,
  migration: true,
  replication: true,
  migrateSharePercent: 80,
  replicateMinMisses: 32,
  replicateMinReaders: 2,
  moveLimit: 4,
  minMoveIntervalTicks: msToTicks(1),
  moveThawTicks: msToTicks(1000),
  sampleIntervalTicks: msToTicks(1),
};

export function monitorConfig(overrides: Partial<MonitorConfig> = {}): MonitorConfig {
  const config = { ...DEFAULT_MONITOR_CONFIG, ...overrides };
  validateMonitorConfig(config);
  return config;
}

export function validateMonitorConfig(c: MonitorConfig): void {
  const l2 = c.l2TlbEntries;
  assert(Number.isInteger(l2) && l2 >= 1 && (l2 & (l2 - 1)) === 0, `l2TlbEntries must be a power of two, got ${l2}`);
  assert(c.quantumTicks > 0, 'quantumTicks must be positive');
  assert(c.migrateSharePercent > 0 && c.migrateSharePercent <= 100, 'migrateSharePercent must be in (0, 100]');
  assert(c.moveLimit >= 0 && c.moveLimit <= 255, 'moveLimit must be 0..255');
  assert(c.replicateMinReaders >= 1, 'replicateMinReaders must be at least 1');
  assert(L2TLB_INDEXES.includes(c.l2TlbIndex), `l2TlbIndex must be ${L2TLB_INDEXES.join(' or ')}, got ${String(c.l2TlbIndex)}`);
  assert(c.pmapPlacement === 'first-touch' || c.pmapPlacement === 'interleaved', `pmapPlacement must be first-touch or interleaved, got ${String(c.pmapPlacement)}`);
  validatePlacementConfig(c.placement);
  for (const [name, value] of Object.entries(c)) {
    if (typeof value === 'number') assert(value >= 0 && Number.isFinite(value), `${name} must be a non-negative number`);
  }
}

import { assert, AssertionError, assertInRange, type Tick } from '@disco/sim-kernel';
import {
  isUnmapped,
  KSEG0_BASE,
  KSEG3_BASE,
  KSSEG_BASE,
  PAGE_BYTES,
  TLB_DIRTY,
  TLB_MODIFIED,
  TLB_REFILL,
  TLB_VALID,
  unmappedToMachine,
  type Cpu,
  type KernelTlbEntry,
  type TlbExceptionKind,
} from '@disco/hardware';
import { ShootdownReason, TimeBucket } from '@disco/trace-schema';
import { enterMonitor, leaveMonitor, type GuestMemory, type HintingFaults, type MonitorContext, type PrivilegedEntry, type ReplicaCollapser, type RunningVcpus } from './monitor-ports';
import { V_COW_FAULTS, V_KERNEL_TLB_FAULTS, V_L2TLB_HITS, V_TLB_WRITES, V_VTLB_HITS } from './vcpu';
import { fixedRangeOf, SPECIAL_VPN2, type Vcpu } from './vm';
import { OP_TLB_PROBE } from './trap-emulation';

/** In L2TLB flags only (never in the hardware TLB): the guest's entry allows writes. */
export const GUEST_WRITABLE = 4;
/** First VPN2 of KSEG0: guest entries at or above it can never match a reference (the segment is unmapped). */
const KUSEG_VPN2_LIMIT = KSEG0_BASE / (2 * PAGE_BYTES);

/** Guest-physical pages behind each hardware TLB entry's halves (-1 invalid, -2 special page), and its VM: for invariant checks. */
interface TlbShadow {
  readonly ppn0: Int32Array;
  readonly ppn1: Int32Array;
  readonly vm: Int32Array;
}

/** One half of a translated entry: machine page and flags (TLB_VALID, TLB_DIRTY, GUEST_WRITABLE). */
interface HalfTranslation {
  mpn: number;
  flags: number;
}

/**
 * TLB virtualization (§4.2.2, §4.3): guest TLB writes translated through the
 * pmap into the hardware TLB, the virtual TLB answering guest reads and
 * probes, the second-level software TLB (L2TLB) probed on every hardware
 * miss, Disco's own refill of the relocated kernel segment ("kernel TLB
 * faults") or emulation of KSEG0 references, and the write faults of pages
 * Disco shares (COW break, replica collapse).
 */
export class TlbVirtualization implements GuestMemory {
  private readonly shadows: TlbShadow[];
  private readonly scratch = { vpn2: 0, asid: 0, global: false, pfn0: 0, flags0: 0, pfn1: 0, flags1: 0 };
  /** Out-structs of `translateHalf` for an entry's two halves (reused: no allocation per refill). */
  private readonly half0: HalfTranslation = { mpn: 0, flags: 0 };
  private readonly half1: HalfTranslation = { mpn: 0, flags: 0 };

  constructor(
    private readonly ctx: MonitorContext,
    private readonly running: RunningVcpus,
    private readonly trap: PrivilegedEntry,
    private readonly replicas: ReplicaCollapser,
    private readonly hints: HintingFaults,
  ) {
    const entries = ctx.machine.config.tlbEntries;
    this.shadows = ctx.machine.cpus.map(() => ({
      ppn0: new Int32Array(entries).fill(-1),
      ppn1: new Int32Array(entries).fill(-1),
      vm: new Int32Array(entries).fill(-1),
    }));
  }

  /** Scratch result of `fixedHalves`. */
  private readonly fixed = { ppn0: -1, ppn1: -1, writable0: false, writable1: false };

  /** Hardware TLB shadow of a CPU (invariant checks): guest-physical pages and VM behind each entry. */
  tlbShadow(cpu: number): TlbShadow {
    return this.shadows[cpu]!;
  }

  tlbMiss(cpu: Cpu, kind: TlbExceptionKind, va: number, write: boolean): boolean {
    const v = this.running.running(cpu.id);
    if (v === null) throw new AssertionError(`cpu ${cpu.id}: TLB exception at 0x${va.toString(16)} with no VCPU running`);
    if (va >= KSSEG_BASE && va < KSEG3_BASE) return this.kernelSegmentMiss(v, kind, va);
    assert(va < KSEG0_BASE, `vm ${v.vm.id}: TLB exception in a kernel-only segment at 0x${va.toString(16)}`);
    if (kind === TLB_REFILL) return this.userRefill(v, va, write);
    if (kind === TLB_MODIFIED) return this.userModified(v, va, write);
    this.generalException(v);
    return this.trap.reflectTlb(v, kind, va, write);
  }

  /**
   * A TLB exception on the general vector (TLB invalid or modified), or a
   * refill the refill vector's handler escalates: Disco saves the guest's
   * registers before its C code runs, and restores them on the way out.
   */
  private generalException(v: Vcpu): void {
    leaveMonitor(v.cpu, enterMonitor(v.cpu, TimeBucket.TIME_MONITOR_TLB_MISS, this.ctx.config.trapEntryExitTicks));
  }

  private kernelSegmentMiss(v: Vcpu, kind: TlbExceptionKind, va: number): boolean {
    const cpu = v.cpu;
    if (kind === TLB_MODIFIED) {
      assert((va >>> 13) !== SPECIAL_VPN2, 'the special page is always writable');
      this.resolveWriteFault(v, this.kernelSegmentPage(v, va));
    }
    v.counters[V_KERNEL_TLB_FAULTS]!++;
    // A refill runs on the refill vector's fast handler; a write fault (TLB modified) is a general exception.
    const entryExit = kind === TLB_REFILL ? this.ctx.config.refillEntryExitTicks : this.ctx.config.trapEntryExitTicks;
    const saved = enterMonitor(cpu, TimeBucket.TIME_MONITOR_KERNEL_TLB, entryExit + this.ctx.config.kernelTlbRefillTicks);
    this.refillKernelSegment(v, va);
    leaveMonitor(cpu, saved);
    return true;
  }

  private kernelSegmentPage(v: Vcpu, va: number): number {
    const ppn = Math.floor((va - KSSEG_BASE) / PAGE_BYTES);
    if (ppn >= v.vm.physicalPages) throw new AssertionError(`vm ${v.vm.id}: kernel reference 0x${va.toString(16)} beyond its ${v.vm.physicalPages} physical pages`);
    return ppn;
  }

  /** The relocated kernel segment is a direct map of guest-physical memory: Disco refills it from the pmap (§4.3). */
  private refillKernelSegment(v: Vcpu, va: number): void {
    const vpn2 = va >>> 13;
    if (vpn2 === SPECIAL_VPN2) {
      this.hwInsert(v, vpn2, 0, true, -2, v.specialPage, TLB_VALID | TLB_DIRTY, -1, 0, 0);
      return;
    }
    const even = this.kernelSegmentPage(v, va) & ~1;
    const h0 = this.translateHalf(v, even, true, this.half0);
    const odd = even + 1 < v.vm.physicalPages ? even + 1 : -1;
    const h1 = this.translateHalf(v, odd, true, this.half1);
    this.hwInsert(v, vpn2, 0, true, even, h0.mpn, h0.flags, odd, h1.mpn, h1.flags);
  }

  private userRefill(v: Vcpu, va: number, write: boolean): boolean {
    const cpu = v.cpu;
    const vpn2 = va >>> 13;
    const asid = cpu.asid;
    const config = this.ctx.config;
    // The refill vector's handler probes the L2TLB in k0/k1; only a refill it cannot answer escalates to
    // the general exception path (registers saved) for the virtual TLB and the reflection to the guest.
    const saved = enterMonitor(cpu, TimeBucket.TIME_MONITOR_TLB_MISS, config.refillEntryExitTicks + (config.l2Tlb ? config.l2TlbProbeTicks : 0));
    const l2 = v.l2tlb;
    if (config.l2Tlb) this.ctx.own.l2TlbSlot(v, vpn2, asid, false);
    if (config.l2Tlb && l2.lookup(vpn2, asid)) {
      const i = l2.hitIndex;
      this.hwInsert(v, vpn2, l2.asid[i]!, l2.global[i] === 1, l2.ppn0[i]!, l2.mpn0[i]!, l2.flags0[i]!, l2.ppn1[i]!, l2.mpn1[i]!, l2.flags1[i]!);
      v.counters[V_L2TLB_HITS]!++;
      leaveMonitor(cpu, saved);
      return true;
    }
    if (v.vm.fixedMap.length > 0 && this.fixedHalves(v, vpn2)) {
      // The guest's fixed map (SPLASHOS, DISCO.md §2.8): the refill vector's handler translates it like the
      // relocated kernel's direct map (range, offset, pmap), with no register save and no reflection.
      leaveMonitor(cpu, enterMonitor(cpu, TimeBucket.TIME_MONITOR_TLB_MISS, config.kernelTlbRefillTicks));
      const f = this.fixed;
      this.install(v, vpn2, asid, false, f.ppn0, f.writable0, f.ppn1, f.writable1);
      leaveMonitor(cpu, saved);
      return true;
    }
    this.generalException(v);
    const j = v.vtlb.probe(vpn2, asid);
    if (j >= 0) {
      this.installFromVtlb(v, j);
      v.counters[V_VTLB_HITS]!++;
      leaveMonitor(cpu, saved);
      return true;
    }
    leaveMonitor(cpu, saved);
    return this.trap.reflectTlb(v, TLB_REFILL, va, write);
  }

  /** A store hit a read-only hardware entry: Disco's own downgrade (COW, replica) or the guest's protection. */
  private userModified(v: Vcpu, va: number, write: boolean): boolean {
    const cpu = v.cpu;
    const vpn2 = va >>> 13;
    const odd = (va >>> 12) & 1;
    const asid = cpu.asid;
    const l2 = v.l2tlb;
    let global: boolean;
    let ppn0: number;
    let ppn1: number;
    let w0: boolean;
    let w1: boolean;
    if (l2.lookup(vpn2, asid)) {
      const i = l2.hitIndex;
      global = l2.global[i] === 1;
      ppn0 = l2.ppn0[i]!;
      ppn1 = l2.ppn1[i]!;
      w0 = (l2.flags0[i]! & GUEST_WRITABLE) !== 0;
      w1 = (l2.flags1[i]! & GUEST_WRITABLE) !== 0;
    } else {
      const j = v.vtlb.probe(vpn2, asid);
      if (j >= 0) {
        global = v.vtlb.global[j] === 1;
        ppn0 = v.vtlb.ppn0[j]!;
        ppn1 = v.vtlb.ppn1[j]!;
        w0 = v.vtlb.writable0[j] === 1;
        w1 = v.vtlb.writable1[j] === 1;
      } else if (v.vm.fixedMap.length > 0 && this.fixedHalves(v, vpn2)) {
        const f = this.fixed;
        global = false;
        ppn0 = f.ppn0;
        ppn1 = f.ppn1;
        w0 = f.writable0;
        w1 = f.writable1;
      } else {
        // The hardware entry outlived both caches of it: drop it and let the refill path decide.
        cpu.tlb.invalidateOverlapping(vpn2, asid, false);
        return true;
      }
    }
    if (!(odd === 0 ? w0 : w1)) {
      this.generalException(v);
      return this.trap.reflectTlb(v, TLB_MODIFIED, va, write);
    }
    this.resolveWriteFault(v, odd === 0 ? ppn0 : ppn1);
    const saved = enterMonitor(cpu, TimeBucket.TIME_MONITOR_CALL_FAULT, 0);
    this.install(v, vpn2, asid, global, ppn0, w0, ppn1, w1);
    leaveMonitor(cpu, saved);
    return true;
  }

  /** Makes a guest-physical page writable for its VM: breaks COW sharing or collapses replicas (§4.2.3, §4.2.5). */
  resolveWriteFault(v: Vcpu, ppn: number): void {
    const vm = v.vm;
    const primary = vm.pmap[ppn]!;
    const memmap = this.ctx.memory.memmap;
    if (primary < 0 || memmap.writable(primary)) return;
    if (memmap.refCount(primary) === 1 && memmap.hasReplicas(primary)) this.replicas.collapse(v, ppn, primary);
    else this.breakCow(v, ppn);
  }

  /** A guest store to a shared page: private copy, pmap repointed, that VM's mappings shot down (§4.2.5). */
  private breakCow(v: Vcpu, ppn: number): void {
    const cpu = v.cpu;
    const vm = v.vm;
    const saved = enterMonitor(cpu, TimeBucket.TIME_MONITOR_CALL_FAULT, this.ctx.config.trapEntryExitTicks);
    const start = cpu.nowTicks;
    const old = vm.pmap[ppn]!;
    const fresh = this.ctx.memory.allocateFor(vm, ppn, cpu);
    const source = this.ctx.memory.localCopy(old, cpu.id);
    // The canary's bug (on a shared page without replicas, so that only what the VMs read can show it).
    if (this.ctx.memory.faults.cowBreakWritesShared && !this.ctx.memory.memmap.hasReplicas(old)) this.ctx.memory.copyMachinePage(cpu, fresh, source);
    else this.ctx.memory.copyMachinePage(cpu, source, fresh);
    this.ctx.memory.detach(vm, ppn, cpu, ShootdownReason.SHOOTDOWN_COW);
    this.ctx.memory.attach(vm, ppn, fresh);
    v.counters[V_COW_FAULTS]!++;
    this.ctx.sim.emit(
      'CowBroken',
      { vcpu: v.id, physicalPage: ppn, oldMachinePage: old, newMachinePage: fresh, sharersLeft: this.ctx.memory.memmap.refCount(old), latencyTicks: cpu.nowTicks - start },
      cpu.id,
      cpu.id,
      vm.id,
    );
    leaveMonitor(cpu, saved);
  }

  emulateTlbWrite(v: Vcpu, index: number, e: KernelTlbEntry): void {
    this.running.assertRunning(v);
    const cpu = v.cpu;
    const start = cpu.nowTicks;
    const saved = enterMonitor(cpu, TimeBucket.TIME_MONITOR_TLB_WRITE, this.ctx.config.trapEntryExitTicks + this.ctx.config.tlbWriteEmulationTicks);
    const vt = v.vtlb;
    const i = index < 0 ? vt.randomIndex() : index;
    assertInRange(i, 0, vt.entries, 'TLB index');
    this.checkGuestEntry(v, e);
    const valid = e.physicalPage0 >= 0 || e.physicalPage1 >= 0;
    if (vt.isValid(i)) {
      const oldVpn2 = vt.vpn2[i]!;
      const oldAsid = vt.asid[i]!;
      const oldGlobal = vt.global[i] === 1;
      cpu.tlb.invalidateOverlapping(oldVpn2, oldAsid, oldGlobal);
      // An invalidating write is the guest dropping a translation: the L2TLB must forget it too (INFERENCE).
      if (!valid) v.l2tlb.invalidateVpn2(oldVpn2, oldAsid, oldGlobal);
    }
    vt.dropOverlapping(e.vpn2, e.asid, e.global, i);
    v.l2tlb.invalidateVpn2(e.vpn2, e.asid, e.global);
    cpu.tlb.invalidateOverlapping(e.vpn2, e.asid, e.global);
    vt.write(i, e);
    // An all-invalid entry goes to the hardware TLB too (when it can match a user reference), so the retry raises TLB-invalid.
    if (valid || e.vpn2 < KUSEG_VPN2_LIMIT) this.installFromVtlb(v, i);
    v.counters[V_TLB_WRITES]!++;
    leaveMonitor(cpu, saved);
    if (this.ctx.sim.detailed) this.emitTlbWrite(v, i, e, cpu.nowTicks - start);
  }

  private checkGuestEntry(v: Vcpu, e: KernelTlbEntry): void {
    const pages = v.vm.physicalPages;
    assert(e.physicalPage0 < pages && e.physicalPage1 < pages, `vm ${v.vm.id}: TLB entry beyond physical memory (${e.physicalPage0}, ${e.physicalPage1})`);
    // An all-invalid entry in unmapped KSEG0 is how a guest empties a slot (it never matches); valid entries map the user segment only.
    if (e.physicalPage0 < 0 && e.physicalPage1 < 0 && e.vpn2 >= KUSEG_VPN2_LIMIT) return;
    if (!(e.vpn2 < KUSEG_VPN2_LIMIT)) throw new AssertionError(`vm ${v.vm.id}: guest TLB entries map the user segment only (the kernel segment is Disco's direct map), got 0x${(e.vpn2 * 2 * PAGE_BYTES).toString(16)}`);
  }

  private emitTlbWrite(v: Vcpu, i: number, e: KernelTlbEntry, costTicks: Tick): void {
    const cpu = v.cpu;
    const p0 = e.physicalPage0;
    const p1 = e.physicalPage1;
    this.ctx.sim.emit(
      'TlbWriteEmulated',
      {
        vcpu: v.id,
        vpn2: e.vpn2,
        asid: e.asid,
        index: i,
        physicalPage0: p0,
        physicalPage1: p1,
        machinePage0: p0 >= 0 ? v.vm.pmap[p0]! : -1,
        machinePage1: p1 >= 0 ? v.vm.pmap[p1]! : -1,
        writable0: e.writable0,
        writable1: e.writable1,
        costTicks,
      },
      cpu.id,
      cpu.id,
      v.vm.id,
    );
  }

  private installFromVtlb(v: Vcpu, i: number): void {
    const vt = v.vtlb;
    this.install(v, vt.vpn2[i]!, vt.asid[i]!, vt.global[i] === 1, vt.ppn0[i]!, vt.writable0[i] === 1, vt.ppn1[i]!, vt.writable1[i] === 1);
  }

  /** Both halves of `vpn2` in the VM's fixed map, written into `fixed`; false when neither half is in it. */
  private fixedHalves(v: Vcpu, vpn2: number): boolean {
    const f = this.fixed;
    const even = vpn2 * 2;
    const r0 = fixedRangeOf(v.vm.fixedMap, even);
    const r1 = fixedRangeOf(v.vm.fixedMap, even + 1);
    f.ppn0 = r0 === undefined ? -1 : r0.firstPage + (even - r0.startVpn);
    f.writable0 = r0 !== undefined && r0.writable;
    f.ppn1 = r1 === undefined ? -1 : r1.firstPage + (even + 1 - r1.startVpn);
    f.writable1 = r1 !== undefined && r1.writable;
    return r0 !== undefined || r1 !== undefined;
  }

  /** Translates a guest entry through the pmap, caches it in the L2TLB and inserts it in the hardware TLB. */
  private install(v: Vcpu, vpn2: number, asid: number, global: boolean, ppn0: number, w0: boolean, ppn1: number, w1: boolean): void {
    // Hinting faults first: one may migrate a page, and both halves must then translate through the new pmap.
    const late = this.ctx.memory.faults.hintingFaultAfterTranslate === true;
    if (!late) this.takeHintingFaults(v, ppn0, ppn1);
    const h0 = this.translateHalf(v, ppn0, w0, this.half0);
    const h1 = this.translateHalf(v, ppn1, w1, this.half1);
    if (late) this.takeHintingFaults(v, ppn0, ppn1);
    // The L2TLB caches translations; an all-invalid entry is none (the virtual TLB keeps it for the refill path).
    if ((ppn0 >= 0 || ppn1 >= 0) && this.ctx.config.l2Tlb) {
      v.l2tlb.put(vpn2, asid, global, ppn0, h0.mpn, h0.flags, ppn1, h1.mpn, h1.flags);
      this.ctx.own.l2TlbSlot(v, vpn2, asid, true);
    }
    this.hwInsert(v, vpn2, asid, global, ppn0, h0.mpn, h0.flags, ppn1, h1.mpn, h1.flags);
  }

  private takeHintingFaults(v: Vcpu, ppn0: number, ppn1: number): void {
    if (ppn0 >= 0 && this.hints.armed(v.vm, ppn0)) this.hints.onHintingFault(v, ppn0);
    if (ppn1 >= 0 && this.hints.armed(v.vm, ppn1)) this.hints.onHintingFault(v, ppn1);
  }

  /** Machine page and flags of one half, written into and returned as `out`: protection merged with the page's sharing state. */
  private translateHalf(v: Vcpu, ppn: number, guestWritable: boolean, out: HalfTranslation): HalfTranslation {
    if (ppn < 0) {
      out.mpn = 0;
      out.flags = 0;
      return out;
    }
    const cpu = v.cpu;
    const vm = v.vm;
    this.ctx.own.pmapEntry(cpu, vm, ppn);
    let primary = vm.pmap[ppn]!;
    if (primary < 0) {
      const saved = enterMonitor(cpu, TimeBucket.TIME_MONITOR_CALL_FAULT, 0);
      primary = this.ctx.memory.backing(vm, ppn, cpu);
      leaveMonitor(cpu, saved);
    }
    const writable = guestWritable && this.ctx.memory.memmap.writable(primary);
    if (writable) vm.knownZero[ppn] = 0;
    out.mpn = this.ctx.memory.localCopy(primary, cpu.id);
    out.flags = TLB_VALID | (writable ? TLB_DIRTY : 0) | (guestWritable ? GUEST_WRITABLE : 0);
    return out;
  }

  private hwInsert(v: Vcpu, vpn2: number, asid: number, global: boolean, ppn0: number, mpn0: number, flags0: number, ppn1: number, mpn1: number, flags1: number): void {
    const cpu = v.cpu;
    cpu.tlb.invalidateOverlapping(vpn2, asid, global);
    const s = this.scratch;
    s.vpn2 = vpn2;
    s.asid = asid;
    s.global = global;
    s.pfn0 = mpn0;
    s.flags0 = flags0 & (TLB_VALID | TLB_DIRTY);
    s.pfn1 = mpn1;
    s.flags1 = flags1 & (TLB_VALID | TLB_DIRTY);
    const i = cpu.tlb.writeRandom(s);
    const cs = this.shadows[cpu.id]!;
    cs.ppn0[i] = (flags0 & TLB_VALID) !== 0 ? ppn0 : -1;
    cs.ppn1[i] = (flags1 & TLB_VALID) !== 0 ? ppn1 : -1;
    cs.vm[i] = v.vm.id;
  }

  emulateTlbProbe(v: Vcpu, vpn2: number, asid: number): number {
    this.running.assertRunning(v);
    const saved = this.trap.emulationEnter(v, OP_TLB_PROBE);
    const i = v.vtlb.probe(vpn2, asid);
    // The guest probes before changing a translation; one it believes absent must not survive in the L2TLB.
    if (i < 0) v.l2tlb.invalidateVpn2(vpn2, asid, false);
    leaveMonitor(v.cpu, saved);
    return i;
  }

  guestLoad(v: Vcpu, va: number): number {
    if (isUnmapped(va)) return this.emulateKseg0(v, va, false, 0);
    return v.cpu.load(va);
  }

  guestStore(v: Vcpu, va: number, value: number): void {
    if (isUnmapped(va)) this.emulateKseg0(v, va, true, value);
    else v.cpu.store(va, value);
  }

  guestIfetch(v: Vcpu, va: number): void {
    if (isUnmapped(va)) this.emulateKseg0(v, va, false, 0);
    else v.cpu.ifetch(va);
  }

  /** Without the relocated kernel every KSEG0 reference from supervisor mode traps and is emulated (§4.3 item 1). */
  private emulateKseg0(v: Vcpu, va: number, write: boolean, value: number): number {
    const cpu = v.cpu;
    const offset = unmappedToMachine(va);
    const ppn = Math.floor(offset / PAGE_BYTES);
    assert(ppn < v.vm.physicalPages, `vm ${v.vm.id}: KSEG0 reference 0x${va.toString(16)} beyond physical memory`);
    if (write) this.resolveWriteFault(v, ppn);
    v.counters[V_KERNEL_TLB_FAULTS]!++;
    const saved = enterMonitor(cpu, TimeBucket.TIME_MONITOR_KERNEL_TLB, this.ctx.config.trapEntryExitTicks + this.ctx.config.privilegedEmulationTicks);
    const primary = this.ctx.memory.backing(v.vm, ppn, cpu);
    const machineVa = KSEG0_BASE + this.ctx.memory.localCopy(primary, cpu.id) * PAGE_BYTES + (offset % PAGE_BYTES);
    let result = 0;
    if (write) {
      v.vm.knownZero[ppn] = 0;
      cpu.store(machineVa, value);
    } else result = cpu.load(machineVa);
    leaveMonitor(cpu, saved);
    return result;
  }
}

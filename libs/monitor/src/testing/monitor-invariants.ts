import { KSEG0_BASE, PAGE_BYTES, TLB_DIRTY, TLB_VALID } from '@disco/hardware';
import type { Disco } from '../disco';
import { mapperKey, mapperPpn, mapperVm, PageState } from '../memmap';

/** A broken invariant of the monitor's memory state. */
export class MonitorInvariantError extends Error {
  override readonly name = 'MonitorInvariantError';
}

function check(condition: boolean, message: () => string): void {
  if (!condition) throw new MonitorInvariantError(message());
}

/**
 * The invariants of DISCO.md §2.2-2.5, checked against the whole state:
 * memmap and pmaps agree and reference counts match; replicas are read-only
 * copies on other nodes with identical contents (when data is tracked); no
 * writable mapping (hardware TLB, L2TLB) reaches a shared, cached or
 * replicated page; every hardware TLB and L2TLB entry is derivable from the
 * current pmap (no stale translation after a move, a collapse or a COW break).
 */
export function checkMonitorInvariants(disco: Disco): void {
  checkPmapAndMemmap(disco);
  checkReplicas(disco);
  checkL2Tlbs(disco);
  checkHardwareTlbs(disco);
}

function checkPmapAndMemmap(disco: Disco): void {
  const memmap = disco.memory.memmap;
  const allocator = disco.memory.allocator;
  for (const vm of disco.vms) {
    for (let ppn = 0; ppn < vm.physicalPages; ppn++) {
      const mpn = vm.pmap[ppn]!;
      if (mpn < 0) continue;
      check(memmap.state[mpn] === PageState.GUEST, () => `vm ${vm.id} ppn ${ppn} → machine page ${mpn} in state ${memmap.state[mpn]}`);
      check(memmap.mappersOf(mpn).includes(mapperKey(vm.id, ppn)), () => `memmap of ${mpn} misses vm ${vm.id} ppn ${ppn}`);
    }
  }
  const cached = new Set(disco.disks.cachedMachinePages());
  for (let mpn = 0; mpn < memmap.totalPages; mpn++) {
    const state = memmap.state[mpn];
    check((state !== PageState.FREE) === allocator.isAllocated(mpn), () => `machine page ${mpn}: state ${state} but allocated=${allocator.isAllocated(mpn)}`);
    check((memmap.cached[mpn] === 1) === cached.has(mpn), () => `machine page ${mpn}: cached flag ${memmap.cached[mpn]} vs disk cache`);
    const mappers = memmap.mappersOf(mpn);
    check(memmap.refCount(mpn) === mappers.length + memmap.cached[mpn]!, () => `machine page ${mpn}: reference count`);
    for (const key of mappers) {
      const vm = disco.vms[mapperVm(key)]!;
      check(vm.pmap[mapperPpn(key)] === mpn, () => `machine page ${mpn} lists vm ${vm.id} ppn ${mapperPpn(key)}, whose pmap says ${vm.pmap[mapperPpn(key)]}`);
    }
  }
}

function checkReplicas(disco: Disco): void {
  const mem = disco.memory;
  const memmap = mem.memmap;
  const tracked = disco.machine.config.trackData;
  for (const primary of memmap.replicatedPages()) {
    check(memmap.state[primary] === PageState.GUEST, () => `replicated page ${primary} is not a guest page`);
    const nodes = new Set([mem.nodeOf(primary)]);
    for (const r of memmap.replicasOf(primary)) {
      check(memmap.state[r] === PageState.REPLICA && memmap.primaryOf[r] === primary, () => `replica ${r} of ${primary} badly recorded`);
      check(!nodes.has(mem.nodeOf(r)), () => `two copies of ${primary} on node ${mem.nodeOf(r)}`);
      nodes.add(mem.nodeOf(r));
      if (tracked) check(samePage(disco, primary, r), () => `replica ${r} differs from its primary ${primary}`);
    }
  }
}

const scratchA = new Int32Array(PAGE_BYTES / 4);
const scratchB = new Int32Array(PAGE_BYTES / 4);

/** Compares two machine pages' current contents (DMA reads see the latest data in any cache). */
export function samePage(disco: Disco, a: number, b: number): boolean {
  disco.machine.dmaRead(a * PAGE_BYTES, PAGE_BYTES, scratchA);
  disco.machine.dmaRead(b * PAGE_BYTES, PAGE_BYTES, scratchB);
  for (let i = 0; i < scratchA.length; i++) if (scratchA[i] !== scratchB[i]) return false;
  return true;
}

/** `mpn` is `primary` or one of its replicas. */
function isCopyOf(disco: Disco, mpn: number, primary: number): boolean {
  return mpn === primary || disco.memory.memmap.replicasOf(primary).includes(mpn);
}

function checkHalf(disco: Disco, where: string, vmId: number, ppn: number, mpn: number, flags: number): void {
  if ((flags & TLB_VALID) === 0) return;
  const vm = disco.vms[vmId]!;
  check(ppn >= 0 && ppn < vm.physicalPages, () => `${where}: valid half without a physical page (${ppn})`);
  const primary = vm.pmap[ppn]!;
  check(primary >= 0 && isCopyOf(disco, mpn, primary), () => `${where}: vm ${vmId} ppn ${ppn} → machine ${mpn}, but the pmap says ${primary} (stale translation)`);
  if ((flags & TLB_DIRTY) !== 0) {
    check(disco.memory.memmap.writable(primary) && mpn === primary, () => `${where}: writable mapping of shared, cached or replicated machine page ${mpn}`);
  }
}

function checkL2Tlbs(disco: Disco): void {
  for (const vm of disco.vms) {
    for (const v of vm.vcpus) {
      const l2 = v.l2tlb;
      for (let i = 0; i < l2.size; i++) {
        if (!l2.isValid(i)) continue;
        const where = `L2TLB of vm ${vm.id} vcpu ${v.id} entry ${i}`;
        checkHalf(disco, where, vm.id, l2.ppn0[i]!, l2.mpn0[i]!, l2.flags0[i]!);
        checkHalf(disco, where, vm.id, l2.ppn1[i]!, l2.mpn1[i]!, l2.flags1[i]!);
      }
    }
  }
}

function checkHardwareTlbs(disco: Disco): void {
  for (const cpu of disco.machine.cpus) {
    const owner = disco.tlbOwner(cpu.id);
    const shadow = disco.tlbShadow(cpu.id);
    for (let i = 0; i < cpu.tlb.entries; i++) {
      if (!cpu.tlb.isValidEntry(i)) continue;
      const e = cpu.tlb.read(i);
      const where = `hardware TLB of cpu ${cpu.id} entry ${i} (vpn2 0x${e.vpn2.toString(16)})`;
      check(owner !== null && shadow.vm[i] === owner.vm.id, () => `${where}: belongs to vm ${shadow.vm[i]}, not the TLB owner`);
      if (shadow.ppn0[i] === -2) {
        check(e.pfn0 === owner!.specialPage, () => `${where}: special page mapping to ${e.pfn0}, not the owner's`);
        continue;
      }
      checkHalf(disco, where, shadow.vm[i]!, shadow.ppn0[i]!, e.pfn0, e.flags0);
      checkHalf(disco, where, shadow.vm[i]!, shadow.ppn1[i]!, e.pfn1, e.flags1);
    }
  }
}

/** A word of a guest-physical page as the guest sees it now (through the pmap, coherent with caches). */
export function guestWord(disco: Disco, vmId: number, ppn: number, word: number): number {
  const mpn = disco.vms[vmId]!.pmap[ppn]!;
  if (mpn < 0) return 0;
  const out = new Int32Array(1);
  disco.machine.dmaRead(mpn * PAGE_BYTES + word * 4, 4, out);
  return out[0]!;
}

export const KSEG0 = KSEG0_BASE;

import { AssertionError, assert, Priority } from '@disco/sim-kernel';
import { InterruptCause, netFragmentBytes, netPagesFor, PAGE_BYTES, type Cpu, type KernelNetRequest } from '@disco/hardware';
import { CowSource, MonitorCall, ShootdownReason } from '@disco/trace-schema';
import { leaveMonitor, type InterruptPoster, type MonitorCallGate, type MonitorContext } from './monitor-ports';
import { PageKind } from './page-kind';
import type { NetDelivery, Vcpu, Vm } from './vm';

/**
 * The virtual subnet (§4.2.6): VMs address each other by VM index, there is
 * no MTU, and Disco is the only wire. A page-aligned full-page fragment is
 * remapped read-only into the receiver (sender and receiver then share one
 * machine page copy-on-write) unless the monitor's `netRemap` is off; a
 * fragment that does not start on its page or ends short of it is copied, at
 * its offset. Whether a message's fragments are remappable is the sender's
 * layout (the guest's mbufs), not a switch read here. The receiver's
 * guest posts receive pages with `Vm.postReceivePages` and reads a delivery
 * with `Vm.takeDelivery` when the NIC interrupt (data = tag) arrives.
 */
export class VirtualNetwork {
  packets = 0;

  constructor(
    private readonly ctx: MonitorContext,
    private readonly calls: MonitorCallGate,
    private readonly interrupts: InterruptPoster,
  ) {}

  send(v: Vcpu, request: KernelNetRequest): void {
    const d = this.ctx;
    const cpu = v.cpu;
    const start = cpu.nowTicks;
    const saved = this.calls.monitorCallEnter(v, true);
    const to = d.vms[request.to];
    if (to === undefined) throw new AssertionError(`vm ${v.vm.id} sent to vm ${request.to}, which does not exist`);
    const offset = request.pageOffsetBytes;
    assert(offset >= 0 && offset < PAGE_BYTES && offset % 4 === 0, `fragment offset ${offset} is not a word offset within a page`);
    const pages = request.physicalPages.length;
    assert(request.bytes > 0 && pages === netPagesFor(request.bytes, offset), `message of ${request.bytes} bytes from offset ${offset} in ${pages} pages`);
    let remapped = 0;
    let copied = 0;
    if (to.receivePages.length < pages) {
      to.netDropped++;
    } else {
      const targets = to.receivePages.splice(0, pages);
      for (let i = 0; i < pages; i++) {
        const bytes = netFragmentBytes(request, i);
        // §4.2.6: only a page-aligned full-page fragment is remapped (netRemapMinBytes = PAGE_BYTES); the rest is copied.
        if (d.config.netRemap && offset === 0 && bytes >= d.config.netRemapMinBytes) {
          this.share(v.vm, request.physicalPages[i]!, to, targets[i]!, cpu, CowSource.COW_SOURCE_NETWORK);
          remapped++;
        } else {
          this.copyFragment(v.vm, request.physicalPages[i]!, to, targets[i]!, offset, bytes, cpu);
          copied += bytes;
        }
      }
      const delivery: NetDelivery = { fromVm: v.vm.id, bytes: request.bytes, physicalPages: targets, tag: request.tag };
      d.sim.after(d.config.netLatencyTicks, Priority.INTERRUPT, () => {
        to.deliveries.push(delivery);
        this.interrupts.postInterrupt(to.vcpus[0]!, InterruptCause.NIC, request.tag, v.homeCpu);
      });
    }
    this.packets++;
    d.sim.emit(
      'PacketRemapped',
      { fromVm: v.vm.id, toVm: to.id, bytes: request.bytes, pagesRemapped: remapped, bytesCopied: copied, tag: request.tag, costTicks: cpu.nowTicks - start },
      cpu.id,
      cpu.id,
      v.vm.id,
    );
    this.calls.emitMonitorCall(v, MonitorCall.MONITOR_CALL_NET_SEND, request.physicalPages[0] ?? -1, pages, start);
    leaveMonitor(cpu, saved);
  }

  /** HAL remap (§4.3 item 8, Figure 4): `to` becomes a copy-on-write alias of `from` in the same VM. */
  remapWithin(v: Vcpu, from: number, to: number): void {
    this.share(v.vm, from, v.vm, to, v.cpu, CowSource.COW_SOURCE_REMAP);
  }

  /** Maps the machine page behind (fromVm, fromPpn) read-only at (toVm, toPpn), dropping whatever was there. */
  private share(fromVm: Vm, fromPpn: number, toVm: Vm, toPpn: number, cpu: Cpu, source: CowSource): void {
    const d = this.ctx;
    const mem = d.memory;
    const mpn = mem.backing(fromVm, fromPpn, cpu);
    if (toVm.pmap[toPpn] === mpn) return;
    mem.detach(toVm, toPpn, cpu, ShootdownReason.SHOOTDOWN_REMAP);
    mem.attach(toVm, toPpn, mpn);
    toVm.knownZero[toPpn] = fromVm.knownZero[fromPpn]!;
    if (toVm.pageKind[toPpn] === PageKind.USER) toVm.pageKind[toPpn] = PageKind.BUFFER_CACHE;
    // The page is shared now: every writable mapping of it (the sender's) must go.
    mem.shootdownWithReplicas(mpn, mem.vmsMapping(mpn, d.vms), cpu, ShootdownReason.SHOOTDOWN_REMAP);
    d.sim.emit(
      'CowBlockShared',
      { source, physicalPage: toPpn, machinePage: mpn, disk: -1, sector: 0, sharers: mem.memmap.refCount(mpn) },
      cpu.id,
      cpu.id,
      toVm.id,
    );
  }

  /** Copies a fragment into the receiver's page at the same offset (alignment preserved, §4.2.6). */
  private copyFragment(fromVm: Vm, fromPpn: number, toVm: Vm, toPpn: number, offsetBytes: number, bytes: number, cpu: Cpu): void {
    const mem = this.ctx.memory;
    const source = mem.localCopy(mem.backing(fromVm, fromPpn, cpu), cpu.id);
    const target = mem.makePrivate(toVm, toPpn, cpu, true);
    mem.copyWords(cpu, source, target, offsetBytes, Math.ceil(bytes / 4));
  }
}

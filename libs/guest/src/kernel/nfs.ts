import { netPagesFor, type KernelCpu } from '@disco/hardware';
import { AssertionError } from '@disco/sim-kernel';
import { GuestService } from '@disco/trace-schema';
import type { Buffer, BufferCache } from './buffer-cache';
import type { KernelCore } from './kernel-core';
import { PageUse } from './physical-memory';
import type { VirtualMemory } from './virtual-memory';

const PAGE_BYTES = 4096;
/** RPC, UDP and IP headers of an NFS message, in their own mbuf. ASSUMPTION: 128 bytes. */
export const NFS_HEADER_BYTES = 128;
/** Instructions to marshal or unmarshal one RPC (XDR, RPC, UDP/IP, driver). ASSUMPTION: 1500. */
const RPC_INSTRUCTIONS = 1500;
/** Server work per block besides the buffer-cache lookup (vnode, attribute checks). ASSUMPTION: 300. */
const SERVE_BLOCK_INSTRUCTIONS = 300;
/** An mbuf's header (links, length, type); unmodified IRIX keeps it at the start of the mbuf's page. ASSUMPTION: 32 bytes. */
const MBUF_HEADER_BYTES = 32;
const MBUF_SLOTS = 4096;
/** Where an mbuf page's data starts: after its in-page header, unless the headers live apart (§4.3 item 7). */
const dataOffsetBytes = (aligned: boolean): number => (aligned ? 0 : MBUF_HEADER_BYTES);

/** What a guest's NIC driver gives the kernel (under Disco: the VM's virtual NIC, §4.2.6). */
export interface NetDevice {
  /** Lends pages to the NIC for incoming messages. */
  postReceive(physicalPages: readonly number[]): void;
  /** The oldest delivered message not yet taken. */
  take(): { readonly bytes: number; readonly physicalPages: readonly number[]; readonly tag: number } | undefined;
}

/** One NFS call: READ or WRITE of consecutive blocks of an exported disk. */
export interface NfsRpc {
  readonly xid: number;
  readonly op: 'read' | 'write';
  /** Network address (VM index) of the client. */
  readonly client: number;
  /** The exported disk, as the server numbers its disks. */
  readonly serverDisk: number;
  readonly firstBlock: number;
  readonly blocks: number;
}

/**
 * The arguments of the calls in flight. Messages carry sizes and pages, not
 * contents (nothing in the simulator models data values), so a call's
 * arguments travel beside the message, keyed by its xid, which is the tag.
 */
export class NfsWire {
  private nextXid = 1;
  private readonly calls = new Map<number, NfsRpc>();

  call(rpc: Omit<NfsRpc, 'xid'>): NfsRpc {
    const full = { ...rpc, xid: this.nextXid++ };
    this.calls.set(full.xid, full);
    return full;
  }

  get(xid: number): NfsRpc {
    const rpc = this.calls.get(xid);
    if (rpc === undefined) throw new AssertionError(`nfs: no call with xid ${xid}`);
    return rpc;
  }

  done(xid: number): void {
    this.calls.delete(xid);
  }
}

/** A disk of this kernel that lives on an NFS server. */
export interface NfsMount {
  readonly localDisk: number;
  readonly server: number;
  readonly serverDisk: number;
}

export interface NfsSetup {
  readonly device: NetDevice;
  readonly wire: NfsWire;
  /** This kernel's network address (its VM index). */
  readonly address: number;
  readonly mounts: readonly NfsMount[];
  /** Serves NFS calls for its disks (the 8VMs+NFS server). */
  readonly server: boolean;
  /** Receive buffers kept posted for incoming calls. ASSUMPTION: 256 pages on a server. */
  readonly serverReceivePages: number;
}

const requestTag = (xid: number): number => xid * 2;
const replyTag = (xid: number): number => xid * 2 + 1;

/**
 * NFS over the (virtual) network (DISCO.md §2.6, Figure 4): a client for the
 * buffer cache's remote disks and a server for its own. With `mbufFix`
 * (§4.3 item 7) mbuf headers and the free list live in a table apart from the
 * data pages, so mbufs are whole pages: the RPC header sits in its own mbuf
 * and a READ reply's data pages are the server's buffer-cache pages
 * themselves, page-aligned full-page fragments that Disco remaps into the
 * client's receive mbufs; the client then moves each page into its buffer
 * cache with `copyPage(…, remap)`, a HAL remap under `nfsRemap` (§4.3 item
 * 8), a bcopy otherwise. Without `mbufFix` every mbuf page starts with its
 * header, whose first word links the free list (INFERENCE: the paper says
 * only that freed mbuf pages were chained through their first word), so the
 * data follows the RPC header from offset 32 of each page: no fragment is a
 * page-aligned full page, Disco copies them all, the server copies the blocks
 * in and the client copies them out. Nothing here asks the monitor whether to
 * remap: the layout decides.
 */
export class Nfs {
  private readonly freeMbufs: number[] = [];
  private readonly mbufHeadersVa: number;
  /** Client calls in flight: xid → the buffer cache's request tag and buffers. */
  private readonly inFlight = new Map<number, { readonly tag: number; readonly buffers: readonly Buffer[] }>();
  private mbufFreeHead = 0;
  callsServed = 0;

  constructor(
    private readonly core: KernelCore,
    private readonly vm: VirtualMemory,
    private readonly buffers: () => BufferCache,
    readonly setup: NfsSetup,
  ) {
    this.mbufHeadersVa = core.data.reserve(MBUF_SLOTS * MBUF_HEADER_BYTES);
  }

  private get aligned(): boolean {
    return this.core.config.modifications.mbufFix;
  }

  /** The mount for a local disk number, if it is remote. */
  mountOf(disk: number): NfsMount | undefined {
    for (const m of this.setup.mounts) if (m.localDisk === disk) return m;
    return undefined;
  }

  /** Posts the server's receive pool (its first CPU, at boot). */
  start(cpu: KernelCpu): void {
    if (this.setup.server) this.setup.device.postReceive(this.allocateMbufs(cpu, this.setup.serverReceivePages));
  }

  // ---- mbufs ----

  private allocateMbufs(cpu: KernelCpu, n: number): number[] {
    const pages: number[] = [];
    for (let i = 0; i < n; i++) {
      const page = this.freeMbufs.pop() ?? this.vm.allocatePage(cpu, PageUse.MBUF);
      cpu.load(this.headerVa(page));
      pages.push(page);
    }
    return pages;
  }

  /** An mbuf's header: in the table apart with the mbuf fix, else the page's first bytes. */
  private headerVa(page: number): number {
    return this.aligned ? this.mbufHeadersVa + (page % MBUF_SLOTS) * MBUF_HEADER_BYTES : this.core.kva(page);
  }

  /** Mbuf pages for a message of `bytes` in this kernel's mbuf layout. */
  private pagesFor(bytes: number): number {
    return netPagesFor(bytes, dataOffsetBytes(this.aligned));
  }

  /** Frees mbuf pages; unmodified IRIX chains the free list through each page's first word (§4.3 item 7). */
  private freeMbufPages(cpu: KernelCpu, pages: readonly number[]): void {
    for (const page of pages) {
      cpu.store(this.headerVa(page), this.mbufFreeHead);
      this.mbufFreeHead = page;
      this.freeMbufs.push(page);
    }
  }

  /** The kernel's bcopy of one block between a page and a byte offset of an mbuf chain's data (after each page's header). */
  private copyUnaligned(cpu: KernelCpu, page: number, chain: readonly number[], chainOffset: number, toChain: boolean): void {
    const core = this.core;
    const perPage = PAGE_BYTES - MBUF_HEADER_BYTES;
    core.run(cpu, core.routine('bcopy'), 16);
    for (let offset = 0; offset < PAGE_BYTES; offset += 8) {
      const at = chainOffset + offset;
      const chainVa = core.kva(chain[Math.floor(at / perPage)]!, MBUF_HEADER_BYTES + (at % perPage));
      const pageVa = core.kva(page, offset);
      if (toChain) cpu.store(chainVa, cpu.load(pageVa));
      else cpu.store(pageVa, cpu.load(chainVa));
      if (offset % 32 === 0) cpu.compute(2);
    }
  }

  /** Data pages plus header, as a message: aligned, the pages themselves and a header mbuf; else a copied chain. */
  private send(cpu: KernelCpu, to: number, tag: number, data: readonly number[]): void {
    const core = this.core;
    core.run(cpu, core.routine('nfs'), RPC_INSTRUCTIONS);
    const bytes = data.length * PAGE_BYTES + NFS_HEADER_BYTES;
    let pages: number[];
    let owned: number[];
    if (this.aligned) {
      owned = this.allocateMbufs(cpu, 1);
      cpu.store(core.kva(owned[0]!), tag);
      pages = [...data, owned[0]!];
    } else {
      owned = this.allocateMbufs(cpu, this.pagesFor(bytes));
      cpu.store(core.kva(owned[0]!, MBUF_HEADER_BYTES), tag);
      data.forEach((page, i) => this.copyUnaligned(cpu, page, owned, NFS_HEADER_BYTES + i * PAGE_BYTES, true));
      pages = owned;
    }
    core.run(cpu, core.routine('net'), 200);
    cpu.netSend({ to, bytes, physicalPages: pages, pageOffsetBytes: dataOffsetBytes(this.aligned), tag });
    this.freeMbufPages(cpu, owned);
  }

  /** The data pages of a received message, as block-sized pages (copied out of the chain when not aligned). */
  private receiveData(cpu: KernelCpu, pages: readonly number[], blocks: number, into: (i: number, page: number) => void, intoBuffer: (i: number) => number): void {
    for (let i = 0; i < blocks; i++) {
      if (this.aligned) into(i, pages[i]!);
      else this.copyUnaligned(cpu, intoBuffer(i), pages, NFS_HEADER_BYTES + i * PAGE_BYTES, false);
    }
  }

  // ---- client ----

  /** Starts reading or writing `run` (consecutive blocks of a remote disk); completion calls `buffers.complete(tag)`. */
  startCall(cpu: KernelCpu, tag: number, run: readonly Buffer[], write: boolean): void {
    const first = run[0]!;
    const mount = this.mountOf(first.disk);
    if (mount === undefined) throw new AssertionError(`nfs: disk ${first.disk} is not remote`);
    const rpc = this.setup.wire.call({ op: write ? 'write' : 'read', client: this.setup.address, serverDisk: mount.serverDisk, firstBlock: first.block, blocks: run.length });
    this.inFlight.set(rpc.xid, { tag, buffers: run });
    // Room for the reply: the data pages and the header of a READ, the header of a WRITE's reply.
    this.setup.device.postReceive(this.allocateMbufs(cpu, this.pagesFor((write ? 0 : run.length * PAGE_BYTES) + NFS_HEADER_BYTES)));
    this.send(cpu, mount.server, requestTag(rpc.xid), write ? run.map((b) => b.page) : []);
  }

  private reply(cpu: KernelCpu, rpc: NfsRpc, pages: readonly number[]): void {
    const call = this.inFlight.get(rpc.xid);
    if (call === undefined) throw new AssertionError(`nfs: reply to xid ${rpc.xid}, not a call of this client`);
    this.inFlight.delete(rpc.xid);
    this.setup.wire.done(rpc.xid);
    const core = this.core;
    core.run(cpu, core.routine('nfs'), RPC_INSTRUCTIONS);
    const buffers = this.buffers();
    if (rpc.op === 'read') {
      // Figure 4 step (2): each data page into the buffer cache, a HAL remap with the NFS change.
      const remap = core.config.modifications.nfsRemap;
      this.receiveData(
        cpu,
        pages,
        rpc.blocks,
        (i, page) => cpu.copyPage(page, call.buffers[i]!.page, remap),
        (i) => call.buffers[i]!.page,
      );
      buffers.nfsReads += rpc.blocks;
    }
    this.freeMbufPages(cpu, pages);
    for (const wake of buffers.complete(cpu, call.tag)) wake(cpu);
  }

  // ---- server ----

  /** A message arrived (NIC interrupt with its tag). */
  received(cpu: KernelCpu, tag: number): void {
    const delivery = this.setup.device.take();
    if (delivery === undefined) throw new AssertionError(`nfs: NIC interrupt ${tag} without a message`);
    if (delivery.tag !== tag) throw new AssertionError(`nfs: NIC interrupt ${tag} but message ${delivery.tag}`);
    const rpc = this.setup.wire.get(tag >>> 1);
    if ((tag & 1) === 1) {
      this.reply(cpu, rpc, delivery.physicalPages);
      return;
    }
    if (!this.setup.server) throw new AssertionError(`nfs: call ${rpc.xid} reached a kernel that serves nothing`);
    // Keep the receive pool full; the delivered pages are freed once the call is served.
    this.setup.device.postReceive(this.allocateMbufs(cpu, delivery.physicalPages.length));
    this.serve(cpu, rpc, delivery.physicalPages);
  }

  private serve(cpu: KernelCpu, rpc: NfsRpc, pages: readonly number[]): void {
    const core = this.core;
    const services = core.services;
    services.begin(cpu, GuestService.SERVICE_NFS_SERVE, 0);
    core.run(cpu, core.routine('nfs'), RPC_INSTRUCTIONS);
    const buffers = this.buffers();
    const blocks: Buffer[] = [];
    for (let i = 0; i < rpc.blocks; i++) {
      core.run(cpu, core.routine('nfs'), SERVE_BLOCK_INSTRUCTIONS);
      blocks.push(buffers.getblk(cpu, rpc.serverDisk, rpc.firstBlock + i));
    }
    const busy = blocks.filter((b) => b.busy || (rpc.op === 'read' && !b.valid));
    if (busy.length > 0) {
      // Wait for the disk (or a transfer in progress), then serve again from the cache.
      if (rpc.op === 'read') buffers.startReads(cpu, blocks);
      let left = busy.length;
      for (const b of busy) b.waiters.push((c) => --left === 0 && this.serve(c, rpc, pages));
      services.end(cpu);
      return;
    }
    if (rpc.op === 'read') {
      this.send(cpu, rpc.client, replyTag(rpc.xid), blocks.map((b) => b.page));
    } else {
      this.receiveData(
        cpu,
        pages,
        rpc.blocks,
        (i, page) => cpu.copyPage(page, blocks[i]!.page, false),
        (i) => blocks[i]!.page,
      );
      for (const b of blocks) buffers.markDirty(cpu, b, cpu.nowTicks);
      this.send(cpu, rpc.client, replyTag(rpc.xid), []);
    }
    this.freeMbufPages(cpu, pages);
    this.callsServed++;
    services.end(cpu);
  }
}

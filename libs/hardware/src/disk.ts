import { assert, Priority, TICKS_PER_S, type Prng, type Tick } from '@disco/sim-kernel';
import { InterruptCause } from './exception-handler';
import { PAGE_BYTES } from './hardware-config';
import type { DeviceBus } from './device-bus';

export interface DiskRequest {
  readonly write: boolean;
  readonly sector: number;
  readonly sectors: number;
  /** Where the DMA reads (write) or writes (read) in machine memory. */
  readonly machineAddress: number;
  /**
   * Scatter-gather: the machine address of each 4 KB page of the transfer, in
   * order (then `machineAddress` is the first). Without it the transfer is
   * contiguous from `machineAddress`.
   */
  readonly pageAddresses?: readonly number[];
  /** Called at completion, after the DMA, at HARDWARE priority. */
  readonly onComplete?: () => void;
}

interface Queued {
  readonly request: DiskRequest;
  readonly submittedTicks: Tick;
}

/**
 * A disk with a FIFO queue. Service time = seek + rotation + transfer
 * (ASSUMPTION, documented in the config): seek grows with the square root of
 * the cylinder distance, rotational delay is uniform over one revolution
 * (drawn from the disk's PRNG stream), transfer is size / media rate. Data
 * moves by DMA at completion (reads) or at the start of service (writes).
 */
export class Disk {
  private readonly queue: Queued[] = [];
  private busy = false;
  private headCylinder = 0;
  private readonly random: Prng;
  private readonly sectorsData = new Map<number, Int32Array>();

  constructor(
    readonly id: number,
    readonly node: number,
    private readonly machine: DeviceBus,
  ) {
    this.random = machine.sim.prng.stream(`hardware/disk/${id}`);
  }

  get queueLength(): number {
    return this.queue.length + (this.busy ? 1 : 0);
  }

  submit(request: DiskRequest): void {
    assert(request.sectors >= 1, 'disk request of no sectors');
    assert(request.sector >= 0, 'negative sector');
    const pages = request.pageAddresses;
    if (pages !== undefined) {
      const bytes = request.sectors * this.machine.config.diskSectorBytes;
      assert(pages.length === Math.ceil(bytes / PAGE_BYTES), `scatter list of ${pages.length} pages for ${bytes} bytes`);
    }
    this.queue.push({ request, submittedTicks: this.machine.sim.now });
    if (!this.busy) this.startNext();
  }

  /** Sector contents when data is tracked (tests and tools). */
  readSector(sector: number): Int32Array {
    return this.sectorsData.get(sector) ?? new Int32Array(this.machine.config.diskSectorBytes / 4);
  }

  private startNext(): void {
    const next = this.queue.shift();
    if (next === undefined) {
      this.busy = false;
      return;
    }
    this.busy = true;
    const c = this.machine.config;
    const { request } = next;
    const cylinder = Math.floor(request.sector / c.diskSectorsPerCylinder) % c.diskCylinders;
    const seekTicks = this.seekTicks(Math.abs(cylinder - this.headCylinder));
    this.headCylinder = cylinder;
    const revolutionTicks = Math.round((60 * TICKS_PER_S) / c.diskRpm);
    const rotationTicks = Math.floor(this.random.nextFloat() * revolutionTicks);
    const bytes = request.sectors * c.diskSectorBytes;
    const transferTicks = Math.round((bytes * TICKS_PER_S) / c.diskTransferBytesPerSecond);
    if (request.write) this.dmaOut(request, bytes);
    const queueTicks = this.machine.sim.now - next.submittedTicks;
    this.machine.sim.after(seekTicks + rotationTicks + transferTicks, Priority.HARDWARE, () => {
      if (!request.write) this.dmaIn(request, bytes);
      this.machine.sim.emit(
        'DiskRequestCompleted',
        {
          disk: this.id,
          write: request.write,
          sector: request.sector,
          sectors: request.sectors,
          machineAddress: request.machineAddress,
          queueTicks,
          seekTicks,
          rotationTicks,
          transferTicks,
        },
        this.node,
        this.node,
      );
      this.machine.postInterrupt(this.node, InterruptCause.DISK, this.id, c.interruptLatencyTicks);
      request.onComplete?.();
      this.startNext();
    });
  }

  private seekTicks(distance: number): Tick {
    const c = this.machine.config;
    if (distance === 0) return 0;
    return Math.round(c.diskMinSeekTicks + (c.diskFullSeekTicks - c.diskMinSeekTicks) * Math.sqrt(distance / c.diskCylinders));
  }

  private dmaOut(request: DiskRequest, bytes: number): void {
    const words = this.machine.config.trackData ? new Int32Array(bytes / 4) : null;
    this.forEachSegment(request, bytes, (address, offset, length) =>
      this.machine.dmaRead(address, length, words === null ? null : words.subarray(offset / 4, (offset + length) / 4)),
    );
    if (words === null) return;
    const perSector = this.machine.config.diskSectorBytes / 4;
    for (let s = 0; s < request.sectors; s++) {
      this.sectorsData.set(request.sector + s, words.slice(s * perSector, (s + 1) * perSector));
    }
  }

  private dmaIn(request: DiskRequest, bytes: number): void {
    let words: Int32Array | null = null;
    if (this.machine.config.trackData) {
      words = new Int32Array(bytes / 4);
      const perSector = this.machine.config.diskSectorBytes / 4;
      for (let s = 0; s < request.sectors; s++) words.set(this.readSector(request.sector + s), s * perSector);
    }
    this.forEachSegment(request, bytes, (address, offset, length) =>
      this.machine.dmaWrite(address, length, words === null ? null : words.subarray(offset / 4, (offset + length) / 4)),
    );
  }

  /** The contiguous pieces of a transfer: one, or one per page of a scatter list. */
  private forEachSegment(request: DiskRequest, bytes: number, visit: (address: number, offsetBytes: number, bytes: number) => void): void {
    const pages = request.pageAddresses;
    if (pages === undefined) {
      visit(request.machineAddress, 0, bytes);
      return;
    }
    pages.forEach((address, i) => visit(address, i * PAGE_BYTES, Math.min(PAGE_BYTES, bytes - i * PAGE_BYTES)));
  }
}

import { assert, assertInRange, Priority, TICKS_PER_S, type Tick } from '@disco/sim-kernel';
import { InterruptCause } from './exception-handler';
import type { DeviceBus } from './device-bus';

/**
 * A node's network interface. A send DMA-reads the packet from machine
 * memory when submitted (ASSUMPTION: the copy is taken then), serialises at the link rate behind earlier
 * sends (FIFO), crosses the wire in `nicLatencyTicks`, and DMA-writes it into
 * the receiver's memory; the receiver's CPU then gets an interrupt.
 */
export class Nic {
  private busyUntilTicks: Tick = 0;

  constructor(
    readonly node: number,
    private readonly machine: DeviceBus,
  ) {}

  send(toNode: number, sourceAddress: number, bytes: number, destinationAddress: number, onDelivered?: () => void): void {
    assertInRange(toNode, 0, this.machine.nodes, 'destination node');
    assert(bytes > 0 && bytes % 4 === 0, 'packet size must be a positive number of words');
    const c = this.machine.config;
    const sim = this.machine.sim;
    const start = Math.max(sim.now, this.busyUntilTicks);
    const serialiseTicks = Math.round((bytes * TICKS_PER_S) / c.nicBytesPerSecond);
    this.busyUntilTicks = start + serialiseTicks;
    const words = c.trackData ? new Int32Array(bytes / 4) : null;
    this.machine.dmaRead(sourceAddress, bytes, words);
    const latencyTicks = this.busyUntilTicks + c.nicLatencyTicks - sim.now;
    sim.after(latencyTicks, Priority.HARDWARE, () => {
      this.machine.dmaWrite(destinationAddress, bytes, words);
      sim.emit(
        'NicPacketTransferred',
        { fromNode: this.node, toNode, bytes, sourceAddress, destinationAddress, latencyTicks },
        this.node,
        this.node,
      );
      this.machine.postInterrupt(toNode, InterruptCause.NIC, this.node, c.interruptLatencyTicks);
      onDelivered?.();
    });
  }
}

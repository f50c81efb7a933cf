import { AssertionError, cycleTicksOfMhz, Priority, type Action, type Simulator, type Tick } from '@disco/sim-kernel';
import { TlbMissKind } from '@disco/trace-schema';
import { LINE_M, LINE_S } from './cache-protocol';
import { CpuMode, isUnmapped, KSEG0_BASE, modeMayAccess, unmappedToMachine } from './address-space';
import type { CacheController } from './cache-controller';
import {
  C_CYCLES,
  C_EXCEPTION_TICKS,
  C_IDLE_TICKS,
  C_INSTRUCTIONS,
  C_REFERENCES,
  C_TLB_MISSES,
} from './cpu-counters';
import type { CpuPort } from './cpu-port';
import { FAILING_HANDLER, type ExceptionHandler, type HandlerCode, type InterruptCause, type TlbExceptionKind } from './exception-handler';
import { PAGE_BYTES, type HardwareConfig } from './hardware-config';
import { OP_COMPUTE, OP_IDLE, OP_IFETCH, OP_LOAD, OP_STORE, OP_TRAP, OpBuffer, type OpSource } from './op-buffer';
import { TimeBuckets } from './time-buckets';
import { Tlb } from './tlb';

const OP_BUFFER_CAPACITY = 256;
/** A handler that installs nothing usable is a bug; bound the retries of one reference. */
const MAX_TLB_RETRIES = 4;
const PAGE_OFFSET_MASK = PAGE_BYTES - 1;
// runSlice derives a reference's write bit and needed permission arithmetically from these.
if (OP_STORE !== OP_LOAD + 1 || LINE_M !== LINE_S + 1) throw new AssertionError('op and line-state codes out of order');

/**
 * A statically scheduled, non-superscalar CPU (§5.1): one cycle per
 * instruction plus stall time on misses. It runs ahead of the event queue in
 * slices: one scheduled action executes operations while advancing a local
 * clock up to `sliceTicks`, then reschedules itself at its local time, so
 * references never pass through the event queue.
 */
export class Cpu implements CpuPort {
  readonly tlb: Tlb;
  readonly counters: Float64Array;
  /** Where this CPU's time goes (user, kernel, monitor categories…): set by whoever runs on it. */
  readonly time: TimeBuckets;
  mode: CpuMode = CpuMode.KERNEL;
  asid = 0;
  handler: ExceptionHandler = FAILING_HANDLER;
  /** The handler's own code, fetched when it charges time (null: its instructions cost time only). */
  handlerCode: HandlerCode | null = null;
  private source: OpSource | null = null;
  private readonly ops = new OpBuffer(OP_BUFFER_CAPACITY);
  private opIndex = 0;
  private readonly cycleTicks: Tick;
  private readonly sliceAction: Action;
  private localTicks: Tick = 0;
  private scheduled = false;
  private idle = true;
  private idleSinceTicks: Tick = 0;
  private idleGeneration = 0;
  private readonly trackData: boolean;
  /**
   * Whether runSlice may run TLB-hit loads and stores inline with deferred
   * counters: not when data values are tracked (the slow path moves them), nor
   * when cycles per instruction is fractional (n × cpi could round differently
   * from n additions).
   */
  private readonly inlineReferences: boolean;
  /** The value of the last load or fetch when data values are tracked. */
  lastValue = 0;

  constructor(
    readonly id: number,
    private readonly sim: Simulator,
    private readonly config: HardwareConfig,
    readonly cache: CacheController,
    counters: Float64Array,
  ) {
    this.counters = counters;
    this.tlb = new Tlb(config.tlbEntries, config.tlbWiredEntries, sim.prng.stream(`hardware/tlb-random/${id}`));
    this.cycleTicks = cycleTicksOfMhz(config.clockMhz) * config.cyclesPerInstruction;
    this.time = new TimeBuckets(counters, cycleTicksOfMhz(config.clockMhz));
    this.sliceAction = () => this.runSlice();
    this.trackData = config.trackData;
    this.inlineReferences = !config.trackData && Number.isInteger(config.cyclesPerInstruction);
  }

  /** The CPU's own clock: ≥ sim.now while it runs ahead in a slice. */
  get nowTicks(): Tick {
    return Math.max(this.localTicks, this.sim.now);
  }

  get isIdle(): boolean {
    return this.idle;
  }

  /** Hands the CPU a new operation source and starts it (drops unexecuted ops of the old one). */
  run(source: OpSource): void {
    this.source = source;
    this.ops.length = 0;
    this.opIndex = 0;
    this.wake();
  }

  /** Leaves idle (reduced-power) mode and schedules a slice. */
  wake(): void {
    if (this.idle) {
      const now = this.sim.now;
      if (now > this.idleSinceTicks) this.counters[C_IDLE_TICKS] += now - this.idleSinceTicks;
      this.idle = false;
      this.idleGeneration++;
      if (this.localTicks < now) this.localTicks = now;
    }
    if (!this.scheduled && this.source !== null) {
      this.scheduled = true;
      this.sim.schedule(Math.max(this.localTicks, this.sim.now), Priority.CPU, this.sliceAction);
    }
  }

  /** Time spent by an exception handler on this CPU. */
  chargeExceptionTicks(ticks: Tick): void {
    if (!(ticks >= 0)) negativeTicks(ticks);
    this.localTicks = Math.max(this.localTicks, this.sim.now) + ticks;
    this.counters[C_EXCEPTION_TICKS] += ticks;
  }

  /** Delivers an interrupt to the handler now; wakes the CPU. */
  deliverInterrupt(cause: InterruptCause, data: number): void {
    this.handler.interrupt(this, cause, data);
    this.wake();
  }

  /** Counts idle time up to now (before a sample reads the counters). */
  accountIdle(): void {
    if (!this.idle) return;
    const now = this.sim.now;
    if (now > this.idleSinceTicks) this.counters[C_IDLE_TICKS] += now - this.idleSinceTicks;
    this.idleSinceTicks = now;
  }

  /**
   * `scheduled` stays true while a slice runs, so a wake from inside it schedules nothing twice.
   *
   * The common case runs inline: a load or store to KUSEG whose translation
   * hits in the TLB goes straight to the cache, and its three counter updates
   * (references, instructions, cycles) are added up in `issued` and applied
   * before anything that may read them runs: a refill of the op buffer (the
   * OS fills it), any other operation or exception (handlers read counters
   * and time buckets), and the end of the slice. Counts are whole numbers
   * well below 2^53, so adding them later gives the same values.
   */
  private runSlice(): void {
    if (this.idle) {
      this.scheduled = false;
      return;
    }
    const now = this.sim.now;
    if (this.localTicks < now) this.localTicks = now;
    const ops = this.ops;
    const kinds = ops.kinds;
    const args = ops.args;
    const sim = this.sim;
    const tlb = this.tlb;
    const cache = this.cache;
    const cacheClock = cache.clock;
    // Locals rather than module constants and fields inside the loop: a
    // module-level number that is not a small integer (KSEG0_BASE is 2^31) is
    // re-read and unboxed on every use in optimized code, and a boolean field
    // read into a local is tested like any value unless compared to true.
    const inline = this.inlineReferences === true;
    const kseg0Base: number = KSEG0_BASE;
    const cycleTicks = this.cycleTicks;
    let issued = 0;
    let limit = now + this.config.sliceTicks;
    // The local clock and the op index live in locals while references run
    // inline (nothing the caches call reads them), and go back to their fields
    // around everything else: refills, exceptions and other operations read
    // and change them.
    let local = this.localTicks;
    let index = this.opIndex;
    // The ASID and the buffer's length too: only software changes them
    // (handlers, refills, other operations), so they are read again after each
    // of them and after an L1 miss.
    let asid = this.asid;
    let length = ops.length;
    for (;;) {
      // Not idle here (checked on entry and before each further slice). Only
      // enterIdle idles the CPU, from a refill that finds nothing (which ends
      // the loop) and an OP_IDLE operation; the slow paths below check after
      // them instead of every reference checking.
      while (local < limit) {
        if (index === length) {
          if (issued > 0) {
            this.countIssued(issued);
            issued = 0;
          }
          this.localTicks = local;
          this.opIndex = index;
          const more = this.refill();
          local = this.localTicks;
          index = this.opIndex;
          asid = this.asid;
          length = ops.length;
          if (!more) break;
        }
        const i = index++;
        const kind = kinds[i] as number;
        // 0 for a load, 1 for a store, larger for any other operation (OP_STORE = OP_LOAD + 1).
        const writeBit = (kind - OP_LOAD) >>> 0;
        if (writeBit <= 1 && inline) {
          const va = args[i] as number;
          if (va < kseg0Base) {
            const write = writeBit === 1;
            const mpn = tlb.translate(va, asid, writeBit);
            if (mpn >= 0) {
              issued++;
              local += cycleTicks;
              const offset = va & PAGE_OFFSET_MASK;
              // An L1D hit stalls nothing and needs no clock; a miss sets it and goes through the L2.
              // The permission a reference needs is LINE_S + writeBit (LINE_M = LINE_S + 1).
              if (cache.dataHits(mpn, offset, LINE_S + writeBit)) continue;
              cacheClock[0] = local;
              local += write ? cache.write(mpn, offset) : cache.read(mpn, offset);
              asid = this.asid;
              length = ops.length;
              if (this.idle) break;
              continue;
            }
            if (issued > 0) {
              this.countIssued(issued);
              issued = 0;
            }
            this.localTicks = local;
            this.opIndex = index;
            this.referenceAfterTlbMiss(va, write, mpn as TlbExceptionKind);
            local = this.localTicks;
            index = this.opIndex;
            asid = this.asid;
            length = ops.length;
            if (this.idle) break;
            continue;
          }
        }
        if (issued > 0) {
          this.countIssued(issued);
          issued = 0;
        }
        this.localTicks = local;
        this.opIndex = index;
        this.execute(kind, args[i] as number, ops.values[i] as number);
        local = this.localTicks;
        index = this.opIndex;
        asid = this.asid;
        length = ops.length;
        if (this.idle) break;
      }
      this.localTicks = local;
      this.opIndex = index;
      if (issued > 0) {
        this.countIssued(issued);
        issued = 0;
      }
      // Rescheduling at localTicks when nothing else is queued at or before
      // it would pop this slice again at once: run on without the round trip.
      // The clock moves with it, so events keep ticks within one slice of the CPU's time.
      if (this.idle || sim.pendingBefore(this.localTicks) || this.localTicks >= this.runAheadLimitTicks()) break;
      sim.advanceTo(this.localTicks);
      limit = this.localTicks + this.config.sliceTicks;
    }
    if (this.idle) this.scheduled = false;
    else sim.schedule(this.localTicks, Priority.CPU, this.sliceAction);
  }

  /**
   * A load or store to KUSEG whose inline lookup missed in the TLB, with data
   * values untracked: what `load`/`store` do, without looking the TLB up a
   * second time (a failed lookup changes nothing, so it would fail the same way).
   */
  private referenceAfterTlbMiss(va: number, write: boolean, kind: TlbExceptionKind): void {
    this.issue();
    const mpn = this.tlbException(va, write, kind);
    if (mpn < 0) return;
    const offset = va & PAGE_OFFSET_MASK;
    this.cache.clock[0] = this.localTicks;
    this.localTicks += write ? this.cache.write(mpn, offset) : this.cache.read(mpn, offset);
  }

  /** The counter updates of `n` inlined memory references (what `issue` does for one). */
  private countIssued(n: number): void {
    const c = this.counters;
    c[C_REFERENCES] += n;
    c[C_INSTRUCTIONS] += n;
    c[C_CYCLES] += n * this.config.cyclesPerInstruction;
  }

  /**
   * How far a slice may run on without returning to the event queue: the end
   * of the driver's current run (so `sim.run(until)` stops on time).
   */
  private runAheadLimitTicks(): Tick {
    return this.sim.runLimitTicks;
  }

  private refill(): boolean {
    const ops = this.ops;
    ops.length = 0;
    this.opIndex = 0;
    if (this.source !== null) this.source.fill(ops, this.id);
    if (ops.length > 0) return true;
    this.enterIdle();
    return false;
  }

  private enterIdle(): void {
    this.idle = true;
    this.idleSinceTicks = this.localTicks;
  }

  private execute(kind: number, arg: number, value: number): void {
    switch (kind) {
      case OP_COMPUTE:
        this.compute(arg);
        return;
      case OP_LOAD:
        this.load(arg);
        return;
      case OP_STORE:
        this.store(arg, value);
        return;
      case OP_IFETCH:
        this.ifetch(arg);
        return;
      case OP_TRAP:
        this.handler.trap(this, arg, value);
        return;
      case OP_IDLE:
        this.idleFor(arg);
        return;
      default:
        unknownOp(this.id, kind);
    }
  }

  /** Executes `instructions` non-memory instructions. */
  compute(instructions: number): void {
    this.counters[C_INSTRUCTIONS] += instructions;
    this.counters[C_CYCLES] += instructions * this.config.cyclesPerInstruction;
    this.localTicks += instructions * this.cycleTicks;
  }

  /** A load instruction; returns the word loaded (0 when data is not tracked or the reference was abandoned). */
  load(va: number): number {
    this.issue();
    const mpn = this.translate(va, false);
    if (mpn < 0) return 0;
    const offset = va & PAGE_OFFSET_MASK;
    this.cache.clock[0] = this.localTicks;
    this.localTicks += this.cache.read(mpn, offset);
    if (this.trackData) this.lastValue = this.cache.readWord(mpn, offset);
    return this.lastValue;
  }

  /** A store instruction of one word. */
  store(va: number, value: number): void {
    this.issue();
    const mpn = this.translate(va, true);
    if (mpn < 0) return;
    const offset = va & PAGE_OFFSET_MASK;
    this.cache.clock[0] = this.localTicks;
    this.localTicks += this.cache.write(mpn, offset);
    if (this.trackData) this.cache.writeWord(mpn, offset, value);
  }

  /**
   * A load or store of an exception handler whose instructions are already in
   * the time it charged (`chargeExceptionTicks`): the memory access alone, its
   * miss stall included. Data values are not tracked (the handler's own data).
   */
  handlerAccess(va: number, write: boolean): void {
    this.counters[C_REFERENCES]++;
    const mpn = this.translate(va, write);
    if (mpn < 0) return;
    const offset = va & PAGE_OFFSET_MASK;
    this.cache.clock[0] = this.localTicks;
    this.localTicks += write ? this.cache.write(mpn, offset) : this.cache.read(mpn, offset);
  }

  /** Fetches the instructions at `va` (counted as instructions by `compute`, not here). */
  ifetch(va: number): number {
    this.counters[C_REFERENCES]++;
    const mpn = this.translate(va, false);
    if (mpn < 0) return 0;
    const offset = va & PAGE_OFFSET_MASK;
    this.cache.clock[0] = this.localTicks;
    this.localTicks += this.cache.fetch(mpn, offset);
    if (this.trackData) this.lastValue = this.cache.readWord(mpn, offset);
    return this.lastValue;
  }

  /**
   * For a handler that abandons the reference it was called for (returns
   * false) because the code issuing it must stop here (a thread that sleeps in
   * a fault): moves that operation and every later one of the current buffer
   * to the end of `into`, and ends the buffer, so the CPU refills next. The
   * operations run again when whoever owns them hands them back.
   */
  yieldOps(into: OpBuffer): void {
    const ops = this.ops;
    const from = this.opIndex - 1;
    if (from < 0) throw new AssertionError(`cpu ${this.id}: no operation to yield`);
    for (let i = from; i < ops.length; i++) into.push(ops.kinds[i]!, ops.args[i]!, ops.values[i]!);
    ops.length = this.opIndex;
  }

  /** Writes back and invalidates the L2 line holding machine address `machineAddress` (cache-op instruction). */
  flushLine(machineAddress: number): boolean {
    this.cache.clock[0] = this.localTicks;
    return this.cache.evict(Math.floor(machineAddress / this.config.l2LineBytes));
  }

  private issue(): void {
    const c = this.counters;
    c[C_REFERENCES]++;
    c[C_INSTRUCTIONS]++;
    c[C_CYCLES] += this.config.cyclesPerInstruction;
    this.localTicks += this.cycleTicks;
  }

  /** Virtual → machine page number, raising exceptions; -1 when the reference is abandoned. */
  private translate(va: number, write: boolean): number {
    if (va < KSEG0_BASE) {
      const mpn = this.tlb.lookup(va, this.asid, write);
      return mpn >= 0 ? mpn : this.tlbException(va, write, mpn as TlbExceptionKind);
    }
    if (!modeMayAccess(this.mode, va)) {
      this.handler.addressError(this, va, write);
      return -1;
    }
    if (isUnmapped(va)) return Math.floor(unmappedToMachine(va) / PAGE_BYTES);
    const mpn = this.tlb.lookup(va, this.asid, write);
    return mpn >= 0 ? mpn : this.tlbException(va, write, mpn as TlbExceptionKind);
  }

  private tlbException(va: number, write: boolean, first: TlbExceptionKind): number {
    let kind = first;
    for (let attempt = 0; attempt < MAX_TLB_RETRIES; attempt++) {
      this.counters[C_TLB_MISSES]++;
      const before = this.counters[C_EXCEPTION_TICKS] as number;
      const retry = this.handler.tlbMiss(this, kind, va, write);
      if (this.sim.detailed) this.emitTlbMiss(va, kind, write, (this.counters[C_EXCEPTION_TICKS] as number) - before);
      if (!retry) return -1;
      const mpn = this.tlb.lookup(va, this.asid, write);
      if (mpn >= 0) return mpn;
      kind = mpn as TlbExceptionKind;
    }
    unmappedAfterRetries(this.id, va);
  }

  private emitTlbMiss(va: number, kind: TlbExceptionKind, write: boolean, handlerTicks: Tick): void {
    const protoKind = kind === -1 ? TlbMissKind.TLB_MISS_REFILL : kind === -2 ? TlbMissKind.TLB_MISS_INVALID : TlbMissKind.TLB_MISS_MODIFIED;
    this.sim.emit(
      'TlbMissed',
      { virtualAddress: va, asid: this.asid, kind: protoKind, write, handlerTicks, localTicks: this.localTicks },
      this.id,
      this.id,
    );
  }

  /** Reduced-power mode for up to `ticks`; an interrupt ends it early. */
  private idleFor(ticks: number): void {
    this.enterIdle();
    const generation = this.idleGeneration;
    this.sim.schedule(this.localTicks + ticks, Priority.CPU, () => {
      if (this.idle && this.idleGeneration === generation) this.wake();
    });
  }
}

// Assertion messages are built in these cold helpers, so the hot functions that
// check stay small enough for V8 to inline.

function negativeTicks(ticks: Tick): never {
  throw new AssertionError(`negative exception time ${ticks}`);
}

function unknownOp(cpu: number, kind: number): never {
  throw new AssertionError(`cpu ${cpu}: unknown op ${kind}`);
}

function unmappedAfterRetries(cpu: number, va: number): never {
  throw new AssertionError(`cpu ${cpu}: TLB handler left va 0x${va.toString(16)} unmapped after ${MAX_TLB_RETRIES} tries`);
}

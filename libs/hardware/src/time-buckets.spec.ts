import { ArraySink, nsToTicks, Simulator } from '@disco/sim-kernel';
import type { EventOf } from '@disco/trace-schema';
import { CpuMode, KSEG0_BASE } from './address-space';
import { hardwareConfig } from './hardware-config';
import { Machine } from './machine';
import { createHardwareRun } from './scenario/create-hardware-run';
import { withHardwareDefaults } from './scenario/hardware-scenario';
import { SMALL_COHERENCE_CONFIG } from './testing';
import { B_EXEC_TICKS, B_INSTRUCTIONS, B_STALL_LOCAL_TICKS, B_STALL_REMOTE_TICKS, TimeBucket } from './time-buckets';

describe('time buckets', () => {
  it('charges each stretch of execution to the bucket current at the time', () => {
    const sim = new Simulator({ seed: 1 });
    const config = hardwareConfig(SMALL_COHERENCE_CONFIG);
    const machine = new Machine(sim, config);
    const cpu = machine.cpus[0]!;
    cpu.mode = CpuMode.KERNEL;
    const cycle = 1_000_000 / config.clockMhz;
    cpu.time.switchTo(TimeBucket.TIME_USER);
    cpu.compute(100);
    cpu.time.switchTo(TimeBucket.TIME_MONITOR_TLB_WRITE);
    cpu.chargeExceptionTicks(nsToTicks(50));
    cpu.time.switchTo(TimeBucket.TIME_KERNEL);
    cpu.load(KSEG0_BASE + machine.firstPageOf(1) * 4096); // a remote miss
    cpu.time.close();
    expect(cpu.time.get(TimeBucket.TIME_USER, B_EXEC_TICKS)).toBe(100 * cycle);
    expect(cpu.time.get(TimeBucket.TIME_USER, B_INSTRUCTIONS)).toBe(100);
    expect(cpu.time.get(TimeBucket.TIME_MONITOR_TLB_WRITE, B_EXEC_TICKS)).toBe(nsToTicks(50));
    expect(cpu.time.get(TimeBucket.TIME_KERNEL, B_STALL_REMOTE_TICKS)).toBe(config.remoteMissTicks);
    expect(cpu.time.get(TimeBucket.TIME_KERNEL, B_STALL_LOCAL_TICKS)).toBe(0);
    expect(cpu.time.get(TimeBucket.TIME_KERNEL, B_INSTRUCTIONS)).toBe(1);
  });

  it('adds up, per CPU, to the same time as the counter samples', () => {
    const sink = new ArraySink();
    const sim = new Simulator({ seed: 3, sink });
    const run = createHardwareRun(sim, withHardwareDefaults({ cpus: 4, durationUs: 300, sampleIntervalUs: 50, pattern: 'migratory' }));
    run.start();
    sim.run(run.durationTicks);
    run.finish?.();
    const cycle = 1_000_000 / 400;
    for (let cpu = 0; cpu < 4; cpu++) {
      const counters = sink.events.filter((e): e is EventOf<'CounterSample'> => e.type === 'CounterSample' && e.cpu === cpu);
      const buckets = sink.events.filter((e): e is EventOf<'ExecutionSample'> => e.type === 'ExecutionSample' && e.cpu === cpu);
      expect(buckets.length).toBeGreaterThan(0);
      const fromCounters = counters.reduce(
        (s, e) => s + e.data.cycles * cycle + e.data.exceptionTicks + e.data.idleTicks + e.data.stallLocalTicks + e.data.stallRemoteTicks + e.data.stallL2HitTicks,
        0,
      );
      const fromBuckets = buckets.reduce((s, e) => s + e.data.execTicks + e.data.stallLocalTicks + e.data.stallRemoteTicks + e.data.stallL2HitTicks, 0);
      expect(fromBuckets).toBe(fromCounters);
    }
  });
});

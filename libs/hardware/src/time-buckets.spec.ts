import { nsToTicks, Simulator } from '@disco/sim-kernel';
import { CpuMode, KSEG0_BASE } from './address-space';
import { hardwareConfig } from './hardware-config';
import { Machine } from './machine';
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

});

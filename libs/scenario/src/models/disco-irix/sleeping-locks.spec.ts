import { IrixKernel } from '@disco/guest';
import { VcpuScheduleReason, type TraceEvent } from '@disco/trace-schema';
import { runDiscoIrix } from '../../testing/run-scenario';

/**
 * IRIX's VM semaphores in a Disco VM (§5.4: the single VM loses to IRIX on
 * them): four pmake instances in one four-VCPU VM fault the same compilers'
 * text under each binary's region lock. A sleeper's VCPU, with nothing else
 * to run, enters reduced-power mode and Disco deschedules it; the release's
 * wake-up is an emulated IPI that makes Disco schedule it again.
 */
describe('disco-irix: sleeping VM semaphores idle the VCPU', () => {
  const flat = { workload: 'pmake', cpus: 4, memoryPerNodeMb: 32, vms: 1, vcpusPerVm: 4, memoryPerVmMb: 64, bufferCacheMb: 6, instances: 4, disks: 5, scale: 0.5 } as const;
  const sleeping = runDiscoIrix({ ...flat });
  const spinning = runDiscoIrix({ ...flat, sleepingLocks: false });
  const region = (r: typeof sleeping) => (r.run.guests[0]!.kernel as IrixKernel).core.lockStats.find((l) => l.name === 'regionlock')!;
  const count = (events: readonly TraceEvent[], type: TraceEvent['type'], keep: (e: TraceEvent) => boolean = () => true) => events.filter((e) => e.type === type && keep(e)).length;
  const wakes = (r: typeof sleeping) => count(r.events, 'VcpuScheduled', (e) => (e as Extract<TraceEvent, { type: 'VcpuScheduled' }>).data.reason === VcpuScheduleReason.VCPU_SCHEDULE_WAKE);

  it('faults sleep on the region lock instead of spinning on it', () => {
    const sleeps = region(sleeping).lifetimeSleeps;
    expect(sleeps).toBeGreaterThan(100);
    expect(region(spinning).lifetimeSleeps).toBe(0);
    // Left: a woken sleeper dispatched on a CPU whose clock is still behind the release waits out the difference.
    expect(region(sleeping).lifetimeSpinTicks).toBeLessThan(region(spinning).lifetimeSpinTicks / 10);
  });

  it('sleepers idle their VCPUs, which Disco schedules again on the wake-up IPI', () => {
    const sleeps = region(sleeping).lifetimeSleeps;
    expect(wakes(sleeping) - wakes(spinning)).toBeGreaterThan(sleeps / 5);
    expect(count(sleeping.events, 'IpiSent') - count(spinning.events, 'IpiSent')).toBeGreaterThan(sleeps / 5);
    expect(sleeping.run.finishedTicks()).toBeGreaterThan(sleeping.run.bootedTicks());
  });
});

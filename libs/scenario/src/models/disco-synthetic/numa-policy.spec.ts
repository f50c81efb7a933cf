import { C_MISSES_LOCAL, C_MISSES_REMOTE } from '@disco/hardware';
import { checkMonitorInvariants } from '@disco/monitor/testing';
import { runScenarioInMemory, scenarioOf } from '../../testing/run-scenario';
import type { DiscoSyntheticRun } from './create-disco-synthetic-run';

describe('NUMA policy', () => {
  function run(migration: boolean): { local: number; remote: number; migrations: number; replications: number } {
    const scenario = scenarioOf('disco-synthetic', {
      cpus: 4,
      l2SizeKb: 256,
      durationUs: 15_000,
      hotPageThresholdMisses: 32,
      missCounterResetUs: 5000,
      monitor: { migration, replication: migration, replicateMinMisses: 8, minMoveIntervalUs: 500 },
      vms: [{ vcpus: 4, memoryMb: 32, disks: [], timerIntervalUs: 10_000, modifications: {}, guest: { pattern: 'mixed', sharedKb: 2048, privateKb: 32, writeFraction: 0.02, phaseReferences: 10_000, instructionsPerReference: 2 } }],
    });
    const r = runScenarioInMemory<DiscoSyntheticRun>(scenario, 3, false).run;
    let local = 0;
    let remote = 0;
    for (const cpu of r.machine.cpus) {
      local += cpu.counters[C_MISSES_LOCAL]!;
      remote += cpu.counters[C_MISSES_REMOTE]!;
    }
    checkMonitorInvariants(r.disco);
    return { local, remote, migrations: r.disco.numa.migrations, replications: r.disco.numa.replications };
  }

  it('migration and replication move hot pages and raise the share of local misses', () => {
    const on = run(true);
    const off = run(false);
    expect(on.migrations).toBeGreaterThan(0);
    expect(on.replications).toBeGreaterThan(0);
    expect(off.migrations + off.replications).toBe(0);
    expect(on.local / (on.local + on.remote)).toBeGreaterThan(off.local / (off.local + off.remote));
  });
});

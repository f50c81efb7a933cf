import { defaultIrixConfig, IRIX_CACHE_AFFINITY } from '@disco/guest';
import { DEFAULT_HARDWARE_CONFIG, hardwareConfig } from '@disco/hardware';
import { DEFAULT_AUTONUMA_CONFIG, DEFAULT_CARREFOUR_CONFIG, DEFAULT_MONITOR_CONFIG } from '@disco/monitor';
import { msToTicks, nsToTicks, usToTicks } from '@disco/sim-kernel';
import { parseScenario, sharedSectionsOf } from '../scenario';
import { cacheAffinityOf, irixTimingOf } from './guest-section';
import { scenarioSchema } from '../scenario';
import { hardwareConfigOf, MACHINE_FIELDS, MACHINE_SECTION_DEFAULTS } from './machine-section';
import { AUTONUMA_FIELDS, CARREFOUR_FIELDS, MONITOR_FIELDS, MONITOR_SECTION_DEFAULTS, monitorConfigOf, placementConfigOf } from './monitor-section';

describe('machine section', () => {
  it('stands for every HardwareConfig field: its defaults build exactly DEFAULT_HARDWARE_CONFIG', () => {
    expect(hardwareConfigOf(MACHINE_SECTION_DEFAULTS)).toEqual(hardwareConfig());
    const covered = new Set(Object.values(MACHINE_FIELDS).map((f) => f.config));
    expect(Object.keys(DEFAULT_HARDWARE_CONFIG).filter((k) => !covered.has(k as never))).toEqual([]);
  });

  it('converts each unit in a field name to the config unit', () => {
    const config = hardwareConfigOf({ ...MACHINE_SECTION_DEFAULTS, remoteMissNs: 1800, l2SizeKb: 256, memoryPerNodeMb: 16, missCounterResetUs: 250 });
    expect(config.remoteMissTicks).toBe(nsToTicks(1800));
    expect(config.l2SizeBytes).toBe(256 * 1024);
    expect(config.memoryPerNodeBytes).toBe(16 * 1024 * 1024);
    expect(config.missCounterResetTicks).toBe(250 * 1_000_000);
  });

  it('describes every field with its source and default', () => {
    const machine = (scenarioSchema.properties.machine as { properties: Record<string, { description: string }> }).properties;
    expect(machine['remoteMissNs']!.description).toMatch(/§5.1: 900 ns \(default 900\)/);
    for (const [name, p] of Object.entries(machine)) expect([name, p.description]).toEqual([name, expect.stringMatching(/\(default .+\)$/)]);
  });

  it('refuses what the machine cannot be, as bad input naming it', () => {
    const hw = { name: 'x', description: 'x', model: 'hardware' };
    expect(() => parseScenario(JSON.stringify({ ...hw, machine: { tlbWiredEntries: 64 } }), 'x')).toThrow(/scenario x: wired entries must leave a random slot/);
    expect(() => parseScenario(JSON.stringify({ ...hw, machine: { l1dLineBytes: 128, l2LineBytes: 64 } }), 'x')).toThrow(/L1D line must not exceed L2 line/);
  });
});

describe('monitor section', () => {
  it('stands for every MonitorConfig cost and knob but the sample period, which the run gives', () => {
    expect(monitorConfigOf(MONITOR_SECTION_DEFAULTS, DEFAULT_MONITOR_CONFIG.sampleIntervalTicks / 1_000_000)).toEqual(DEFAULT_MONITOR_CONFIG);
    const covered = new Set(Object.values(MONITOR_FIELDS).map((f) => f.config));
    // `placement` is the nested /monitor/placement object, with a field table per policy (below).
    expect(Object.keys(DEFAULT_MONITOR_CONFIG).filter((k) => !covered.has(k as never))).toEqual(['placement', 'sampleIntervalTicks']);
  });

  it('stands for every parameter of every placement policy', () => {
    expect(Object.values(AUTONUMA_FIELDS).map((f) => f.config).sort()).toEqual(Object.keys(DEFAULT_AUTONUMA_CONFIG).sort());
    expect(Object.values(CARREFOUR_FIELDS).map((f) => f.config).sort()).toEqual(Object.keys(DEFAULT_CARREFOUR_CONFIG).sort());
  });

  it('reads a placement section with only some parameters: the rest keep their defaults', () => {
    const config = placementConfigOf({ policy: 'autonuma', autonuma: { scanPages: 100 } });
    expect(config.policy).toBe('autonuma');
    expect(config.autonuma).toEqual({ ...DEFAULT_AUTONUMA_CONFIG, scanPages: 100 });
    expect(config.carrefour).toEqual(DEFAULT_CARREFOUR_CONFIG);
  });
});

describe('guest section: cache affinity', () => {
  const irix = { name: 'x', description: 'x', model: 'irix' };

  it("gives the kernel SGI's thresholds by default, other ones when set, and none when off", () => {
    const of = (guest: object) => cacheAffinityOf(sharedSectionsOf(parseScenario(JSON.stringify({ ...irix, guest }), 'x')).guest);
    expect(of({})).toEqual(IRIX_CACHE_AFFINITY);
    expect(of({ affinityZeroUs: 100, affinityFullUs: 20_000 })).toEqual({ zeroTicks: usToTicks(100), fullTicks: usToTicks(20_000) });
    expect(of({ cacheAffinity: false })).toBeNull();
  });

  it('refuses a zero threshold at or above the full one, naming both pointers', () => {
    expect(() => parseScenario(JSON.stringify({ ...irix, guest: { affinityZeroUs: 10_000, affinityFullUs: 10_000 } }), 'x')).toThrow(
      /scenario x: \/guest\/affinityZeroUs: 10000 µs is not below \/guest\/affinityFullUs \(10000 µs\)/,
    );
  });
});

describe('guest section: IRIX timing', () => {
  const irix = { name: 'x', description: 'x', model: 'irix' };
  const of = (guest: object) => irixTimingOf(sharedSectionsOf(parseScenario(JSON.stringify({ ...irix, guest }), 'x')).guest);

  it("gives the kernel IRIX's defaults unless set: slice_size 3 ticks, bdflush every 100 ms, 1 MB of text", () => {
    const d = defaultIrixConfig({ cycleTicks: 1, bufferCachePages: 1 });
    expect(of({})).toEqual({ sliceClockTicks: d.sliceClockTicks, bdflushIntervalTicks: d.bdflushIntervalTicks, kernelTextPages: d.kernelTextPages });
    expect(of({ sliceTicks: 10, bdflushIntervalMs: 1000, kernelTextKb: 2048 })).toEqual({ sliceClockTicks: 10, bdflushIntervalTicks: msToTicks(1000), kernelTextPages: 512 });
  });

  it('refuses a slice of no ticks or of part of one, and text that is not whole pages, naming the pointer', () => {
    expect(() => of({ sliceTicks: 0 })).toThrow(/\/guest\/sliceTicks/);
    expect(() => of({ sliceTicks: 2.5 })).toThrow(/\/guest\/sliceTicks/);
    expect(() => of({ kernelTextKb: 1026 })).toThrow(/\/guest\/kernelTextKb/);
  });
});

import path from 'node:path';
import { ENUMS } from '@disco/trace-schema';
import { TraceReader } from '@disco/trace-store';
import { comparedChartSpecs } from './chart-specs';
import { compareReports } from './compare-reports';
import { installAnalysisViews } from './analysis-views';
import { REPORTS } from './report-catalog';
import { runReport, type ReportResult, type SectionResult } from './run-report';
import { recordTrace, scratchDir, writeTrace } from './testing/trace-fixtures';

// The reports of §5 (overhead, footprint, scalability) checked against sums
// computed here, in TypeScript, from the raw event rows.

const SCENARIOS = path.join(__dirname, '../../../traces/scenarios');
let cleanup: () => void;
let dir: string;
const traces: Record<string, string> = {};

beforeAll(() => {
  ({ dir, cleanup } = scratchDir());
  // Native IRIX, one CPU, with a warm-up ('booted') and an end ('finished'): ≈2.5 s to record.
  traces['irix'] = recordTrace(dir, path.join(SCENARIOS, 'uni-pmake-irix.json'), 'irix');
  // Disco with COW disks and the network shared by 4 VMs: footprint samples and monitor buckets, no guest.
  traces['cow'] = recordTrace(dir, path.join(SCENARIOS, 'disco-cow-synthetic.json'), 'cow');
  // The same pmake as IRIX in a one-VCPU VM on Disco (≈3 s).
  traces['disco'] = recordTrace(dir, path.join(SCENARIOS, 'uni-pmake-disco.json'), 'disco');
});
afterAll(() => cleanup());

function withReader<T>(file: string, action: (reader: TraceReader) => T): T {
  const reader = TraceReader.open(file);
  try {
    return action(reader);
  } finally {
    reader.close();
  }
}

function rows(file: string, query: string): Record<string, number | string | null>[] {
  return withReader(file, (reader) => {
    const r = reader.query(query);
    return r.rows.map((row) => Object.fromEntries(r.columns.map((c, i) => [c, row[i] as number | string | null])));
  });
}

const report = (file: string, name: string, top = 10): ReportResult => withReader(file, (reader) => runReport(reader, name, { top }));

function section(result: ReportResult, name: string): SectionResult {
  const s = result.sections.find((x) => x.name === name);
  if (!s) throw new Error(`no section ${name}`);
  return s;
}

function objects(s: SectionResult): Record<string, unknown>[] {
  return s.rows.map((row) => Object.fromEntries(s.columns.map((c, i) => [c.name, row[i]])));
}

/** The measured window, straight from the phase events. */
function windowOf(file: string): { start: number; end: number } {
  const phases = rows(file, 'SELECT tick, phase FROM workload_phase_changed');
  const booted = phases.filter((p) => p['phase'] === 'booted').map((p) => p['tick'] as number);
  const finished = phases.filter((p) => p['phase'] === 'finished').map((p) => p['tick'] as number);
  const simTicks = withReader(file, (r) => r.run.simTicks!);
  return { start: booted.length ? Math.max(...booted) : 0, end: finished.length ? Math.max(...finished) : simTicks };
}

/** Share of (tick - interval, tick] inside the window. */
function overlap(tick: number, interval: number, w: { start: number; end: number }): number {
  return Math.max(0, Math.min(tick, w.end) - Math.max(tick - interval, w.start)) / interval;
}

/** CPU time per bucket inside the window (ps), and its stall part, computed sample by sample. */
function bucketTimes(file: string): Map<number, { ticks: number; stall: number }> {
  const w = windowOf(file);
  const out = new Map<number, { ticks: number; stall: number }>();
  for (const s of rows(file, 'SELECT tick, bucket, interval_ticks, exec_ticks, stall_local_ticks, stall_remote_ticks, stall_l2_hit_ticks FROM execution_sample')) {
    const f = overlap(s['tick'] as number, s['interval_ticks'] as number, w);
    const stall = (s['stall_local_ticks'] as number) + (s['stall_remote_ticks'] as number) + (s['stall_l2_hit_ticks'] as number);
    const b = out.get(s['bucket'] as number) ?? { ticks: 0, stall: 0 };
    b.ticks += f * ((s['exec_ticks'] as number) + stall);
    b.stall += f * stall;
    out.set(s['bucket'] as number, b);
  }
  return out;
}

const ms = (ticks: number) => ticks / 1e9;
const sumBuckets = (t: Map<number, { ticks: number }>, pick: (b: number) => boolean) => [...t].filter(([b]) => pick(b)).reduce((s, [, v]) => s + v.ticks, 0);

describe('analysis views of §5', () => {
  it('time_bucket names every TimeBucket value of events.proto, and nothing else', () => {
    const named = withReader(traces['irix']!, (reader) => {
      installAnalysisViews(reader);
      return reader.query('SELECT bucket, name FROM time_bucket ORDER BY bucket').rows;
    });
    expect(named).toEqual(Object.entries(ENUMS['TimeBucket']!).map(([name, value]) => [value, name]).sort((a, b) => (a[0] as number) - (b[0] as number)));
  });

  it('measure_window opens at booted and closes at finished', () => {
    const w = windowOf(traces['irix']!);
    expect(w.start).toBeGreaterThan(0);
    const [mw] = withReader(traces['irix']!, (reader) => {
      installAnalysisViews(reader);
      return reader.query('SELECT start_tick, end_tick, start_reason, end_reason FROM measure_window').rows;
    });
    expect(mw).toEqual([w.start, w.end, 'booted', 'finished']);
  });

  it('every section of the new reports documents its columns', () => {
    for (const name of ['overhead', 'footprint', 'scalability', 'locality']) {
      for (const file of [traces['irix']!, traces['cow']!, traces['disco']!]) {
        for (const s of report(file, name).sections.filter((x) => x.status === 'ok')) {
          expect({ section: `${name}/${s.name}`, undocumented: s.columns.filter((c) => !c.doc).map((c) => c.name) }).toEqual({ section: `${name}/${s.name}`, undocumented: [] });
          for (const chart of s.charts) expect([chart.x, ...chart.y].filter((c) => c !== null && !s.columns.some((x) => x.name === c))).toEqual([]);
        }
      }
    }
    expect(REPORTS.map((r) => r.name)).toEqual(expect.arrayContaining(['overhead', 'footprint', 'scalability']));
  });
});

describe('overhead (Figure 5, Table 2)', () => {
  it('splits the measured time into user, kernel, monitor and idle like the samples do', () => {
    for (const file of [traces['irix']!, traces['cow']!]) {
      const t = bucketTimes(file);
      const w = windowOf(file);
      const [time] = objects(section(report(file, 'overhead'), 'time'));
      expect(time!['elapsed_ms']).toBeCloseTo(ms(w.end - w.start), 2);
      expect(time!['user_ms']).toBeCloseTo(ms(sumBuckets(t, (b) => b === 0)), 2);
      expect(time!['kernel_ms']).toBeCloseTo(ms(sumBuckets(t, (b) => b === 1 || b === 2)), 2);
      expect(time!['monitor_ms']).toBeCloseTo(ms(sumBuckets(t, (b) => b >= 4)), 2);
      expect(time!['idle_ms']).toBeCloseTo(ms(sumBuckets(t, (b) => b === 3)), 2);
    }
  });

  it('excludes boot: the window starts at booted, so kernel time is less than over the whole run', () => {
    const [time] = objects(section(report(traces['irix']!, 'overhead'), 'time'));
    const [whole] = rows(traces['irix']!, 'SELECT sum(exec_ticks + stall_local_ticks + stall_remote_ticks + stall_l2_hit_ticks) AS t FROM execution_sample WHERE bucket IN (1, 2)');
    expect(time!['kernel_ms'] as number).toBeLessThan(ms(whole!['t'] as number));
    expect(time!['window']).toBe('booted → finished');
  });

  it('splits monitor time by category on Disco and says a native run has none', () => {
    const t = bucketTimes(traces['cow']!);
    const monitor = objects(section(report(traces['cow']!, 'overhead'), 'monitor'));
    expect(monitor.map((r) => r['bucket'])).toEqual(Object.entries(ENUMS['TimeBucket']!).filter(([, v]) => v >= 4).map(([n]) => n));
    for (const r of monitor) {
      const value = ENUMS['TimeBucket']![r['bucket'] as string]!;
      expect(r['ms']).toBeCloseTo(ms(t.get(value)?.ticks ?? 0), 2);
    }
    const native = section(report(traces['irix']!, 'overhead'), 'monitor');
    expect(native.status).toBe('absent');
    expect(native.note).toMatch(/not on Disco/);
  });

  it('counts kernel services after booted: one event per invocation, UTLB refills from the samples', () => {
    const file = traces['irix']!;
    const w = windowOf(file);
    const byService = new Map<number, { n: number; ticks: number }>();
    for (const k of rows(file, 'SELECT tick, service, duration_ticks FROM kernel_service_completed')) {
      if ((k['tick'] as number) <= w.start || (k['tick'] as number) > w.end || k['service'] === 1) continue;
      const s = byService.get(k['service'] as number) ?? { n: 0, ticks: 0 };
      s.n += 1;
      s.ticks += k['duration_ticks'] as number;
      byService.set(k['service'] as number, s);
    }
    const utlb = { n: 0, ticks: 0 };
    for (const k of rows(file, 'SELECT tick, invocations, total_ticks, interval_ticks FROM kernel_service_sampled WHERE service = 1')) {
      const f = overlap(k['tick'] as number, k['interval_ticks'] as number, w);
      utlb.n += f * (k['invocations'] as number);
      utlb.ticks += f * (k['total_ticks'] as number);
    }
    if (utlb.n > 0) byService.set(1, utlb);
    const services = objects(section(report(file, 'overhead', 100), 'services'));
    expect(services).toHaveLength(byService.size);
    const total = [...byService.values()].reduce((s, v) => s + v.ticks, 0);
    for (const r of services) {
      const value = ENUMS['GuestService']![`SERVICE_${r['service'] as string}`]!;
      const expected = byService.get(value)!;
      expect(r['invocations']).toBe(Math.round(expected.n));
      expect(r['us_per_call']).toBeCloseTo(expected.ticks / expected.n / 1e6, 2);
      expect(r['kernel_pct']).toBeCloseTo((100 * expected.ticks) / total, 0);
    }
  });

  it('splits each service\'s time on Disco into kernel execution and the monitor\'s categories, as the events do', () => {
    const file = traces['disco']!;
    const w = windowOf(file);
    const raw = rows(file, `SELECT service, count(*) AS n, sum(duration_ticks) AS total, sum(kernel_ticks) AS kernel, sum(monitor_tlb_write_ticks) AS tlb_write,
      sum(monitor_call_fault_ticks) AS call_fault, sum(monitor_kernel_tlb_ticks) AS kernel_tlb
      FROM kernel_service_completed WHERE service <> 1 AND tick > ${w.start} AND tick <= ${w.end} GROUP BY service`);
    const services = objects(section(report(file, 'overhead', 100), 'services'));
    for (const r of raw) {
      const name = Object.entries(ENUMS['GuestService']!).find(([, v]) => v === r['service'])![0].slice('SERVICE_'.length);
      const row = services.find((x) => x['service'] === name)!;
      const per = (ticks: unknown) => (ticks as number) / (r['n'] as number) / 1e6;
      expect(row['kernel_us']).toBeCloseTo(per(r['kernel']), 2);
      expect(row['tlb_write_us']).toBeCloseTo(per(r['tlb_write']), 2);
      expect(row['call_fault_us']).toBeCloseTo(per(r['call_fault']), 2);
      expect(row['kernel_tlb_us']).toBeCloseTo(per(r['kernel_tlb']), 2);
    }
    // Somewhere the monitor worked on a service's behalf.
    expect(services.some((x) => (x['call_fault_us'] as number) > 0)).toBe(true);
    // Natively the whole time is kernel execution and lock spinning.
    for (const x of objects(section(report(traces['irix']!, 'overhead', 100), 'services'))) {
      expect((x['kernel_us'] as number) + (x['sync_us'] as number)).toBeCloseTo(x['us_per_call'] as number, 2);
    }
  });

  it('compares traces with the stacked bars normalized to the first trace', () => {
    const results = [report(traces['irix']!, 'overhead'), report(traces['cow']!, 'overhead')];
    const compared = compareReports(results);
    const time = compared.sections.find((s) => s.name === 'time')!;
    const [spec] = comparedChartSpecs(time);
    const data = (spec!['data'] as { values: { group: string; value: number }[] }).values;
    expect(data.filter((d) => d.group === 'A').reduce((s, d) => s + d.value, 0)).toBeCloseTo(100, 6);
    const [a, b] = [0, 1].map((i) => time.rows.find((r) => r.trace === i)!);
    const totalIndex = time.metrics.findIndex((m) => m.name === 'total_ms');
    expect(b!.ratios[totalIndex]).toBeCloseTo(b!.values[totalIndex]! / a!.values[totalIndex]!, 9);
  });
});

describe('scalability (Figure 7)', () => {
  it('splits user time into execution and stall, and keeps kernel synchronization apart', () => {
    const file = traces['irix']!;
    const t = bucketTimes(file);
    const [time] = objects(section(report(file, 'scalability'), 'time'));
    const user = t.get(0)!;
    expect(time!['user_ms']).toBeCloseTo(ms(user.ticks - user.stall), 2);
    expect(time!['user_stall_ms']).toBeCloseTo(ms(user.stall), 2);
    expect(time!['kernel_ms']).toBeCloseTo(ms(t.get(1)?.ticks ?? 0), 2);
    expect(time!['kernel_sync_ms']).toBeCloseTo(ms(t.get(2)?.ticks ?? 0), 2);
  });

  it('sums lock contention samples in the window, per lock', () => {
    const file = traces['irix']!;
    const w = windowOf(file);
    const acquisitions = new Map<string, number>();
    for (const l of rows(file, 'SELECT tick, lock, acquisitions, interval_ticks FROM lock_contention_sampled')) {
      acquisitions.set(l['lock'] as string, (acquisitions.get(l['lock'] as string) ?? 0) + overlap(l['tick'] as number, l['interval_ticks'] as number, w) * (l['acquisitions'] as number));
    }
    const locks = objects(section(report(file, 'scalability', 100), 'locks'));
    expect(locks.map((l) => l['lock']).sort()).toEqual([...acquisitions.keys()].sort());
    for (const l of locks) expect(l['acquisitions']).toBe(Math.round(acquisitions.get(l['lock'] as string)!));
    expect(section(report(traces['cow']!, 'scalability'), 'locks').status).toBe('absent');
  });
});

describe('footprint (Figure 6)', () => {
  it('sums the VMs\' last samples into V and takes the machine sample as M', () => {
    const file = traces['cow']!;
    const last = new Map<number, Record<string, number | string | null>>();
    for (const f of rows(file, 'SELECT * FROM footprint_sample ORDER BY seq')) last.set(f['vm'] as number, f);
    const vms = [...last.keys()].filter((vm) => vm >= 0);
    const mb = (pages: number) => Math.round((pages * 4 * 100) / 1024) / 100;
    const summary = objects(section(report(file, 'footprint'), 'summary'));
    expect(summary.map((r) => r['footprint'])).toEqual(['virtual', 'machine']);
    expect(summary[0]).toMatchObject({ vms: vms.length, total_mb: mb(vms.reduce((s, vm) => s + (last.get(vm)!['total_pages'] as number), 0)) });
    expect(summary[0]!['buffer_cache_mb']).toBe(mb(vms.reduce((s, vm) => s + (last.get(vm)!['buffer_cache_pages'] as number), 0)));
    expect(summary[1]).toMatchObject({ total_mb: mb(last.get(-1)!['total_pages'] as number), monitor_mb: mb(last.get(-1)!['monitor_pages'] as number) });
    const byVm = objects(section(report(file, 'footprint'), 'by-vm'));
    expect(byVm.map((r) => r['vm'])).toEqual([...vms.sort((a, b) => a - b), -1]);
  });

  it("counts a native run as Disco counts a VM: the machine's sample of pages in use, V equal to M", () => {
    const file = traces['irix']!;
    const end = windowOf(file).end;
    const [f] = rows(file, `SELECT * FROM footprint_sample WHERE vm = -1 AND tick <= ${end} ORDER BY seq DESC LIMIT 1`);
    const [g] = rows(file, `SELECT * FROM guest_memory_sampled WHERE tick <= ${end} ORDER BY seq DESC LIMIT 1`);
    const mb = (pages: number) => Math.round((pages * 4 * 100) / 1024) / 100;
    const summary = objects(section(report(file, 'footprint'), 'summary'));
    expect(summary.map((r) => [r['footprint'], r['vms'], r['source']])).toEqual([
      ['virtual', 0, 'FootprintSample'],
      ['machine', 0, 'FootprintSample'],
    ]);
    expect(summary[0]).toEqual(summary[1] && { ...summary[1], footprint: 'virtual' });
    expect(summary[1]).toMatchObject({ total_mb: mb(f!['total_pages'] as number), buffer_cache_mb: mb(f!['buffer_cache_pages'] as number), monitor_mb: 0 });
    // In use is at most what the OS holds: the whole kernel image, and the buffer cache, which takes a page only for a block it fills.
    expect(f!['kernel_text_pages']).toBe(g!['kernel_text_pages']);
    expect(f!['buffer_cache_pages']).toBeGreaterThan(0);
    expect(f!['buffer_cache_pages']).toBe(g!['buffer_cache_pages']);
    expect(f!['kernel_data_pages']).toBeLessThanOrEqual((g!['kernel_data_pages'] as number) + (g!['page_table_pages'] as number) + (g!['mbuf_pages'] as number));
    expect(objects(section(report(file, 'footprint'), 'by-vm')).map((r) => r['vm'])).toEqual([-1]);
  });

  it("falls back to the guest's memory samples for a native trace without FootprintSample, V equal to M", () => {
    const memory = { freePages: 10, kernelTextPages: 256, kernelDataPages: 100, bufferCachePages: 512, userPages: 30, pageTablePages: 4, mbufPages: 2 };
    const file = writeTrace(path.join(dir, 'old-native.db'), [{ tick: 1_000_000, cpu: -1, node: -1, vm: -1, type: 'GuestMemorySampled', data: memory }], { simTicks: 1_000_000 });
    const summary = objects(section(report(file, 'footprint'), 'summary'));
    expect(summary.map((r) => [r['footprint'], r['source']])).toEqual([
      ['virtual', 'GuestMemorySampled'],
      ['machine', 'GuestMemorySampled'],
    ]);
    // Page tables and mbufs count as kernel data: 106 pages; in all 256 + 106 + 512 + 30 pages.
    expect(summary[1]).toMatchObject({ kernel_data_mb: Math.round((106 * 4 * 100) / 1024) / 100, total_mb: Math.round((904 * 4 * 100) / 1024) / 100 });
    expect(section(report(file, 'footprint'), 'by-vm').status).toBe('absent');
  });
});

import { comparedChartSpecs } from './chart-specs';
import { compareReports } from './compare-reports';
import type { ReportResult, SectionResult } from './run-report';

const label = (scenario: string) => ({ file: `${scenario}.db`, scenario, seed: 1, level: 'default', status: 'complete', simTicks: 1 });

function result(scenario: string, sections: Partial<SectionResult>[]): ReportResult {
  return {
    report: 'r',
    description: 'd',
    trace: label(scenario),
    sections: sections.map((s) => ({
      name: 's', title: 'S', status: 'ok', note: null, columns: [], rows: [], keys: [], compare: true, charts: [], ...s,
    })),
  };
}

const columns = [{ name: 'cpu', doc: 'the CPU' }, { name: 'local', doc: 'l' }, { name: 'remote', doc: 'r' }, { name: 'label', doc: 'text' }];
const chart = { mark: 'stacked' as const, x: 'cpu', y: ['local', 'remote'], title: 'misses', axis: null };

describe('compareReports', () => {
  it('matches rows by key and normalizes every numeric column to the first trace', () => {
    const a = result('a', [{ columns, keys: ['cpu'], rows: [[0, 10, 30, 'x'], [1, 5, 0, 'y']], charts: [chart] }]);
    const b = result('b', [{ columns, keys: ['cpu'], rows: [[1, 10, 5, 'y'], [0, 20, 15, 'x'], [2, 1, 1, 'z']], charts: [chart] }]);
    const c = compareReports([a, b]);
    const s = c.sections[0]!;
    expect(s.metrics.map((m) => m.name)).toEqual(['local', 'remote']);
    expect(s.rows.map((r) => [r.key[0], r.trace, r.values, r.ratios])).toEqual([
      [0, 0, [10, 30], [1, 1]],
      [0, 1, [20, 15], [2, 0.5]],
      [1, 0, [5, 0], [1, 1]],
      [1, 1, [10, 5], [2, null]],
      [2, 1, [1, 1], [null, null]],
    ]);
  });

  it("keeps a text column per trace (a one-row section's policy name), unnormalized, in each trace's own column order", () => {
    const policy = [{ name: 'policy', doc: 'the policy' }, { name: 'run_ms', doc: 'run time' }];
    const a = result('a', [{ columns: policy, rows: [['disco', 10]] }]);
    const b = result('b', [{ columns: [...policy].reverse(), rows: [[20, 'round-robin']] }]);
    const c = result('c', [{ columns: policy, rows: [[null, 5]] }]);
    const s = compareReports([a, b, c]).sections[0]!;
    expect(s.metrics.map((m) => m.name)).toEqual(['run_ms']);
    expect(s.texts).toEqual([{ name: 'policy', doc: 'the policy' }]);
    expect(s.rows.map((r) => [r.trace, r.texts, r.values, r.ratios])).toEqual([
      [0, ['disco'], [10], [1]],
      [1, ['round-robin'], [20], [2]],
      [2, [null], [5], [0.5]],
    ]);
  });

  it('keeps only comparable sections and notes traces where a section is absent or empty', () => {
    const a = result('a', [{ columns, rows: [[0, 4, 4, 'x']] }, { name: 'list', compare: false }]);
    const b = result('b', [{ status: 'absent', note: 'no CounterSample events' }, { name: 'list', compare: false }]);
    const c = compareReports([a, b]);
    expect(c.sections.map((s) => s.name)).toEqual(['s']);
    expect(c.sections[0]!.notes).toEqual([{ trace: 1, status: 'absent', note: 'no CounterSample events' }]);
    expect(c.sections[0]!.rows.map((r) => r.trace)).toEqual([0]);
  });

  it('charts each bar as a percentage of the first trace total for the same x, as the paper normalizes its figures', () => {
    const a = result('a', [{ columns, keys: ['cpu'], rows: [[0, 10, 30, 'x']], charts: [chart] }]);
    const b = result('b', [{ columns, keys: ['cpu'], rows: [[0, 20, 40, 'x']], charts: [chart] }]);
    const [spec] = comparedChartSpecs(compareReports([a, b]).sections[0]!);
    const values = (spec!['data'] as { values: { group: string; series: string; value: number }[] }).values;
    const total = (g: string) => values.filter((v) => v.group === g).reduce((s, v) => s + v.value, 0);
    expect(total('A')).toBeCloseTo(100);
    expect(total('B')).toBeCloseTo(150);
    expect((spec!['encoding'] as Record<string, unknown>)['xOffset']).toEqual({ field: 'group', type: 'nominal' });
  });

  it("names a one-row section's bars by its label column, a panel per workload, values as they are when the section says so", () => {
    const policy = [{ name: 'policy', doc: null }, { name: 'run_ms', doc: null }];
    const runTime = { mark: 'bar' as const, x: null, y: ['run_ms'], title: 'run time', axis: 'ms', label: 'policy' };
    const one = (scenario: string, name: string, ms: number) => result(scenario, [{ columns: policy, rows: [[name, ms]], charts: [runTime], normalize: false }]);
    const traces = [one('eng', 'disco', 10), one('eng', 'none', 12), one('eng', 'none', 14), one('ray', 'disco', 5), one('ray', 'none', 4)];
    const section = compareReports(traces).sections[0]!;
    expect(section.normalize).toBe(false);
    expect(section.rows.every((r) => r.ratios.every((x) => x === null))).toBe(true);
    const [spec] = comparedChartSpecs(section, { workloads: traces.map((t) => t.trace.scenario) });
    const values = (spec!['data'] as { values: { x: string; panel: string; value: number }[] }).values;
    // Two traces of one workload under one policy keep their own bars.
    expect(values.map((v) => [v.panel, v.x, v.value])).toEqual([
      ['eng', 'disco', 10], ['eng', 'none (B)', 12], ['eng', 'none (C)', 14], ['ray', 'disco', 5], ['ray', 'none', 4],
    ]);
    expect((spec!['encoding'] as Record<string, { field: string }>)['column']!.field).toBe('panel');
    expect(spec!['resolve']).toEqual({ scale: { x: 'independent', y: 'independent' } });
    expect(spec!['title']).toBe('run time');
    // One workload: one panel. A normalized section of two workloads (IRIX against Disco) keeps one chart, % of trace A.
    const [single] = comparedChartSpecs(compareReports([traces[0]!, traces[1]!]).sections[0]!, { workloads: ['eng', 'eng'] });
    expect((single!['encoding'] as Record<string, unknown>)['column']).toBeUndefined();
    const normalized = compareReports([one('eng', 'disco', 10), one('ray', 'none', 5)].map((t) => ({ ...t, sections: t.sections.map((s) => ({ ...s, normalize: true })) })));
    const [spec2] = comparedChartSpecs(normalized.sections[0]!, { workloads: ['eng', 'ray'] });
    expect((spec2!['encoding'] as Record<string, unknown>)['column']).toBeUndefined();
    expect((spec2!['data'] as { values: { value: number }[] }).values.map((v) => v.value)).toEqual([100, 50]);
  });

  it('charts raw values, and says so, when the first trace has none to normalize by', () => {
    const a = result('a', [{ columns, keys: ['cpu'], rows: [[0, 0, 0, 'x']], charts: [chart] }]);
    const b = result('b', [{ columns, keys: ['cpu'], rows: [[0, 2, 3, 'x']], charts: [chart] }]);
    const [spec] = comparedChartSpecs(compareReports([a, b]).sections[0]!);
    const values = (spec!['data'] as { values: { group: string; value: number }[] }).values;
    expect(values.filter((v) => v.group === 'B').map((v) => v.value)).toEqual([2, 3]);
    expect(spec!['title']).toMatch(/trace A has none to normalize by/);
  });
});

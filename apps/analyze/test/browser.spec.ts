import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, tempDir } from '@disco/cli-kit/testing';
import { CHROMIUM, expectCleanView, HAS_CHROMIUM, viewInBrowser } from './browser-check';

// A `report --html` page in a real browser. Without chromium the suite says so
// in one line and does not run.
const suite = HAS_CHROMIUM ? describe : describe.skip;
if (!HAS_CHROMIUM) process.stdout.write(`browser test not run: no chromium at ${CHROMIUM}\n`);

suite('a report --html page in chromium', () => {
  let dir: string;
  let cleanup: () => void;
  let page: string;
  let overhead: string;
  let compared: string;
  let policies: string;

  beforeAll(() => {
    ({ dir, cleanup } = tempDir());
    const scenario = path.join(dir, 'x.json');
    writeFileSync(scenario, JSON.stringify({ name: 'x', model: 'hardware', machine: { cpus: 4 }, hardware: { durationUs: 400, sampleIntervalUs: 100, pattern: 'migratory' } }));
    const trace = path.join(dir, 'x.db');
    const r = runCli('record', [scenario, '--out', trace, '--quiet']);
    if (r.status !== 0) throw new Error(r.stderr);
    page = path.join(dir, 'locality.html');
    const html = runCli('analyze', [trace, 'report', 'locality', '--html', page]);
    if (html.status !== 0) throw new Error(html.stderr);
    // Disco's time by category: the x labels are long names rotated under the chart ("other privileged instructions").
    const disco = path.join(dir, 'cow.db');
    const cow = runCli('record', ['disco-cow-synthetic', '--out', disco, '--quiet']);
    if (cow.status !== 0) throw new Error(cow.stderr);
    overhead = path.join(dir, 'overhead.html');
    const report = runCli('analyze', [disco, 'report', 'overhead', '--html', overhead]);
    if (report.status !== 0) throw new Error(report.stderr);
    const other = path.join(dir, 'cow-s2.db');
    const second = runCli('record', ['disco-cow-synthetic', '--seed', '2', '--out', other, '--quiet']);
    if (second.status !== 0) throw new Error(second.stderr);
    compared = path.join(dir, 'compare.html');
    const compare = runCli('analyze', ['compare', disco, other, '--report', 'overhead', '--html', compared]);
    if (compare.status !== 0) throw new Error(compare.stderr);
    // compare --report policy over two workloads: the summary's charts have a panel per workload.
    const numa = [['disco-numa-synthetic', 'disco'], ['disco-numa-synthetic', 'round-robin'], ['disco-numa-synthetic-off', 'disco']].map(([name, policy], i) => {
      const out = path.join(dir, `numa-${i}.db`);
      const rec = runCli('record', [name!, '--out', out, '--quiet', '--level', 'detailed', '--set', '/disco-synthetic/durationUs=10000', '--set', `/monitor/placement/policy=${policy}`]);
      if (rec.status !== 0) throw new Error(rec.stderr);
      return out;
    });
    policies = path.join(dir, 'policies.html');
    const policy = runCli('analyze', ['compare', ...numa, '--report', 'policy', '--html', policies]);
    if (policy.status !== 0) throw new Error(policy.stderr);
  });
  afterAll(() => cleanup());

  it('shows no console error, marks in every chart, and no horizontal overflow at 700 and 1400 px', () => {
    expectCleanView(viewInBrowser(page, 'report-locality'), 'report-locality');
  });

  it.each([
    ['report-overhead', () => overhead],
    ['compare-overhead', () => compared],
  ])('%s: every axis label whole (not shortened with an ellipsis, not clipped by its chart), with the clean-view checks', (name, file) => {
    const views = viewInBrowser(file(), name);
    expectCleanView(views, name);
    // The long category names are there in full.
    expect(views[0]!.labels.map((l) => l.text)).toEqual(expect.arrayContaining(['other privileged instructions', 'VCPU scheduling, interrupts, other (simulator bucket)']));
  });

  it('compare-policy: bars named by policy in a panel per workload, with the clean-view checks', () => {
    const views = viewInBrowser(policies, 'compare-policy');
    expectCleanView(views, 'compare-policy');
    const labels = views[0]!.labels.map((l) => l.text);
    expect(labels).toEqual(expect.arrayContaining(['disco', 'round-robin', 'none']));
  });
});

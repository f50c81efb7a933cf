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
  });
  afterAll(() => cleanup());

  it('shows no console error, marks in every chart, and no horizontal overflow at 700 and 1400 px', () => {
    expectCleanView(viewInBrowser(page, 'report-locality'), 'report-locality');
  });
});

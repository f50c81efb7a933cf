import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, runCli, tempDir } from '@disco/cli-kit/testing';

// A `report --html` page in a real browser: Debian's chromium driven by
// puppeteer-core. Without chromium the suite says so in one line and defines
// no test (no skipped tests).
const CHROMIUM = process.env['CHROMIUM'] ?? '/usr/bin/chromium';
const SHOTS = path.join(ROOT, 'tmp', 'screenshots');

/** Opens `page` at each width and reports console errors, charts without marks and horizontal overflow. Runs as an ES module (puppeteer-core is one). */
const SCRIPT = `
import puppeteer from 'puppeteer-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
const [chromium, page, shots, name] = process.argv.slice(1);
const profile = mkdtempSync(path.join(tmpdir(), 'disco-chromium-'));
const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync', '--user-data-dir=' + profile],
});
const results = [];
try {
  for (const width of [700, 1400]) {
    const tab = await browser.newPage();
    const errors = [];
    tab.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    tab.on('pageerror', (e) => errors.push(String(e)));
    tab.on('requestfailed', (r) => errors.push('request failed: ' + r.url()));
    await tab.setViewport({ width, height: 900 });
    await tab.goto('file://' + page, { waitUntil: 'load' });
    const seen = await tab.evaluate(() => ({
      charts: [...document.querySelectorAll('figure svg')].map((svg) => svg.querySelectorAll('.role-mark path, .role-mark rect').length),
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      wide: [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.scroll')).map((e) => e.tagName + '.' + e.className).slice(0, 5),
    }));
    await tab.screenshot({ path: path.join(shots, name + '-' + width + '.png'), fullPage: true });
    results.push({ width, errors, ...seen });
    await tab.close();
  }
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
process.stdout.write(JSON.stringify(results));
`;

const suite = existsSync(CHROMIUM) ? describe : describe.skip;
if (!existsSync(CHROMIUM)) process.stdout.write(`browser test not run: no chromium at ${CHROMIUM}\n`);

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
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(() => cleanup());

  it('shows no console error, marks in every chart, and no horizontal overflow at 700 and 1400 px', () => {
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', SCRIPT, CHROMIUM, page, SHOTS, 'report-locality'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    if (run.status !== 0) throw new Error(`the browser script failed: ${run.stderr}`);
    const results = JSON.parse(run.stdout) as { width: number; errors: string[]; charts: number[]; scrollWidth: number; innerWidth: number; wide: string[] }[];
    expect(results.map((r) => r.width)).toEqual([700, 1400]);
    for (const r of results) {
      expect({ width: r.width, errors: r.errors }).toEqual({ width: r.width, errors: [] });
      expect(r.charts.length).toBeGreaterThan(0);
      expect({ width: r.width, chartsWithoutMarks: r.charts.filter((n) => n === 0).length }).toEqual({ width: r.width, chartsWithoutMarks: 0 });
      expect({ width: r.width, scrollWidth: r.scrollWidth, wide: r.wide }).toEqual({ width: r.width, scrollWidth: r.innerWidth, wide: [] });
      expect(existsSync(path.join(SHOTS, `report-locality-${r.width}.png`))).toBe(true);
    }
  });
});

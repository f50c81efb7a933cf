import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '@disco/cli-kit/testing';

// HTML pages in a real browser: Debian's chromium driven by puppeteer-core.
export const CHROMIUM = process.env['CHROMIUM'] ?? '/usr/bin/chromium';
export const SHOTS = path.join(ROOT, 'tmp', 'screenshots');

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
      // Vega shortens a label longer than its limit to a prefix and an ellipsis; a label may also
      // fall outside its chart's SVG, where the browser clips it.
      labels: [...document.querySelectorAll('figure svg')].flatMap((svg) => {
        const box = svg.getBoundingClientRect();
        return [...svg.querySelectorAll('.role-axis-label text, .role-legend-label text, .role-title-text text')].map((t) => {
          const r = t.getBoundingClientRect();
          return { text: t.textContent, inside: r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1 };
        });
      }),
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

export interface BrowserView {
  readonly width: number;
  readonly errors: string[];
  /** Marks (SVG paths and rects of Vega mark groups) in each chart. */
  readonly charts: number[];
  readonly scrollWidth: number;
  readonly innerWidth: number;
  /** Elements past the window's right edge, outside a scrolling box. */
  readonly wide: string[];
  /** Every axis label, legend label and chart title as rendered, and whether it lies inside its chart. */
  readonly labels: { text: string; inside: boolean }[];
}

/** What Vega puts after a label it shortened to its labelLimit. */
const VEGA_ELLIPSIS = '…';

/** Opens `page` at 700 and 1400 px in chromium; screenshots go to tmp/screenshots/<name>-<width>.png. */
export function viewInBrowser(page: string, name: string): BrowserView[] {
  mkdirSync(SHOTS, { recursive: true });
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', SCRIPT, CHROMIUM, page, SHOTS, name], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  if (run.status !== 0) throw new Error(`the browser script failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as BrowserView[];
}

/** The checks every page passes at every width. */
export function expectCleanView(views: readonly BrowserView[], name: string): void {
  expect(views.map((r) => r.width)).toEqual([700, 1400]);
  for (const r of views) {
    expect({ width: r.width, errors: r.errors }).toEqual({ width: r.width, errors: [] });
    expect(r.charts.length).toBeGreaterThan(0);
    expect({ width: r.width, chartsWithoutMarks: r.charts.filter((n) => n === 0).length }).toEqual({ width: r.width, chartsWithoutMarks: 0 });
    expect({ width: r.width, scrollWidth: r.scrollWidth, wide: r.wide }).toEqual({ width: r.width, scrollWidth: r.innerWidth, wide: [] });
    expect(r.labels.length).toBeGreaterThan(0);
    expect({ width: r.width, truncated: r.labels.filter((l) => l.text.endsWith(VEGA_ELLIPSIS)).map((l) => l.text) }).toEqual({ width: r.width, truncated: [] });
    expect({ width: r.width, clipped: r.labels.filter((l) => !l.inside).map((l) => l.text) }).toEqual({ width: r.width, clipped: [] });
    expect(existsSync(path.join(SHOTS, `${name}-${r.width}.png`))).toBe(true);
  }
}

export const HAS_CHROMIUM = existsSync(CHROMIUM);

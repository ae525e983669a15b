// `npm run screenshots [-- filter…]`: every story (or those whose id contains a filter word) at
// 390, 768 and 1280 px, light and dark, as full-page PNGs in screenshots/ (git-ignored), through
// Playwright and the system Chromium as the benchmark does. Also reports, per shot, anything that
// overflows the window sideways (outside a scrolling region of its own).
import { mkdir, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome, NO_CHROME_MESSAGE } from './find-chrome.mjs';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'screenshots');
const buildDir = join(root, 'bench/results/screenshots-page');
const WIDTHS = [390, 768, 1280];
const THEMES = ['light', 'dark'];
const filters = process.argv.slice(2);
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

await build({
  root: join(root, 'scripts/screenshots'),
  logLevel: 'error',
  cacheDir: process.env.VITE_CACHE_DIR,
  build: { outDir: buildDir, emptyOutDir: true, target: 'es2022' },
});
const server = createServer(async (request, response) => {
  const pathname = new URL(request.url, 'http://x').pathname;
  const path = pathname === '/' ? 'index.html' : pathname;
  try {
    const body = await readFile(join(buildDir, path));
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${server.address().port}/`;

const executablePath = findChrome();
if (!executablePath) throw new Error(NO_CHROME_MESSAGE);
const browser = await chromium.launch({ executablePath, args: CHROME_ARGS });
await rm(outDir, { recursive: true, force: true });
await mkdir(outDir, { recursive: true });

// Reduced motion: a shot shows a state, not a frame of an animation, so two runs compare pixel for pixel.
const context = await browser.newContext({
  viewport: { width: 1280, height: 900 },
  reducedMotion: 'reduce',
});
// SHOTS_FIXED_TIME=1: the stories' dates are relative to now; a fixed clock makes two runs (before
// and after a change) comparable pixel for pixel (bench/tools/screenshot-diff.mjs).
if (process.env.SHOTS_FIXED_TIME)
  await context.clock.setFixedTime(new Date('2026-12-01T12:00:00Z'));
const page = await context.newPage();
await page.goto(base);
const all = await page.evaluate(() => window.__stories);
const stories = all.filter((id) => !filters.length || filters.some((f) => id.includes(f)));
const problems = [];
let count = 0;
for (const width of WIDTHS) {
  await page.setViewportSize({ width, height: 900 });
  for (const theme of THEMES) {
    for (const id of stories) {
      await page.goto(`${base}?story=${encodeURIComponent(id)}&theme=${theme}`);
      await page.evaluate(() => window.__ready).catch(() => {});
      // Stories' adapters answer after ~150 ms; let them, and Shoelace's animations, settle.
      await page.waitForTimeout(500);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      if (overflow > 0) problems.push(`${id} ${width} ${theme}: ${overflow}px sideways scroll`);
      await page.screenshot({
        path: join(outDir, `${id.replace('/', '--')}--${width}--${theme}.png`),
        fullPage: true,
      });
      count++;
    }
  }
}
await browser.close();
server.close();
console.log(`${count} screenshots in ${outDir}`);
if (problems.length) console.log(`Pages wider than the window:\n  ${problems.join('\n  ')}`);

// Shared by the browser benchmarks: builds bench/pages (production, Vite), serves the build on
// localhost, launches the system Chromium through Playwright, and reads main-thread CPU time and
// heap through the Chrome DevTools Protocol.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome, NO_CHROME_MESSAGE } from '../scripts/find-chrome.mjs';

export const root = resolve(import.meta.dirname, '..');
// BENCH_NO_MINIFY=1 keeps names readable for profiles (bench/tools/profile.mjs).
const unminified = !!process.env.BENCH_NO_MINIFY;
// BENCH_LIT_DEV=1 (with BENCH_NO_MINIFY) builds Lit's development modules: its classes by their
// names in heap snapshots (bench/tools/heap.mjs), with Lit's dev-mode checks.
const litDev = unminified && !!process.env.BENCH_LIT_DEV;
const outDir = join(
  root,
  litDev
    ? 'bench/results/pages-lit-dev'
    : unminified
      ? 'bench/results/pages-unminified'
      : 'bench/results/pages',
);
const PAGES = ['blank', 'grid', 'page', 'leak', 'preflight'];
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

let built;
/** Builds every bench page once per process. */
export function buildPages() {
  built ??= build({
    root: join(root, 'bench/pages'),
    logLevel: 'error',
    ...(litDev ? { resolve: { conditions: ['development'] } } : {}),
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: !unminified,
      rollupOptions: {
        input: Object.fromEntries(PAGES.map((p) => [p, join(root, `bench/pages/${p}.html`)])),
      },
    },
  });
  return built;
}

/** Serves the built pages; resolves to `{ url, close }`. */
export async function serve() {
  await buildPages();
  const server = createServer(async (request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    try {
      const body = await readFile(join(outDir, path === '/' ? 'blank.html' : path));
      response.writeHead(200, {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return { url: (page) => `http://127.0.0.1:${port}/${page}`, close: () => server.close() };
}

export async function launch() {
  const executablePath = findChrome();
  if (!executablePath) throw new Error(NO_CHROME_MESSAGE);
  return chromium.launch({
    executablePath,
    args: [
      ...CHROME_ARGS.filter((a) => !a.startsWith('--headless')),
      '--enable-precise-memory-info',
      '--js-flags=--expose-gc',
    ],
  });
}

/** A fresh page with a CDP session and Performance metrics enabled. */
export async function openPage(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url);
  return {
    page,
    cdp,
    close: () => context.close(),
    /** Main-thread CPU time (ms) spent by `action` (tasks, script, style, layout, paint). */
    async cpu(action) {
      const before = await metrics(cdp);
      const value = await action();
      const after = await metrics(cdp);
      return {
        value,
        taskMs: (after.TaskDuration - before.TaskDuration) * 1000,
        scriptMs: (after.ScriptDuration - before.ScriptDuration) * 1000,
        layoutMs:
          (after.LayoutDuration -
            before.LayoutDuration +
            after.RecalcStyleDuration -
            before.RecalcStyleDuration) *
          1000,
      };
    },
    /** JS heap used after a full garbage collection, in bytes. */
    async heap() {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      return (await metrics(cdp)).JSHeapUsedSize;
    },
  };
}

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  // Median of an even count: the mean of the two middle values.
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1), p90: at(0.9), n: sorted.length };
}

export const isMain = (meta) => meta.url === `file://${process.argv[1]}`;

/**
 * The handed → painted operations in the order bench/grid.mjs runs them on one page, each with the
 * bench page's step that prepares it (mounts the grid, or holds the next answer back).
 */
export const HANDED_PREPARE = {
  handedRender: 'prepareHanded',
  handedSwap: 'prepareHandedSwap',
  handedSort: 'prepareHandedSort',
};

/**
 * The bench page's steps that bring a fresh page to where `op` is measured, as bench/grid.mjs runs
 * them: a handed operation after the ones before it (each prepared, then run) and its own
 * preparation; swap and sort after a render; render from nothing.
 */
export function stepsBefore(op) {
  const handed = Object.keys(HANDED_PREPARE);
  const at = handed.indexOf(op);
  if (at === -1) return op === 'render' ? [] : ['render'];
  return [
    ...handed.slice(0, at).flatMap((before) => [HANDED_PREPARE[before], before]),
    HANDED_PREPARE[op],
  ];
}

// Does Chromium keep rows skipped by `content-visibility: auto` whole in the accessibility tree?
// The grid's 100-row page (bench/pages/grid.html; its rows are flex lines with `content-visibility:
// auto`, layout.styles.ts), mounted, then its page handed (as styles-cost.mjs). For each way
// accessibility can be on, a fresh browser: how many rows the browser skips
// (`checkVisibility({ contentVisibilityAuto: true })` false on the first cell) and, in
// `Accessibility.getFullAXTree` (what the test runner's `a11ySnapshot` reads), how many rows,
// non-ignored cells, Edit buttons and texts there are, right after the rows are painted and again
// after 500 ms. `node bench/tools/cv-a11y.mjs`.
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
const { serve } = await import('../lib.mjs');

/**
 * How accessibility is on: only the DevTools protocol's domain (what `a11ySnapshot` and
 * Playwright use), or a browser switch. Without a value the switch is Chromium's "screen reader
 * bundle" (`kAXModeComplete | kScreenReader`, what it turns on when it detects a screen reader;
 * content/browser/accessibility/browser_accessibility_state_impl.cc), as `=screen-reader` is;
 * `=complete` is the same without the screen-reader flag.
 */
const MODES = {
  'CDP Accessibility domain only': [],
  '--force-renderer-accessibility': ['--force-renderer-accessibility'],
  '--force-renderer-accessibility=screen-reader': ['--force-renderer-accessibility=screen-reader'],
  '--force-renderer-accessibility=basic': ['--force-renderer-accessibility=basic'],
  '--force-renderer-accessibility=complete': ['--force-renderer-accessibility=complete'],
};

async function probe(cdp) {
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const shown = nodes.filter((n) => !n.ignored);
  const role = (r) => shown.filter((n) => n.role?.value === r);
  return {
    rows: role('row').length,
    cells: role('cell').length,
    edits: role('button').filter((n) => /^Edit /.test(n.name?.value ?? '')).length,
    texts: role('StaticText').length,
  };
}

const server = await serve();
try {
  for (const [mode, flags] of Object.entries(MODES)) {
    const browser = await chromium.launch({
      executablePath: findChrome(),
      args: [...CHROME_ARGS.filter((a) => !a.startsWith('--headless')), ...flags],
    });
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await page.goto(server.url('grid.html?variant=grid&rows=100'));
      await page.waitForFunction(() => window.__bench);
      await page.evaluate(() => window.__bench.prepareHanded());
      await page.evaluate(() => window.__bench.handedRender());
      const skipped = await page.evaluate(
        () =>
          [...document.querySelector('models-grid').shadowRoot.querySelectorAll('tbody tr')].filter(
            (tr) => !tr.cells[0].checkVisibility({ contentVisibilityAuto: true }),
          ).length,
      );
      await cdp.send('Accessibility.enable');
      const first = await probe(cdp);
      await page.waitForTimeout(500);
      const later = await probe(cdp);
      const line = (p) => `rows ${p.rows}, cells ${p.cells}, Edit ${p.edits}, texts ${p.texts}`;
      console.log(`${mode}\n  skipped ${skipped} of 100 rows; AX tree: ${line(first)}`);
      console.log(`  500 ms later: ${line(later)}`);
    } finally {
      await browser.close();
    }
  }
} finally {
  server.close();
}

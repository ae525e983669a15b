// Mounts and removes the whole page 200 times (guide, create dialog and polling exercised each time,
// bench/pages/leak-bench.ts) and reports the JS heap growth after GC, measured from after a first
// batch of mounts (which fills one-time caches: templates, styles, Intl) to the end, and the timers
// and document / window listeners still active once every page is gone.
import { isMain, launch, openPage, serve } from './lib.mjs';

export async function benchLeak({ cycles = 200, warmup = 20 } = {}) {
  const server = await serve();
  const browser = await launch();
  try {
    const tab = await openPage(browser, server.url('leak.html'));
    await tab.page.emulateMedia({ reducedMotion: 'reduce' });
    await tab.page.waitForFunction(() => window.__bench, null, { timeout: 30_000 });
    const idle = await tab.page.evaluate(() => window.__bench.snapshot());
    const start = performance.now();
    const afterWarmup = await tab.page.evaluate((n) => window.__bench.run(n), warmup);
    const heapWarm = await tab.heap();
    const afterRun = await tab.page.evaluate((n) => window.__bench.run(n), cycles - warmup);
    const heapEnd = await tab.heap();
    const seconds = (performance.now() - start) / 1000;
    await tab.page.evaluate(() => window.__bench.dispose());
    const disposed = await tab.page.evaluate(() => window.__bench.snapshot());
    await tab.close();
    return {
      cycles,
      warmup,
      seconds,
      heapWarm,
      heapEnd,
      growth: heapEnd - heapWarm,
      idle,
      afterWarmup,
      afterRun,
      disposed,
    };
  } finally {
    await browser.close();
    server.close();
  }
}

if (isMain(import.meta))
  console.log(JSON.stringify(await benchLeak({ cycles: Number(process.argv[2] ?? 200) }), null, 1));

// The whole `<custom-models-page>` on the in-memory adapter with no latency (bench/pages/page-bench.ts):
// from connecting it to its first 25 rows painted, then a page-size change to 100. Fresh page load
// per sample; main-thread CPU time from CDP and wall time to the frame.
import { isMain, launch, openPage, serve, stats } from './lib.mjs';

export async function benchPage({ samples = 10 } = {}) {
  const server = await serve();
  const browser = await launch();
  const list = [];
  try {
    for (let i = -1; i < samples; i++) {
      const tab = await openPage(browser, server.url('page.html'));
      await tab.page.waitForFunction(() => window.__bench, null, { timeout: 30_000 });
      const connect = await tab.cpu(() => tab.page.evaluate(() => window.__bench.connect()));
      const pageSize = await tab.cpu(() => tab.page.evaluate(() => window.__bench.pageSize()));
      await tab.close();
      if (i >= 0) list.push({ connect, pageSize });
    }
  } finally {
    await browser.close();
    server.close();
  }
  const summary = (op) => ({
    cpu: stats(list.map((s) => s[op].taskMs)),
    frame: stats(list.map((s) => s[op].value.frameMs)),
  });
  return { samples, connect: summary('connect'), pageSize: summary('pageSize') };
}

if (isMain(import.meta))
  console.log(JSON.stringify(await benchPage({ samples: Number(process.argv[2] ?? 10) }), null, 1));

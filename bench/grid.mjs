// `<models-grid>` against a plain innerHTML table of the same rows (and a minimal Lit table of
// them, no component and no CSS, the floor for a Lit-rendered table), in the same run: a production
// build of bench/pages served on localhost, driven by Playwright in the system Chromium, variants
// alternating, a fresh page load per sample. For first render, page swap (next page) and sort (Name
// header) it reads main-thread CPU time from CDP (Performance.getMetrics TaskDuration, thread
// time, so other processes on a shared machine barely move it) and the wall time to rows laid out
// and to the next frame; then DOM nodes and the JS heap after a 100-row render (after GC). A second
// page load per sample times the same three operations from the page handed to an already mounted
// grid (its adapter's answer held back, then released) to the rows painted: `handed`.
import { HANDED_PREPARE, isMain, launch, openPage, serve, stats } from './lib.mjs';

const OPERATIONS = ['render', 'swap', 'sort'];
const HANDED = HANDED_PREPARE;
const ALL = [...OPERATIONS, ...Object.keys(HANDED)];

export async function benchGrid({
  samples = 10,
  rowCounts = [25, 100],
  variants = ['plain', 'lit', 'grid'],
} = {}) {
  const server = await serve();
  const browser = await launch();
  const results = {};
  try {
    // Heap of a page with nothing on it, the baseline the heap figures are given against. The
    // driver's calls come first, as on the measured pages: Playwright's first waitForFunction puts
    // its injected script (about 0.6 MB of source, code and objects) on the page's heap, which the
    // figures had counted as the grid's and the plain table's until issue 27's fourth round.
    const blank = [];
    for (let i = 0; i < 3; i++) {
      const tab = await openPage(browser, server.url('blank.html'));
      await tab.page.waitForFunction(() => document.body, null, { timeout: 30_000 });
      await tab.page.evaluate(() => document.body.childElementCount);
      blank.push(await tab.heap());
      await tab.close();
    }
    const blankHeap = stats(blank).median;
    for (const rows of rowCounts) {
      const byVariant = Object.fromEntries(variants.map((v) => [v, []]));
      const order = Object.keys(byVariant);
      // One untimed load of each variant first: the browser's caches warm up alike.
      for (let i = -1; i < samples; i++) {
        // The order rotates, so no variant always follows the same one.
        const turn = (i + order.length) % order.length;
        for (const variant of [...order.slice(turn), ...order.slice(0, turn)]) {
          const tab = await openPage(
            browser,
            server.url(`grid.html?variant=${variant}&rows=${rows}`),
          );
          await tab.page.waitForFunction(() => window.__bench, null, { timeout: 30_000 });
          const heapBefore = await tab.heap();
          const sample = {};
          sample.render = await tab.cpu(() => tab.page.evaluate(() => window.__bench.render()));
          sample.heap = await tab.heap();
          sample.heapRender = sample.heap - heapBefore;
          sample.nodes = await tab.page.evaluate(() => window.__bench.nodes());
          sample.elements = await tab.page.evaluate(() => window.__bench.elements());
          sample.nodeKinds = await tab.page.evaluate(() => window.__bench.nodeKinds());
          const shown = await tab.page.evaluate(() => window.__bench.rows());
          if (shown !== rows) throw new Error(`${variant}: ${shown} rows instead of ${rows}`);
          sample.swap = await tab.cpu(() => tab.page.evaluate(() => window.__bench.swap()));
          sample.sort = await tab.cpu(() => tab.page.evaluate(() => window.__bench.sort()));
          await tab.close();
          // Mounted first, then the page handed: a fresh page load of its own.
          const handed = await openPage(
            browser,
            server.url(`grid.html?variant=${variant}&rows=${rows}`),
          );
          await handed.page.waitForFunction(() => window.__bench, null, { timeout: 30_000 });
          for (const [op, prepare] of Object.entries(HANDED)) {
            await handed.page.evaluate((name) => window.__bench[name](), prepare);
            sample[op] = await handed.cpu(() =>
              handed.page.evaluate((name) => window.__bench[name](), op),
            );
          }
          await handed.close();
          if (i >= 0) byVariant[variant].push(sample);
        }
      }
      results[rows] = Object.fromEntries(
        Object.entries(byVariant).map(([variant, list]) => [
          variant,
          {
            ...Object.fromEntries(
              ALL.map((op) => [
                op,
                {
                  cpu: stats(list.map((s) => s[op].taskMs)),
                  script: stats(list.map((s) => s[op].scriptMs)),
                  layout: stats(list.map((s) => s[op].layoutMs)),
                  wall: stats(list.map((s) => s[op].value.renderMs)),
                  frame: stats(list.map((s) => s[op].value.frameMs)),
                },
              ]),
            ),
            nodes: list[0].nodes,
            elements: list[0].elements,
            nodeKinds: list[0].nodeKinds,
            heap: stats(list.map((s) => s.heap - blankHeap)),
            heapTotal: stats(list.map((s) => s.heap)),
            heapRender: stats(list.map((s) => s.heapRender)),
          },
        ]),
      );
    }
    return { samples, blankHeap, results };
  } finally {
    await browser.close();
    server.close();
  }
}

if (isMain(import.meta)) {
  const samples = Number(process.argv[2] ?? 10);
  const rowCounts = process.argv[3] ? [Number(process.argv[3])] : undefined;
  const { results, blankHeap } = await benchGrid({ samples, rowCounts });
  const f = (x) => x.toFixed(1);
  console.log(`blank page heap ${f(blankHeap / 2 ** 20)} MB`);
  for (const [rows, r] of Object.entries(results)) {
    for (const op of ALL) {
      const p = r.plain[op].cpu,
        l = r.lit[op].cpu,
        g = r.grid[op].cpu;
      console.log(
        `${rows} rows ${op}: plain ${f(p.median)} ms (${f(p.min)}–${f(p.max)}), minimal Lit ${f(l.median)} ms = ${(l.median / p.median).toFixed(2)}×, grid ${f(g.median)} ms (${f(g.min)}–${f(g.max)}) = ${(g.median / p.median).toFixed(2)}×  | wall plain ${f(r.plain[op].wall.median)} grid ${f(r.grid[op].wall.median)}`,
      );
    }
    console.log(
      `${rows} rows nodes plain ${r.plain.nodes} grid ${r.grid.nodes} (${JSON.stringify(r.grid.nodeKinds)}), elements plain ${r.plain.elements} grid ${r.grid.elements}; heap over blank plain ${(r.plain.heap.median / 2 ** 20).toFixed(2)} MB grid ${(r.grid.heap.median / 2 ** 20).toFixed(2)} MB; render's own heap plain ${f(r.plain.heapRender.median / 2 ** 20)} grid ${f(r.grid.heapRender.median / 2 ** 20)} MB`,
    );
  }
}

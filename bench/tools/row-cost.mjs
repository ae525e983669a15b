// What the grid's rows cost to style and lay out, part by part, with the noise of fresh page loads
// taken out: one warm page (the 100-row first page handed, as bench/grid.mjs), CSS rules tried as
// variants, interleaved, timed in the page (`performance.now()` around a forced style and layout).
// `node bench/tools/row-cost.mjs [layout|relayout] [iterations] ['<rule>' ...]`:
// - `layout`: the rows replaced by fresh clones, the first 59 rendered and the rest skipped (what
//   Chromium renders at 1280×900, BENCHMARKS.md note 11), without `content-visibility`'s second
//   pass, so the time is the rows' own style and layout;
// - `relayout`: every row's name and date text changed in place (a next page's writes).
// A variant is the grid's sheets plus the rule given, e.g. `'.c-actions svg{display:none}'`. Paint
// is not in these figures; `styles-cost.mjs` measures whole operations on fresh pages.
import process from 'node:process';
const { launch, openPage, serve, stats } = await import('../lib.mjs');

const [mode = 'layout', iterations = '30', ...rules] = process.argv.slice(2);
if (mode !== 'layout' && mode !== 'relayout') throw new Error(`unknown mode ${mode}`);
/** The rows Chromium renders in the bench's window, rendered directly; the rest skipped. */
const RENDERED =
  'tbody tr[data-id]{content-visibility:visible} tbody tr[data-id]:nth-child(n+60){content-visibility:hidden}';
const variants = ['', ...rules];
const server = await serve();
const browser = await launch();
try {
  const tab = await openPage(browser, server.url('grid.html?variant=grid&rows=100'));
  await tab.page.waitForFunction(() => window.__bench);
  await tab.page.evaluate(() => window.__bench.prepareHanded());
  await tab.page.evaluate(() => window.__bench.handedRender());
  const samples = await tab.page.evaluate(
    async ({ mode, iterations, variants, rendered }) => {
      const root = document.querySelector('models-grid').shadowRoot;
      const own = [...root.adoptedStyleSheets];
      const sheets = variants.map((rule) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(`${mode === 'layout' ? rendered : ''} ${rule}`);
        return sheet;
      });
      const body = root.querySelector('tbody');
      const rows = () => [...body.querySelectorAll('tr[data-id]')];
      const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
      const times = variants.map(() => []);
      for (let i = 0; i < iterations; i++) {
        for (let v = 0; v < variants.length; v++) {
          root.adoptedStyleSheets = [...own, sheets[v]];
          void body.offsetHeight;
          await frame();
          let start;
          if (mode === 'layout') {
            const clones = rows().map((row) => row.cloneNode(true));
            for (const row of rows()) row.remove();
            body.append(...clones);
            start = performance.now();
          } else {
            start = performance.now();
            rows().forEach((row, r) => {
              row.querySelector('.open.name').textContent = `Model ${i}-${v}-${r}`;
              row.querySelector('.c-lastModified').textContent = `Dec ${(i % 28) + 1}, 2026, ${r}`;
            });
          }
          void body.offsetHeight;
          times[v].push(performance.now() - start);
          await frame();
        }
      }
      return times;
    },
    { mode, iterations: Number(iterations), variants, rendered: RENDERED },
  );
  console.log(`rows' style and layout (${mode}), median of ${iterations}, one warm page:\n`);
  variants.forEach((rule, v) => {
    const s = stats(samples[v]);
    console.log(
      `${s.median.toFixed(2).padStart(7)} ms (${s.min.toFixed(1)}–${s.max.toFixed(1)})  ${rule || 'the grid as it is'}`,
    );
  });
} finally {
  await browser.close();
  server.close();
}

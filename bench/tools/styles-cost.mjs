// What the grid's styles cost a page handed to it: main-thread CPU of `handedSwap` (100 rows) with
// every stylesheet of the grid's shadow root, with none, and with each one left out, variants
// alternating, a fresh page load per sample. `node bench/tools/styles-cost.mjs [runs]`.
// Rules can be tried too: `node bench/tools/styles-cost.mjs 6 '.action::before{display:none}'`;
// STYLES_COST_ONLY_RULES=1 measures only all sheets, no sheet and the rules given (a quicker A/B);
// STYLES_COST_OP=render measures the first page handed (`handedRender`) instead of the next one.
import process from 'node:process';
const { launch, openPage, serve, stats } = await import('../lib.mjs');

const [runs = '6', ...extraRules] = process.argv.slice(2);
const firstPage = process.env.STYLES_COST_OP === 'render';
const server = await serve();
const browser = await launch();
/** A variant changes the grid's adopted sheets before the page is handed. */
const variants = { 'all sheets': { keep: () => true }, 'no sheet': { keep: () => false } };
const names = [];
const result = new Map();
try {
  for (let run = 0; run < Number(runs); run++) {
    const tab0 = await openPage(browser, server.url('grid.html?variant=grid&rows=100'));
    await tab0.page.waitForFunction(() => window.__bench);
    if (!names.length) {
      await tab0.page.evaluate(() => window.__bench.prepareHanded());
      names.push(
        ...(await tab0.page.evaluate(() =>
          document
            .querySelector('models-grid')
            .shadowRoot.adoptedStyleSheets.map((s) => s.cssRules[0]?.cssText.slice(0, 40) ?? ''),
        )),
      );
      if (!process.env.STYLES_COST_ONLY_RULES)
        names.forEach((name, i) => (variants[`without ${i}: ${name}`] = { keep: (j) => j !== i }));
      for (const rule of extraRules) variants[`plus ${rule}`] = { keep: () => true, add: rule };
    }
    await tab0.close();
    for (const [name, variant] of Object.entries(variants)) {
      const tab = await openPage(browser, server.url('grid.html?variant=grid&rows=100'));
      await tab.page.waitForFunction(() => window.__bench);
      await tab.page.evaluate(() => window.__bench.prepareHanded());
      const count = names.length;
      const keep = Array.from({ length: count }, (_, i) => variant.keep(i));
      await tab.page.evaluate(
        ({ keep, add }) => {
          const root = document.querySelector('models-grid').shadowRoot;
          const sheets = root.adoptedStyleSheets.filter((_, i) => keep[i]);
          if (add) {
            const sheet = new CSSStyleSheet();
            sheet.replaceSync(add);
            sheets.push(sheet);
          }
          root.adoptedStyleSheets = sheets;
        },
        { keep, add: variant.add },
      );
      const sample = firstPage
        ? await tab.cpu(() => tab.page.evaluate(() => window.__bench.handedRender()))
        : await (async () => {
            await tab.page.evaluate(() => window.__bench.handedRender());
            await tab.page.evaluate(() => window.__bench.prepareHandedSwap());
            return tab.cpu(() => tab.page.evaluate(() => window.__bench.handedSwap()));
          })();
      result.set(name, [...(result.get(name) ?? []), sample.taskMs]);
      await tab.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(
  `grid handed → painted, ${firstPage ? 'first' : 'next'} page, 100 rows: CPU median of ${runs} runs\n`,
);
for (const [name, samples] of result)
  console.log(`${stats(samples).median.toFixed(1).padStart(7)} ms  ${name}`);

// Chrome trace of one benchmark operation, main-thread time summed by trace event (self time):
// what share goes to script, microtasks (Lit updates), HTML parsing, style, layout, paint.
// `node bench/tools/trace.mjs [grid|plain] [render|swap|sort|handedRender|handedSwap|handedSort]
// [rows] [runs]`; a handed* operation is prepared (grid mounted, its page held back) untraced.
import process from 'node:process';
const { launch, openPage, serve, stepsBefore } = await import('../lib.mjs');

const [variant = 'grid', op = 'render', rows = '100', runs = '5'] = process.argv.slice(2);
const server = await serve();
const browser = await launch();
const self = new Map();
let total = 0;
try {
  for (let run = 0; run < Number(runs); run++) {
    const tab = await openPage(browser, server.url(`grid.html?variant=${variant}&rows=${rows}`));
    await tab.page.waitForFunction(() => window.__bench);
    for (const step of stepsBefore(op))
      await tab.page.evaluate((name) => window.__bench[name](), step);
    await browser.startTracing(tab.page, {
      categories: [
        'devtools.timeline',
        'v8.execute',
        'blink',
        'disabled-by-default-devtools.timeline',
      ],
    });
    await tab.page.evaluate((name) => window.__bench[name](), op);
    const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    const list = events
      .filter(
        (e) => e.ph === 'X' && e.pid === main.pid && e.tid === main.tid && e.tdur !== undefined,
      )
      .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    // Self thread time: an event's tdur minus its direct children's.
    const stack = [];
    const selfOf = new Map();
    for (const e of list) {
      while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
      const parent = stack.at(-1);
      if (parent) selfOf.set(parent, (selfOf.get(parent) ?? parent.tdur) - e.tdur);
      if (!parent) total += e.tdur / 1000;
      selfOf.set(e, selfOf.get(e) ?? e.tdur);
      stack.push(e);
    }
    for (const [e, us] of selfOf) self.set(e.name, (self.get(e.name) ?? 0) + us / 1000);
    await tab.close();
  }
} finally {
  await browser.close();
  server.close();
}
const n = Number(runs);
console.log(
  `${variant} ${op}, ${rows} rows: ${(total / n).toFixed(1)} ms main-thread CPU per run\n`,
);
for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
  console.log(`${(ms / n).toFixed(2).padStart(8)} ms  ${name}`);

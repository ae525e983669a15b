// CPU profile of one benchmark operation, summed by function and by package: what the time of a
// grid render goes to. `node bench/tools/profile.mjs [render|swap|sort|handedRender|handedSwap|
// handedSort] [rows] [runs]`; a handed* operation is prepared (unprofiled) as trace.mjs does.
// Uses an unminified build of bench/pages so function names are readable.
import process from 'node:process';
process.env.BENCH_NO_MINIFY = '1';
const { launch, openPage, serve, stepsBefore } = await import('../lib.mjs');

const [op = 'render', rows = '100', runs = '5'] = process.argv.slice(2);
const server = await serve();
const browser = await launch();
const byFunction = new Map();
const byArea = new Map();
const inclusive = new Map();
let total = 0;
try {
  for (let run = 0; run < Number(runs); run++) {
    const tab = await openPage(browser, server.url(`grid.html?variant=grid&rows=${rows}`));
    await tab.page.waitForFunction(() => window.__bench);
    for (const step of stepsBefore(op))
      await tab.page.evaluate((name) => window.__bench[name](), step);
    await tab.cdp.send('Profiler.enable');
    await tab.cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await tab.cdp.send('Profiler.start');
    await tab.page.evaluate((name) => window.__bench[name](), op);
    const { profile } = await tab.cdp.send('Profiler.stop');
    // Inclusive time: a node's own samples plus its descendants' (counted once per function on a path).
    const nodesById = new Map(profile.nodes.map((node) => [node.id, node]));
    const parentOf = new Map();
    for (const node of profile.nodes)
      for (const child of node.children ?? []) parentOf.set(child, node.id);
    profile.samples.forEach((id, i) => {
      const seen = new Set();
      for (let at = id; at !== undefined; at = parentOf.get(at)) {
        const { functionName, url, lineNumber } = nodesById.get(at).callFrame;
        const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
        if (seen.has(key)) continue;
        seen.add(key);
        inclusive.set(key, (inclusive.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
      }
    });
    const deltas = new Map();
    profile.samples.forEach((id, i) =>
      deltas.set(id, (deltas.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
    );
    for (const node of profile.nodes) {
      const ms = (deltas.get(node.id) ?? 0) / 1000;
      if (!ms) continue;
      const { functionName, url, lineNumber } = node.callFrame;
      if (functionName === '(idle)' || (functionName === '(program)' && !url)) {
        if (functionName === '(idle)') continue;
      }
      const file = url.split('/').pop() || '';
      const key = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
      byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
      const area = functionName.startsWith('(') ? functionName : file || '(native)';
      byArea.set(area, (byArea.get(area) ?? 0) + ms);
      total += ms;
    }
    await tab.close();
  }
} finally {
  await browser.close();
  server.close();
}
const n = Number(runs);
const top = (map, count) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([k, v]) => `${(v / n).toFixed(2).padStart(7)} ms  ${k}`)
    .join('\n');
console.log(`${op}, ${rows} rows: ${(total / n).toFixed(1)} ms of samples per run (self time)\n`);
console.log(top(byFunction, 30));
console.log('\ninclusive:');
console.log(top(inclusive, Number(process.env.TOP ?? 60)));

// What the grid keeps on the JS heap beyond the plain table: a heap snapshot after a 100-row render
// of each variant (bench/pages/grid.html), grouped by constructor (self size, count), the grid's
// minus the plain table's, largest first, V8's objects only (what JSHeapUsedSize counts). With
// BENCH_NO_MINIFY=1 the names are the source's. `node bench/tools/heap.mjs [rows] [top]`.
import process from 'node:process';
const { launch, openPage, serve } = await import('../lib.mjs');

const [rows = '100', top = '30'] = process.argv.slice(2);

/** Self size and count per `type:name` of a snapshot taken through CDP. */
async function snapshot(tab) {
  await tab.heap(); // two forced GCs first
  const chunks = [];
  const onChunk = ({ chunk }) => chunks.push(chunk);
  tab.cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await tab.cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  tab.cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const {
    snapshot: { meta },
    nodes,
    strings,
  } = JSON.parse(chunks.join(''));
  const fields = meta.node_fields;
  const types = meta.node_types[0];
  const [TYPE, NAME, SIZE] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const groups = new Map();
  let total = 0;
  for (let i = 0; i < nodes.length; i += fields.length) {
    const type = types[nodes[i + TYPE]];
    // JSHeapUsedSize is V8's heap: Blink's own objects (native) are not in it.
    if (type === 'native' || type === 'synthetic') continue;
    let name = strings[nodes[i + NAME]];
    // Strings and code by kind, not by their text.
    if (
      ['string', 'concatenated string', 'sliced string', 'number'].includes(type) ||
      (type === 'code' && !process.env.HEAP_CODE_NAMES)
    )
      name = '';
    if (type === 'closure') name = `closure ${name}`;
    if (name.length > 60) name = `${name.slice(0, 60)}…`;
    const key = `${type}:${name}`;
    const group = groups.get(key) ?? { size: 0, count: 0 };
    group.size += nodes[i + SIZE];
    group.count++;
    total += nodes[i + SIZE];
    groups.set(key, group);
  }
  return { groups, total };
}

const server = await serve();
const browser = await launch();
const result = {};
try {
  for (const variant of ['plain', 'grid']) {
    const tab = await openPage(browser, server.url(`grid.html?variant=${variant}&rows=${rows}`));
    await tab.page.waitForFunction(() => window.__bench);
    await tab.page.evaluate(() => window.__bench.render());
    result[variant] = await snapshot(tab);
    await tab.close();
  }
} finally {
  await browser.close();
  server.close();
}
// HEAP_JSON=file: also writes the grid's groups, to compare two runs (e.g. 1 row against 100).
if (process.env.HEAP_JSON)
  (await import('node:fs')).writeFileSync(
    process.env.HEAP_JSON,
    JSON.stringify(Object.fromEntries(result.grid.groups)),
  );
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const { plain, grid } = result;
console.log(
  `heap snapshot, ${rows} rows: plain ${kb(plain.total)}, grid ${kb(grid.total)} (+${kb(grid.total - plain.total)})\n`,
);
const keys = new Set([...plain.groups.keys(), ...grid.groups.keys()]);
const diff = [...keys]
  .map((key) => {
    const p = plain.groups.get(key) ?? { size: 0, count: 0 };
    const g = grid.groups.get(key) ?? { size: 0, count: 0 };
    return { key, size: g.size - p.size, count: g.count - p.count };
  })
  .sort((a, b) => b.size - a.size)
  .slice(0, Number(top));
for (const { key, size, count } of diff)
  console.log(`${kb(size).padStart(10)} ${String(count).padStart(7)}  ${key}`);

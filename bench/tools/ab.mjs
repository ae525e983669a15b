// Before and after in one run: the grid's handed → painted operations (100 rows, main-thread CPU)
// built from another worktree (A, e.g. main) and from this one (B), with the plain table, the three
// alternating in one browser, a fresh page load each, after one untimed load of each. Prints the
// medians and each grid's ratio to the plain table: a change's effect without two runs' drift.
// `node bench/tools/ab.mjs <other worktree> [loads]` (the other worktree needs its node_modules).
import process from 'node:process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [other, loads = '9'] = process.argv.slice(2);
if (!other) throw new Error('usage: node bench/tools/ab.mjs <other worktree> [loads]');
const A = await import(pathToFileURL(resolve(other, 'bench/lib.mjs')).href);
const B = await import('../lib.mjs');

const OPERATIONS = B.HANDED_PREPARE;
const serverA = await A.serve();
const serverB = await B.serve();
const browser = await B.launch();
const variants = { plain: [serverB, 'plain'], A: [serverA, 'grid'], B: [serverB, 'grid'] };
const names = Object.keys(variants);
const samples = {};
try {
  for (let i = -1; i < Number(loads); i++) {
    // The order rotates, so no variant always follows the same one.
    const turn = (i + names.length) % names.length;
    for (const name of [...names.slice(turn), ...names.slice(0, turn)]) {
      const [server, variant] = variants[name];
      const tab = await B.openPage(browser, server.url(`grid.html?variant=${variant}&rows=100`));
      await tab.page.waitForFunction(() => window.__bench);
      for (const [op, prepare] of Object.entries(OPERATIONS)) {
        await tab.page.evaluate((step) => window.__bench[step](), prepare);
        const sample = await tab.cpu(() => tab.page.evaluate((step) => window.__bench[step](), op));
        if (i >= 0) ((samples[name] ??= {})[op] ??= []).push(sample.taskMs);
      }
      await tab.close();
    }
  }
} finally {
  await browser.close();
  serverA.close();
  serverB.close();
}
console.log(`A: ${resolve(other)}, B: this worktree; CPU medians of ${loads} loads\n`);
for (const op of Object.keys(OPERATIONS)) {
  const median = (name) => B.stats(samples[name][op]).median;
  const plain = median('plain');
  const grid = (name) => `${median(name).toFixed(1)} ms (${(median(name) / plain).toFixed(2)}×)`;
  console.log(`${op.padEnd(13)} plain ${plain.toFixed(1)} ms  A ${grid('A')}  B ${grid('B')}`);
}

// The regression guard: `npm run bench -- --check` fails when the grid's first page, next page or
// sorted page (100 rows, data handed → painted, main-thread CPU) got more than 20 % slower than
// bench/baseline.json says, as a ratio to the plain table measured in the same run, so a slower or
// busier machine moves both sides alike. Made for a noisy machine: the median of several fresh
// loads per variant, and an operation over the limit is measured again (more loads) before the
// run fails; it fails only when both measurements are over. `npm run bench -- --update-baseline`
// measures and writes the baseline (commit it with the change that moved it).
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { benchGrid } from './grid.mjs';
import { root } from './lib.mjs';

const BASELINE = join(root, 'bench/baseline.json');
/** What the guard watches: the targets of BENCHMARKS.md (handed → painted, 100 rows). */
export const GUARDED = {
  handedRender: 'first page (render)',
  handedSwap: 'next page (swap)',
  handedSort: 'sorted page (sort)',
};
/** Slower than the baseline by more than this fails. */
export const MARGIN = 1.2;
const ROWS = 100;

async function ratios(samples) {
  const { results } = await benchGrid({ samples, rowCounts: [ROWS], variants: ['plain', 'grid'] });
  const r = results[ROWS];
  return Object.fromEntries(
    Object.keys(GUARDED).map((op) => [op, r.grid[op].cpu.median / r.plain[op].cpu.median]),
  );
}

const x = (ratio) => `${ratio.toFixed(2)}×`;

export async function updateBaseline({ samples = 9 } = {}) {
  const measured = await ratios(samples);
  const baseline = {
    note: 'grid CPU / plain-table CPU, 100 rows, data handed → painted: written by `npm run bench -- --update-baseline`, read by `npm run bench -- --check`',
    measured: new Date().toISOString().slice(0, 10),
    machine: `${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}`,
    samples,
    ratios: Object.fromEntries(Object.entries(measured).map(([op, v]) => [op, +v.toFixed(3)])),
  };
  writeFileSync(BASELINE, `${JSON.stringify(baseline, null, 2)}\n`);
  for (const [op, label] of Object.entries(GUARDED)) console.log(`${label}: ${x(measured[op])}`);
  console.log(`Wrote ${BASELINE}`);
}

/** Resolves to true when every guarded ratio is within the margin of the baseline. */
export async function check({ samples = 5, confirmSamples = 7 } = {}) {
  const baseline = JSON.parse(readFileSync(BASELINE, 'utf8')).ratios;
  const limit = (op) => baseline[op] * MARGIN;
  const first = await ratios(samples);
  const over = Object.keys(GUARDED).filter((op) => first[op] > limit(op));
  let second = {};
  if (over.length) {
    console.log(`Over the limit once (${over.join(', ')}): measuring again…`);
    second = await ratios(confirmSamples);
  }
  let ok = true;
  for (const [op, label] of Object.entries(GUARDED)) {
    const failed = over.includes(op) && second[op] > limit(op);
    if (failed) ok = false;
    const again = op in second ? `, again ${x(second[op])}` : '';
    console.log(
      `${failed ? 'FAIL' : 'ok  '} ${label}: ${x(first[op])}${again} (baseline ${x(baseline[op])}, limit ${x(limit(op))})`,
    );
  }
  if (!ok)
    console.error(
      `The grid got more than ${Math.round((MARGIN - 1) * 100)} % slower than bench/baseline.json. If that is the price of a change you mean, run \`npm run bench -- --update-baseline\` and commit it with the change.`,
    );
  return ok;
}

// `npm run size`: size-limit's budgets (.size-limit.mjs: esbuild, minified, gzip, Lit and Shoelace
// included), run once, and the README's per-entry size table (between the <!-- entry-sizes -->
// markers) checked against the same figures, so the README can never state an older figure than
// CI measures: off by more than 0.2 kB fails, as does a check over its budget.
// `npm run size -- --write-readme` rewrites the table.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readmeBlock } from './readme-block.mjs';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const sizeLimit = spawnSync(
  process.execPath,
  [join(packageRoot, 'node_modules/size-limit/bin.js'), '--json'],
  { cwd: packageRoot, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
);
let results;
try {
  results = JSON.parse(sizeLimit.stdout);
} catch {
  console.error(sizeLimit.stdout, sizeLimit.stderr);
  console.error('size-limit --json printed no results.');
  process.exit(1);
}
for (const r of results) {
  const figures = `${(r.size / 1000).toFixed(2)} kB of ${(r.sizeLimit / 1000).toFixed(1)} kB`;
  console.log(`${r.passed ? 'ok  ' : 'OVER'} ${figures.padEnd(22)} ${r.name}`);
}
const over = results.filter((r) => !r.passed);

/** size-limit's figure for the check whose name starts with `name`, in kB as size-limit prints. */
const measured = (name) => {
  const result = results.find((r) => r.name.startsWith(name));
  if (!result) throw new Error(`.size-limit.mjs has no check named "${name}…"`);
  return result.size / 1000;
};

/** The rows: what a host imports, and which size-limit checks measure it at start and in all. */
const ROWS = [
  {
    import: '`@scriptix/custom-models-elements` (the root, as above)',
    start: 'the root import (README), no name used',
    all: 'whole package (index.js), with its on-demand parts',
    allNote: ' (every export)',
  },
  {
    import: '`@scriptix/custom-models-elements/custom-models-page.js` (English only)',
    start: 'custom-models-page (with Lit and Shoelace), loads with the entry',
    all: 'custom-models-page, with its on-demand parts',
  },
  {
    import: '`@scriptix/custom-models-elements/models-grid.js`',
    start: 'models-grid (with Lit and Shoelace), loads with the entry',
    all: 'models-grid, with its on-demand parts',
  },
  {
    import: '`@scriptix/custom-models-elements/scoped.js` (translations not included)',
    start: "scoped.js (every element in a host's registry), loads with the entry",
    all: "scoped.js (every element in a host's registry), with its on-demand parts",
  },
  {
    import: '`@scriptix/custom-models-elements/model-status-badge.js`',
    start: 'model-status-badge (with Lit and localize), loads with the entry',
    // The badge loads nothing on demand.
    all: 'model-status-badge (with Lit and localize), loads with the entry',
  },
];
const figures = ROWS.map((row) => ({ ...row, at: measured(row.start), every: measured(row.all) }));
const tableText = [
  '| import | at start | with every on-demand part |',
  '| ------ | -------- | ------------------------- |',
  ...figures.map(
    (row) =>
      `| ${row.import} | ${row.at.toFixed(1)} kB | ${row.every.toFixed(1)} kB${row.allNote ?? ''} |`,
  ),
  '',
].join('\n');

const table = readmeBlock(packageRoot, 'entry-sizes');
if (!table) {
  console.error('README.md has no <!-- entry-sizes --> table.');
  process.exit(1);
}
if (process.argv.includes('--write-readme')) {
  table.write(tableText);
  console.log("Wrote size-limit's figures into README.md's entry table.");
} else {
  const stated = table.stated;
  const wrong = figures.filter((row) => {
    const line = stated.split('\n').find((l) => l.includes(row.import));
    const numbers = [...(line ?? '').matchAll(/([\d.]+) kB/g)].map((m) => Number(m[1]));
    return (
      numbers.length !== 2 ||
      Math.abs(numbers[0] - row.at) > 0.2 ||
      Math.abs(numbers[1] - row.every) > 0.2
    );
  });
  if (wrong.length) {
    console.error(
      `README.md's entry sizes are not what size-limit measures (${wrong.map((r) => r.import).join(', ')}): run \`npm run size -- --write-readme\`.`,
    );
    process.exit(1);
  }
  console.log("README.md's entry sizes agree with size-limit.");
}
if (over.length) {
  console.error(
    `Over budget in .size-limit.mjs: ${over.map((r) => r.name).join('; ')}. Measure, then raise a limit with its reason, or make it smaller.`,
  );
  process.exit(1);
}

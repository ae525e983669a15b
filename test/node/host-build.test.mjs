// A host's production build of the README's snippet (`import '@scriptix/custom-models-elements'`),
// made with Vite against the built package as an installed copy resolves it (package.json
// `exports` and `sideEffects`): what loads at start stays within its budget, and the parts the
// page shows on demand are lazy chunks of the host's build, as they are with the page's own entry.
// Needs `npm run build` first (CI builds before the tests).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { buildHost } from './host-build.mjs';

const root = resolve(import.meta.dirname, '../..');

/**
 * The root import's JavaScript at start, gzip (Lit, Shoelace's parts, every element the list
 * needs, the provider, the picker and the three shipped languages): 103.3 kB measured, 106.6 kB
 * after issue 24's hand-offs (the new row's mark and reveal) and issue 25's upload findings in
 * three languages. Before the on-demand parts stayed on demand it was 127.6 kB.
 */
const ROOT_START_BUDGET = 107_500;

/** Modules of the parts the page shows on demand (paths below dist/). */
const ON_DEMAND = [
  'custom-model-details.js',
  'custom-model-details/custom-model-details.component.js',
  'custom-model-details/accuracy-section.js',
  'dataset-upload.js',
  'dataset-upload/dataset-upload.component.js',
  'create-model-dialog.js',
  'create-model-dialog/create-model-dialog.component.js',
  'delete-model-dialog.js',
  'delete-model-dialog/delete-model-dialog.component.js',
  'confirm-dialog/confirm-dialog.component.js',
  'custom-models-guide.js',
  'custom-models-guide/custom-models-guide.component.js',
  'models-grid/popover-parts.js',
  'internal/light-theme-tokens.js',
];

test("the root import keeps the page's on-demand parts out of a host's entry", async () => {
  assert.ok(existsSync(join(root, 'dist/index.js')), 'No build in dist/: run `npm run build`.');
  const host = await buildHost("import '@scriptix/custom-models-elements';\n");
  for (const module of ['index.js', 'custom-models-page.js', 'models-grid.js'])
    assert.ok(host.startModules.includes(module), `${module} loads at start`);
  assert.deepEqual(
    ON_DEMAND.filter((module) => host.startModules.includes(module)),
    [],
    'on-demand modules in the entry',
  );
  assert.deepEqual(
    ON_DEMAND.filter((module) => !host.lazyModules.includes(module)),
    [],
    'on-demand modules missing from the lazy chunks',
  );
  assert.ok(
    host.start <= ROOT_START_BUDGET,
    `the root import loads ${(host.start / 1000).toFixed(1)} kB gzip at start, over its ${ROOT_START_BUDGET / 1000} kB budget`,
  );
});

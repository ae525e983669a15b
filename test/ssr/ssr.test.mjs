// Server-side rendering safety, in Node (no DOM): every public module imports without throwing,
// and @lit-labs/ssr renders <model-status-badge> and the <custom-models-page> shell. The HTML is
// written to test/ssr/.generated/ for the hydration test that runs in Chromium.
import { build } from 'esbuild';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '../..');
const out = join(root, 'node_modules/.cache/ssr-test');
const generated = join(root, 'test/ssr/.generated');

// Public modules: the root, the adapters and every define module (src/<tag>.ts with a folder).
const src = join(root, 'src');
const names = readdirSync(src);
const entries = [
  'index',
  'adapters',
  ...names
    .filter((n) => n.endsWith('.ts') && names.includes(n.slice(0, -3)))
    .map((n) => n.slice(0, -3)),
];

await build({
  entryPoints: [
    ...entries.map((name) => ({ in: join(src, `${name}.ts`), out: `modules/${name}` })),
    { in: join(root, 'test/ssr/ssr-shells.ts'), out: 'ssr-shells' },
  ],
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  packages: 'external', // Lit and Shoelace load their Node builds, as in a host's server
  outdir: out,
  outExtension: { '.js': '.mjs' },
  tsconfig: join(root, 'tsconfig.json'),
  logLevel: 'error',
});

test('every public module imports in Node without a DOM', async () => {
  assert.equal(typeof globalThis.document, 'undefined');
  for (const name of entries) {
    await assert.doesNotReject(
      import(pathToFileURL(join(out, 'modules', `${name}.mjs`)).href),
      name,
    );
  }
});

test('@lit-labs/ssr renders the badge and the page shell', async () => {
  const { renderBadge, renderPageShell } = await import(
    pathToFileURL(join(out, 'ssr-shells.mjs')).href
  );
  const badge = await renderBadge(3);
  assert.match(badge, /<model-status-badge[^>]*status="3"/);
  assert.match(badge, /<template shadowroot(mode)?="open"/);
  assert.match(badge, /Running/);
  const page = await renderPageShell();
  assert.match(page, /<custom-models-page/);
  assert.match(page, /Custom models/);
  assert.match(page, /Create custom models/);
  mkdirSync(generated, { recursive: true });
  writeFileSync(join(generated, 'badge.html'), badge);
  writeFileSync(join(generated, 'page.html'), page);
});

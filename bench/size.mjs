// Sizes of the entry points as a host's bundler would ship them: the library is built as published
// (vite, into bench/results/dist), then each entry is bundled with its dependencies (Lit, Shoelace
// components, …) by esbuild, minified and gzipped: what size-limit's preset-small-lib measures
// (.size-limit.json, `npm run size`, enforced in CI).
//
// `node bench/size.mjs --check` (`npm run size`) applies the budgets of .size-limit.json to dist/
// (after `npm run build`) the same way: size-limit 14 itself needs Node 22 (fs.promises.glob) and
// the project supports Node 20, so this is the check CI runs; on Node 22 `npx size-limit` agrees.
import { build as viteBuild } from 'vite';
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMain, root } from './lib.mjs';

export const ENTRIES = [
  'model-status-badge',
  'models-grid',
  'custom-models-page',
  'index',
  'adapters',
];

async function bundleSize(file) {
  const result = await build({
    entryPoints: [file],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  return result;
}

/** `npm run size`: every entry of .size-limit.json within its gzip budget, or exit code 1. */
export async function checkBudgets() {
  const config = JSON.parse(readFileSync(join(root, '.size-limit.json'), 'utf8'));
  let failed = false;
  for (const entry of config) {
    const result = await bundleSize(join(root, entry.path));
    const gzip = gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
    const [, number, unit] = /^([\d.]+)\s*(B|KB|kB|MB)?$/.exec(entry.limit) ?? [];
    const limit = Number(number) * ({ KB: 1024, kB: 1024, MB: 1024 ** 2 }[unit] ?? 1);
    const ok = gzip <= limit;
    failed ||= !ok;
    console.log(
      `${ok ? 'ok  ' : 'OVER'} ${entry.name}: ${(gzip / 1024).toFixed(1)} KB gzip (budget ${entry.limit})`,
    );
  }
  if (failed) {
    console.error(
      'Size budget exceeded: see BENCHMARKS.md and `node bench/size.mjs` for what is big.',
    );
    process.exitCode = 1;
  }
}

export async function benchSize() {
  const outDir = join(root, 'bench/results/dist');
  await viteBuild({
    root,
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, sourcemap: false },
  });
  // The package's own `sideEffects` beside the copy, so tree-shaking keeps what a host's keeps.
  const { sideEffects } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  writeFileSync(
    join(root, 'bench/results/package.json'),
    JSON.stringify({ name: 'published-copy', type: 'module', sideEffects }),
  );
  const sizes = {};
  for (const name of ENTRIES) {
    const result = await bundleSize(join(outDir, `${name}.js`));
    const code = result.outputFiles[0].contents;
    const inputs = Object.values(result.metafile.outputs)[0].inputs;
    const share = (test) =>
      Object.entries(inputs).reduce(
        (sum, [path, { bytesInOutput }]) => sum + (test(path) ? bytesInOutput : 0),
        0,
      );
    sizes[name] = {
      minified: code.length,
      gzip: gzipSync(code, { level: 9 }).length,
      // Minified bytes by origin, to see what is big.
      shoelace: share((p) => p.includes('@shoelace-style/shoelace') || p.includes('@floating-ui')),
      lit: share((p) => /node_modules\/(lit|lit-html|lit-element|@lit)\//.test(p)),
      own: share((p) => !p.includes('node_modules')),
    };
  }
  return sizes;
}

if (isMain(import.meta) && process.argv.includes('--check')) {
  await checkBudgets();
} else if (isMain(import.meta)) {
  for (const [name, s] of Object.entries(await benchSize()))
    console.log(
      `${name}: ${(s.gzip / 1024).toFixed(1)} KB gzip, ${(s.minified / 1024).toFixed(1)} KB min (own ${(s.own / 1024).toFixed(1)}, shoelace ${(s.shoelace / 1024).toFixed(1)}, lit ${(s.lit / 1024).toFixed(1)})`,
    );
}

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
  'conformance',
];

/**
 * One entry bundled as a host's bundler would, with code splitting: what loads with the entry
 * (`initial`: the entry's file and the chunks it imports statically) and what only a dynamic
 * `import()` loads later (`lazy`, e.g. the page's details view). Each as one concatenated,
 * minified, gzipped (level 9) figure, with its minified bytes by origin.
 */
async function bundleSize(file) {
  const result = await build({
    entryPoints: [file],
    bundle: true,
    splitting: true,
    outdir: join(root, 'bench/results/size-out'),
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  const outputs = result.metafile.outputs;
  const contents = new Map(result.outputFiles.map((f) => [f.path, f.contents]));
  const fileOf = (path) => contents.get(join(root, path)) ?? contents.get(path);
  const entry = Object.keys(outputs).find((path) => outputs[path].entryPoint);
  // A file and the chunks it imports statically, transitively.
  const closure = (start) => {
    const seen = new Set();
    const walk = (path) => {
      if (seen.has(path)) return;
      seen.add(path);
      for (const i of outputs[path].imports)
        if (i.kind === 'import-statement' && outputs[i.path]) walk(i.path);
    };
    walk(start);
    return seen;
  };
  const initial = closure(entry);
  const lazy = Object.keys(outputs).filter((path) => !initial.has(path) && !path.endsWith('.map'));
  // Each dynamic import on its own: its file and the chunks it adds to what is loaded already.
  const parts = {};
  for (const path of lazy) {
    const source = outputs[path].entryPoint;
    if (!source) continue;
    const name = source.replace(/^.*\//, '').replace(/(-[\w-]{8})?\.js$/, '');
    parts[name] = [...closure(path)].filter((p) => !initial.has(p));
  }
  const measure = (paths) => {
    const code = Buffer.concat(paths.map((path) => Buffer.from(fileOf(path))));
    const inputs = paths.flatMap((path) => Object.entries(outputs[path].inputs));
    const share = (test) =>
      inputs.reduce(
        (sum, [input, { bytesInOutput }]) => sum + (test(input) ? bytesInOutput : 0),
        0,
      );
    return {
      minified: code.length,
      gzip: paths.length ? gzipSync(code, { level: 9 }).length : 0,
      // Minified bytes by origin, to see what is big.
      shoelace: share((p) => p.includes('@shoelace-style/shoelace') || p.includes('@floating-ui')),
      lit: share((p) => /node_modules\/(lit|lit-html|lit-element|@lit)\//.test(p)),
      own: share((p) => !p.includes('node_modules')),
    };
  };
  return {
    ...measure([...initial]),
    lazy: lazy.length ? measure(lazy) : undefined,
    lazyParts: Object.fromEntries(
      Object.entries(parts).map(([name, paths]) => [name, measure(paths).gzip]),
    ),
  };
}

/** `npm run size`: every entry of .size-limit.json within its gzip budget, or exit code 1. */
export async function checkBudgets() {
  const config = JSON.parse(readFileSync(join(root, '.size-limit.json'), 'utf8'));
  let failed = false;
  for (const entry of config) {
    const result = await bundleSize(join(root, entry.path));
    // The budget is for what loads with the entry; a lazily imported part is reported beside it.
    const gzip = result.gzip;
    const [, number, unit] = /^([\d.]+)\s*(B|KB|kB|MB)?$/.exec(entry.limit) ?? [];
    const limit = Number(number) * ({ KB: 1024, kB: 1024, MB: 1024 ** 2 }[unit] ?? 1);
    const ok = gzip <= limit;
    failed ||= !ok;
    console.log(
      `${ok ? 'ok  ' : 'OVER'} ${entry.name}: ${(gzip / 1024).toFixed(1)} KB gzip (budget ${entry.limit})${result.lazy ? `; loaded later on demand: ${(result.lazy.gzip / 1024).toFixed(1)} KB gzip` : ''}`,
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
  for (const name of ENTRIES) sizes[name] = await bundleSize(join(outDir, `${name}.js`));
  return sizes;
}

if (isMain(import.meta) && process.argv.includes('--check')) {
  await checkBudgets();
} else if (isMain(import.meta)) {
  for (const [name, s] of Object.entries(await benchSize()))
    console.log(
      `${name}: ${(s.gzip / 1024).toFixed(1)} KB gzip, ${(s.minified / 1024).toFixed(1)} KB min (own ${(s.own / 1024).toFixed(1)}, shoelace ${(s.shoelace / 1024).toFixed(1)}, lit ${(s.lit / 1024).toFixed(1)})${
        s.lazy
          ? `; lazy ${(s.lazy.gzip / 1024).toFixed(1)} KB gzip, ${(s.lazy.minified / 1024).toFixed(1)} KB min (${Object.entries(
              s.lazyParts,
            )
              .map(([part, gzip]) => `${part} ${(gzip / 1024).toFixed(1)} KB`)
              .join(', ')})`
          : ''
      }`,
    );
}

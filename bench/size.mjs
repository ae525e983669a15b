// Sizes of the entry points for BENCHMARKS.md, as a host's bundler would ship them: the library is
// built as published (vite, into bench/results/dist), then each entry is bundled with its
// dependencies (Lit, Shoelace components, …) by esbuild with code splitting, minified and gzipped,
// and broken down by origin (our code, Shoelace, Lit) and into what loads with the entry and what
// each dynamic import() adds later. size-limit reports totals only, so this breakdown stays here;
// the budgets are size-limit's (.size-limit.mjs, `npm run size`, in CI). size-limit bundles each
// entry as one file (dynamic imports inlined, or left out for "loads with the entry"), so its
// figures are within about 2 kB of these.
import { build as viteBuild } from 'vite';
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
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
  // The entry's own output: dynamic import()s are entry points of their own in esbuild's metafile.
  const entry = Object.keys(outputs).find(
    (path) => outputs[path].entryPoint && resolve(outputs[path].entryPoint) === resolve(file),
  );
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

if (isMain(import.meta)) {
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

// Builds a host app the way the README's snippet is used (a production Vite build of one module
// that imports the package by name) and reports what it ships: the JavaScript that loads at start
// (the entry chunk and its static imports) and the package modules in it, and the lazy chunks.
// Used by test/node/host-build.test.mjs; `node test/node/host-build.mjs '<import lines>'` prints it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { builtPackage, packageRoot } from '../../examples/built-package.js';

/**
 * @param {string} source the host's main module
 * @returns {Promise<{ start: number, startModules: string[], lazyModules: string[], chunks: number }>}
 *   gzip bytes at start; the package's modules (paths below dist/) at start and in lazy chunks only
 */
export async function buildHost(source) {
  const root = mkdtempSync(join(tmpdir(), 'cm-host-'));
  try {
    writeFileSync(join(root, 'main.js'), source);
    const result = await build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [builtPackage()],
      build: { write: false, rollupOptions: { input: join(root, 'main.js') } },
    });
    const output = (Array.isArray(result) ? result[0] : result).output.filter(
      (item) => item.type === 'chunk',
    );
    const byName = new Map(output.map((chunk) => [chunk.fileName, chunk]));
    const start = new Set();
    const visit = (chunk) => {
      if (start.has(chunk)) return;
      start.add(chunk);
      for (const file of chunk.imports) visit(byName.get(file));
    };
    output.filter((chunk) => chunk.isEntry).forEach(visit);
    const dist = join(packageRoot, 'dist');
    const ours = (chunks) =>
      [...chunks]
        .flatMap((chunk) => chunk.moduleIds)
        .filter((id) => id.startsWith(dist))
        .map((id) => relative(dist, id).replaceAll('\\', '/'))
        .sort();
    const startModules = ours(start);
    return {
      start: [...start].reduce((sum, chunk) => sum + gzipSync(chunk.code, { level: 9 }).length, 0),
      startModules,
      lazyModules: ours(output.filter((chunk) => !start.has(chunk))).filter(
        (id) => !startModules.includes(id),
      ),
      chunks: output.length,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const report = await buildHost(process.argv[2] ?? "import '@scriptix/custom-models-elements';\n");
  console.log(JSON.stringify(report, null, 2));
}

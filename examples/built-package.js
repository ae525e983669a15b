// Vite plugin shared by the examples: resolves `@scriptix/custom-models-elements` and its subpaths
// through the package's own `exports` map to the built files in ../dist, as an installed copy of
// the package would. Run `npm run build` at the root first.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8'));

/** The file an `exports` entry gives a subpath (`.`, `./adapters.js`, `./react`, `./<tag>.js`). */
function resolveExport(subpath) {
  let entry = pkg.exports[subpath];
  let star;
  if (entry === undefined) {
    for (const [key, value] of Object.entries(pkg.exports)) {
      const [prefix, suffix] = key.split('*');
      if (suffix === undefined) continue;
      if (subpath.startsWith(prefix) && subpath.endsWith(suffix)) {
        entry = value;
        star = subpath.slice(prefix.length, subpath.length - suffix.length);
        break;
      }
    }
  }
  const target = typeof entry === 'string' ? entry : (entry?.import ?? entry?.default);
  if (!target) return undefined;
  return star === undefined ? target : target.replaceAll('*', star);
}

/** @returns {import('vite').Plugin} */
export function builtPackage() {
  return {
    name: 'built-package',
    enforce: 'pre',
    resolveId(source) {
      if (source !== pkg.name && !source.startsWith(`${pkg.name}/`)) return null;
      const target = resolveExport(`.${source.slice(pkg.name.length)}`);
      if (!target) throw new Error(`${source} is not exported by ${pkg.name}.`);
      const file = join(packageRoot, target);
      if (!existsSync(file))
        throw new Error(`${file} is missing: run \`npm run build\` at the root first.`);
      return file;
    },
  };
}

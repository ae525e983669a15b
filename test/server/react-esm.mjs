// @web/test-runner plugin for the React tests (test/react.test.ts):
//
// - React ships CommonJS only, which the test server does not convert. This serves `react`,
//   `react/jsx-runtime`, `react-dom` and `react-dom/client` as ES modules: one esbuild bundle
//   (so every entry shares one React) and a small facade module per specifier with its named
//   exports.
// - `@scriptix/custom-models-elements[/…]` imports (the examples use the package name) resolve to
//   the source, as the package's `exports` map them to dist/.
// - `.tsx` files (examples/react) are compiled with esbuild's automatic JSX runtime.
import { build, transform } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const packageName = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).name;

const PREFIX = '/__react-esm__/';
const SPECIFIERS = [
  'react',
  'react/jsx-runtime',
  'react/jsx-dev-runtime',
  'react-dom',
  'react-dom/client',
];
const fileOf = (specifier) => `${specifier.replace(/\//g, '__')}.js`;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

let bundle;
function reactBundle() {
  bundle ??= build({
    stdin: {
      contents: SPECIFIERS.map((s, i) => `export * as m${i} from '${s}';`).join('\n'),
      resolveDir: root,
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"development"' },
  }).then((result) => result.outputFiles[0].text);
  return bundle;
}

/** The CommonJS exports of a specifier, read in a child process (React's development build
 * touches `console` on load, which the test runner's own console does not support). */
function exportNames(specifier) {
  const script = `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(specifier)}))))`;
  return JSON.parse(
    execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' }),
  );
}

function facade(specifier) {
  const index = SPECIFIERS.indexOf(specifier);
  const names = exportNames(specifier).filter(
    (name) => name !== 'default' && IDENTIFIER.test(name),
  );
  return `import { m${index} as m } from './bundle.js';
const cjs = m.default ?? m;
export default cjs;
${names.length ? `export const { ${names.join(', ')} } = cjs;` : ''}
`;
}

/** `@scriptix/custom-models-elements/x` → the source module the package export is built from. */
function packageSource(source) {
  if (source === packageName) return '/src/index.ts';
  const subpath = source.slice(packageName.length + 1);
  if (subpath === 'react') return '/src/react/index.ts';
  if (subpath.endsWith('.js')) return `/src/${subpath.replace(/\.js$/, '.ts')}`;
  return undefined;
}

export function reactEsmPlugin() {
  return {
    name: 'react-esm',
    resolveImport({ source }) {
      if (SPECIFIERS.includes(source)) return `${PREFIX}${fileOf(source)}`;
      if (source === packageName || source.startsWith(`${packageName}/`))
        return packageSource(source);
      return undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const file = context.path.slice(PREFIX.length);
      if (file === 'bundle.js') return { body: await reactBundle(), type: 'js' };
      const specifier = SPECIFIERS.find((s) => fileOf(s) === file);
      return specifier ? { body: facade(specifier), type: 'js' } : undefined;
    },
    resolveMimeType(context) {
      if (context.path.endsWith('.tsx')) return 'js';
      return undefined;
    },
    async transform(context) {
      if (!context.path.endsWith('.tsx')) return undefined;
      const { code } = await transform(context.body, {
        loader: 'tsx',
        jsx: 'automatic',
        format: 'esm',
        target: 'es2022',
        sourcefile: context.path,
        sourcemap: 'inline',
        tsconfigRaw: { compilerOptions: { experimentalDecorators: true } },
      });
      return { body: code };
    },
  };
}

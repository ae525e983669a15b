// @web/test-runner plugin for test/two-copies.test.ts: two separately built copies of the package,
// as two micro-frontends on one page ship them. Each is one esbuild bundle of the package's entry
// points (the root, the adapters and the scoped-registry opt-in) with its own Lit, Shoelace and
// module state, and its own version number, served at `/__copies__/<name>.js`:
//
//   /__copies__/a.js   the package as it is (its own version)
//   /__copies__/b.js   the same source stamped as another version (COPY_B_VERSION)
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const PREFIX = '/__copies__/';
export const COPY_B_VERSION = '0.0.0-copy-b';
const versionFile = join(root, 'src/internal/version.ts');
const ownVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const VERSIONS = { a: ownVersion, b: COPY_B_VERSION };

const bundles = new Map();
function bundle(name) {
  if (!bundles.has(name)) {
    bundles.set(
      name,
      build({
        stdin: {
          contents: [
            `export * from './src/index.ts';`,
            `export * from './src/adapters.ts';`,
            ...(existsSync(join(root, 'src/scoped.ts'))
              ? [`export * from './src/scoped.ts';`]
              : []),
          ].join('\n'),
          resolveDir: root,
          loader: 'ts',
        },
        bundle: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        tsconfig: join(root, 'tsconfig.json'),
        write: false,
        logLevel: 'silent',
        plugins: [
          {
            name: 'copy-version',
            setup(pluginBuild) {
              pluginBuild.onLoad({ filter: /[\\/]src[\\/]internal[\\/]version\.ts$/ }, (args) =>
                args.path === versionFile
                  ? {
                      contents: `export const VERSION = ${JSON.stringify(VERSIONS[name])};`,
                      loader: 'ts',
                    }
                  : undefined,
              );
            },
          },
        ],
      }).then((result) => result.outputFiles[0].text),
    );
  }
  return bundles.get(name);
}

export function packageCopiesPlugin() {
  return {
    name: 'package-copies',
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const name = context.path.slice(PREFIX.length).replace(/\.js$/, '');
      if (!(name in VERSIONS)) return undefined;
      return { body: await bundle(name), type: 'js' };
    },
  };
}

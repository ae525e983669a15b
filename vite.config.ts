import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { compactHtmlLiteralsPlugin } from './scripts/compact-html-literals.mjs';
import { minifyCssLiteralsPlugin } from './scripts/minify-css-literals.mjs';

// One entry per public module: the root, the adapters, the adapter conformance kit, and each
// element's define module (src/<tag-name>.ts, a file with a matching folder).
const src = resolve(import.meta.dirname, 'src');
const MODULE_ENTRIES = ['index', 'adapters', 'conformance', 'scoped'];
const elementEntries = readdirSync(src, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .filter((name) => readdirSync(src).includes(`${name}.ts`) && !MODULE_ENTRIES.includes(name));

// The React wrappers (src/react, generated): one module each, so a host bundles only those it uses.
const reactEntries = readdirSync(resolve(src, 'react'))
  .filter((name) => name.endsWith('.ts'))
  .map((name) => `react/${name.slice(0, -3)}`);

// The translations (src/translations/<code>.ts): a host imports the languages it wants.
const translationEntries = readdirSync(resolve(src, 'translations'))
  .filter((name) => name.endsWith('.ts'))
  .map((name) => `translations/${name.slice(0, -3)}`);

const entry = Object.fromEntries(
  [...MODULE_ENTRIES, ...elementEntries, ...reactEntries, ...translationEntries].map((name) => [
    name,
    resolve(src, `${name}.ts`),
  ]),
);

export default defineConfig({
  plugins: [minifyCssLiteralsPlugin(), compactHtmlLiteralsPlugin()],
  // `npm start` serves the demo (index.html at the root) on the in-memory adapter.
  server: { open: false },
  // Pre-bundle what the demo imports, found from its page only: by default Vite also scans
  // examples/*/index.html, whose imports of the built package fail before \`npm run build\`, and
  // then discovers the dependencies while the page loads and reloads it once.
  optimizeDeps: { entries: ['index.html'] },
  build: {
    target: 'es2022',
    outDir: 'dist',
    sourcemap: true,
    minify: false,
    lib: { entry, formats: ['es'] },
    rollupOptions: {
      // Lit, context, task, Shoelace and React stay imports: the host's bundler includes them once.
      external: (id) => /^(lit|@lit\/|@lit-labs\/|@shoelace-style\/|react(-dom)?($|\/))/.test(id),
      // One file per source module (dist/ mirrors src/): the define modules keep their
      // `customElements.define` calls, and nothing else, so `sideEffects` names exactly them, and
      // a host's bundler splits and tree-shakes the package module by module. Shared chunks would
      // put define calls and parts of on-demand views in hashed files every entry imports: a
      // host's bundler could neither drop them nor keep the on-demand parts on demand.
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
      },
    },
  },
});

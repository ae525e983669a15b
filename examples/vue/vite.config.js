import { createRequire } from 'node:module';
import { defineConfig } from 'vite';
import { builtPackage, packageRoot } from '../built-package.js';

const require = createRequire(import.meta.url);

export default defineConfig({
  plugins: [builtPackage()],
  resolve: {
    // The build of Vue with the template compiler: this example has no .vue files to precompile.
    alias: [{ find: /^vue$/, replacement: require.resolve('vue/dist/vue.esm-bundler.js') }],
  },
  define: {
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  server: { fs: { allow: [packageRoot] } },
  // One bundle with Lit, Shoelace and the framework: larger than Vite's 500 kB hint.
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1000 },
});

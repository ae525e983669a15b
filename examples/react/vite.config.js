import { defineConfig } from 'vite';
import { builtPackage, packageRoot } from '../built-package.js';

export default defineConfig({
  plugins: [builtPackage()],
  // Vite compiles .tsx itself (Oxc); no React plugin needed without Fast Refresh.
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  server: { fs: { allow: [packageRoot] } },
  // One bundle with Lit, Shoelace and the framework: larger than Vite's 500 kB hint.
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1000 },
});

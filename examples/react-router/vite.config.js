import { defineConfig } from 'vite';
import { builtPackage, packageRoot } from '../built-package.js';

export default defineConfig({
  plugins: [builtPackage()],
  // Vite compiles .tsx itself (Oxc); no React plugin needed without Fast Refresh.
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  server: { fs: { allow: [packageRoot] } },
  // One bundle with Lit, Shoelace and the framework: larger than Vite's 500 kB hint.
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1000,
    rollupOptions: {
      // React Router's "use client" is for React Server Components; this app has none.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && /react-router/.test(warning.id ?? ''))
          return;
        warn(warning);
      },
    },
  },
});

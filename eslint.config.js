import js from '@eslint/js';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'storybook-static',
      'custom-elements.json',
      'src/icons/icons.ts',
      'examples/*/dist',
      'examples/*/node_modules',
      'bench/results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  wcConfigs['flat/recommended'],
  wcConfigs['flat/best-practice'],
  litConfigs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Lit elements may take constructor-free defaults; tag names come from define modules.
      'wc/guard-super-call': 'off',
      // Data is always rendered as text: never unsafeHTML on data.
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'Render data as text.' }] },
      ],
    },
  },
  {
    files: [
      'scripts/**',
      'bench/*.mjs',
      'test/server/**',
      'test/ssr/*.mjs',
      'test/node/*.mjs',
      'test/runner/*.mjs',
      'test/editor/*.mjs',
      '*.config.{js,mjs,ts}',
      '.ci/**',
      'custom-elements-manifest.config.mjs',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['test/**'],
    ignores: [
      'test/server/**',
      'test/ssr/*.mjs',
      'test/node/*.mjs',
      'test/runner/*.mjs',
      'test/editor/*.mjs',
    ],
    languageOptions: { globals: { ...globals.mocha } },
    rules: {
      // Test doubles define throwaway elements.
      'wc/no-constructor-attributes': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/icons/icons.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
};

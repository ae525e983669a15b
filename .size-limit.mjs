// Size budgets, checked by size-limit (`npm run size`, in CI) after `npm run build`: each entry
// bundled with its dependencies by esbuild as a host's bundler would (Lit, the Shoelace parts it
// uses), minified, gzipped. Two figures per entry that loads parts on demand:
// - "loads with the entry": dynamic import()s stay imports, so only what the entry needs at once;
// - "with its on-demand parts": everything it can load (size-limit's own measure).
// The grid's and the whole package's limits grew with the shared store (issue 11) and the
// test-set upload's radio group (issue 12); the whole package's with its on-demand parts by 0.5 kB
// for issue 13 (the picker's required message, the filter chips' own markup, their sentences in
// four languages); for issue 15 (evaluations): the page
// with its on-demand parts by 5.5 kB and the whole package with them by 9.5 kB (the Accuracy
// section, which loads on demand, and its strings in four languages), the whole package's entry by
// 1 kB; see BENCHMARKS.md. Issue 21: the badge by 0.1 kB (the inherited-text reset at :host), and
// each "with its on-demand parts" by 4.3 kB: Shoelace's light tokens (3.8 kB), loaded only where
// no theme reaches the elements, and the icon drawing and theme fallback code. For issues 21 and 23
// (one announcer: every notice with its kind, the announcer scope, the upload's notice): the page
// with its on-demand parts and the whole package (entry and whole) by 0.5 kB (measured +0.58 kB
// and +0.41 kB).
// Issue 23: adapters.js by 0.2 kB, the one table of dataset files, which the Scriptix adapter now
// reads to refuse, before sending, a file the upload refuses (14.29 -> 14.45 kB).
// Issue 27: the whole package's entry and the page with its on-demand parts by 0.5 kB (the grid's
// rows written by one directive instead of about 18 Lit parts a row, the narrow layout read from
// custom properties: +0.4 kB gzip; the grid itself 70.1 -> 70.5 kB).
// Issue 21 (two copies, router): the page by 1.3 kB (its URL binding, the scoped-registry render
// root, the brands of errors and events), the whole package by 1.3 kB, the adapters by 0.1 kB (the error's
// brand), the grid with its on-demand parts by 0.6 kB (the render root, the brands), the badge by 0.2 kB (the
// duplicate-define warning with both versions).
// Issue 23 (a forbidden action stays focusable and says why: forbidden-action.ts and the details'
// reason tooltips): the whole package, entry and whole, by 0.5 kB (measured +0.32 kB each).
// Merged issues 21, 23 and 27 together: the grid's entry by 0.5 kB (71.06 kB measured: the render
// root and brands of issue 21 with the rows' directive of issue 27).
// Issue 24 (error sentences per known code in four languages, the grid's queued note, the create
// dialog's required name, the toast's Open action): grid 72.11 / 86.62 kB, page 82.98 / 125.33 kB,
// whole package 142.19 / 164.54 kB. The page's entry is now over its 80 KiB target (see the note).
// Issue 24 (data states: the Datasets table's marks, the training confirmation's lists, the
// closed training upload, their strings; dataset-marks.ts and its styles): measured +0.93 kB for
// the page with its on-demand parts (125.33 -> 126.26), +1.42 kB for the whole package's entry
// (142.19 -> 143.61) and +1.40 kB with its on-demand parts (164.54 -> 165.94); limits raised to
// 126.5, 144 and 166.5 kB.
// Issue 24 hand-offs (the new model's mark and reveal in the grid, the page following it; the
// next step's actions and the retry question in four languages): grid 72.11 -> 72.98 / 86.62 ->
// 87.47 kB, page 82.98 -> 83.96 / 125.33 -> 127.42 kB, whole package 142.19 -> 145.02 / 164.54 ->
// 167.14 kB (measured on main and on the branch, before any other merge). After the data states
// and the grid's flex rows merged: grid 73.2 / 87.69 kB, page 84.18 / 128.51 kB, whole package
// 146.53 / 168.69 kB; limits 73.3 / 87.7, 84.2 / 128.6, 146.6 / 168.7 kB.
// Limits are in kB (1000 bytes), as size-limit prints them; 82 kB for the page is the 80 KiB target
// (the badge's 10 kB is under its 10 KiB target) that BENCHMARKS.md (bench/size.mjs, which also
// breaks each figure down by origin) reports in KiB.

/** esbuild plugin: leaves every dynamic import() out of the bundle, as a separate later request. */
const initialOnly = {
  name: 'initial-load-only',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
    );
  },
};
const withoutLazyParts = (config) => ({
  ...config,
  plugins: [...(config.plugins ?? []), initialOnly],
});

const entry = (name, path, limit, note = '') => ({
  name: `${name}, loads with the entry${note}`,
  path,
  gzip: true,
  limit,
  modifyEsbuildConfig: withoutLazyParts,
});
const whole = (name, path, limit) => ({
  name: `${name}, with its on-demand parts`,
  path,
  gzip: true,
  limit,
});

export default [
  entry('model-status-badge (with Lit and localize)', 'dist/model-status-badge.js', '10.3 kB'),
  entry(
    'models-grid (with Lit and Shoelace)',
    'dist/models-grid.js',
    '73.3 kB',
    '; popovers on demand',
  ),
  whole('models-grid', 'dist/models-grid.js', '87.7 kB'),
  entry(
    'custom-models-page (with Lit and Shoelace)',
    'dist/custom-models-page.js',
    '84.2 kB',
    '; details and popovers on demand',
  ),
  whole('custom-models-page', 'dist/custom-models-page.js', '128.6 kB'),
  // Issue 26: the root entry re-exports adapters.js, the accuracy engine with it (+3.8 kB, +4 kB).
  entry('whole package (index.js)', 'dist/index.js', '146.6 kB'),
  whole('whole package (index.js)', 'dist/index.js', '168.7 kB'),
  // 14.57 kB after issue 22 (+0.13 kB: ScriptixApi's options merged field by field); issue 26:
  // +4.7 kB for the accuracy engine (alignment, the normalisation profiles with their number words
  // in four languages, test-file pairing, the bootstrap verdict).
  entry('adapters.js', 'dist/adapters.js', '19.4 kB'),
  entry(
    'conformance.js (the adapter conformance kit, test-time only)',
    'dist/conformance.js',
    '12.3 kB',
  ),
];

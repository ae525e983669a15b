// The import graph's rules (`npm run lint` runs them): no cycles, and layers that only point
// down, elements -> controllers -> store -> api (adapters -> api; scoring -> api, used by the
// adapters, the store and the views). See CONTRIBUTING.md, "Layout".

/** Modules under `src/<layer>/` import nothing of the package outside `src/<allowed>/`. */
const pointsDown = (layer, allowed, comment) => ({
  name: `${layer}-points-down`,
  severity: 'error',
  comment,
  from: { path: `^src/${layer}/` },
  to: { path: '^src/', pathNot: `^src/(${[layer, ...allowed].join('|')})/` },
});

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment:
        'Two modules that import each other (type-only imports count): move the shared part down.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    pointsDown('api', [], 'src/api is the contract: it imports nothing above it.'),
    pointsDown(
      'scoring',
      ['api'],
      'The word error rate engine: plain TypeScript on the contract, for adapters, store and views.',
    ),
    pointsDown(
      'store',
      ['api', 'scoring'],
      'The store reads the adapter through src/api only (and counts totals with the engine).',
    ),
    pointsDown(
      'controllers',
      ['api', 'store', 'events', 'i18n'],
      'Controllers use the store, api, events and strings; no element.',
    ),
    pointsDown(
      'adapters',
      ['api', 'scoring', 'preflight'],
      'An adapter implements the contract (scoring with the engine); no store, no element. It may read bytes with the pre-flight’s readers (the in-memory adapter refuses what a server would).',
    ),
    pointsDown(
      'preflight',
      ['api'],
      'The pre-flight reads files; it knows the dataset-file table (src/api) and nothing above.',
    ),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};

/** `dispatchEvent(new SomeEvent())` gives the analyzer an event with a type but no name; the
 * named entry comes from the class's `@fires` JSDoc, so the nameless duplicate is dropped. */
const dropUnnamedEvents = {
  name: 'drop-unnamed-events',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules ?? []) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.events)
          declaration.events = declaration.events.filter((event) => event.name);
      }
    }
  },
};

export default {
  globs: ['src/**/*.ts'],
  // src/react: generated React wrappers, not elements.
  exclude: ['src/**/*.test.ts', 'src/icons/icons.ts', 'src/react/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
  plugins: [dropUnnamedEvents],
};

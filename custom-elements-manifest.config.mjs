/** `dispatchEvent(new SomeEvent())` gives the analyzer an event with a type but no name, and
 * `dispatchEvent(new SomeEvent(value))` one named after the variable (`ended`); an element's real
 * entries come from its `@fires` JSDoc (they have a description), so those guesses are dropped. */
const dropUnnamedEvents = {
  name: 'drop-unnamed-events',
  packageLinkPhase({ customElementsManifest }) {
    // The file system lists files in creation order, which differs between clones: sort by path so
    // the committed manifest is the same on every machine.
    customElementsManifest.modules?.sort((a, b) => a.path.localeCompare(b.path, 'en'));
    for (const module of customElementsManifest.modules ?? []) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.events)
          declaration.events = declaration.events.filter(
            (event) => event.name && (!declaration.customElement || event.description),
          );
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
  // package.json already names the manifest; the analyzer must not rewrite it.
  packagejson: false,
  plugins: [dropUnnamedEvents],
};

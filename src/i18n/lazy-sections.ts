import { registerTranslation, type Translation } from '@shoelace-style/localize';
import { libraryStringsRegistered } from './localize.js';

/**
 * Strings of views that load on demand (the details' Accuracy section), per language: a
 * translation module registers how to load its part (`addSectionLoader`), and the view loads the
 * parts of every registered language when it loads itself (`loadSection`). So neither the entry
 * points nor a language's catalogue carry the strings of a view that may never show.
 */
const loaders = new Map<string, Array<() => Promise<Translation>>>();
const loaded = new Set<string>();

function load(section: string): Promise<void> {
  const pending = loaders.get(section)?.splice(0) ?? [];
  return Promise.all(
    // A language that fails to load leaves English in that view.
    pending.map((loader) =>
      loader().then(
        (strings) => {
          registerTranslation(strings);
          libraryStringsRegistered(strings.$code);
        },
        () => {},
      ),
    ),
  ).then(() => undefined);
}

/** A language's strings of `section`, loaded with that view (at once if it is loaded already). */
export function addSectionLoader(section: string, loader: () => Promise<Translation>): void {
  loaders.set(section, [...(loaders.get(section) ?? []), loader]);
  if (loaded.has(section)) void load(section);
}

/** Loads and registers `section` in every language registered so far (and later ones too). */
export function loadSection(section: string): Promise<void> {
  loaded.add(section);
  return load(section);
}

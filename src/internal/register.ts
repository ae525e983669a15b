// Shoelace's English first: the registry's fallback is the first catalogue registered, and it must
// hold Shoelace's own keys ("close", "loading"…), not only ours, or a host's Shoelace elements in a
// language nobody registered would show key names. Only the define modules import this module.
import '@shoelace-style/shoelace/dist/translations/en.js';
import { registerIcons } from '../icons/register.js';
import { enEager } from '../i18n/english-eager.js';
import { statusStrings } from '../i18n/en/status.js';
import { registerEnglish } from '../i18n/localize.js';
import { attachContextRoot } from './context-root.js';

/**
 * What the define modules register before they define their tag, and the class modules never do
 * (importing a class registers nothing: see test/node/package-exports.test.mjs).
 */

/** Catalogues registered so far: each define module asks, each catalogue is registered once. */
const registered = new WeakSet<object>();
const registerOnce = (strings: Record<string, unknown>) => {
  if (registered.has(strings)) return;
  registered.add(strings);
  registerEnglish(strings);
};

/** The status names: all the badge renders. */
export function registerStatusStrings(): void {
  registerOnce(statusStrings);
}

/**
 * What every `CustomModelsElement` needs: the status names and the eager English catalogue, the
 * icons, and the context root; then each `section` of English only that element renders (the
 * details', the upload's), so an entry point carries only what its elements show.
 */
export function registerLibrary(...sections: Record<string, unknown>[]): void {
  registerStatusStrings();
  registerOnce(enEager);
  for (const section of sections) registerOnce(section);
  registerIcons();
  attachContextRoot();
}

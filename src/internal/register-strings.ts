// Shoelace's English first: the registry's fallback is the first catalogue registered, and it must
// hold Shoelace's own keys ("close", "loading"…), not only ours, or a host's Shoelace elements in a
// language nobody registered would show key names. Only the define modules import this module.
import '@shoelace-style/shoelace/dist/translations/en.js';
import { statusStrings } from '../i18n/en/status.js';
import { registerEnglish } from '../i18n/localize.js';

/** Catalogues registered so far: each define module asks, each catalogue is registered once. */
const registered = new WeakSet<object>();

/** Registers English `strings` once (the define modules of several elements ask for the same). */
export function registerStrings(strings: Record<string, unknown>): void {
  if (registered.has(strings)) return;
  registered.add(strings);
  registerEnglish(strings);
}

/** The status names: all the badge renders (its define module registers nothing else). */
export function registerStatusStrings(): void {
  registerStrings(statusStrings);
}

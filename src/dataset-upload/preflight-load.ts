/*
 * What the upload loads on demand when files are chosen (`import('./preflight-load.js')`): the
 * pre-flight and its strings, in English and in every registered language. The page's entry and
 * the upload's own module do not carry them.
 */
import { preflight } from '../i18n/en/preflight.js';
import { loadSection } from '../i18n/lazy-sections.js';
import { registerEnglish } from '../i18n/localize.js';

export { preflightSelection } from '../preflight/preflight.js';

/** Registers the pre-flight's English and loads its strings in every registered language. */
export function loadPreflightStrings(): Promise<void> {
  registerEnglish(preflight);
  return loadSection('preflight');
}

import { registerTranslation, type Translation } from '@shoelace-style/localize';
import type { CustomModelsTranslationOf } from './en.js';
import { onLibraryStrings } from './localize.js';
import type { FindingParams } from '../preflight/types.js';

/**
 * What hosts registered through `registerCustomModelsTranslation`, per language: the strings of a
 * view that loads on demand (the details, the upload, the Accuracy section) are registered when it
 * loads, after the host's overrides, and must not replace them.
 */
const hostStrings = new Map<string, Translation>();

/** Registers a host's strings for `code` again, over anything the library registered since. */
function reapplyOverrides(code: string): void {
  const strings = hostStrings.get(code.toLowerCase());
  if (strings) registerTranslation(strings);
}
onLibraryStrings(reapplyOverrides);

/**
 * Adds or overrides strings for a language (`$code` like `nl`). Merges with what is there, so a host
 * can override single strings of a shipped catalogue (register after importing that catalogue: the
 * later registration wins, also over strings of views that load later). Keys a language lacks fall
 * back to English; elements re-render at once. A host's own pre-flight checks name their findings
 * with codes starting `host-`, said by `cm.preflight.host-<name>` strings registered here.
 */
export function registerCustomModelsTranslation(
  translation: Partial<CustomModelsTranslationOf> &
    Translation & {
      /** The message of a host's own pre-flight finding (its code starts with `host-`). */
      [hostFinding: `cm.preflight.host-${string}`]: string | ((params: FindingParams) => string);
    },
): void {
  const code = translation.$code.toLowerCase();
  hostStrings.set(code, { ...hostStrings.get(code), ...translation } as Translation);
  registerTranslation(translation as Translation);
}

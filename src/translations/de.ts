/**
 * Registers the German catalogue, ours and Shoelace's own (a dialog's close button, a select's
 * "clear entry"…), so every element shows German wherever the nearest `lang` is `de` (or a
 * region of it, such as `de-DE`):
 *
 * ```js
 * import '@scriptix/custom-models-elements/translations/de.js';
 * ```
 *
 * The root entry imports every translation; a single element's entry point stays English-only
 * until this module is imported.
 * @packageDocumentation
 */
import '@shoelace-style/shoelace/dist/translations/de.js';
import { registerCustomModelsTranslation } from '../i18n/localize.js';
import { de } from '../i18n/de.js';

registerCustomModelsTranslation(de);

/** The German catalogue, for hosts that want to build on it. */
export { de as translation };

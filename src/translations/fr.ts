/**
 * Registers the French catalogue, ours and Shoelace's own (a dialog's close button, a select's
 * "clear entry"…), so every element shows French wherever the nearest `lang` is `fr` (or a
 * region of it, such as `fr-FR`):
 *
 * ```js
 * import '@scriptix/custom-models-elements/translations/fr.js';
 * ```
 *
 * The root entry imports every translation; a single element's entry point stays English-only
 * until this module is imported.
 * @packageDocumentation
 */
import '@shoelace-style/shoelace/dist/translations/fr.js';
import { registerCustomModelsTranslation } from '../i18n/localize.js';
import { fr } from '../i18n/fr.js';

registerCustomModelsTranslation(fr);

/** The French catalogue, for hosts that want to build on it. */
export { fr as translation };

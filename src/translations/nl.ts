/**
 * Registers the Dutch catalogue, ours and Shoelace's own (a dialog's close button, a select's
 * "clear entry"…), so every element shows Dutch wherever the nearest `lang` is `nl` (or a
 * region of it, such as `nl-NL`):
 *
 * ```js
 * import '@scriptix/custom-models-elements/translations/nl.js';
 * ```
 *
 * The root entry imports every translation; a single element's entry point stays English-only
 * until this module is imported.
 * @packageDocumentation
 */
import '@shoelace-style/shoelace/dist/translations/nl.js';
import { registerCustomModelsTranslation } from '../i18n/localize.js';
import { nl } from '../i18n/nl.js';

registerCustomModelsTranslation(nl);

/** The Dutch catalogue, for hosts that want to build on it. */
export { nl as translation };

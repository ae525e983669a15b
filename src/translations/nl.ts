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
import { addSectionLoader } from '../i18n/lazy-sections.js';
import { registerCustomModelsTranslation } from '../i18n/host-translations.js';
import { nlEager } from '../i18n/nl/eager.js';

registerCustomModelsTranslation(nlEager);
// The Accuracy section's strings load with that section, not with the catalogue.
addSectionLoader('accuracy', () =>
  import('../i18n/nl/accuracy.js').then(({ accuracy }) => ({
    ...accuracy,
    $code: 'nl',
    $name: 'Nederlands',
    $dir: 'ltr',
  })),
);
// The upload pre-flight's strings load with the pre-flight, when files are chosen.
addSectionLoader('preflight', () =>
  import('../i18n/nl/preflight.js').then(({ preflight }) => ({
    ...preflight,
    $code: 'nl',
    $name: 'Nederlands',
    $dir: 'ltr',
  })),
);

/**
 * The Dutch catalogue, for hosts that want to build on it: every string but the Accuracy section's,
 * which load with that section.
 */
export { nlEager as translation };

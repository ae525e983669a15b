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
import { addSectionLoader } from '../i18n/lazy-sections.js';
import { registerCustomModelsTranslation } from '../i18n/host-translations.js';
import { deEager } from '../i18n/de/eager.js';

registerCustomModelsTranslation(deEager);
// The Accuracy section's strings load with that section, not with the catalogue.
addSectionLoader('accuracy', () =>
  import('../i18n/de/accuracy.js').then(({ accuracy }) => ({
    ...accuracy,
    $code: 'de',
    $name: 'Deutsch',
    $dir: 'ltr',
  })),
);
// The upload pre-flight's strings load with the pre-flight, when files are chosen.
addSectionLoader('preflight', () =>
  import('../i18n/de/preflight.js').then(({ preflight }) => ({
    ...preflight,
    $code: 'de',
    $name: 'Deutsch',
    $dir: 'ltr',
  })),
);

/**
 * The German catalogue, for hosts that want to build on it: every string but the Accuracy section's,
 * which load with that section.
 */
export { deEager as translation };

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
import { addSectionLoader } from '../i18n/lazy-sections.js';
import { registerCustomModelsTranslation } from '../i18n/host-translations.js';
import { frEager } from '../i18n/fr/eager.js';

registerCustomModelsTranslation(frEager);
// The Accuracy section's strings load with that section, not with the catalogue.
addSectionLoader('accuracy', () =>
  import('../i18n/fr/accuracy.js').then(({ accuracy }) => ({
    ...accuracy,
    $code: 'fr',
    $name: 'Français',
    $dir: 'ltr',
  })),
);
// The upload pre-flight's strings load with the pre-flight, when files are chosen.
addSectionLoader('preflight', () =>
  import('../i18n/fr/preflight.js').then(({ preflight }) => ({
    ...preflight,
    $code: 'fr',
    $name: 'Français',
    $dir: 'ltr',
  })),
);

/**
 * The French catalogue, for hosts that want to build on it: every string but the Accuracy section's,
 * which load with that section.
 */
export { frEager as translation };

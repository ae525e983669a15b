import type { CustomModelsTranslationOf } from './en.js';
import { accuracy } from './fr/accuracy.js';
import { frEager } from './fr/eager.js';

/**
 * The whole French catalogue. `import '<package>/translations/fr.js'` registers it: the eager part
 * at once, the Accuracy section's strings when that section loads.
 */
export const fr: CustomModelsTranslationOf = { ...frEager, ...accuracy };

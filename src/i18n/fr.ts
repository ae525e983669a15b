import type { CustomModelsTranslationOf } from './en.js';
import { accuracy } from './fr/accuracy.js';
import { preflight } from './fr/preflight.js';
import { frEager } from './fr/eager.js';

/**
 * The whole French catalogue. `import '<package>/translations/fr.js'` registers it: the eager part
 * at once, the Accuracy section's strings when that section loads, the upload pre-flight's when the
 * pre-flight loads.
 */
export const fr: CustomModelsTranslationOf = { ...frEager, ...accuracy, ...preflight };

import type { CustomModelsTranslationOf } from './en.js';
import { accuracy } from './de/accuracy.js';
import { preflight } from './de/preflight.js';
import { deEager } from './de/eager.js';

/**
 * The whole German catalogue. `import '<package>/translations/de.js'` registers it: the eager part
 * at once, the Accuracy section's strings when that section loads, the upload pre-flight's when the
 * pre-flight loads.
 */
export const de: CustomModelsTranslationOf = { ...deEager, ...accuracy, ...preflight };

import type { CustomModelsTranslationOf } from './en.js';
import { accuracy } from './nl/accuracy.js';
import { preflight } from './nl/preflight.js';
import { nlEager } from './nl/eager.js';

/**
 * The whole Dutch catalogue. `import '<package>/translations/nl.js'` registers it: the eager part
 * at once, the Accuracy section's strings when that section loads, the upload pre-flight's when the
 * pre-flight loads.
 */
export const nl: CustomModelsTranslationOf = { ...nlEager, ...accuracy, ...preflight };

import type { CustomModelsTranslationOf } from './en.js';
import { accuracy } from './fr/accuracy.js';
import { common } from './fr/common.js';
import { details } from './fr/details.js';
import { grid } from './fr/grid.js';
import { page } from './fr/page.js';
import { picker } from './fr/picker.js';
import { upload } from './fr/upload.js';

/** The French catalogue. Register it with `import '<package>/translations/fr.js'`. */
export const fr: CustomModelsTranslationOf = {
  $code: 'fr',
  $name: 'Français',
  $dir: 'ltr',
  ...common,
  ...picker,
  ...grid,
  ...page,
  ...details,
  ...upload,
  ...accuracy,
};

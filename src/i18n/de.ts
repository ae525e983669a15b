import type { CustomModelsTranslationOf } from './en.js';
import { accuracy } from './de/accuracy.js';
import { common } from './de/common.js';
import { details } from './de/details.js';
import { grid } from './de/grid.js';
import { page } from './de/page.js';
import { picker } from './de/picker.js';
import { upload } from './de/upload.js';

/** The German catalogue. Register it with `import '<package>/translations/de.js'`. */
export const de: CustomModelsTranslationOf = {
  $code: 'de',
  $name: 'Deutsch',
  $dir: 'ltr',
  ...common,
  ...picker,
  ...grid,
  ...page,
  ...details,
  ...upload,
  ...accuracy,
};

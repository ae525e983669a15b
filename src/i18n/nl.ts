import type { CustomModelsTranslationOf } from './en.js';
import { accuracy } from './nl/accuracy.js';
import { common } from './nl/common.js';
import { details } from './nl/details.js';
import { grid } from './nl/grid.js';
import { page } from './nl/page.js';
import { picker } from './nl/picker.js';
import { upload } from './nl/upload.js';

/** The Dutch catalogue. Register it with `import '<package>/translations/nl.js'`. */
export const nl: CustomModelsTranslationOf = {
  $code: 'nl',
  $name: 'Nederlands',
  $dir: 'ltr',
  ...common,
  ...picker,
  ...grid,
  ...page,
  ...details,
  ...upload,
  ...accuracy,
};

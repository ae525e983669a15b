import { common } from './common.js';
import { details } from './details.js';
import { grid } from './grid.js';
import { page } from './page.js';
import { picker } from './picker.js';
import { upload } from './upload.js';

/**
 * German: what registers with the language at once, every section but those of views loaded on
 * demand (the Accuracy section's strings load with that section: src/i18n/lazy-sections.ts).
 */
export const deEager = {
  $code: 'de',
  $name: 'Deutsch',
  $dir: 'ltr',
  ...common,
  ...picker,
  ...grid,
  ...page,
  ...details,
  ...upload,
} as const;

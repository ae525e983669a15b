import type { Translation } from '@shoelace-style/localize';
import { common } from './en/common.js';
import { picker } from './en/picker.js';
import { grid } from './en/grid.js';
import { page } from './en/page.js';

/**
 * The English strings every element registers when it loads (`CustomModelsElement`). Sections only
 * a view the page loads on demand renders (the details, the upload, the details' Accuracy) are
 * registered by that view's module: the page's entry does not carry them. The whole catalogue is
 * `en` in en.ts.
 */
export const enEager = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr',
  ...common,
  ...picker,
  ...grid,
  ...page,
} satisfies Translation & Record<string, unknown>;

import type { Translation } from '@shoelace-style/localize';
import { enEager } from './english-eager.js';
import { accuracy } from './en/accuracy.js';
import { details } from './en/details.js';
import { preflight } from './en/preflight.js';
import { upload } from './en/upload.js';

/**
 * The English catalogue: the source of every user-facing string. Each element adds its strings
 * in its own section file under `en/`, so sections can grow independently.
 */
export const en = {
  ...enEager,
  ...details,
  ...upload,
  ...accuracy,
  ...preflight,
} satisfies Translation & Record<string, unknown>;

/** Every key the library uses, with the argument types of the function-valued ones. */
export type CustomModelsTranslation = typeof en;

/** A catalogue for another language: every key of the English one, same argument types. */
export type CustomModelsTranslationOf = {
  [K in keyof CustomModelsTranslation]: K extends '$dir'
    ? 'ltr' | 'rtl'
    : CustomModelsTranslation[K] extends (...args: infer A) => string
      ? (...args: A) => string
      : string;
};

import type { CustomModel, Language } from '../api/types.js';

/**
 * The picker's value format, as a form submits it:
 *
 * - `<languageId>`: a base language (e.g. `2`);
 * - `<languageId>:<modelId>`: a custom model on that base language (e.g. `2:17`).
 *
 * Each part is URI-component encoded, so plain ids appear as they are and an id with `:` or a space
 * still round-trips. The empty string means nothing is chosen.
 */
export function formatPickerValue(languageId: string, modelId?: string): string {
  const language = encodeURIComponent(languageId);
  return modelId ? `${language}:${encodeURIComponent(modelId)}` : language;
}

/** The ids in a picker value; null for the empty value or one that is not in the format. */
export function parsePickerValue(
  value: string | null | undefined,
): { languageId: string; modelId?: string } | null {
  if (!value) return null;
  const [language, model, extra] = value.split(':');
  if (!language || extra !== undefined || model === '') return null;
  try {
    const languageId = decodeURIComponent(language);
    return model === undefined
      ? { languageId }
      : { languageId, modelId: decodeURIComponent(model) };
  } catch {
    return null;
  }
}

/** What is chosen: a language, and the custom model when one is. */
export interface CustomModelPickerSelection {
  language: Language;
  model?: CustomModel;
}

import type { Language } from '../api/types.js';

const names = new Map<string, string>();
/** One `Intl.DisplayNames` per locale: making one costs more than the names it gives (ICU data). */
const displayNames = new Map<string, Intl.DisplayNames>();

/**
 * A language as the user reads it in `locale`: the name `Intl.DisplayNames` gives its key's
 * language ("Engels" for `en-us` in Dutch), capitalised as menus and cells want it, else the name
 * the server sent, else the key. One function for every view, memoised per locale and language.
 */
export function languageLabel(
  locale: string,
  language: Partial<Language> | null | undefined,
): string {
  const key = typeof language?.key === 'string' ? language.key : '';
  const name = typeof language?.name === 'string' ? language.name : '';
  const cacheKey = `${locale}\u0000${key}\u0000${name}`;
  let label = names.get(cacheKey);
  if (label === undefined) {
    label = displayName(locale, key) || name || key;
    names.set(cacheKey, label);
  }
  return label;
}

/** Builds `locale`'s language names (and the ICU data their first use loads) ahead of the rows. */
export function prepareLanguageNames(locale: string): void {
  displayName(locale, 'en');
}

function displayName(locale: string, key: string): string {
  const code = key.split(/[-_]/)[0];
  if (!code) return '';
  try {
    let names = displayNames.get(locale);
    if (names === undefined) {
      names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
      displayNames.set(locale, names);
    }
    const name = names.of(code);
    // Shown on its own (a cell, an option): capitalised, as CLDR asks for lists and menus even
    // where the name is lower case in running text ("anglais" → "Anglais").
    return name ? name.charAt(0).toLocaleUpperCase(locale) + name.slice(1) : '';
  } catch {
    return '';
  }
}

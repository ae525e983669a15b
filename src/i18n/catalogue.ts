/*
 * Helpers for writing catalogues: the type a translated section must have, plural forms chosen by
 * `Intl.PluralRules`, and counts and percentages written by `Intl.NumberFormat`. A catalogue knows
 * its own language, so it passes its code ("nl") to these helpers.
 */

/**
 * A section of another language's catalogue: every key of the English section, strings for strings
 * and functions with the same arguments for functions. A missing key or a wrong argument type is a
 * TypeScript error.
 */
export type SectionOf<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};

/** Plural forms of one message; `#` stands for the formatted count. `other` is required. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const pluralRules = new Map<string, Intl.PluralRules>();
const counts = new Map<string, Intl.NumberFormat>();
const percents = new Map<string, Intl.NumberFormat>();

function cached<T>(cache: Map<string, T>, locale: string, create: (locale: string) => T): T {
  let value = cache.get(locale);
  if (!value) {
    value = create(locale);
    cache.set(locale, value);
  }
  return value;
}

/** A count as the language writes it: `1234` → "1.234" in Dutch, "1 234" in French. */
export function formatCount(locale: string, value: number): string {
  return cached(counts, locale, (l) => new Intl.NumberFormat(l)).format(value);
}

/** A percentage from 0–100: "45%" in Dutch, "45 %" in French and German. */
export function formatPercent(locale: string, value: number): string {
  return cached(
    percents,
    locale,
    (l) => new Intl.NumberFormat(l, { style: 'percent', maximumFractionDigits: 0 }),
  ).format(value / 100);
}

/**
 * The plural form of `forms` that `locale` uses for `count`, with `#` replaced by the formatted
 * count: `plural('nl', 3, { one: '# bestand', other: '# bestanden' })` → "3 bestanden". French
 * counts 0 as singular, so "0 fichier"; a form the message does not give falls back to `other`.
 */
export function plural(locale: string, count: number, forms: PluralForms): string {
  const rule = cached(pluralRules, locale, (l) => new Intl.PluralRules(l)).select(count);
  const form = forms[rule] ?? forms.other;
  return form.replace(/#/g, formatCount(locale, count));
}

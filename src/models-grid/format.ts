/*
 * Intl formatters are costly to build and a page renders up to 100 rows: one formatter per locale.
 */

const shortDates = new Map<string, Intl.DateTimeFormat>();
const fullDates = new Map<string, Intl.DateTimeFormat>();
const numbers = new Map<string, Intl.NumberFormat>();

function cached<T>(cache: Map<string, T>, locale: string, create: (locale: string) => T): T {
  let value = cache.get(locale);
  if (!value) {
    try {
      value = create(locale);
    } catch {
      value = create('en');
    }
    cache.set(locale, value);
  }
  return value;
}

/** A date as "12 Mar 2025, 14:05" (in the locale's own order). */
export function formatShortDate(locale: string, date: Date): string {
  return cached(
    shortDates,
    locale,
    (l) => new Intl.DateTimeFormat(l, { dateStyle: 'medium', timeStyle: 'short' }),
  ).format(date);
}

/** The full timestamp, for the cell's tooltip. */
export function formatFullDate(locale: string, date: Date): string {
  return cached(
    fullDates,
    locale,
    (l) => new Intl.DateTimeFormat(l, { dateStyle: 'full', timeStyle: 'long' }),
  ).format(date);
}

/** Builds `locale`'s date formatters (and the ICU data their first use loads) ahead of the rows. */
export function prepareDateFormats(locale: string): void {
  const date = new Date(2025, 2, 12, 14, 5);
  formatShortDate(locale, date);
  formatFullDate(locale, date);
}

export function formatNumber(locale: string, value: number): string {
  return cached(numbers, locale, (l) => new Intl.NumberFormat(l)).format(value);
}

/** A parsed date, or undefined for a missing or invalid timestamp. */
export function parseDate(value: string | undefined): Date | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

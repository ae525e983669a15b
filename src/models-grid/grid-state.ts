import type { ComplexAttributeConverter } from 'lit';
import {
  SORT_FIELDS,
  type AdapterCapabilities,
  type FilterField,
  type ModelFilters,
  type ModelSort,
  type SortField,
} from '../api/types.js';

/** Page sizes offered in the pager. */
export const PAGE_SIZES = [25, 50, 75, 100] as const;
export const DEFAULT_PAGE_SIZE = 25;
/** Largest page size the grid will ask for, whatever a host sets. */
export const MAX_PAGE_SIZE = 1000;
export const DEFAULT_REFRESH_INTERVAL = 10_000;
/** Debounce of the text filters, in ms. */
export const TEXT_FILTER_DEBOUNCE = 300;

/** `name:asc` → `{ field: 'name', direction: 'asc' }`; anything else → undefined. */
export function parseSort(value: string | null | undefined): ModelSort | undefined {
  if (!value) return undefined;
  const [field, direction = 'asc'] = value.split(':').map((part) => part.trim());
  if (!(SORT_FIELDS as readonly string[]).includes(field ?? '')) return undefined;
  if (direction !== 'asc' && direction !== 'desc') return undefined;
  return { field: field as SortField, direction };
}

/** `{ field: 'name', direction: 'asc' }` → `name:asc`; none → ''. */
export function formatSort(sort: ModelSort | undefined): string {
  return sort ? `${sort.field}:${sort.direction}` : '';
}

/** The sort fields an adapter declares (absent list: none). */
export function supportedSorts(
  capabilities: AdapterCapabilities | undefined,
): ReadonlySet<SortField> {
  return new Set(capabilities?.sort ?? []);
}

/** The filter fields an adapter declares (absent list: none). */
export function supportedFilters(
  capabilities: AdapterCapabilities | undefined,
): ReadonlySet<FilterField> {
  return new Set(capabilities?.filters ?? []);
}

/**
 * Filters cleaned for sending: known fields only, empty values dropped, trimmed text, known numbers,
 * and (with `supported`) only fields the adapter declares.
 */
export function normalizeFilters(
  filters: ModelFilters | null | undefined,
  supported?: ReadonlySet<FilterField>,
): ModelFilters {
  const out: ModelFilters = {};
  if (!filters || typeof filters !== 'object') return out;
  const allowed = (field: FilterField) => !supported || supported.has(field);
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
  const name = text(filters.name);
  if (name && allowed('name')) out.name = name;
  const key = text(filters.key);
  if (key && allowed('key')) out.key = key;
  const language = text(filters.baseLanguageKey);
  if (language && allowed('baseLanguageKey')) out.baseLanguageKey = language;
  if (Array.isArray(filters.trainingStatus) && allowed('trainingStatus')) {
    const statuses = [...new Set(filters.trainingStatus.map(Number).filter(Number.isInteger))].sort(
      (a, b) => a - b,
    );
    if (statuses.length) out.trainingStatus = statuses;
  }
  return out;
}

/** True when no filter narrows the list. */
export function hasFilters(filters: ModelFilters): boolean {
  return Object.keys(normalizeFilters(filters)).length > 0;
}

/** Order-insensitive equality of two filter objects after normalising. */
export function sameFilters(a: ModelFilters | undefined, b: ModelFilters | undefined): boolean {
  return JSON.stringify(normalizeFilters(a)) === JSON.stringify(normalizeFilters(b));
}

/** The `filters` attribute is JSON; an invalid value means no filters (never a throw). */
export const filtersConverter: ComplexAttributeConverter<ModelFilters> = {
  fromAttribute(value) {
    if (!value) return {};
    try {
      const parsed: unknown = JSON.parse(value);
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
        ? normalizeFilters(parsed)
        : {};
    } catch {
      return {};
    }
  },
  toAttribute(value) {
    return JSON.stringify(normalizeFilters(value));
  },
};

/** A positive integer, else `fallback`. */
export function positiveInt(
  value: unknown,
  fallback: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  const n = Math.floor(Number(value));
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : fallback;
}

/*
 * Reading the model list page by page, and judging the order of what came back. Orders are judged
 * leniently: any common collation (locale, case-insensitive, numeric or not) and, for the base
 * language, its name, key or id — the contract fixes the field, not the server's collation.
 */
import type {
  CustomModel,
  ModelFilters,
  ModelSort,
  SortDirection,
  SortField,
} from '../api/types.js';
import type { RunContext } from './run-context.js';
import { callText, quote } from './sentences.js';

export interface Walk {
  /** Every page as it came, in order. */
  pages: CustomModel[][];
  /** The `total` each page reported. */
  totals: number[];
  items: CustomModel[];
  /** False when the walk stopped at the item limit before the end of the list. */
  complete: boolean;
}

/** Reads pages 1, 2, … of a query until the list ends or `maxItems` models are read. */
export async function walk(
  ctx: RunContext,
  pageSize: number,
  query: { sort?: ModelSort; filters?: ModelFilters } = {},
  maxItems = ctx.maxListItems,
): Promise<Walk> {
  const result: Walk = { pages: [], totals: [], items: [], complete: true };
  for (let page = 1; ; page++) {
    const q = { page, pageSize, ...query };
    const what = callText('listModels', q);
    const answer = await ctx.call(what, () => ctx.api.listModels(q));
    const items = Array.isArray(answer?.items) ? answer.items : [];
    for (const item of items) ctx.sawModel(what, item);
    result.pages.push(items);
    result.totals.push(answer?.total);
    result.items.push(...items);
    const total = Number(answer?.total);
    if (items.length < pageSize || page * pageSize >= total || page >= 1000) break;
    if (result.items.length >= maxItems) {
      result.complete = false;
      break;
    }
  }
  return result;
}

/** The first id that appears twice, if any. */
export function duplicateId(items: CustomModel[]): string | undefined {
  const seen = new Set<string>();
  for (const { id } of items) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return undefined;
}

type Compare = (a: CustomModel, b: CustomModel) => number;

const collators = [
  new Intl.Collator(undefined, { sensitivity: 'base', numeric: true }),
  new Intl.Collator(undefined, { sensitivity: 'base' }),
  new Intl.Collator('en', { sensitivity: 'base', numeric: true }),
];
const byText = (read: (m: CustomModel) => string): Compare[] => [
  ...collators.map(
    (c): Compare =>
      (a, b) =>
        c.compare(read(a), read(b)),
  ),
  (a, b) => {
    const x = read(a).toLowerCase();
    const y = read(b).toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  },
  (a, b) => (read(a) < read(b) ? -1 : read(a) > read(b) ? 1 : 0),
];
const text = (value: unknown) => (typeof value === 'string' ? value : String(value ?? ''));

/** The orders that count as sorted by each field. */
const ORDERS: Record<SortField, Compare[]> = {
  name: byText((m) => text(m.name)),
  trainingStatus: [(a, b) => Number(a.trainingStatus) - Number(b.trainingStatus)],
  baseLanguage: [
    ...byText((m) => text(m.baseLanguage?.name)),
    ...byText((m) => text(m.baseLanguage?.key)),
    ...byText((m) => text(m.baseLanguage?.id)),
  ],
  lastModified: [(a, b) => (Date.parse(a.lastModified) || 0) - (Date.parse(b.lastModified) || 0)],
  // Not measured as the highest rate (SQL's NULLS LAST ascending) or the lowest (NULLS FIRST).
  wordErrorRate: [Infinity, -Infinity].map(
    (missing): Compare =>
      (a, b) =>
        Math.sign(werOr(a, missing) - werOr(b, missing)) || 0,
  ),
};

function werOr(model: CustomModel, missing: number): number {
  const wer = model.wordErrorRate;
  return typeof wer === 'number' && Number.isFinite(wer) ? wer : missing;
}

/** What a model shows of a field, for a sentence. */
export function fieldValue(model: CustomModel, field: SortField): string {
  switch (field) {
    case 'name':
      return quote(model.name, 50);
    case 'trainingStatus':
      return quote(model.trainingStatus);
    case 'baseLanguage':
      return quote(model.baseLanguage?.name ?? model.baseLanguage?.key, 30);
    case 'lastModified':
      return quote(model.lastModified);
    case 'wordErrorRate':
      return model.wordErrorRate === undefined ? 'not measured' : quote(model.wordErrorRate);
  }
}

/** Where `items` break every order of `field` in `direction` (the first pair), or undefined. */
export function orderBreak(
  items: CustomModel[],
  field: SortField,
  direction: SortDirection,
): { index: number } | undefined {
  const sign = direction === 'asc' ? 1 : -1;
  let best = -1;
  for (const compare of ORDERS[field]) {
    const index = items.findIndex((item, i) => i > 0 && sign * compare(items[i - 1]!, item) > 0);
    if (index < 0) return undefined; // sorted in this order
    best = Math.max(best, index);
  }
  return { index: best };
}

/** Whether every model has the same value of `field` (then no order can be told apart). */
export function allTied(items: CustomModel[], field: SortField): boolean {
  return ORDERS[field].some((compare) => items.every((item) => compare(items[0]!, item) === 0));
}

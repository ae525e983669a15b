import type { CustomModel, ModelFilters, ModelSort, SortField } from '../../api/types.js';

/** A stored model plus the values sorting and filtering read, computed once per change. */
export interface Row {
  readonly model: CustomModel;
  /** Insertion order: breaks ties so every sort is stable in both directions. */
  readonly seq: number;
  nameLower: string;
  keyLower: string;
  languageKeyLower: string;
  languageRank: number;
  time: number;
}

type Compare = (a: Row, b: Row) => number;

/** How many filtered result lists to keep; grids ask for few distinct queries at a time. */
const MAX_CACHED_RESULTS = 32;

/**
 * The models, with sorted orders kept up to date and filtered results cached, so a page of
 * 100,000 models costs a slice when warm. Sorted orders are patched in place on every change
 * (binary search, no re-sort); filtered results are dropped on every change.
 */
export class ModelIndex {
  private readonly rows = new Map<string, Row>();
  private readonly sorted = new Map<string, { compare: Compare; rows: Row[] }>();
  private readonly results = new Map<string, readonly Row[]>();
  private readonly collator = new Intl.Collator(undefined, {
    sensitivity: 'accent',
    numeric: true,
  });
  private readonly languageRanks = new Map<string, number>();
  private seq = 0;

  constructor(languageNames: Iterable<string> = []) {
    this.rankLanguages(languageNames);
  }

  get size(): number {
    return this.rows.size;
  }

  get(id: string): Row | undefined {
    return this.rows.get(id);
  }

  /** Rows in insertion order. */
  values(): IterableIterator<Row> {
    return this.rows.values();
  }

  /** Adds a model the index now owns (callers pass a copy). */
  add(model: CustomModel): Row {
    const row = { model, seq: this.seq++ } as Row;
    this.refresh(row);
    this.rows.set(model.id, row);
    for (const order of this.sorted.values()) insert(order.rows, row, order.compare);
    this.results.clear();
    return row;
  }

  remove(id: string): void {
    const row = this.rows.get(id);
    if (!row) return;
    this.rows.delete(id);
    for (const order of this.sorted.values()) detach(order.rows, row, order.compare);
    this.results.clear();
  }

  /** Changes a model through `apply`, keeping every sorted order in place. */
  update(row: Row, apply: (model: CustomModel) => void): void {
    for (const order of this.sorted.values()) detach(order.rows, row, order.compare);
    apply(row.model);
    this.refresh(row);
    for (const order of this.sorted.values()) insert(order.rows, row, order.compare);
    this.results.clear();
  }

  /** The matching rows in order. The array is shared with the cache: do not change it. */
  query(sort?: ModelSort, filters?: ModelFilters): readonly Row[] {
    const sortKey = sort ? `${sort.field}:${sort.direction}` : '';
    const match = matcher(filters);
    const cacheKey = `${sortKey}|${match?.key ?? ''}`;
    const cached = this.results.get(cacheKey);
    if (cached) return cached;

    const ordered = this.ordered(sortKey, sort);
    const result = match ? ordered.filter(match.test) : ordered;
    if (this.results.size >= MAX_CACHED_RESULTS) {
      this.results.delete(this.results.keys().next().value!);
    }
    this.results.set(cacheKey, result);
    return result;
  }

  private ordered(sortKey: string, sort?: ModelSort): Row[] {
    let order = this.sorted.get(sortKey);
    if (!order) {
      const compare = this.comparator(sort);
      const opposite =
        sort && this.sorted.get(`${sort.field}:${sort.direction === 'asc' ? 'desc' : 'asc'}`);
      const rows = opposite
        ? reverseKeepingTies(opposite.rows, this.primary(sort.field))
        : [...this.rows.values()].sort(compare);
      order = { compare, rows };
      this.sorted.set(sortKey, order);
    }
    return order.rows;
  }

  private comparator(sort?: ModelSort): Compare {
    if (!sort) return (a, b) => a.seq - b.seq;
    const primary = this.primary(sort.field);
    const sign = sort.direction === 'desc' ? -1 : 1;
    // Reverse the key, never the ties: equal keys keep insertion order in both directions.
    return (a, b) => sign * primary(a, b) || a.seq - b.seq;
  }

  private primary(field: SortField): Compare {
    switch (field) {
      case 'name':
        return (a, b) => this.collator.compare(a.model.name, b.model.name);
      case 'trainingStatus':
        return (a, b) => a.model.trainingStatus - b.model.trainingStatus;
      case 'baseLanguage':
        return (a, b) => a.languageRank - b.languageRank;
      case 'lastModified':
        return (a, b) => a.time - b.time;
      case 'wordErrorRate':
        // Not measured sorts as the highest rate: last ascending, first descending.
        return (a, b) => Math.sign(werKey(a.model) - werKey(b.model)) || 0;
    }
  }

  private refresh(row: Row): void {
    const { model } = row;
    row.nameLower = model.name.toLowerCase();
    row.keyLower = model.key.toLowerCase();
    row.languageKeyLower = model.baseLanguage.key.toLowerCase();
    row.time = Date.parse(model.lastModified) || 0;
    const name = model.baseLanguage.name;
    if (!this.languageRanks.has(name)) this.rankLanguages([name]);
    row.languageRank = this.languageRanks.get(name)!;
  }

  /** Ranks language names in collation order so the language sort compares numbers. */
  private rankLanguages(extra: Iterable<string>): void {
    const names = [...new Set([...this.languageRanks.keys(), ...extra])].sort(
      this.collator.compare,
    );
    const changed = names.length !== this.languageRanks.size;
    names.forEach((name, rank) => this.languageRanks.set(name, rank));
    if (!changed || this.rows.size === 0) return;
    // A new name shifts ranks: refresh every row and rebuild the language orders lazily.
    for (const row of this.rows.values())
      row.languageRank = this.languageRanks.get(row.model.baseLanguage.name)!;
    for (const key of [...this.sorted.keys()])
      if (key.startsWith('baseLanguage:')) this.sorted.delete(key);
    this.results.clear();
  }
}

/** Normalised filters as a predicate plus a cache key; undefined when nothing filters. */
function matcher(filters?: ModelFilters): { key: string; test: (row: Row) => boolean } | undefined {
  const name = filters?.name?.trim().toLowerCase() ?? '';
  const key = filters?.key?.trim().toLowerCase() ?? '';
  const language = filters?.baseLanguageKey?.trim().toLowerCase() ?? '';
  const statusList = [...new Set((filters?.trainingStatus ?? []).map(Number))].sort(
    (a, b) => a - b,
  );
  if (!name && !key && !language && statusList.length === 0) return undefined;
  const statuses = new Set(statusList);
  return {
    key: JSON.stringify([name, key, language, statusList]),
    test: (row) =>
      (!name || row.nameLower.includes(name)) &&
      (!key || row.keyLower.includes(key)) &&
      (!language || row.languageKeyLower === language) &&
      (statuses.size === 0 || statuses.has(row.model.trainingStatus)),
  };
}

/**
 * The other direction of a sorted order in linear time: reversed, except that each run of
 * equal keys keeps its insertion order (a full collator sort of 100,000 names costs ~150 ms).
 */
function reverseKeepingTies(rows: readonly Row[], primary: Compare): Row[] {
  const result: Row[] = [];
  let end = rows.length;
  while (end > 0) {
    let start = end - 1;
    while (start > 0 && primary(rows[start - 1]!, rows[end - 1]!) === 0) start--;
    for (let i = start; i < end; i++) result.push(rows[i]!);
    end = start;
  }
  return result;
}

/** First index whose row sorts at or after `row`. */
function lowerBound(rows: Row[], row: Row, compare: Compare): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compare(rows[mid]!, row) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

function insert(rows: Row[], row: Row, compare: Compare): void {
  rows.splice(lowerBound(rows, row, compare), 0, row);
}

function detach(rows: Row[], row: Row, compare: Compare): void {
  let index = lowerBound(rows, row, compare);
  // The order is total (ties fall back to seq), so the search lands on the row itself.
  if (rows[index] !== row) index = rows.indexOf(row);
  if (index >= 0) rows.splice(index, 1);
}

/** The model's measured WER, or Infinity when not measured (NaN never reaches a comparison). */
function werKey(model: CustomModel): number {
  const wer = model.wordErrorRate;
  return typeof wer === 'number' && Number.isFinite(wer) ? wer : Infinity;
}

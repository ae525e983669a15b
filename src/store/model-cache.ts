import type { CustomModel, ModelPage, ModelQuery } from '../api/types.js';

export interface Versioned<T> {
  value: T;
  /** The store clock when the request that brought it started (or the mutation answered). */
  seq: number;
}

interface PageEntry {
  ids: string[];
  total: number;
  items?: CustomModel[];
}

/** A stable key for one page query (same fields, same order). */
export function pageKey(query: ModelQuery): string {
  const { page, pageSize, sort, filters } = query;
  return JSON.stringify([page, pageSize, sort ?? null, filters ?? null]);
}

/** The objects of an adapter's list answer: a server's null or stray entries are dropped. */
export function objectsOnly<T extends object>(answer: unknown): T[] {
  return Array.isArray(answer)
    ? (answer as unknown[]).filter((item): item is T => typeof item === 'object' && item !== null)
    : [];
}

/** A page answer cleaned of what is no model (a server's null, a stray entry). */
export function cleanPage(page: ModelPage | null | undefined): ModelPage {
  const items = objectsOnly<CustomModel>(page?.items);
  const total = Number(page?.total);
  return { items, total: Number.isFinite(total) ? Math.max(total, items.length) : items.length };
}

/**
 * The store's models, by id, and the pages that list them (as ids, so a page always shows the
 * newest copy). Every write carries the store clock of when its request started: an older answer
 * never overwrites a newer copy, nor brings back a model deleted after it started.
 */
export class ModelCache {
  private readonly models = new Map<string, Versioned<CustomModel>>();
  /** Models deleted through the store, with the clock of the delete. */
  private readonly removed = new Map<string, number>();
  private readonly pages = new Map<string, PageEntry>();
  private writes = 0;

  /** `onWrite` hears every model written, with the copy it replaces (live status). */
  constructor(
    private readonly onWrite: (before: CustomModel | undefined, after: CustomModel) => void,
  ) {}

  /** How many writes to models happened. */
  get version(): number {
    return this.writes;
  }

  model(id: string): CustomModel | undefined {
    return this.models.get(id)?.value;
  }

  isRemoved(id: string): boolean {
    return this.removed.has(id);
  }

  /** Writes a model unless a newer copy is already here; says whether it was written. */
  write(model: CustomModel, seq: number): boolean {
    const id = String(model.id);
    const removedAt = this.removed.get(id);
    // Older than the delete: stale. Newer: the server has it (again), so it exists.
    if (removedAt !== undefined) {
      if (removedAt > seq) return false;
      this.removed.delete(id);
    }
    const before = this.models.get(id);
    if (before && before.seq > seq) return false;
    if (before?.value === model) return true;
    this.models.set(id, { value: model, seq });
    this.writes++;
    this.onWrite(before?.value, model);
    return true;
  }

  /** The keys of the pages loaded so far. */
  pageKeys(): IterableIterator<string> {
    return this.pages.keys();
  }

  /** A page as last loaded, its items the newest copies; undefined until loaded. */
  page(query: ModelQuery): ModelPage | undefined {
    const entry = this.pages.get(pageKey(query));
    if (!entry) return undefined;
    const items = entry.ids.flatMap((id) => this.models.get(id)?.value ?? []);
    // The same array while nothing in it changed: the grid's rows skip re-rendering.
    const previous = entry.items;
    if (
      previous &&
      previous.length === items.length &&
      previous.every((model, index) => model === items[index])
    ) {
      return { items: previous, total: entry.total };
    }
    entry.items = items;
    return { items, total: entry.total };
  }

  /**
   * Writes the page under `key` (`pageKey`), answered to a request started at `seq`, without the
   * models deleted since that request started.
   */
  writePage(key: string, page: ModelPage, seq: number): void {
    const ids: string[] = [];
    for (const model of page.items) {
      const id = String(model.id);
      if ((this.removed.get(id) ?? -1) > seq) continue;
      this.write(model, seq);
      ids.push(id);
    }
    const dropped = page.items.length - ids.length;
    this.pages.set(key, { ids, total: Math.max(ids.length, page.total - dropped) });
  }

  /** Drops a model from every page; with `removedAt`, older answers cannot bring it back. */
  forget(id: string, removedAt?: number): void {
    if (removedAt !== undefined) this.removed.set(id, removedAt);
    if (this.models.delete(id)) this.writes++;
    for (const entry of this.pages.values()) {
      const before = entry.ids.length;
      entry.ids = entry.ids.filter((candidate) => candidate !== id);
      if (entry.ids.length !== before) entry.total = Math.max(0, entry.total - 1);
    }
  }
}

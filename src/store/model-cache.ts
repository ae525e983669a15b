import type { CustomModel, CustomModelsApi, ModelPage, ModelQuery } from '../api/types.js';
import { CustomModelsApiError } from '../api/errors.js';
import { KeyedResource, type ResourceHub } from './keyed-resource.js';
import type { ResourceName } from './resource-name.js';

interface PageEntry {
  query: ModelQuery;
  ids: string[];
  total: number;
  /** The items last read, kept while they are the same models (the grid's rows skip a render). */
  items?: CustomModel[];
}

/** A stable key for one page query (same fields, same order). */
export function pageKey(query: ModelQuery): string {
  const { page, pageSize, sort, filters } = query;
  return JSON.stringify([page, pageSize, sort ?? null, filters ?? null]);
}

/** The name a view follows for one page: `lists:<pageKey>` (stale with `lists` too). */
export function pageName(query: ModelQuery): ResourceName {
  return `lists:${pageKey(query)}`;
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

/** Whether a page's order depends on the models' word error rates (sorted by it). */
export function dependsOnWordErrorRate(query: ModelQuery): boolean {
  return query.sort?.field === 'wordErrorRate';
}

/**
 * Whether a model's status change from `before` to `after` can change a page's order or members:
 * the page is sorted by status, or filtered by a status it had or has now.
 */
export function dependsOnStatus(query: ModelQuery, before: number, after: number): boolean {
  if (query.sort?.field === 'trainingStatus') return true;
  const wanted = query.filters?.trainingStatus;
  return Array.isArray(wanted) && (wanted.includes(before) || wanted.includes(after));
}

/**
 * The store's models, by id (`model:<id>`), and the pages that list them (`lists:<pageKey>`, as
 * ids, so a page always shows the newest copy): two keyed resources on the store's clock. A page
 * answer writes its models with the clock of its request, and never brings back a model deleted
 * after it started.
 */
export class ModelCache {
  readonly models: KeyedResource<string, CustomModel>;
  readonly pages: KeyedResource<ModelQuery, PageEntry, ModelPage>;
  /** The page whose answer is being written (its models' status changes need no re-read of it). */
  writingPage?: string;

  constructor(
    hub: ResourceHub,
    api: CustomModelsApi,
    onWrite: (before: CustomModel | undefined, after: CustomModel) => void,
  ) {
    this.models = new KeyedResource(hub, {
      prefix: 'model',
      fetch: async (id, signal) => {
        let model: CustomModel;
        try {
          model = await api.getModel(id, { signal });
        } catch (error) {
          if (CustomModelsApiError.is(error) && error.kind === 'not-found') this.forget(id);
          throw error;
        }
        if (!model || typeof model !== 'object') {
          throw new CustomModelsApiError(
            'server',
            'The adapter answered getModel without a model.',
          );
        }
        return model;
      },
      onWrite: (_id, before, after) => onWrite(before, after),
    });
    this.pages = new KeyedResource<ModelQuery, PageEntry, ModelPage>(hub, {
      prefix: 'lists',
      id: pageKey,
      fetch: async (query, signal) => cleanPage(await api.listModels(query, { signal })),
      // The page's models are written with the page, in its change notice (keyed-resource.ts).
      store: (query, page, seq) => {
        const ids: string[] = [];
        this.writingPage = pageKey(query);
        try {
          for (const model of page.items) {
            const id = String(model.id);
            if (this.models.removedSince(id, seq)) continue;
            this.models.set(id, model, { seq });
            ids.push(id);
          }
        } finally {
          this.writingPage = undefined;
        }
        const dropped = page.items.length - ids.length;
        return { query, ids, total: Math.max(ids.length, page.total - dropped) };
      },
    });
  }

  model(id: string): CustomModel | undefined {
    return this.models.get(id);
  }

  /** A page as last loaded, its items the newest copies; undefined until loaded. */
  page(query: ModelQuery): ModelPage | undefined {
    const entry = this.pages.get(query);
    if (!entry) return undefined;
    const items = entry.ids.flatMap((id) => this.models.get(id) ?? []);
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

  /** Drops a model from every page; with `removedAt`, older answers cannot bring it back. */
  forget(id: string, removedAt?: number): void {
    this.models.remove(id, removedAt);
    this.pages.update((entry) => {
      const before = entry.ids.length;
      entry.ids = entry.ids.filter((candidate) => candidate !== id);
      if (entry.ids.length === before) return false;
      entry.total = Math.max(0, entry.total - 1);
      return true;
    });
  }
}

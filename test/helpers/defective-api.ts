/*
 * Adapters with one deliberate defect each, over the real in-memory adapter: what the conformance
 * kit must catch and explain. Each is the kind of mistake a host's own adapter makes.
 */
import { CustomModelsApiError } from '../../src/api/errors.js';
import type { CustomModelsApi, ModelQuery, RequestOptions } from '../../src/api/types.js';
import { InMemoryCustomModelsApi } from '../../src/adapters/in-memory/in-memory-api.js';

type Methods = Omit<CustomModelsApi, 'capabilities'>;

/** `inner` with some methods replaced (the rest delegate to it). */
export function withDefect(
  inner: InMemoryCustomModelsApi,
  patch: (
    inner: InMemoryCustomModelsApi,
  ) => Partial<Methods & Pick<CustomModelsApi, 'capabilities'>>,
): CustomModelsApi {
  const replaced = patch(inner);
  return new Proxy(inner, {
    get(target, property) {
      if (property in replaced) return replaced[property as keyof typeof replaced];
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

const METHODS = [
  'getSession',
  'listTrainableLanguages',
  'listModels',
  'getModel',
  'createModel',
  'updateModel',
  'deleteModel',
  'listDatasets',
  'uploadDataset',
  'deleteDataset',
  'startTraining',
] as const satisfies ReadonlyArray<keyof Methods>;

/** Options without their signal: what an adapter that never passes it on does. */
const dropSignal = (arg: unknown) =>
  arg && typeof arg === 'object' && 'signal' in arg ? { ...arg, signal: undefined } : arg;

export const DEFECTS = {
  /** Reads `page` as 0-based: page 1 is the second page. */
  zeroBasedPages: (inner: InMemoryCustomModelsApi) =>
    withDefect(inner, (api) => ({
      listModels: (q: ModelQuery, o?: RequestOptions) =>
        api.listModels({ ...q, page: q.page + 1 }, o),
    })),
  /** Declares every sort but never sends one. */
  sortIgnored: (inner: InMemoryCustomModelsApi) =>
    withDefect(inner, (api) => ({
      listModels: (q: ModelQuery, o?: RequestOptions) =>
        api.listModels({ ...q, sort: undefined }, o),
    })),
  /** Sorts each page after fetching it unsorted: looks right on one page only. */
  sortPerPage: (inner: InMemoryCustomModelsApi) =>
    withDefect(inner, (api) => ({
      listModels: async (q: ModelQuery, o?: RequestOptions) => {
        const page = await api.listModels({ ...q, sort: undefined }, o);
        if (q.sort?.field === 'name') {
          const sign = q.sort.direction === 'desc' ? -1 : 1;
          page.items.sort((a, b) => sign * a.name.localeCompare(b.name));
        }
        return page;
      },
    })),
  /** Passes no signal on: every call answers even after an abort. */
  abortIgnored: (inner: InMemoryCustomModelsApi) =>
    withDefect(inner, (api) =>
      Object.fromEntries(
        METHODS.map((method) => [
          method,
          (...args: unknown[]) =>
            (api[method] as (...a: unknown[]) => Promise<unknown>).apply(api, args.map(dropSignal)),
        ]),
      ),
    ),
  /** Reports a missing model as a server failure. */
  wrongErrorKind: (inner: InMemoryCustomModelsApi) =>
    withDefect(inner, (api) => ({
      getModel: async (id: string, o?: RequestOptions) => {
        try {
          return await api.getModel(id, o);
        } catch (error) {
          if (CustomModelsApiError.is(error) && error.kind === 'not-found')
            throw new CustomModelsApiError('server', 'Something went wrong on the server.');
          throw error;
        }
      },
    })),
  /** Lets a raw error through, with the status phrase as its message. */
  rawErrors: (inner: InMemoryCustomModelsApi) =>
    withDefect(inner, (api) => ({
      listDatasets: async (id: string, o?: RequestOptions) => {
        try {
          return await api.listDatasets(id, o);
        } catch {
          throw new Error('Not Found');
        }
      },
    })),
  /** Sends the status as a string and the date as `Date#toString()`. */
  wrongShapes: (inner: InMemoryCustomModelsApi) =>
    withDefect(inner, (api) => ({
      getModel: async (id: string, o?: RequestOptions) => {
        const model = await api.getModel(id, o);
        return {
          ...model,
          trainingStatus: String(model.trainingStatus) as unknown as number,
          lastModified: new Date(model.lastModified).toString(),
          // One id, not a list of them.
          statusDatasetIds: 'ds-1' as unknown as string[],
        };
      },
    })),
  /** A case-sensitive name filter. */
  caseSensitiveNameFilter: (inner: InMemoryCustomModelsApi) =>
    withDefect(inner, (api) => ({
      listModels: async (q: ModelQuery, o?: RequestOptions) => {
        const name = q.filters?.name;
        if (!name) return api.listModels(q, o);
        const all = await api.listModels({ ...q, page: 1, pageSize: 1000 }, o);
        const items = all.items.filter((m) => m.name.includes(name));
        const start = (q.page - 1) * q.pageSize;
        return { items: items.slice(start, start + q.pageSize), total: items.length };
      },
    })),
  /** Never settles `getSession` once it is aborted (waits for an answer that never comes). */
  hangsWhenAborted: (inner: InMemoryCustomModelsApi) =>
    withDefect(inner, (api) => ({
      getSession: (o?: RequestOptions) =>
        o?.signal ? new Promise<never>(() => {}) : api.getSession(),
    })),
};

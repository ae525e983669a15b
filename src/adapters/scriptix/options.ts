import type { CustomModelsApiError } from '../../api/errors.js';
import type {
  AdapterCapabilities,
  DatasetKind,
  FilterField,
  Language,
  ModelQuery,
  Session,
  SortField,
} from '../../api/types.js';
import { SCRIPTIX_PLAN_MESSAGE } from './errors.js';
import type { HttpConfig, ScriptixTokenSource } from './http.js';

/** The public Scriptix API host. */
export const SCRIPTIX_DEFAULT_BASE_URL = 'https://api.scriptix.io';
/** Default request time limit (uploads excepted). */
export const SCRIPTIX_DEFAULT_TIMEOUT_MS = 30_000;

export type { ScriptixTokenSource } from './http.js';

/**
 * Paths of the calls, relative to `baseUrl`. `{id}` is the model id and `{datasetId}` the dataset
 * id (both URL-encoded). No default ends in a slash: a server that redirects `/x/` to `/x` breaks
 * CORS requests, so add one only where your server needs it.
 */
export interface ScriptixPaths {
  /** The model list the web app uses (`offset`, `limit`, `q`, `sort`, `direction`). */
  list: string;
  /** Create (POST). */
  create: string;
  /** One model: get (GET), rename (PUT), delete (DELETE). */
  model: string;
  /** The model's datasets (GET) and upload (PUT `?data_type=N`). */
  datasets: string;
  /** Start training (POST, body `{}`). */
  run: string;
  /** The current user (role, organisation). Cited by the docs; its shape is not public. */
  currentUser: string;
  /**
   * Delete one dataset (DELETE). Not documented, so there is no default: dataset delete stays off
   * (`capabilities.deleteDataset` false) until you set it, e.g.
   * `/api/v3/custom_models/{id}/data/{datasetId}`.
   */
  dataset?: string;
  /**
   * Trainable languages (GET; an envelope or bare list of `{ id, key, name }`). No public endpoint
   * is documented, so there is no default: without it (and without the `languages` option) the
   * languages are those of the listed models.
   */
  trainableLanguages?: string;
}

/** The defaults of {@link ScriptixPaths}: the documented calls only. */
export const SCRIPTIX_DEFAULT_PATHS: Readonly<ScriptixPaths> = {
  list: '/api/v3/speech-to-text/models',
  create: '/api/v3/custom_models',
  model: '/api/v3/custom_models/{id}',
  datasets: '/api/v3/custom_models/{id}/data',
  run: '/api/v3/custom_models/{id}/run',
  currentUser: '/api/v3/account/me',
};

/** How often the service's own web app refreshes a model page and a training model: 20 s. */
export const SCRIPTIX_DEFAULT_POLL_INTERVAL_MS = 20_000;

/** Wire names of the sort fields (`sort=` values). Undocumented: the wire field names. */
export const SCRIPTIX_DEFAULT_SORT_FIELDS: Readonly<Record<SortField, string>> = {
  name: 'name',
  trainingStatus: 'training_status',
  baseLanguage: 'base_language_key',
  lastModified: 'last_modified',
  wordErrorRate: 'word_error_rate',
};

/** Query parameters of the filters. Only `q` (search) is documented. */
export const SCRIPTIX_DEFAULT_FILTER_PARAMS: Readonly<Record<FilterField, string>> = {
  name: 'q',
  key: 'key',
  trainingStatus: 'training_status',
  baseLanguageKey: 'base_language_key',
};

/**
 * `data_type` per dataset kind. Documented: 1 = transcript (training data), 2 = test set. Codes for
 * audio and manifest files are not documented: a kind without a code is uploaded with no
 * `data_type`, so the server tells it from the file. Set `dataTypes` when your server wants codes.
 */
export const SCRIPTIX_DEFAULT_DATA_TYPES: Readonly<Partial<Record<DatasetKind, number>>> = {
  transcript: 1,
  'test-set': 2,
};

/**
 * What the documented list endpoint can do: a name search through `q`, and sorting on the two
 * plain wire columns. Widen it with the `capabilities` option when your server does more (merged
 * field by field: a field the option leaves out keeps this default).
 */
export const SCRIPTIX_DEFAULT_CAPABILITIES: Readonly<
  Required<Pick<AdapterCapabilities, 'sort' | 'filters'>>
> = {
  sort: ['name', 'lastModified'],
  filters: ['name'],
};

export interface ScriptixApiOptions {
  /** API host. Default `https://api.scriptix.io`. May include a path prefix (a proxy). */
  baseUrl?: string;
  /** Sent as `Authorization: Bearer <token>` (the web app's login token). */
  token?: ScriptixTokenSource;
  /** Sent as `x-zoom-s2t-key: <key>` (API tokens). Both may be given; both are then sent. */
  apiKey?: ScriptixTokenSource;
  /**
   * The organisation, sent as `organization_id` on create and rename. Absent: the model's own, or
   * the one from `getSession()`.
   */
  organizationId?: string | number;
  /** The `fetch` to use (a host's instrumented one, or a mock). Default: the global `fetch`. */
  fetch?: typeof fetch;
  /**
   * Makes the XMLHttpRequest of an upload (for mocks). Default: `new XMLHttpRequest()`. Where no
   * XMLHttpRequest exists (Node), uploads use `fetch` and report progress only at start and end.
   */
  xhr?: () => XMLHttpRequest;
  /** Request time limit in ms (uploads excepted). Default 30,000; 0 for none. */
  timeoutMs?: number;
  /** Paths of the calls; defaults in {@link SCRIPTIX_DEFAULT_PATHS}. */
  paths?: Partial<ScriptixPaths>;
  /** `sort=` value per sort field; defaults in {@link SCRIPTIX_DEFAULT_SORT_FIELDS}. */
  sortFields?: Partial<Record<SortField, string>>;
  /** Query parameter per filter; defaults in {@link SCRIPTIX_DEFAULT_FILTER_PARAMS}. */
  filterParams?: Partial<Record<FilterField, string>>;
  /** `data_type` per dataset kind; defaults in {@link SCRIPTIX_DEFAULT_DATA_TYPES}. */
  dataTypes?: Partial<Record<DatasetKind, number>>;
  /**
   * How a file is sent: `multipart` (the web app: one `file` field) or `raw` (the older API
   * reference: the bytes as the body, `Content-Type: text/plain`, `x-filename`). Default multipart.
   */
  uploadFormat?: 'multipart' | 'raw';
  /**
   * What the list endpoint can sort and filter by, merged field by field with
   * {@link SCRIPTIX_DEFAULT_CAPABILITIES}: `{ wordErrorRate: true }` keeps the default `sort` and
   * `filters`; `sort: []` declares none. `deleteDataset` is true only when `paths.dataset` is set
   * (and this does not say false).
   * `wordErrorRate: true` offers the grid's Accuracy column: set it when your server sends
   * `training_metrics.word_error_rate` (read whenever sent; documented by one API snapshot only).
   * `evaluations` is never declared: the service documents no evaluation call.
   */
  capabilities?: AdapterCapabilities;
  /**
   * How often elements refresh busy models, in ms (`capabilities.pollIntervalMs`). Default
   * {@link SCRIPTIX_DEFAULT_POLL_INTERVAL_MS}.
   */
  pollIntervalMs?: number;
  /**
   * The trainable languages, when the host knows them: no request is made for them then. Else
   * `paths.trainableLanguages` is read, else the languages of the listed models are offered.
   */
  languages?: Language[];
  /** The session, when the host knows it (it logged the user in): no current-user request then. */
  session?: Session;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
  /** Message per HTTP status, replacing the built-in wording (e.g. to translate it). */
  messages?: Partial<Record<number, string>>;
  /**
   * The sentence for a 402/403 on the model list (the plan lacks custom models) when the server
   * sends none of its own. Default {@link SCRIPTIX_PLAN_MESSAGE}.
   */
  planMessage?: string;
  /** Called on every 401 answer (before the call rejects), e.g. to log out or refresh a token. */
  onUnauthorized?: (error: CustomModelsApiError) => void;
}

/** Every option with its default applied: what a `ScriptixApi` works with. */
export interface ResolvedScriptixOptions {
  http: HttpConfig;
  paths: ScriptixPaths;
  sortFields: Record<SortField, string>;
  filterParams: Record<FilterField, string>;
  dataTypes: Partial<Record<DatasetKind, number>>;
  capabilities: AdapterCapabilities & Required<Pick<AdapterCapabilities, 'sort' | 'filters'>>;
  planMessage: string;
  uploadFormat: 'multipart' | 'raw';
}

/** `{ ...defaults, ...given }` leaving out what `given` sets to `undefined`. */
function merge<T extends object>(defaults: Readonly<T>, given: Partial<T> | undefined): T {
  const merged = { ...defaults } as T;
  for (const [key, value] of Object.entries(given ?? {}) as [keyof T, T[keyof T]][]) {
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

/** Applies the defaults to `options`, each object option merged field by field. */
export function resolveScriptixOptions(options: ScriptixApiOptions): ResolvedScriptixOptions {
  const paths = merge<ScriptixPaths>(SCRIPTIX_DEFAULT_PATHS, options.paths);
  const caps = merge<AdapterCapabilities>(SCRIPTIX_DEFAULT_CAPABILITIES, options.capabilities);
  return {
    http: {
      baseUrl: options.baseUrl ?? SCRIPTIX_DEFAULT_BASE_URL,
      token: options.token,
      apiKey: options.apiKey,
      fetch: options.fetch,
      xhr: options.xhr,
      timeoutMs: options.timeoutMs ?? SCRIPTIX_DEFAULT_TIMEOUT_MS,
      headers: options.headers ?? {},
      messages: options.messages ?? {},
      onUnauthorized: options.onUnauthorized,
    },
    paths,
    sortFields: merge(SCRIPTIX_DEFAULT_SORT_FIELDS, options.sortFields),
    filterParams: merge(SCRIPTIX_DEFAULT_FILTER_PARAMS, options.filterParams),
    dataTypes: merge(SCRIPTIX_DEFAULT_DATA_TYPES, options.dataTypes),
    capabilities: {
      sort: [...(caps.sort ?? [])],
      filters: [...(caps.filters ?? [])],
      // Undocumented: served only where the host names the path.
      deleteDataset: Boolean(paths.dataset) && caps.deleteDataset !== false,
      pollIntervalMs:
        options.pollIntervalMs ?? caps.pollIntervalMs ?? SCRIPTIX_DEFAULT_POLL_INTERVAL_MS,
      // `training_metrics.word_error_rate` is read whenever sent, but only one unconfirmed API
      // snapshot (B2) names it: the grid's Accuracy column is offered when the host says so.
      wordErrorRate: !!caps.wordErrorRate,
    },
    planMessage: options.planMessage ?? SCRIPTIX_PLAN_MESSAGE,
    uploadFormat: options.uploadFormat ?? 'multipart',
  };
}

/**
 * The list call's query parameters for `query`: paging as `offset` and `limit`, and only the
 * filters and sort the capabilities declare, under their configured wire names (the elements never
 * ask for others; a direct caller's are left out, not sent).
 */
export function listParams(
  query: ModelQuery,
  resolved: ResolvedScriptixOptions,
): { params: Record<string, string | number | undefined>; offset: number; pageSize: number } {
  const pageSize = Math.max(1, Math.floor(query.pageSize) || 25);
  const offset = (Math.max(1, Math.floor(query.page) || 1) - 1) * pageSize;
  const params: Record<string, string | number | undefined> = { offset, limit: pageSize };
  const filters = query.filters ?? {};
  for (const field of resolved.capabilities.filters) {
    const value = filters[field];
    if (value == null || value === '' || (Array.isArray(value) && !value.length)) continue;
    params[resolved.filterParams[field]] = Array.isArray(value)
      ? value.join(',')
      : String(value).trim();
  }
  const sort = query.sort;
  if (sort && resolved.capabilities.sort.includes(sort.field)) {
    params.sort = resolved.sortFields[sort.field];
    params.direction = sort.direction === 'desc' ? 'desc' : 'asc';
  }
  return { params, offset, pageSize };
}

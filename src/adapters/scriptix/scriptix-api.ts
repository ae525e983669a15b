import { CustomModelsApiError, isAbortError } from '../../api/errors.js';
import type {
  AdapterCapabilities,
  CustomModel,
  CustomModelsApi,
  Dataset,
  Language,
  ModelPage,
  ModelQuery,
  RequestOptions,
  Session,
  UploadOptions,
} from '../../api/types.js';
import { datasetFileProblem, datasetKindOf } from '../../api/dataset-files.js';
import { HttpClient } from './http.js';
import {
  listParams,
  resolveScriptixOptions,
  type ResolvedScriptixOptions,
  type ScriptixApiOptions,
  type ScriptixPaths,
} from './options.js';
import {
  LanguageNames,
  asList,
  isFullModel,
  isObject,
  toDataset,
  toLanguage,
  toModel,
  toSession,
  unwrap,
  wireId,
} from './wire.js';

/**
 * For answers known without a request: asynchronous like a request, and rejecting with `aborted`
 * when the signal aborted before or right after the call.
 */
async function settled(signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) throw CustomModelsApiError.aborted();
  await Promise.resolve();
  if (signal?.aborted) throw CustomModelsApiError.aborted();
}

/** Page size and page count of the walk that collects the languages of the listed models. */
const LANGUAGE_SCAN_PAGE_SIZE = 100;
const LANGUAGE_SCAN_MAX_PAGES = 20;

const unexpected = () =>
  new CustomModelsApiError('server', 'The service returned an answer that could not be read.');

/**
 * The adapter for the Scriptix HTTP API (`/api/v3/custom_models`, see docs/scriptix-api.md).
 * It defines no element and touches no DOM until a call is made, so it also runs in Node.
 *
 * ```ts
 * const api = new ScriptixApi({ token: () => auth.currentToken(), organizationId: 42 });
 * document.querySelector('custom-models-provider').api = api;
 * ```
 */
export class ScriptixApi implements CustomModelsApi {
  /**
   * What the list endpoint can sort and filter by: the `capabilities` option merged field by field
   * with {@link SCRIPTIX_DEFAULT_CAPABILITIES} (the documented ones).
   */
  readonly capabilities: AdapterCapabilities;

  private readonly http: HttpClient;
  /** The options with their defaults (options.ts). */
  private readonly resolved: ResolvedScriptixOptions;
  private readonly paths: ScriptixPaths;
  private readonly names = new LanguageNames();
  /** Base language and organisation per model id, which a rename must send back unchanged. */
  private readonly known = new Map<string, { languageId: unknown; organizationId: unknown }>();
  private sessionOrganizationId?: string;

  constructor(private readonly options: ScriptixApiOptions = {}) {
    this.resolved = resolveScriptixOptions(options);
    this.http = new HttpClient(this.resolved.http);
    this.paths = this.resolved.paths;
    this.capabilities = this.resolved.capabilities;
    if (options.languages) this.names.remember(options.languages);
  }

  private path(
    name: keyof ScriptixPaths,
    params: { id?: string; datasetId?: string } = {},
  ): string {
    return (this.paths[name] ?? '')
      .replace('{id}', encodeURIComponent(params.id ?? ''))
      .replace('{datasetId}', encodeURIComponent(params.datasetId ?? ''));
  }

  private map(raw: unknown): CustomModel {
    const model = toModel(raw, this.names);
    if (isObject(raw) && model.id) {
      this.known.set(model.id, {
        languageId: raw.base_language_id ?? (model.baseLanguage.id || undefined),
        organizationId: raw.organization_id,
      });
    }
    return model;
  }

  private organizationId(model?: unknown): unknown {
    return this.options.organizationId != null
      ? wireId(this.options.organizationId)
      : (model ?? (this.sessionOrganizationId ? wireId(this.sessionOrganizationId) : undefined));
  }

  /**
   * The organisation a create sends: the option, else the session's (loaded first when not known
   * yet, since one documented create variant requires it). Undefined when the session cannot be
   * read: the other variant lets the server default it to the caller's own.
   */
  private async organizationForCreate(o?: RequestOptions): Promise<unknown> {
    if (this.options.organizationId == null && !this.sessionOrganizationId) {
      try {
        await this.getSession(o);
      } catch (error) {
        if (isAbortError(error)) throw error;
      }
    }
    return this.organizationId();
  }

  async getSession(o?: RequestOptions): Promise<Session> {
    if (this.options.session) {
      await settled(o?.signal);
      const session = structuredClone(this.options.session);
      if (this.options.organizationId != null)
        session.organization.id = String(this.options.organizationId);
      this.sessionOrganizationId = session.organization.id || undefined;
      return session;
    }
    const body = await this.http.request({
      method: 'GET',
      path: this.path('currentUser'),
      signal: o?.signal,
    });
    const orgOption =
      this.options.organizationId != null ? String(this.options.organizationId) : undefined;
    const session = toSession(unwrap(body).result, orgOption);
    if (orgOption) session.organization.id = orgOption;
    this.sessionOrganizationId = session.organization.id || undefined;
    return session;
  }

  /**
   * The host's `languages`; else the configured `paths.trainableLanguages`; else the languages of
   * the listed models (no public endpoint lists them).
   */
  async listTrainableLanguages(o?: RequestOptions): Promise<Language[]> {
    if (this.options.languages) {
      await settled(o?.signal);
      return this.options.languages.map((language) => ({ ...language }));
    }
    const path = this.paths.trainableLanguages;
    if (!path) return this.languagesOfModels(o);
    let body: unknown;
    try {
      body = await this.http.request({
        method: 'GET',
        path: this.path('trainableLanguages'),
        signal: o?.signal,
      });
    } catch (error) {
      if (CustomModelsApiError.is(error) && error.kind === 'not-found') {
        throw new CustomModelsApiError(
          'not-found',
          `The list of trainable languages was not found on the service (${path}). Ask your administrator to check the languages path the page is set up with.`,
          { status: error.status, code: 'trainable-languages-not-found', cause: error },
        );
      }
      throw error;
    }
    const languages = asList(unwrap(body).result)
      .map(toLanguage)
      .filter((language): language is Language => !!language)
      .map((language) => ({
        ...language,
        name: language.name || this.names.resolve('', language.key).name,
      }));
    this.names.remember(languages);
    return languages;
  }

  /** Every distinct base language of the listed models (with an id, which create needs), by name. */
  private async languagesOfModels(o?: RequestOptions): Promise<Language[]> {
    const found = new Map<string, Language>();
    for (let page = 1; page <= LANGUAGE_SCAN_MAX_PAGES; page++) {
      const { items, total } = await this.listModels(
        { page, pageSize: LANGUAGE_SCAN_PAGE_SIZE },
        o,
      );
      for (const { baseLanguage } of items) {
        if (baseLanguage.id && !found.has(baseLanguage.id))
          found.set(baseLanguage.id, { ...baseLanguage });
      }
      if (items.length < LANGUAGE_SCAN_PAGE_SIZE || page * LANGUAGE_SCAN_PAGE_SIZE >= total) break;
    }
    if (!found.size) {
      throw new CustomModelsApiError(
        'not-found',
        'No trainable languages are known yet. The service does not list them, and there are no models to take them from: ask your administrator to set up the languages.',
        { code: 'no-trainable-languages' },
      );
    }
    return [...found.values()].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  }

  async listModels(query: ModelQuery, o?: RequestOptions): Promise<ModelPage> {
    const { params, offset, pageSize } = listParams(query, this.resolved);
    const body = await this.http.request({
      method: 'GET',
      path: this.path('list'),
      query: params,
      signal: o?.signal,
      planMessage: this.resolved.planMessage,
    });
    const { result, total } = unwrap(body);
    const rows = Array.isArray(result) ? result.filter(isObject) : [];
    const items = rows.map((row) => this.map(row));
    // Without `total_results`, a full page suggests there is more.
    const fallbackTotal = offset + items.length + (items.length >= pageSize ? 1 : 0);
    return { items, total: total ?? fallbackTotal };
  }

  async getModel(id: string, o?: RequestOptions): Promise<CustomModel> {
    const body = await this.http.request({
      method: 'GET',
      path: this.path('model', { id }),
      signal: o?.signal,
      codes: { 404: 'unknown-model' },
    });
    const raw = asList(unwrap(body).result)[0];
    if (!isObject(raw)) throw unexpected();
    return this.map(raw);
  }

  async createModel(
    input: { name: string; languageId: string },
    o?: RequestOptions,
  ): Promise<CustomModel> {
    const json: Record<string, unknown> = {
      name: input.name,
      language_id: wireId(input.languageId),
    };
    const organizationId = await this.organizationForCreate(o);
    if (organizationId != null) json.organization_id = organizationId;
    const body = await this.http.request({
      method: 'POST',
      path: this.path('create'),
      json,
      signal: o?.signal,
      codes: { 402: 'plan-limit', 409: 'duplicate-name' },
    });
    const raw = asList(unwrap(body).result)[0];
    if (isFullModel(raw)) return this.map(raw);
    // Some answers carry only `{ id, name, type }`: read the whole model.
    if (!isObject(raw) || raw.id == null) throw unexpected();
    return this.reread(String(raw.id), o, () => ({
      id: raw.id,
      name: typeof raw.name === 'string' ? raw.name : input.name,
      base_language_id: wireId(input.languageId),
      training_log: null,
      last_modified: new Date().toISOString(),
    }));
  }

  /** The model as the server has it now; `fallback` (a wire model) when it cannot be read. */
  private async reread(
    id: string,
    o: RequestOptions | undefined,
    fallback: () => unknown,
  ): Promise<CustomModel> {
    try {
      return await this.getModel(id, o);
    } catch (error) {
      if (isAbortError(error)) throw error;
      return this.map(fallback());
    }
  }

  async updateModel(
    id: string,
    changes: { name: string },
    o?: RequestOptions,
  ): Promise<CustomModel> {
    let known = this.known.get(id);
    // The language (fixed after creation) and organisation are sent back unchanged.
    if (!known || known.languageId == null) {
      await this.getModel(id, o);
      known = this.known.get(id);
    }
    const json: Record<string, unknown> = {
      name: changes.name,
      language_id:
        known?.languageId != null ? wireId(known.languageId as string | number) : undefined,
    };
    const organizationId = this.organizationId(known?.organizationId);
    if (organizationId != null) json.organization_id = organizationId;
    const body = await this.http.request({
      method: 'PUT',
      path: this.path('model', { id }),
      json,
      signal: o?.signal,
      codes: { 404: 'unknown-model', 409: 'duplicate-name' },
    });
    const raw = asList(unwrap(body).result)[0];
    if (isFullModel(raw)) return this.map(raw);
    return this.getModel(id, o);
  }

  async deleteModel(id: string, o?: RequestOptions): Promise<void> {
    await this.http.request({
      method: 'DELETE',
      path: this.path('model', { id }),
      signal: o?.signal,
      codes: { 404: 'unknown-model', 409: 'model-busy' },
    });
    this.known.delete(id);
  }

  async listDatasets(modelId: string, o?: RequestOptions): Promise<Dataset[]> {
    const body = await this.http.request({
      method: 'GET',
      path: this.path('datasets', { id: modelId }),
      signal: o?.signal,
    });
    const { result } = unwrap(body);
    // The list, or (older answers) a model carrying them in `language_data`.
    const list = Array.isArray(result)
      ? result
      : isObject(result) && Array.isArray(result.language_data)
        ? result.language_data
        : [];
    return list
      .map((item) => toDataset(item, this.resolved.dataTypes))
      .filter((dataset): dataset is Dataset => !!dataset);
  }

  async uploadDataset(modelId: string, file: File, o?: UploadOptions): Promise<Dataset> {
    // What the table does not accept is refused here, as the in-memory adapter and the upload do.
    const problem = datasetFileProblem(file);
    if (problem) {
      throw new CustomModelsApiError('validation', problem, { fieldErrors: { file: problem } });
    }
    const kind = o?.kind ?? datasetKindOf(file.name)!;
    const body = await this.http.upload({
      path: this.path('datasets', { id: modelId }),
      // No code for the kind (audio, manifest): no data_type, the server tells it from the file.
      query: { data_type: this.resolved.dataTypes[kind] },
      file,
      format: this.resolved.uploadFormat,
      signal: o?.signal,
      onProgress: o?.onProgress,
    });
    const raw = asList(unwrap(body).result)[0];
    const uploaded: Dataset = {
      id: '',
      name: file.name,
      kind,
      sizeBytes: file.size,
      uploadedAt: new Date().toISOString(),
    };
    if (isObject(raw)) {
      const full =
        raw.name != null && raw.id != null ? toDataset(raw, this.resolved.dataTypes) : undefined;
      if (full) return { ...uploaded, ...full, kind };
      const id = raw.transcriptId ?? raw.transcript_id ?? raw.data_id ?? raw.id;
      if (typeof id === 'number' || typeof id === 'string') return { ...uploaded, id: String(id) };
    }
    // No id in the answer: find the new dataset in the list.
    try {
      const datasets = await this.listDatasets(modelId, o);
      const found = datasets.filter((dataset) => dataset.name === file.name).pop();
      if (found) return { ...uploaded, ...found, kind };
    } catch (error) {
      if (isAbortError(error)) throw error;
    }
    return uploaded;
  }

  async deleteDataset(modelId: string, datasetId: string, o?: RequestOptions): Promise<void> {
    if (!this.capabilities.deleteDataset) {
      await settled(o?.signal);
      throw new CustomModelsApiError(
        'forbidden',
        'Removing a dataset is not available with this service.',
        { code: 'dataset-delete-not-configured' },
      );
    }
    await this.http.request({
      method: 'DELETE',
      path: this.path('dataset', { id: modelId, datasetId }),
      signal: o?.signal,
    });
  }

  async startTraining(modelId: string, o?: RequestOptions): Promise<CustomModel> {
    // `{}`: one documented variant sends it, none forbids a body.
    await this.http.request({
      method: 'POST',
      path: this.path('run', { id: modelId }),
      json: {},
      signal: o?.signal,
      codes: { 402: 'plan-limit', 404: 'unknown-model', 409: 'model-busy' },
    });
    return this.getModel(modelId, o);
  }
}

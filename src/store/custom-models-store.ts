import { CustomModelsApiError, isAbortError } from '../api/errors.js';
import type {
  CustomModel,
  CustomModelsApi,
  Dataset,
  Language,
  ModelPage,
  ModelQuery,
  ModelsChange,
  RequestOptions,
  Session,
  UploadOptions,
} from '../api/types.js';
import { languageLabel } from './language-label.js';
import { LiveUpdates, type Observer, type TrainingEndedHandler } from './live-updates.js';
import { cleanPage, ModelCache, objectsOnly, pageKey, type Versioned } from './model-cache.js';
import { SharedRequests } from './shared-request.js';

export { pageKey } from './model-cache.js';

/** A resource whose generation a view follows: a bump means "fetch it again". */
export type ResourceName = 'session' | 'languages' | 'lists' | `${PerModel}:${string}`;
/** `evaluation:<id>`: a model's accuracy measurement (read by the details' Accuracy section). */
type PerModel = 'model' | 'datasets' | 'evaluation';

const stores = new WeakMap<CustomModelsApi, CustomModelsStore>();

/**
 * The one owner of what an adapter returned: the session, the trainable languages, every model
 * seen (by id), the pages that list them and each model's datasets. Every view reads from here,
 * every change goes through here, and every view re-renders from the change at once.
 *
 * - Reads (`load*`) share one request per resource while it runs, and an answer never overwrites a
 *   newer one: each write carries the clock of when its request started.
 * - Mutations take an `AbortSignal`, write their answer, and invalidate what they make stale (a
 *   create or delete: the lists and the session's counters); views that show it fetch it again.
 * - Live status: one poll (or the adapter's push channel) for all busy models any view shows.
 *
 * One store per adapter: `CustomModelsStore.for(api)`; the provider and the page give it through
 * `customModelsStoreContext`.
 */
export class CustomModelsStore {
  /** The store of `api`, created on first use. */
  static for(api: CustomModelsApi): CustomModelsStore {
    let store = stores.get(api);
    if (!store) {
      store = new CustomModelsStore(api);
      stores.set(api, store);
    }
    return store;
  }

  readonly api: CustomModelsApi;
  private readonly requests = new SharedRequests();
  private readonly listeners = new Set<() => void>();
  private readonly generations = new Map<ResourceName, number>();
  private readonly live: LiveUpdates;
  private clock = 0;

  private sessionEntry?: Versioned<Session>;
  private sessionFresh = -1;
  private languagesEntry?: Versioned<Language[]>;
  /** Every model seen, and the pages that list them. */
  private readonly cache = new ModelCache((before, after) => this.live.noticeStatus(before, after));
  private readonly datasetLists = new Map<string, Versioned<Dataset[]>>();

  constructor(api: CustomModelsApi) {
    this.api = api;
    if (!stores.has(api)) stores.set(api, this);
    this.live = new LiveUpdates(this);
  }

  // --- change notification ---------------------------------------------------------------------

  /** Calls `listener` after every change; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const listener of [...this.listeners]) listener();
    this.live.update();
  }

  /**
   * Bumped whenever `name` became stale; a view that shows it fetches it again.
   * @internal
   */
  generation(name: ResourceName): number {
    return this.generations.get(name) ?? 0;
  }

  /**
   * Marks `names` stale: every view showing them fetches them again (quietly).
   * @internal
   */
  invalidate(...names: ResourceName[]): void {
    for (const name of names) {
      this.generations.set(name, this.generation(name) + 1);
      if (name === 'lists')
        for (const key of this.cache.pageKeys()) this.requests.forget(`page:${key}`);
    }
    this.changed();
  }

  // --- session ---------------------------------------------------------------------------------

  /** Who is using the feature, once loaded. */
  get session(): Session | undefined {
    return this.sessionEntry?.value;
  }

  /**
   * A session a host already knows (the provider's `session` property): no request needed.
   * @internal
   */
  seedSession(session: Session | undefined): void {
    if (!session || session === this.sessionEntry?.value) return;
    this.sessionEntry = { value: session, seq: ++this.clock };
    this.sessionFresh = this.generation('session');
    this.changed();
  }

  /** The session: loaded once per store, again only after `invalidate('session')`. */
  loadSession(o: RequestOptions = {}): Promise<Session> {
    const entry = this.sessionEntry;
    if (entry && this.sessionFresh === this.generation('session')) {
      return Promise.resolve(entry.value);
    }
    const generation = this.generation('session');
    const seq = ++this.clock;
    return this.requests.run(
      `session:${generation}`,
      async (signal) => {
        const session = await this.api.getSession({ signal });
        if (!session || typeof session !== 'object') {
          throw new CustomModelsApiError(
            'server',
            'The adapter answered getSession without a session.',
          );
        }
        if (!this.sessionEntry || this.sessionEntry.seq < seq) {
          this.sessionEntry = { value: session, seq };
          this.sessionFresh = generation;
          this.changed();
        }
        return this.sessionEntry.value;
      },
      o.signal,
    );
  }

  // --- languages -------------------------------------------------------------------------------

  /** The trainable languages, once loaded. */
  get languages(): Language[] | undefined {
    return this.languagesEntry?.value;
  }

  /** The trainable languages: loaded once per store (they rarely change). */
  loadLanguages(o: RequestOptions = {}): Promise<Language[]> {
    if (this.languagesEntry) return Promise.resolve(this.languagesEntry.value);
    return this.requests.run(
      `languages:${this.generation('languages')}`,
      async (signal) => {
        // Only objects: a server's null or stray entries must not break a form.
        const languages = objectsOnly<Language>(await this.api.listTrainableLanguages({ signal }));
        this.languagesEntry = { value: languages, seq: ++this.clock };
        this.changed();
        return languages;
      },
      o.signal,
    );
  }

  /** Forgets the languages so the next read asks again (Retry after a failure). */
  reloadLanguages(): void {
    this.languagesEntry = undefined;
    this.invalidate('languages');
  }

  /** A language in `locale`, the same in every view ("Engels" in Dutch, everywhere). */
  languageLabel(locale: string, language: Partial<Language> | null | undefined): string {
    return languageLabel(locale, language);
  }

  // --- models ----------------------------------------------------------------------------------

  /** The newest copy of a model seen by any view, or undefined. */
  model(id: string): CustomModel | undefined {
    return this.cache.model(id);
  }

  /** True when the model was deleted through this store. */
  isRemoved(id: string): boolean {
    return this.cache.isRemoved(id);
  }

  /** Loads one model. */
  loadModel(id: string, o: RequestOptions = {}): Promise<CustomModel> {
    const seq = ++this.clock;
    return this.requests.run(
      `model:${id}:${this.generation(`model:${id}`)}`,
      async (signal) => {
        let model: CustomModel;
        try {
          model = await this.api.getModel(id, { signal });
        } catch (error) {
          if (error instanceof CustomModelsApiError && error.kind === 'not-found') {
            this.forget(id, false);
          }
          throw error;
        }
        if (!model || typeof model !== 'object') {
          throw new CustomModelsApiError(
            'server',
            'The adapter answered getModel without a model.',
          );
        }
        this.cache.write(model, seq);
        this.changed();
        return this.model(id) ?? model;
      },
      o.signal,
    );
  }

  /** A page as last loaded, its items the newest copies; undefined until loaded. */
  page(query: ModelQuery): ModelPage | undefined {
    return this.cache.page(query);
  }

  /** Loads one page of models. */
  loadPage(query: ModelQuery, o: RequestOptions = {}): Promise<ModelPage> {
    const key = pageKey(query);
    const seq = ++this.clock;
    return this.requests.run(
      `page:${key}`,
      async (signal) => {
        this.cache.writePage(key, cleanPage(await this.api.listModels(query, { signal })), seq);
        this.changed();
        return this.page(query)!;
      },
      o.signal,
    );
  }

  /** A model's datasets as last loaded. */
  datasets(modelId: string): Dataset[] | undefined {
    return this.datasetLists.get(modelId)?.value;
  }

  /** Loads a model's datasets. */
  loadDatasets(modelId: string, o: RequestOptions = {}): Promise<Dataset[]> {
    const seq = ++this.clock;
    return this.requests.run(
      `datasets:${modelId}:${this.generation(`datasets:${modelId}`)}`,
      async (signal) => {
        const list = objectsOnly<Dataset>(await this.api.listDatasets(modelId, { signal }));
        this.writeDatasets(modelId, list, seq);
        return this.datasets(modelId) ?? list;
      },
      o.signal,
    );
  }

  private writeDatasets(modelId: string, list: Dataset[], seq: number): void {
    const before = this.datasetLists.get(modelId);
    if (before && before.seq > seq) return;
    this.datasetLists.set(modelId, { value: list, seq });
    this.changed();
  }

  // --- mutations -------------------------------------------------------------------------------

  /** Creates a model. The lists and the session's counters are fetched again. */
  async createModel(
    input: { name: string; languageId: string },
    o: RequestOptions = {},
  ): Promise<CustomModel> {
    try {
      const model = await this.api.createModel(input, { signal: o.signal });
      this.cache.write(model, ++this.clock);
      return model;
    } finally {
      // Also after an abort or failure: the server may have created it all the same.
      this.invalidate('lists', 'session');
    }
  }

  /** Renames a model; every view shows the new name at once. */
  async renameModel(id: string, name: string, o: RequestOptions = {}): Promise<CustomModel> {
    const updated = await this.api.updateModel(id, { name }, { signal: o.signal });
    this.cache.write(updated, ++this.clock);
    this.changed();
    return updated;
  }

  /** Deletes a model: it leaves every list at once, and the lists are fetched again. */
  async deleteModel(id: string, o: RequestOptions = {}): Promise<void> {
    try {
      await this.api.deleteModel(id, { signal: o.signal });
      this.forget(id);
    } catch (error) {
      // An abort leaves the outcome unknown: the lists will tell.
      if (!isAbortError(error)) throw error;
      this.invalidate('lists');
      throw error;
    }
    this.invalidate('lists', 'session');
  }

  /** Drops a model from every view; `deleted` also keeps older answers from bringing it back. */
  private forget(id: string, deleted = true): void {
    this.cache.forget(id, deleted ? ++this.clock : undefined);
    this.datasetLists.delete(id);
  }

  /** Uploads one file; the model (count, last change) is fetched again. */
  async uploadDataset(modelId: string, file: File, o: UploadOptions = {}): Promise<Dataset> {
    const dataset = await this.api.uploadDataset(modelId, file, o);
    const list = this.datasets(modelId);
    if (list && dataset && typeof dataset === 'object') {
      this.writeDatasets(modelId, [...list, dataset], ++this.clock);
    }
    this.invalidate(`model:${modelId}`);
    return dataset;
  }

  /** Deletes one dataset; the model is fetched again. */
  async deleteDataset(modelId: string, datasetId: string, o: RequestOptions = {}): Promise<void> {
    await this.api.deleteDataset(modelId, datasetId, { signal: o.signal });
    const list = this.datasets(modelId);
    if (list) {
      this.writeDatasets(
        modelId,
        list.filter((dataset) => dataset.id !== datasetId),
        ++this.clock,
      );
    }
    this.invalidate(`model:${modelId}`);
  }

  /** Starts training; the status changes in every view, and the credits are fetched again. */
  async startTraining(id: string, o: RequestOptions = {}): Promise<CustomModel> {
    const updated = await this.api.startTraining(id, { signal: o.signal });
    this.cache.write(updated, ++this.clock);
    // A new run makes the last accuracy figures stale: they are fetched again.
    this.invalidate('session', `evaluation:${id}`);
    return updated;
  }

  /** Applies what a push channel reported. */
  applyChange(change: ModelsChange): void {
    const seq = ++this.clock;
    for (const model of change.models ?? []) {
      if (model && typeof model === 'object') this.cache.write(model, seq);
    }
    for (const id of change.removedIds ?? []) this.forget(String(id));
    if (change.listsChanged || change.removedIds?.length) this.invalidate('lists');
    else this.changed();
  }

  // --- live status -----------------------------------------------------------------------------

  /**
   * Registers a view's interest in live status; returns the unregister.
   * @internal
   */
  observe(observer: Observer): () => void {
    return this.live.observe(observer);
  }

  /**
   * A view's live interest changed (its interval, its visibility): poll accordingly.
   * @internal
   */
  liveChanged(): void {
    this.live.update();
  }

  /** The last live refresh failed (the next ones back off). */
  get liveError(): boolean {
    return this.live.failed;
  }

  /**
   * Calls `handler` once for every training run that ends (a busy model the store sees reach
   * Success or Failed), after the write; returns the unsubscribe. Every subscriber is told: the
   * store reports the fact, and each view decides what to show (see README "Notifications").
   */
  onTrainingEnded(handler: TrainingEndedHandler): () => void {
    return this.live.onTrainingEnded(handler);
  }

  /**
   * How many writes to models happened; for views that cache derived lists.
   * @internal
   */
  get version(): number {
    return this.cache.version;
  }
}

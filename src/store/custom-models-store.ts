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
import { DatasetFacts } from './dataset-facts.js';
import { KeyedResource } from './keyed-resource.js';
import { languageLabel } from './language-label.js';
import type { Observer, TrainingEndedHandler } from './live-types.js';
import { LiveUpdates } from './live-updates.js';
import { ModelCache, objectsOnly } from './model-cache.js';
import { splitName, type ResourceName } from './resource-name.js';

export { pageKey, pageName } from './model-cache.js';
export type { ResourceName } from './resource-name.js';

/** A change notice: the names written, removed or made stale since the last one. */
export type StoreListener = (names: ReadonlySet<string>) => void;

const stores = new WeakMap<CustomModelsApi, CustomModelsStore>();

/**
 * The one owner of what an adapter returned: the session, the trainable languages, every model
 * seen (by id), the pages that list them and each model's datasets. Every view reads from here,
 * every change goes through here, and every view re-renders from the change at once.
 *
 * - Each of them is a `KeyedResource` on the store's clock: reads share one request per key while
 *   it runs, and an answer never overwrites a newer one.
 * - Mutations take an `AbortSignal`, write their answer, and invalidate what they make stale (a
 *   create or delete: the lists and the session's counters) by name; views that show it fetch it
 *   again.
 * - Live status: one poll (or the adapter's push channel) for all busy models any view shows.
 *
 * One store per adapter: `CustomModelsStore.for(api)`; the provider and the page give it through
 * `customModelsStoreContext`.
 */
// Structurally a ResourceHub (keyed-resource.ts); not declared, so the hub stays out of the public types.
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
  private readonly listeners = new Set<StoreListener>();
  private readonly resources = new Map<string, KeyedResource<never, unknown>>();
  /** Generations of names whose resource is not registered yet. */
  private readonly unowned = new Map<ResourceName, number>();
  private clock = 0;
  private batching?: Set<ResourceName>;

  private readonly sessionResource: KeyedResource<'session', Session>;
  private readonly languagesResource: KeyedResource<'languages', Language[]>;
  /** Every model seen, and the pages that list them. */
  private readonly cache: ModelCache;
  private readonly datasetLists: KeyedResource<string, Dataset[]>;
  /** What the upload's pre-flight read, shown where the adapter gives no duration or words. */
  private readonly facts = new DatasetFacts();
  private readonly live: LiveUpdates;

  constructor(api: CustomModelsApi) {
    this.api = api;
    if (!stores.has(api)) stores.set(api, this);
    this.sessionResource = new KeyedResource(this, {
      prefix: 'session',
      single: true,
      fetch: async (_key, signal) => {
        const session = await api.getSession({ signal });
        if (!session || typeof session !== 'object') {
          throw new CustomModelsApiError(
            'server',
            'The adapter answered getSession without a session.',
          );
        }
        return session;
      },
    });
    this.languagesResource = new KeyedResource(this, {
      prefix: 'languages',
      single: true,
      // Only objects: a server's null or stray entries must not break a form.
      fetch: async (_key, signal) =>
        objectsOnly<Language>(await api.listTrainableLanguages({ signal })),
    });
    this.cache = new ModelCache(this, api, (before, after) =>
      this.live.noticeStatus(before, after),
    );
    this.datasetLists = new KeyedResource(this, {
      prefix: 'datasets',
      fetch: async (modelId, signal) =>
        objectsOnly<Dataset>(await api.listDatasets(modelId, { signal })).map((dataset) =>
          this.facts.apply(modelId, dataset),
        ),
    });
    this.live = new LiveUpdates(this, this.cache);
  }

  // --- the resources' hub ----------------------------------------------------------------------

  /** Calls `listener` after every change, with the names it touched; returns the unsubscribe. */
  subscribe(listener: StoreListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * The store's clock (for its resources): a later number wins.
   * @internal
   */
  tick(): number {
    return ++this.clock;
  }

  /**
   * Tells every subscriber what changed, by name (for the store's resources).
   * @internal
   */
  changed(...names: ResourceName[]): void {
    if (this.batching) {
      for (const name of names) this.batching.add(name);
      return;
    }
    const notice: ReadonlySet<ResourceName> = new Set(names);
    for (const listener of [...this.listeners]) listener(notice);
    this.live.feed.update();
  }

  /**
   * Runs `write`, telling the subscribers once at its end.
   * @internal
   */
  batch(write: () => void): void {
    if (this.batching) return write();
    const names = (this.batching = new Set());
    try {
      write();
    } finally {
      this.batching = undefined;
      if (names.size) this.changed(...names);
    }
  }

  /**
   * Adds a resource (the evaluations, loaded with the Accuracy section) by its name's prefix.
   * @internal
   */
  register(prefix: string, resource: KeyedResource<never, unknown>): void {
    this.resources.set(prefix, resource);
  }

  /**
   * Bumped whenever `name` became stale; a view that shows it fetches it again.
   * @internal
   */
  generation(name: ResourceName): number {
    const { prefix, id } = splitName(name);
    return (this.resources.get(prefix)?.generation(id) ?? 0) + (this.unowned.get(name) ?? 0);
  }

  /**
   * Marks `names` stale: every view showing them fetches them again (quietly).
   * @internal
   */
  invalidate(...names: ResourceName[]): void {
    this.batch(() => {
      for (const name of names) {
        const { prefix, id } = splitName(name);
        const resource = this.resources.get(prefix);
        if (!resource) {
          // A resource not loaded yet (the evaluations come with the Accuracy section).
          this.unowned.set(name, (this.unowned.get(name) ?? 0) + 1);
          this.changed(name);
        } else if (id === undefined) resource.invalidateAll();
        else resource.invalidateIds([id]);
      }
    });
  }

  // --- session ---------------------------------------------------------------------------------

  /** Who is using the feature, once loaded. */
  get session(): Session | undefined {
    return this.sessionResource.get('session');
  }

  /**
   * A session a host already knows (the provider's `session` property): no request needed.
   * @internal
   */
  seedSession(session: Session | undefined): void {
    if (!session || session === this.session) return;
    this.sessionResource.set('session', session);
  }

  /** The session: loaded once per store, again only after `invalidate('session')`. */
  loadSession(o: RequestOptions = {}): Promise<Session> {
    return this.sessionResource.load('session', { signal: o.signal, reuse: true });
  }

  // --- languages -------------------------------------------------------------------------------

  /** The trainable languages, once loaded. */
  get languages(): Language[] | undefined {
    return this.languagesResource.get('languages');
  }

  /** The trainable languages: loaded once per store (they rarely change). */
  loadLanguages(o: RequestOptions = {}): Promise<Language[]> {
    return this.languagesResource.load('languages', { signal: o.signal, reuse: true });
  }

  /** Forgets the languages so the next read asks again (Retry after a failure). */
  reloadLanguages(): void {
    this.batch(() => {
      this.languagesResource.remove('languages');
      this.invalidate('languages');
    });
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
    return this.cache.models.isRemoved(id);
  }

  /** Loads one model. */
  loadModel(id: string, o: RequestOptions = {}): Promise<CustomModel> {
    return this.cache.models.load(id, o);
  }

  /** A page as last loaded, its items the newest copies; undefined until loaded. */
  page(query: ModelQuery): ModelPage | undefined {
    return this.cache.page(query);
  }

  /** Loads one page of models. */
  async loadPage(query: ModelQuery, o: RequestOptions = {}): Promise<ModelPage> {
    await this.cache.pages.load(query, o);
    return this.page(query)!;
  }

  /** A model's datasets as last loaded. */
  datasets(modelId: string): Dataset[] | undefined {
    return this.datasetLists.get(modelId);
  }

  /** Loads a model's datasets. */
  loadDatasets(modelId: string, o: RequestOptions = {}): Promise<Dataset[]> {
    return this.datasetLists.load(modelId, o);
  }

  // --- mutations -------------------------------------------------------------------------------

  /** Creates a model. The lists and the session's counters are fetched again. */
  async createModel(
    input: { name: string; languageId: string },
    o: RequestOptions = {},
  ): Promise<CustomModel> {
    try {
      const model = await this.api.createModel(input, { signal: o.signal });
      this.cache.models.set(String(model.id), model);
      return model;
    } finally {
      // Also after an abort or failure: the server may have created it all the same.
      this.invalidate('lists', 'session');
    }
  }

  /** Renames a model; every view shows the new name at once. */
  async renameModel(id: string, name: string, o: RequestOptions = {}): Promise<CustomModel> {
    const updated = await this.api.updateModel(id, { name }, { signal: o.signal });
    this.cache.models.set(String(updated.id), updated);
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

  /** Drops a model from every view; older answers cannot bring it back. */
  private forget(id: string): void {
    this.batch(() => {
      this.cache.forget(id, this.tick());
      this.datasetLists.remove(id);
      this.facts.forget(id);
    });
  }

  /**
   * Uploads one file; the model (count, last change) is fetched again. `read`: what the upload's
   * pre-flight read of the file (its seconds, its words), shown wherever the adapter gives none.
   */
  async uploadDataset(
    modelId: string,
    file: File,
    o: UploadOptions & { read?: Pick<Dataset, 'durationSeconds' | 'words'> } = {},
  ): Promise<Dataset> {
    const { read, ...options } = o;
    let dataset = await this.api.uploadDataset(modelId, file, options);
    if (dataset && typeof dataset === 'object') {
      this.facts.remember(modelId, dataset.id, read);
      dataset = this.facts.apply(modelId, dataset);
    }
    const list = this.datasets(modelId);
    this.batch(() => {
      if (list && dataset && typeof dataset === 'object') {
        this.datasetLists.set(modelId, [...list, dataset]);
      }
      this.invalidate(`model:${modelId}`);
    });
    return dataset;
  }

  /** Deletes one dataset; the model is fetched again. */
  async deleteDataset(modelId: string, datasetId: string, o: RequestOptions = {}): Promise<void> {
    await this.api.deleteDataset(modelId, datasetId, { signal: o.signal });
    this.facts.forget(modelId, datasetId);
    const list = this.datasets(modelId);
    this.batch(() => {
      if (list) {
        this.datasetLists.set(
          modelId,
          list.filter((dataset) => dataset.id !== datasetId),
        );
      }
      this.invalidate(`model:${modelId}`);
    });
  }

  /** Starts training; the status changes in every view, and the credits are fetched again. */
  async startTraining(id: string, o: RequestOptions = {}): Promise<CustomModel> {
    const updated = await this.api.startTraining(id, { signal: o.signal });
    this.batch(() => {
      this.cache.models.set(String(updated.id), updated);
      // A new run makes the last accuracy figures stale: they are fetched again.
      this.invalidate('session', `evaluation:${id}`);
    });
    return updated;
  }

  /** Applies what a push channel reported. */
  applyChange(change: ModelsChange): void {
    const seq = this.tick();
    this.batch(() => {
      for (const model of change.models ?? []) {
        if (model && typeof model === 'object')
          this.cache.models.set(String(model.id), model, { seq });
      }
      for (const id of change.removedIds ?? []) this.forget(String(id));
      if (change.listsChanged || change.removedIds?.length) this.invalidate('lists');
    });
  }

  // --- live status -----------------------------------------------------------------------------

  /**
   * Registers a view's interest in live status; returns the unregister.
   * @internal
   */
  observe(observer: Observer): () => void {
    return this.live.feed.watch(observer);
  }

  /**
   * A view's live interest changed (its interval, its visibility): poll accordingly.
   * @internal
   */
  liveChanged(): void {
    this.live.feed.update();
  }

  /** The last live refresh failed (the next ones back off). */
  get liveError(): boolean {
    return this.live.feed.failed;
  }

  /**
   * Calls `handler` once for every training run that ends (a busy model the store sees reach
   * Success or Failed), after the write; returns the unsubscribe. Every subscriber is told: the
   * store reports the fact, and each view decides what to show (see README "Notifications").
   */
  onTrainingEnded(handler: TrainingEndedHandler): () => void {
    return this.live.ended.add(handler);
  }
}

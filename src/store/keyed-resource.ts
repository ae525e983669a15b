import type { ResourceName } from './resource-name.js';
import { SharedRequests } from './shared-request.js';

/** What a resource needs from its store: the clock and the change notice. */
export interface ResourceHub {
  /** The store's clock: a new number for every request start and every mutation answer. */
  tick(): number;
  /** Tells the store's subscribers that `names` changed (written, removed or made stale). */
  changed(...names: ResourceName[]): void;
  /** Runs `write`, telling the subscribers once, at its end, every name it changed. */
  batch(write: () => void): void;
  /** Lets `store.generation(name)` find the resource that owns `prefix` (`model`, `session`…). */
  register(prefix: string, resource: KeyedResource<never, unknown>): void;
}

export interface KeyedResourceOptions<K, V, A = V> {
  /** The resource's name, and the prefix of each entry's: `datasets` → `datasets:<id>`. */
  prefix: string;
  /** True for a resource with one entry (the session): its one name is the prefix alone. */
  single?: boolean;
  /** The entry's id in the names and maps (a model id, a page query's key). Default: String. */
  id?: (key: K) => string;
  /**
   * Asks the adapter. `seq` is the clock at the request's start, for a fetch that writes other
   * resources too (a page writes its models). The answer is written unless a newer one is there.
   */
  fetch: (key: K, signal: AbortSignal, seq: number) => Promise<A>;
  /**
   * Turns the adapter's answer into the entry, writing what else it brings (a page writes its
   * models) in the same change notice as the entry: a view re-renders once for the answer, not
   * once for the models and again for the page. Without it the answer is the entry.
   */
  store?: (key: K, answer: A, seq: number) => V;
  /** Hears every value written, with the one it replaced (training ended, evaluation ended). */
  onWrite?: (key: K, before: V | undefined, after: V) => void;
}

interface Entry<V> {
  value: V;
  /** The clock when the request that brought it started (or the mutation answered). */
  seq: number;
  /** The generation it was read at: fresh while the resource was not invalidated since. */
  generation: number;
}

/**
 * The store's one way of keeping what an adapter returned, by key: the session, the languages,
 * each model, each page, each model's datasets, each evaluation.
 *
 * - `load(key)` shares one request per key (and generation) among everyone who asks while it runs;
 * - every entry carries the store's clock: an answer to an older request never overwrites a newer
 *   value, nor brings back an entry removed after it started (`remove`);
 * - `invalidate(key)` (or `invalidateAll`) makes entries stale by name: the views that follow
 *   `<prefix>:<id>` (or `<prefix>`) fetch it again; nothing else re-renders for it.
 *
 * ```ts
 * const reports = new KeyedResource<string, Report[]>(store, {
 *   prefix: 'reports',
 *   fetch: (modelId, signal) => api.listReports(modelId, { signal }),
 * });
 * reports.get(id); reports.load(id, { signal }); reports.invalidate(id);
 * ```
 */
export class KeyedResource<K, V, A = V> {
  private readonly entries = new Map<string, Entry<V>>();
  /** Entries removed (a deleted model), with the clock of the removal. */
  private readonly removed = new Map<string, number>();
  private readonly generations = new Map<string, number>();
  private allGeneration = 0;
  private readonly requests = new SharedRequests();

  constructor(
    private readonly hub: ResourceHub,
    private readonly options: KeyedResourceOptions<K, V, A>,
  ) {
    hub.register(options.prefix, this as unknown as KeyedResource<never, unknown>);
  }

  /** The entry's id (the part of its name after the prefix). */
  id(key: K): string {
    return this.options.id ? this.options.id(key) : String(key);
  }

  /** The name views follow for `key`: `<prefix>:<id>`, or the prefix of a single resource. */
  name(key: K): ResourceName {
    return this.nameOf(this.id(key));
  }

  get(key: K): V | undefined {
    return this.entries.get(this.id(key))?.value;
  }

  /** True when the entry was removed through the store (and nothing newer brought it back). */
  isRemoved(key: K): boolean {
    return this.removed.has(this.id(key));
  }

  /** True when the entry was removed after a request started at `seq` (its answer is stale). */
  removedSince(key: K, seq: number): boolean {
    return (this.removed.get(this.id(key)) ?? -1) > seq;
  }

  /** Bumped whenever the entry (or the whole resource) became stale. */
  generation(id?: string): number {
    return this.allGeneration + (id === undefined ? 0 : (this.generations.get(id) ?? 0));
  }

  /** True when the entry is held and was not made stale since it was read. */
  isFresh(key: K): boolean {
    const id = this.id(key);
    const entry = this.entries.get(id);
    return entry !== undefined && entry.generation === this.generation(id);
  }

  /**
   * Reads `key` from the adapter, sharing the request with every caller of the same generation
   * (each caller's own signal rejects that caller only). With `reuse`, a fresh entry is answered
   * without a request (the session, the languages).
   */
  load(key: K, o: { signal?: AbortSignal; reuse?: boolean } = {}): Promise<V> {
    const id = this.id(key);
    if (o.reuse && this.isFresh(key)) return Promise.resolve(this.entries.get(id)!.value);
    const generation = this.generation(id);
    const seq = this.hub.tick();
    return this.requests.run(
      `${id}#${generation}`,
      async (signal) => {
        const answer = await this.options.fetch(key, signal, seq);
        let value = answer as unknown as V;
        this.hub.batch(() => {
          if (this.options.store) value = this.options.store(key, answer, seq);
          this.set(key, value, { seq, generation });
        });
        return this.get(key) ?? value;
      },
      o.signal,
    );
  }

  /**
   * Writes a value (a mutation's answer, a pushed change), unless a newer one is already there or
   * the entry was removed after `seq`; says whether it was written.
   */
  set(key: K, value: V, o: { seq?: number; generation?: number } = {}): boolean {
    const id = this.id(key);
    const seq = o.seq ?? this.hub.tick();
    const removedAt = this.removed.get(id);
    // Older than the removal: stale. Newer: the server has it (again), so it exists.
    if (removedAt !== undefined) {
      if (removedAt > seq) return false;
      this.removed.delete(id);
    }
    const before = this.entries.get(id);
    if (before && before.seq > seq) return false;
    const generation = o.generation ?? this.generation(id);
    if (before?.value === value && before.generation === generation) return true;
    this.entries.set(id, { value, seq, generation });
    this.options.onWrite?.(key, before?.value, value);
    this.hub.changed(this.name(key));
    return true;
  }

  /** Drops an entry; with `removedAt` (the clock of a delete), older answers cannot bring it back. */
  remove(key: K, removedAt?: number): void {
    const id = this.id(key);
    if (removedAt !== undefined) this.removed.set(id, removedAt);
    if (this.entries.delete(id)) this.hub.changed(this.name(key));
  }

  /** Changes entries in place (a page dropping a deleted model); the callback says if it did. */
  update(edit: (value: V, id: string) => boolean): void {
    const names: ResourceName[] = [];
    for (const [id, entry] of this.entries) {
      if (edit(entry.value, id)) names.push(this.nameOf(id));
    }
    if (names.length) this.hub.changed(...names);
  }

  /** Makes the entries of `keys` stale: the views following them fetch them again. */
  invalidate(...keys: K[]): void {
    if (this.options.single) return this.invalidateAll();
    this.invalidateIds(keys.map((key) => this.id(key)));
  }

  /** Makes stale the held entries that `stale` picks (by value and id). */
  invalidateWhere(stale: (value: V, id: string) => boolean): void {
    this.invalidateIds([...this.entries].filter(([id, e]) => stale(e.value, id)).map(([id]) => id));
  }

  /** Makes every entry stale, held or not. */
  invalidateAll(): void {
    this.allGeneration++;
    this.hub.changed(this.options.prefix as ResourceName);
  }

  /** Makes the entries of `ids` stale, held or not (`store.invalidate('model:<id>')`). */
  invalidateIds(ids: readonly string[]): void {
    if (this.options.single) return this.invalidateAll();
    for (const id of ids) this.generations.set(id, (this.generations.get(id) ?? 0) + 1);
    if (ids.length) this.hub.changed(...ids.map((id) => this.nameOf(id)));
  }

  private nameOf(id: string): ResourceName {
    return (
      this.options.single ? this.options.prefix : `${this.options.prefix}:${id}`
    ) as ResourceName;
  }
}

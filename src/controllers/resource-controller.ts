import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError } from '../api/errors.js';
import type { CustomModelsStore, ResourceName } from '../store/custom-models-store.js';
import type { Observer } from '../store/live-types.js';
import { StoreSubscription } from './store-subscription.js';

export interface ResourceOptions<K, V> {
  /** The store to read from; undefined (no adapter) reads nothing. */
  store: () => CustomModelsStore | undefined;
  /** What to read now, e.g. a page query or a model id; undefined reads nothing. */
  key: () => K | undefined;
  /** The store resources the value depends on: when one is invalidated, it is fetched again. */
  resources: (key: K) => readonly ResourceName[];
  /** Fetches into the store. */
  fetch: (store: CustomModelsStore, key: K, signal: AbortSignal) => Promise<unknown>;
  /** Reads the value from the store (always the newest copy, whoever changed it). */
  read: (store: CustomModelsStore, key: K) => V | undefined;
  /** While another key loads, keep showing the last value (a grid does not blank its rows). */
  keepPrevious?: boolean;
  /** Live status for what this resource shows (pages, models, interval). */
  live?: (key: K) => Omit<Observer, 'active'> & { active?: () => boolean };
}

/**
 * One read of the store for an element, run by `@lit/task`, with what the library lacks:
 *
 * - the value is read from the store on every render, so a change made anywhere shows at once;
 * - a request in flight is aborted when the element is removed, and asked again when it returns;
 * - a refetch of a value already shown (the store invalidated it) is quiet: no loading state, and
 *   when it fails the last value stays, with `refreshError` set;
 * - while connected it follows the store (`StoreSubscription`) and registers the element's
 *   live-status interest with it.
 */
export class ResourceController<K, V> implements ReactiveController {
  private readonly options: ResourceOptions<K, V>;
  private readonly task: Task<readonly unknown[], unknown>;
  private abortedByRemoval = false;
  private loudRun = true;
  private quiet = false;
  private loadedId?: string;
  private previous?: { store: CustomModelsStore; value: V };
  /** The error of the last quiet refresh, while the last value stays on screen. */
  refreshError?: unknown;

  constructor(host: ReactiveControllerHost, options: ResourceOptions<K, V>) {
    this.options = options;
    // Before the task: the store the task's arguments read is followed first.
    host.addController(this);
    new StoreSubscription(host, {
      store: options.store,
      subscribe: (store) => store.subscribe(() => host.requestUpdate()),
    });
    new StoreSubscription(host, {
      store: options.store,
      key: () => (options.live ? options.key() : undefined),
      subscribe: (store) => {
        const key = options.key();
        return key === undefined || !options.live ? undefined : store.observe(options.live(key));
      },
      // The same interest, but its interval or visibility may have changed with this render.
      same: (store) => store.liveChanged(),
    });
    this.task = new Task(host, {
      args: () => this.args(),
      task: (args, { signal }) => this.run(args, signal),
    });
  }

  private args(): readonly unknown[] {
    const store = this.options.store();
    const key = store ? this.options.key() : undefined;
    if (!store || key === undefined) return [undefined, undefined];
    const generations = this.options.resources(key).map((name) => store.generation(name));
    return [store, JSON.stringify(key), ...generations];
  }

  private async run(args: readonly unknown[], signal: AbortSignal): Promise<unknown> {
    const store = args[0] as CustomModelsStore | undefined;
    const id = args[1] as string | undefined;
    const key = this.options.key();
    if (!store || id === undefined || key === undefined) {
      this.quiet = false;
      return initialState;
    }
    this.quiet =
      !this.loudRun && this.loadedId === id && this.options.read(store, key) !== undefined;
    this.loudRun = false;
    try {
      await this.options.fetch(store, key, signal);
      this.loadedId = id;
      this.refreshError = undefined;
    } catch (error) {
      if (!(signal.aborted && isAbortError(error))) {
        if (this.quiet) this.refreshError = error;
        else this.loadedId = undefined;
      }
      throw error;
    }
    return id;
  }

  /** The store's key for what is read now. */
  private current(): { store: CustomModelsStore; key: K } | undefined {
    const store = this.options.store();
    const key = store ? this.options.key() : undefined;
    return store && key !== undefined ? { store, key } : undefined;
  }

  /** The value in the store for the current key (or, with `keepPrevious`, the last one shown). */
  get value(): V | undefined {
    const current = this.current();
    const value = current ? this.options.read(current.store, current.key) : undefined;
    if (value !== undefined && !this.error) {
      this.previous = { store: current!.store, value };
      return value;
    }
    if (this.error || !this.options.keepPrevious || !current) return undefined;
    // Another adapter's rows are never shown as this one's.
    return this.previous?.store === current.store ? this.previous.value : undefined;
  }

  /** A request is running that the user should see (not a quiet refresh). */
  get loading(): boolean {
    return this.task.status === TaskStatus.PENDING && !this.quiet;
  }

  /** A request is running, quiet or not. */
  get pending(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  /** Why the value could not be loaded (not set by a quiet refresh that failed). */
  get error(): unknown {
    if (this.task.status !== TaskStatus.ERROR || this.quiet) return undefined;
    return this.task.error ?? new Error('The request failed.');
  }

  /** Fetches again, showing the loading state (Retry, Refresh). */
  async refresh(): Promise<void> {
    this.loudRun = true;
    this.refreshError = undefined;
    await this.task.run().catch(() => undefined);
  }

  hostConnected(): void {
    if (this.abortedByRemoval) {
      this.abortedByRemoval = false;
      void this.task.run().catch(() => undefined);
    }
  }

  hostDisconnected(): void {
    if (this.task.status === TaskStatus.PENDING) {
      this.abortedByRemoval = true;
      this.task.abort();
    }
  }
}

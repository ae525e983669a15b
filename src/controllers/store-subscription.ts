import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CustomModelsStore } from '../store/custom-models-store.js';

export interface StoreSubscriptionOptions<S = CustomModelsStore> {
  /** The store in use now (the element's `this.store`); undefined subscribes to nothing. */
  store: () => S | undefined;
  /** What the subscription is for (a model id, a page query): a new key subscribes again. */
  key?: () => unknown;
  /** Subscribes to `store`; returns the unsubscribe. Undefined: nothing to follow for this key. */
  subscribe: (store: S) => (() => void) | undefined;
  /** Called on every update while the subscription stays the same (an interval may have changed). */
  same?: (store: S) => void;
}

/**
 * A subscription to the store an element uses, kept while the element is connected: made when it
 * connects (or first has a store), made again when the store or the key changes, and ended when
 * it is removed. Every element or controller that listens to the store does it through this.
 *
 * ```ts
 * new StoreSubscription(this, {
 *   store: () => this.store,
 *   subscribe: (store) => store.onTrainingEnded(this.onTrainingEnded),
 * });
 * ```
 */
export class StoreSubscription<S = CustomModelsStore> implements ReactiveController {
  private connected = false;
  private store?: S;
  private key?: string;
  private stop?: () => void;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: StoreSubscriptionOptions<S>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.sync();
  }

  hostUpdate(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.end();
  }

  /** Follows the store and key in use now. */
  sync(): void {
    if (!this.connected) return;
    const store = this.options.store();
    const key = store === undefined ? undefined : JSON.stringify(this.options.key?.() ?? null);
    if (store === this.store && key === this.key) {
      if (store !== undefined && this.stop) this.options.same?.(store);
      return;
    }
    this.end();
    this.store = store;
    this.key = key;
    if (store !== undefined) this.stop = this.options.subscribe(store);
  }

  private end(): void {
    this.stop?.();
    this.stop = this.store = this.key = undefined;
  }
}

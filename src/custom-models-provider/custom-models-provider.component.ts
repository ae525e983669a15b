import { provide } from '@lit/context';
import { ReactiveElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { customModelsApiContext, customModelsStoreContext } from '../internal/context.js';
import type { CustomModelsApi, Session } from '../api/types.js';
import { sessionResource } from '../controllers/store-resources.js';
import { ModelTrainingEndedEvent } from '../events/events.js';
import { CustomModelsStore } from '../store/custom-models-store.js';
import { AnnouncerController, TrainingEndedController } from '../controllers/announcer.js';

/**
 * Gives every element inside it the API adapter, its store (what the adapter returned, shared by
 * every element) and the session once loaded, through `@lit/context`. Plain-HTML and framework
 * hosts wrap the feature in it:
 *
 * ```js
 * document.querySelector('custom-models-provider').api = new InMemoryCustomModelsApi();
 * ```
 *
 * Replacing `api` updates every consumer and loads the session of the new adapter. Without a
 * `<custom-models-page>` inside (the page tells it then), the provider fires `model-training-ended`
 * when a run ends, once per run; the notice for it (`custom-models-notify`) comes from the
 * `<custom-model-details>` showing that model.
 *
 * @tag custom-models-provider
 * @summary Provides the API adapter, its store and the session to the custom-models elements inside it.
 *
 * @fires {ModelTrainingEndedEvent} model-training-ended - A training run ended (only when no page inside announces it).
 *
 * @slot - The elements that use the adapter.
 */
export class CustomModelsProvider extends ReactiveElement {
  /** The API adapter given to every element inside. */
  @provide({ context: customModelsApiContext })
  @property({ attribute: false })
  api?: CustomModelsApi;

  /**
   * The current session. Loaded from `api.getSession()` (once per adapter); a host that already
   * knows it may set it instead, and no request is made.
   */
  @property({ attribute: false })
  session?: Session;

  /** The store of `api`, given to every element inside. */
  @provide({ context: customModelsStoreContext })
  @state()
  protected store?: CustomModelsStore;

  /** Set when the session could not be loaded. */
  @state() sessionError?: unknown;

  private readonly sessionState = sessionResource(this, () => this.store);
  /** A page inside claims the provider's scope: it tells the end of a run instead. */
  private readonly announcer = new AnnouncerController(this, { provides: 'relays' });

  constructor() {
    super();
    new TrainingEndedController(
      this,
      () => this.store,
      (ended) => {
        if (!this.announcer.claimed) this.dispatchEvent(new ModelTrainingEndedEvent({ ...ended }));
      },
    );
  }

  override createRenderRoot() {
    // No shadow root and nothing rendered: the provider must not change how its children lay out.
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.style.display ||= 'contents';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api')) {
      this.store = this.api ? CustomModelsStore.for(this.api) : undefined;
    }
    const store = this.store;
    // A session the host set: the store takes it, and nothing is asked of the adapter.
    if (changed.has('session') && this.session && this.session !== store?.session) {
      store?.seedSession(this.session);
    } else {
      this.session = store?.session;
    }
    this.sessionError = this.session ? undefined : this.sessionState.error;
  }

  /** Loads the session again (after a plan change, say). */
  async refreshSession(): Promise<void> {
    const store = this.store;
    if (!store) return;
    store.invalidate('session');
    await store.loadSession().catch(() => undefined);
  }
}

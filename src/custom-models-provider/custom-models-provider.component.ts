import { provide } from '@lit/context';
import { ReactiveElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { customModelsApiContext, customModelsSessionContext } from '../api/context.js';
import { isAbortError } from '../api/errors.js';
import type { CustomModelsApi, Session } from '../api/types.js';

/**
 * Gives every element inside it the API adapter, and the session once loaded, through
 * `@lit/context`. Plain-HTML and framework hosts wrap the feature in it:
 *
 * ```js
 * document.querySelector('custom-models-provider').api = new InMemoryCustomModelsApi();
 * ```
 *
 * Replacing `api` updates every consumer and reloads the session.
 *
 * @tag custom-models-provider
 * @summary Provides the API adapter (and session) to the custom-models elements inside it.
 *
 * @slot - The elements that use the adapter.
 */
export class CustomModelsProvider extends ReactiveElement {
  /** The API adapter given to every element inside. */
  @provide({ context: customModelsApiContext })
  @property({ attribute: false })
  api?: CustomModelsApi;

  /**
   * The current session. Loaded from `api.getSession()` whenever `api` changes; a host that already
   * knows it may set it instead.
   */
  @provide({ context: customModelsSessionContext })
  @property({ attribute: false })
  session?: Session;

  /** Set when the session could not be loaded. */
  @state() sessionError?: unknown;

  private sessionRequest?: AbortController;

  override createRenderRoot() {
    // No shadow root and nothing rendered: the provider must not change how its children lay out.
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.style.display ||= 'contents';
    this.addEventListener('custom-models-session-stale', this.onSessionStale);
  }

  private onSessionStale = () => void this.refreshSession();

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.sessionRequest?.abort();
    this.removeEventListener('custom-models-session-stale', this.onSessionStale);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api')) void this.refreshSession();
  }

  /** Reloads the session from the adapter (after a plan change, say). */
  async refreshSession(): Promise<void> {
    this.sessionRequest?.abort();
    const api = this.api;
    if (!api) {
      this.session = undefined;
      return;
    }
    const request = (this.sessionRequest = new AbortController());
    try {
      const session = await api.getSession({ signal: request.signal });
      if (request.signal.aborted || api !== this.api) return;
      this.session = session;
      this.sessionError = undefined;
    } catch (error) {
      if (isAbortError(error) || request.signal.aborted) return;
      this.sessionError = error;
    }
  }
}

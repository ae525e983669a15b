import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError } from '../api/errors.js';
import type { CustomModelsApi, Session } from '../api/types.js';

/** Where the session comes from: the element's adapter and the provider's session, if any. */
export type SessionSource = () => { adapter?: CustomModelsApi; provided?: Session };

/**
 * The session for an element: the provider's when there is one, otherwise loaded from the adapter
 * (abortable, reloaded when the adapter changes), so every element also works on its own.
 */
export class SessionController implements ReactiveController {
  /** Why the session could not be loaded, when it could not. */
  error?: unknown;
  private loaded?: Session;
  private loadedFor?: CustomModelsApi;
  private request?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: SessionSource,
  ) {
    host.addController(this);
  }

  /** The provider's session, else the one this controller loaded. */
  get session(): Session | undefined {
    const { adapter, provided } = this.source();
    if (provided) return provided;
    return adapter && adapter === this.loadedFor ? this.loaded : undefined;
  }

  hostUpdate(): void {
    const { adapter, provided } = this.source();
    if (provided || !adapter) {
      this.request?.abort();
      return;
    }
    if (adapter !== this.loadedFor) void this.load(adapter);
  }

  hostDisconnected(): void {
    this.request?.abort();
    this.loadedFor = undefined;
  }

  /** Loads the session again (after a failure, or when the plan may have changed). */
  async reload(): Promise<void> {
    const { adapter, provided } = this.source();
    if (provided || !adapter) return;
    await this.load(adapter);
  }

  private async load(adapter: CustomModelsApi): Promise<void> {
    this.request?.abort();
    const request = (this.request = new AbortController());
    if (adapter !== this.loadedFor) this.loaded = undefined;
    this.loadedFor = adapter;
    try {
      const session = await adapter.getSession({ signal: request.signal });
      if (request.signal.aborted) return;
      this.loaded = session;
      this.error = undefined;
    } catch (error) {
      if (isAbortError(error) || request.signal.aborted) return;
      // No automatic retry (it would loop on every render); `reload()` tries again.
      this.error = error;
    }
    this.host.requestUpdate();
  }
}

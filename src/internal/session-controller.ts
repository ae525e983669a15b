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
  session?: Session;
  error?: unknown;
  private loadedFor?: CustomModelsApi;
  private request?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: SessionSource,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const { adapter, provided } = this.source();
    if (provided) {
      this.request?.abort();
      this.session = provided;
      this.error = undefined;
      this.loadedFor = undefined;
      return;
    }
    if (adapter && adapter !== this.loadedFor) void this.load(adapter);
    if (!adapter) this.session = undefined;
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
    this.loadedFor = adapter;
    try {
      const session = await adapter.getSession({ signal: request.signal });
      if (request.signal.aborted) return;
      this.session = session;
      this.error = undefined;
    } catch (error) {
      if (isAbortError(error) || request.signal.aborted) return;
      this.error = error;
      this.loadedFor = undefined;
    }
    this.host.requestUpdate();
  }
}

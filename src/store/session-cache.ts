import { CustomModelsApiError } from '../api/errors.js';
import type { RequestOptions, Session } from '../api/types.js';
import type { CustomModelsStore } from './custom-models-store.js';
import type { Versioned } from './model-cache.js';
import type { SharedRequests } from './shared-request.js';

/** The store's session: loaded once, again only after `invalidate('session')`; a host may seed it. */
export class SessionCache {
  private entry?: Versioned<Session>;
  private fresh = -1;

  constructor(
    private readonly store: CustomModelsStore,
    private readonly requests: SharedRequests,
    /** The store's clock (`tick` moves it on) and its change notification. */
    private readonly hooks: { tick: () => number; changed: () => void },
  ) {}

  get value(): Session | undefined {
    return this.entry?.value;
  }

  seed(session: Session | undefined): void {
    if (!session || session === this.entry?.value) return;
    this.entry = { value: session, seq: this.hooks.tick() };
    this.fresh = this.store.generation('session');
    this.hooks.changed();
  }

  load(o: RequestOptions = {}): Promise<Session> {
    const entry = this.entry;
    if (entry && this.fresh === this.store.generation('session')) {
      return Promise.resolve(entry.value);
    }
    const generation = this.store.generation('session');
    const seq = this.hooks.tick();
    return this.requests.run(
      `session:${generation}`,
      async (signal) => {
        const session = await this.store.api.getSession({ signal });
        if (!session || typeof session !== 'object') {
          throw new CustomModelsApiError(
            'server',
            'The adapter answered getSession without a session.',
          );
        }
        if (!this.entry || this.entry.seq < seq) {
          this.entry = { value: session, seq };
          this.fresh = generation;
          this.hooks.changed();
        }
        return this.entry.value;
      },
      o.signal,
    );
  }
}

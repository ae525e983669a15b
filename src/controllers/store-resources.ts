import type { ReactiveControllerHost } from 'lit';
import type { Language, Session } from '../api/types.js';
import type { CustomModelsStore } from '../store/custom-models-store.js';
import { ResourceController } from './resource-controller.js';

type StoreOf = () => CustomModelsStore | undefined;

/** The session, read through the store (loaded once per store; Retry: `store.invalidate('session')`). */
export function sessionResource(host: ReactiveControllerHost, store: StoreOf) {
  return new ResourceController<'session', Session>(host, {
    store,
    key: () => 'session',
    resources: () => ['session'],
    fetch: (s, _key, signal) => s.loadSession({ signal }),
    read: (s) => s.session,
  });
}

/** The trainable languages, read through the store; `when` false reads nothing yet. */
export function languagesResource(
  host: ReactiveControllerHost,
  store: StoreOf,
  when: () => boolean = () => true,
) {
  return new ResourceController<'languages', Language[]>(host, {
    store,
    key: () => (when() ? 'languages' : undefined),
    resources: () => ['languages'],
    fetch: (s, _key, signal) => s.loadLanguages({ signal }),
    read: (s) => s.languages,
  });
}

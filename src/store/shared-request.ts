import { CustomModelsApiError } from '../api/errors.js';

interface InFlight<T> {
  promise: Promise<T>;
  controller: AbortController;
  users: number;
}

/**
 * One request per key at a time, shared by everyone who asks while it runs. Each caller passes its
 * own signal: aborting it rejects that caller at once, and the request itself is aborted only when
 * every caller has gone (two views on one page, one of them removed, keep the request alive).
 */
export class SharedRequests {
  private readonly inFlight = new Map<string, InFlight<unknown>>();

  run<T>(
    key: string,
    start: (signal: AbortSignal) => Promise<T>,
    signal?: AbortSignal,
  ): Promise<T> {
    if (signal?.aborted) return Promise.reject(CustomModelsApiError.aborted());
    let entry = this.inFlight.get(key) as InFlight<T> | undefined;
    if (!entry) {
      const controller = new AbortController();
      const created: InFlight<T> = {
        controller,
        users: 0,
        promise: start(controller.signal).finally(() => {
          if (this.inFlight.get(key) === created) this.inFlight.delete(key);
        }),
      };
      entry = created;
      this.inFlight.set(key, entry as InFlight<unknown>);
    }
    const shared = entry;
    shared.users++;
    if (!signal) return shared.promise;
    return new Promise<T>((resolve, reject) => {
      const leave = () => {
        shared.users--;
        if (shared.users <= 0) {
          shared.controller.abort();
          if (this.inFlight.get(key) === shared) this.inFlight.delete(key);
        }
        reject(CustomModelsApiError.aborted());
      };
      signal.addEventListener('abort', leave, { once: true });
      shared.promise.then(
        (value) => {
          signal.removeEventListener('abort', leave);
          resolve(value);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', leave);
          reject(error);
        },
      );
    });
  }

  /** Forgets the request under `key` (a newer one must not join an answer that is now stale). */
  forget(key: string): void {
    this.inFlight.delete(key);
  }
}

import { CustomModelsApiError } from '../../api/errors.js';

/** Resolves after `ms`, or rejects with an `aborted` error as soon as `signal` aborts. */
export async function wait(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) throw CustomModelsApiError.aborted();
  if (ms <= 0) {
    // Still asynchronous, but a microtask: a 0 ms timer is clamped to 4 ms once nested,
    // which would swamp the work a benchmark means to measure.
    await Promise.resolve();
    if (signal?.aborted) throw CustomModelsApiError.aborted();
    return;
  }
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(CustomModelsApiError.aborted());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The `lastModified` stamp of a change made now. */
export const now = () => new Date().toISOString();

import { API_ERROR_KINDS, CustomModelsApiError } from '../../src/api/errors.js';
import type { CustomModelsApi } from '../../src/api/types.js';
import type { InMemoryCustomModelsApi, InMemoryOptions } from '../../src/adapters.js';
import { RecordingApi } from './recording-api.js';

export type MethodName = Exclude<keyof CustomModelsApi, 'capabilities' | 'watchModels'>;

/** Positional arguments of each method before its options. */
const ARITY: Record<MethodName, number> = {
  getSession: 0,
  listTrainableLanguages: 0,
  listModels: 1,
  getModel: 1,
  createModel: 1,
  updateModel: 2,
  deleteModel: 1,
  listDatasets: 1,
  uploadDataset: 2,
  deleteDataset: 2,
  startTraining: 1,
  startEvaluation: 1,
  getEvaluation: 1,
};

/**
 * What a faulty call does:
 * - `reject`: rejects with exactly this value (an adapter error, a plain `Error`, an object);
 * - `hang`: never settles, not even when aborted (an adapter that ignores the signal);
 * - `late`: ignores the signal, waits for `until`, then answers from the real adapter (or rejects
 *   with `reject`) — an answer that arrives after the element is gone.
 */
export type Fault =
  { reject: unknown } | { hang: true } | { late: Promise<unknown>; reject?: unknown };

export interface NamedFault {
  label: string;
  fault: Fault;
  /** The sentence a user should see, when it is fixed; `generic` for the catch-all sentence. */
  expect: string | 'generic' | 'any';
}

export const GENERIC_MESSAGE = 'Something went wrong. Please try again.';

/** Every adapter error kind, a plain `Error` and a rejected non-Error value. */
export const ERROR_FAULTS: NamedFault[] = [
  ...API_ERROR_KINDS.map((kind): NamedFault => ({
    label: `CustomModelsApiError ${kind}`,
    fault: { reject: new CustomModelsApiError(kind, `Simulated ${kind} failure.`) },
    expect: kind === 'aborted' ? 'any' : `Simulated ${kind} failure.`,
  })),
  {
    label: 'plain Error',
    fault: { reject: new Error('boom: internal detail') },
    expect: 'generic',
  },
  {
    label: 'rejected plain object',
    fault: { reject: { status: 500, detail: 'internal' } },
    expect: 'generic',
  },
];

/**
 * The in-memory adapter behind a {@link RecordingApi}, where any method can be given a {@link Fault}
 * (optionally only for calls matching `when`).
 */
export class FaultApi extends RecordingApi {
  private readonly faults = new Map<
    MethodName,
    { fault: Fault; when?: (args: unknown[]) => boolean }
  >();

  constructor(options: InMemoryOptions | InMemoryCustomModelsApi = {}) {
    super(options);
    const self = this as unknown as Record<MethodName, (...args: unknown[]) => Promise<unknown>>;
    for (const method of Object.keys(ARITY) as MethodName[]) {
      const original = self[method];
      self[method] = (...args: unknown[]) => {
        const entry = this.faults.get(method);
        if (!entry || (entry.when && !entry.when(args))) return original(...args);
        const fault = entry.fault;
        this.calls.push({
          method,
          args,
          signal: (args[ARITY[method]] as { signal?: AbortSignal })?.signal,
        });
        if ('hang' in fault) return new Promise(() => {});
        if ('late' in fault) {
          const positional = args.slice(0, ARITY[method]);
          return fault.late.then(() => {
            if (fault.reject !== undefined) throw fault.reject;
            const inner = this.inner as unknown as Record<
              string,
              (...a: unknown[]) => Promise<unknown>
            >;
            return inner[method]!.apply(this.inner, positional);
          });
        }
        return Promise.resolve().then(() => {
          throw fault.reject;
        });
      };
    }
  }

  /** Gives `method` a fault until cleared. */
  setFault(method: MethodName, fault: Fault, when?: (args: unknown[]) => boolean): this {
    this.faults.set(method, { fault, when });
    return this;
  }

  /** Removes every fault (and RecordingApi's rules). */
  clearFaults(): this {
    this.faults.clear();
    this.reset();
    return this;
  }
}

/** A promise to release late answers with. */
export function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

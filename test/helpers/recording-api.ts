import { CustomModelsApiError, type ApiErrorKind } from '../../src/api/errors.js';
import type { CustomModelsApi } from '../../src/api/types.js';
import { InMemoryCustomModelsApi, type InMemoryOptions } from '../../src/adapters.js';

type MethodName = Exclude<keyof CustomModelsApi, 'capabilities' | 'watchModels'>;

export interface RecordedCall {
  method: MethodName;
  args: unknown[];
  /** The signal the element passed, to check it aborts stale requests. */
  signal?: AbortSignal;
}

interface Rule {
  method: MethodName;
  /** Applies to this many next calls (default: every call until cleared). */
  times: number;
  delayMs?: number;
  error?: CustomModelsApiError;
  /** Never settles (until aborted). */
  hang?: boolean;
  when?: (args: unknown[]) => boolean;
}

/**
 * Wraps the in-memory adapter: records every call with its arguments and signal, and can delay,
 * fail or hang chosen calls. Tests act through the real adapter behind it.
 */
export class RecordingApi implements CustomModelsApi {
  readonly inner: InMemoryCustomModelsApi;
  readonly calls: RecordedCall[] = [];
  private rules: Rule[] = [];
  capabilities: CustomModelsApi['capabilities'];

  constructor(options: InMemoryOptions | InMemoryCustomModelsApi = {}) {
    this.inner =
      options instanceof InMemoryCustomModelsApi ? options : new InMemoryCustomModelsApi(options);
    this.capabilities = this.inner.capabilities;
  }

  /** Calls of one method, oldest first. */
  callsOf(method: MethodName): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** Makes the next `times` calls of `method` (matching `when`) fail with `kind`. */
  fail(
    method: MethodName,
    kind: ApiErrorKind,
    message = `Simulated ${kind} failure`,
    options: { times?: number; fieldErrors?: Record<string, string>; when?: Rule['when'] } = {},
  ) {
    this.rules.push({
      method,
      times: options.times ?? Infinity,
      error: new CustomModelsApiError(kind, message, { fieldErrors: options.fieldErrors }),
      when: options.when,
    });
    return this;
  }

  /** Delays the next `times` calls of `method` (matching `when`) by `ms`. */
  delay(method: MethodName, ms: number, options: { times?: number; when?: Rule['when'] } = {}) {
    this.rules.push({ method, times: options.times ?? Infinity, delayMs: ms, when: options.when });
    return this;
  }

  /** Makes the next `times` calls of `method` never answer (they still reject when aborted). */
  hang(method: MethodName, options: { times?: number; when?: Rule['when'] } = {}) {
    this.rules.push({ method, times: options.times ?? Infinity, hang: true, when: options.when });
    return this;
  }

  /** Removes every delay, failure and hang. */
  reset() {
    this.rules = [];
    return this;
  }

  dispose() {
    this.inner.dispose();
  }

  private async run<T>(
    method: MethodName,
    args: unknown[],
    signal: AbortSignal | undefined,
    call: () => Promise<T>,
  ): Promise<T> {
    this.calls.push({ method, args, signal });
    const rule = this.rules.find(
      (r) => r.method === method && r.times > 0 && (!r.when || r.when(args)),
    );
    if (rule) rule.times--;
    if (rule?.delayMs || rule?.hang) {
      await new Promise<void>((resolve, reject) => {
        const timer = rule.hang ? undefined : setTimeout(resolve, rule.delayMs);
        signal?.addEventListener(
          'abort',
          () => {
            clearTimeout(timer);
            reject(CustomModelsApiError.aborted());
          },
          { once: true },
        );
      });
    }
    if (signal?.aborted) throw CustomModelsApiError.aborted();
    if (rule?.error) throw rule.error;
    return call();
  }

  getSession: CustomModelsApi['getSession'] = (o) =>
    this.run('getSession', [], o?.signal, () => this.inner.getSession(o));
  listTrainableLanguages: CustomModelsApi['listTrainableLanguages'] = (o) =>
    this.run('listTrainableLanguages', [], o?.signal, () => this.inner.listTrainableLanguages(o));
  listModels: CustomModelsApi['listModels'] = (q, o) =>
    this.run('listModels', [q], o?.signal, () => this.inner.listModels(q, o));
  getModel: CustomModelsApi['getModel'] = (id, o) =>
    this.run('getModel', [id], o?.signal, () => this.inner.getModel(id, o));
  createModel: CustomModelsApi['createModel'] = (input, o) =>
    this.run('createModel', [input], o?.signal, () => this.inner.createModel(input, o));
  updateModel: CustomModelsApi['updateModel'] = (id, changes, o) =>
    this.run('updateModel', [id, changes], o?.signal, () => this.inner.updateModel(id, changes, o));
  deleteModel: CustomModelsApi['deleteModel'] = (id, o) =>
    this.run('deleteModel', [id], o?.signal, () => this.inner.deleteModel(id, o));
  listDatasets: CustomModelsApi['listDatasets'] = (id, o) =>
    this.run('listDatasets', [id], o?.signal, () => this.inner.listDatasets(id, o));
  // The kind is recorded when one is given (a test set), as the third argument.
  uploadDataset: CustomModelsApi['uploadDataset'] = (id, file, o) =>
    this.run('uploadDataset', o?.kind ? [id, file, { kind: o.kind }] : [id, file], o?.signal, () =>
      this.inner.uploadDataset(id, file, o),
    );
  deleteDataset: CustomModelsApi['deleteDataset'] = (id, datasetId, o) =>
    this.run('deleteDataset', [id, datasetId], o?.signal, () =>
      this.inner.deleteDataset(id, datasetId, o),
    );
  startTraining: CustomModelsApi['startTraining'] = (id, o) =>
    this.run('startTraining', [id], o?.signal, () => this.inner.startTraining(id, o));
  startEvaluation: NonNullable<CustomModelsApi['startEvaluation']> = (id, o) =>
    this.run('startEvaluation', [id], o?.signal, () => this.inner.startEvaluation!(id, o));
  getEvaluation: NonNullable<CustomModelsApi['getEvaluation']> = (id, o) =>
    this.run('getEvaluation', [id], o?.signal, () => this.inner.getEvaluation!(id, o));
}

/** Model names that must show as text, never run or break layout. */
export const HOSTILE_NAMES = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=1</script>',
  '"><svg onload=window.__xss=1>',
  'javascript:window.__xss=1',
  '\u202Egnp.exe',
];

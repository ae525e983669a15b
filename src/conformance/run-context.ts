/*
 * The state of one conformance run: the adapter, what the run created (to clean it up), every
 * model, dataset and error the adapter returned (for the shape and error checks), and the
 * results so far. Checks call the adapter only through `call` and `rejection`, so a rejection or
 * a call that never settles becomes a sentence instead of an exception.
 */
import { CustomModelsApiError, type ApiErrorKind } from '../api/errors.js';
import type { CustomModel, CustomModelsApi, Language } from '../api/types.js';
import type { ConformanceGroup, ConformanceResult } from './report.js';
import { CheckFailure, describeError, fail } from './sentences.js';

export interface ConformanceOptions {
  /** Start of the name of every model the run creates. Default `Conformance check`. */
  namePrefix?: string;
  /**
   * The languages the run's models are created in (trainable language ids). Default: the trainable
   * languages in turn, so the base-language sort and filter see more than one.
   */
  languageIds?: string[];
  /** Makes the file the dataset checks upload. Default: a few bytes of `.txt` transcript. */
  datasetFile?: (name: string) => File;
  /** How many models a walk of the whole list reads at most. Default 100. */
  maxListItems?: number;
  /** How long one adapter call may take before its check fails, in ms. Default 20,000. */
  callTimeoutMs?: number;
  /** An id the server does not know. Default: the id of a model the run created and deleted. */
  unknownId?: string;
  /** Called with every result as soon as it is known (for progress logs). */
  onResult?: (result: ConformanceResult) => void;
}

/** Whether a model the run created is gone (checked in the cleanup). */
interface Created {
  id: string;
  name: string;
}

export class RunContext {
  readonly results: ConformanceResult[] = [];
  /** Every rejection the adapter gave, with the call that gave it. */
  readonly errors: Array<{ call: string; error: unknown }> = [];
  readonly models: Array<{ call: string; model: unknown }> = [];
  readonly datasets: Array<{ call: string; dataset: unknown }> = [];
  readonly created: Created[] = [];
  /** Marks the names of this run's models: `Conformance check k3x9q2`. */
  readonly tag: string;
  readonly prefix: string;
  readonly maxListItems: number;
  readonly callTimeoutMs: number;
  languages: Language[] = [];

  constructor(
    readonly api: CustomModelsApi,
    readonly options: ConformanceOptions,
  ) {
    this.tag = `cmk${Math.random().toString(36).slice(2, 8).padEnd(6, '0')}`;
    this.prefix = `${options.namePrefix ?? 'Conformance check'} ${this.tag}`;
    this.maxListItems = Math.max(10, options.maxListItems ?? 100);
    this.callTimeoutMs = options.callTimeoutMs ?? 20_000;
  }

  private record(result: ConformanceResult): void {
    this.results.push(result);
    try {
      this.options.onResult?.(result);
    } catch {
      /* a failing progress log must not stop the run */
    }
  }

  /** Runs one check: passed unless `run` fails it; returns whether it passed. */
  async check(
    group: ConformanceGroup,
    title: string,
    run: () => Promise<string | void>,
  ): Promise<boolean> {
    try {
      const note = await run();
      this.record({ group, title, status: 'passed', ...(note ? { message: note } : {}) });
      return true;
    } catch (error) {
      const message =
        error instanceof CheckFailure
          ? error.message
          : `the check itself broke on ${describeError(error)}`;
      this.record({ group, title, status: 'failed', message });
      return false;
    }
  }

  skip(group: ConformanceGroup, title: string, reason: string): void {
    this.record({ group, title, status: 'skipped', message: reason });
  }

  /** Settles like `promise`, or fails the check when it takes longer than the call time limit. */
  within<T>(what: string, promise: Promise<T>): Promise<T> {
    if (!(this.callTimeoutMs > 0)) return promise;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const limit = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new CheckFailure(
              `${what} did not settle within ${this.callTimeoutMs / 1000} s (a call must resolve or reject, and must reject at once when its signal aborts)`,
            ),
          ),
        this.callTimeoutMs,
      );
    });
    return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
  }

  /** The answer of an adapter call that should succeed; a rejection fails the check. */
  async call<T>(what: string, run: () => Promise<T>): Promise<T> {
    try {
      return await this.within(what, Promise.resolve().then(run));
    } catch (error) {
      if (error instanceof CheckFailure) throw error;
      this.errors.push({ call: what, error });
      return fail(`${what} rejected with ${describeError(error)}`);
    }
  }

  /**
   * The error of an adapter call that should reject with `kind`. Resolving, or another kind, fails
   * the check; `onResolved` sees what a wrongly successful call returned (to clean it up).
   */
  async rejection(
    what: string,
    kind: ApiErrorKind,
    run: () => Promise<unknown>,
    onResolved?: (value: unknown) => void,
  ): Promise<CustomModelsApiError> {
    let value: unknown;
    try {
      value = await this.within(what, Promise.resolve().then(run));
    } catch (error) {
      if (error instanceof CheckFailure) throw error;
      this.errors.push({ call: what, error });
      if (CustomModelsApiError.is(error) && error.kind === kind) return error;
      return fail(
        `${what} rejected with ${describeError(error)}; expected kind ${JSON.stringify(kind)}`,
      );
    }
    onResolved?.(value);
    return fail(
      `${what} resolved; it must reject with a CustomModelsApiError of kind ${JSON.stringify(kind)}`,
    );
  }

  sawModel(call: string, model: unknown): void {
    this.models.push({ call, model });
  }

  sawDataset(call: string, dataset: unknown): void {
    this.datasets.push({ call, dataset });
  }

  /** Remembers a model the run made, so the cleanup deletes it. */
  madeModel(model: unknown): void {
    const { id, name } = (model ?? {}) as Partial<CustomModel>;
    if (typeof id === 'string' && id && !this.created.some((c) => c.id === id))
      this.created.push({ id, name: String(name ?? '') });
  }

  /** The languages the run creates models in: the option, else the trainable languages. */
  languageIds(): string[] {
    return this.options.languageIds?.length
      ? this.options.languageIds
      : this.languages.map((language) => language.id);
  }

  /** A fresh name for a model of this run. */
  name(suffix: string): string {
    return `${this.prefix} ${suffix}`;
  }

  /** A small file for an upload. */
  file(suffix: string): File {
    const name = `${this.tag}-${suffix}.txt`;
    return this.options.datasetFile
      ? this.options.datasetFile(name)
      : new File([`Conformance check ${this.tag}: a short transcript.\n`], name, {
          type: 'text/plain',
        });
  }
}

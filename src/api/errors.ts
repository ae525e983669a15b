import { BRAND, hasBrand } from './brand.js';

/** Every kind of failure an adapter reports. */
export const API_ERROR_KINDS = [
  'network',
  'unauthorized',
  'forbidden',
  'not-found',
  'validation',
  'payment-required',
  'conflict',
  'server',
  'aborted',
] as const;

export type ApiErrorKind = (typeof API_ERROR_KINDS)[number];

/**
 * Refusals the elements say in the user's language: an adapter puts one in
 * {@link CustomModelsApiError.code} (and a failed model's {@link CustomModel.statusCode}), and the
 * elements show their own sentence for it, with the adapter's `message` as a secondary detail.
 */
export const KNOWN_ERROR_CODES = [
  'duplicate-name',
  'plan-limit',
  'model-busy',
  'empty-transcript',
  'no-audio',
  'unreadable-audio',
  'unknown-model',
] as const;

export type KnownErrorCode = (typeof KNOWN_ERROR_CODES)[number];

/** True for a code the elements translate. */
export function isKnownErrorCode(code: unknown): code is KnownErrorCode {
  return (KNOWN_ERROR_CODES as readonly unknown[]).includes(code);
}

export interface CustomModelsApiErrorInit {
  /** HTTP status, where there is one. */
  status?: number;
  /** Per-field messages for `validation` failures, keyed by field (`name`, `languageId`, …). */
  fieldErrors?: Record<string, string>;
  /** A {@link KnownErrorCode} the elements translate, else the server's own code (for logs). */
  code?: string;
  cause?: unknown;
}

/**
 * The one error class adapters throw. `message` is fit to show a user as it is.
 *
 * Recognise it with `CustomModelsApiError.is(error)`, not `instanceof`: an adapter built with
 * another copy of the package (a second bundle on the page) throws that copy's class.
 */
export class CustomModelsApiError extends Error {
  override readonly name = 'CustomModelsApiError';
  /** The brand every copy of the package recognises (see `is`). */
  get [BRAND](): string {
    return 'CustomModelsApiError';
  }
  readonly kind: ApiErrorKind;
  readonly status?: number;
  readonly fieldErrors?: Record<string, string>;
  /**
   * What was refused: a {@link KnownErrorCode} (`duplicate-name`, `plan-limit`, …) the elements
   * say in the user's language, else the server's own code (e.g. Scriptix's `error_code`), for
   * logs and support.
   */
  readonly code?: string;

  constructor(kind: ApiErrorKind, message: string, init: CustomModelsApiErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = kind;
    this.status = init.status;
    this.fieldErrors = init.fieldErrors;
    if (init.code !== undefined) this.code = init.code;
  }

  /**
   * True for an error of this class from any copy of the package: by its brand, or, for a copy
   * older than the brand, by its `name` and a known `kind`.
   */
  static is(error: unknown): error is CustomModelsApiError {
    if (hasBrand(error, 'CustomModelsApiError')) return true;
    if (typeof error !== 'object' || error === null) return false;
    const { name, kind } = error as { name?: unknown; kind?: unknown };
    return (
      name === 'CustomModelsApiError' && (API_ERROR_KINDS as readonly unknown[]).includes(kind)
    );
  }

  /** The error a call rejects with when its signal aborts. */
  static aborted(): CustomModelsApiError {
    return new CustomModelsApiError('aborted', 'The request was cancelled.');
  }
}

/** True for an abort, whether the adapter wrapped it or a raw `AbortError` escaped. */
export function isAbortError(error: unknown): boolean {
  if (CustomModelsApiError.is(error)) return error.kind === 'aborted';
  return error instanceof DOMException && error.name === 'AbortError';
}

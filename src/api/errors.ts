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

export interface CustomModelsApiErrorInit {
  /** HTTP status, where there is one. */
  status?: number;
  /** Per-field messages for `validation` failures, keyed by field (`name`, `languageId`, …). */
  fieldErrors?: Record<string, string>;
  /** The server's own error code (e.g. Scriptix's `error_code`), for logs and support; never shown. */
  code?: string;
  cause?: unknown;
}

/**
 * The one error class adapters throw. `message` is fit to show a user as it is.
 */
export class CustomModelsApiError extends Error {
  override readonly name = 'CustomModelsApiError';
  readonly kind: ApiErrorKind;
  readonly status?: number;
  readonly fieldErrors?: Record<string, string>;
  /** The server's own error code, where it sent one. */
  readonly code?: string;

  constructor(kind: ApiErrorKind, message: string, init: CustomModelsApiErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = kind;
    this.status = init.status;
    this.fieldErrors = init.fieldErrors;
    if (init.code !== undefined) this.code = init.code;
  }

  /** The error a call rejects with when its signal aborts. */
  static aborted(): CustomModelsApiError {
    return new CustomModelsApiError('aborted', 'The request was cancelled.');
  }
}

/** True for an abort, whether the adapter wrapped it or a raw `AbortError` escaped. */
export function isAbortError(error: unknown): boolean {
  if (error instanceof CustomModelsApiError) return error.kind === 'aborted';
  return error instanceof DOMException && error.name === 'AbortError';
}

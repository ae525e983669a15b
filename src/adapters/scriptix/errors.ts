/*
 * The error vocabulary of the Scriptix API: the service's wording per status, the error kind of a
 * status, the sentence, code and field messages an answer carries, and the CustomModelsApiError
 * each failure becomes. Pure functions over a status and a parsed body: no requests here.
 */
import {
  CustomModelsApiError,
  isKnownErrorCode,
  type ApiErrorKind,
  type KnownErrorCode,
} from '../../api/errors.js';
import { isErrorCode, isStatusPhrase } from '../../api/status-phrases.js';
import { isObject, str } from './wire.js';

/** The service's own wording per status, used when an answer carries no message of its own. */
export const SCRIPTIX_STATUS_MESSAGES: Readonly<Record<number, string>> = {
  400: 'The request was not accepted. Check the values and try again.',
  401: 'Your session has expired or the token is not valid. Please sign in again.',
  402: 'Payment required: your organisation has no active subscription for this feature.',
  403: 'You do not have permission to do this.',
  404: 'The custom model or dataset was not found. It may have been deleted.',
  409: 'This conflicts with the current state of the model. Reload it and try again.',
  413: 'The file is too large.',
  415: 'The service does not accept this type of content.',
  422: 'Some of the values are not valid.',
  429: 'Too many requests. Please wait a moment and try again.',
  500: 'The service had a problem. Please try again later.',
  502: 'The service could not be reached. Please try again later.',
  503: 'The service is temporarily unavailable. Please try again later.',
  504: 'The service did not answer in time. Please try again later.',
};

/**
 * A 402 or 403 on the model list: the organisation's plan lacks custom models (they come with the
 * Gold plan and above), not a missing permission on one model.
 */
export const SCRIPTIX_PLAN_MESSAGE =
  "Custom models are not part of your organisation's plan (they come with the Gold plan and above). Ask your administrator to upgrade the plan.";

export const NETWORK_MESSAGE =
  'The service could not be reached. Check your connection and try again.';

/** The error kind of an HTTP status. */
export function kindForStatus(status: number): ApiErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 402) return 'payment-required';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 409 || status === 412) return 'conflict';
  if (status === 408) return 'network';
  if (status === 429 || status >= 500) return 'server';
  if (status >= 400) return 'validation';
  return 'server';
}

/** A sentence a user can read: not empty, not a status phrase (`Not Found`), not a code. */
function sentence(value: unknown): string | undefined {
  const text = str(value)?.trim();
  return text && !isStatusPhrase(text) && !isErrorCode(text) ? text : undefined;
}

/**
 * The most specific sentence the server sent. The documented body is `{ error, error_description?,
 * message?, detail? }`, and the older reference nests `{ code, message, details }` in `error`. The
 * web app reads `error` first, but `error` is often only the status phrase (`"Not Found"`) or a
 * code (`"invalid_token"`): those are passed over for the sentence beside them.
 */
export function serverMessage(body: unknown): string | undefined {
  if (!isObject(body)) return undefined;
  const { error, detail } = body;
  const nested = isObject(error) ? error : {};
  const firstDetail = Array.isArray(detail)
    ? detail.find((d) => isObject(d) && str(d.msg))
    : undefined;
  const candidates = [
    nested.message,
    nested.description,
    nested.detail,
    error,
    body.error_description,
    body.message,
    detail,
    isObject(firstDetail) ? firstDetail.msg : undefined,
  ];
  for (const candidate of candidates) {
    const text = sentence(candidate);
    if (text) return text;
  }
  return undefined;
}

/** The server's error code: `error_code`, else the `code` of an `error` object, else `error` itself when it is a code. */
export function serverCode(body: unknown): string | undefined {
  if (!isObject(body)) return undefined;
  const code = (value: unknown) =>
    typeof value === 'number' && Number.isFinite(value) ? String(value) : str(value)?.trim();
  const { error } = body;
  const fromError = isObject(error)
    ? code(error.code)
    : typeof error === 'string' && isErrorCode(error) && !isStatusPhrase(error)
      ? error.trim()
      : undefined;
  return code(body.error_code) ?? fromError;
}

/** `language_id` → `languageId`; `body.name` → `name`. */
function fieldName(raw: unknown): string | undefined {
  const path = Array.isArray(raw) ? raw.filter((p) => p !== 'body' && p !== 'query') : [raw];
  const last = path[path.length - 1];
  if (typeof last !== 'string' || !last) return undefined;
  return last.replace(/^body\./, '').replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

/**
 * Per-field messages of a validation answer, in whichever documented or common shape: `errors` or
 * `field_errors` as `{field: message | message[]}` or `[{field, message}]`; `error.details` as
 * `{field, issue}` or a list of them; `detail` as `[{loc, msg}]`.
 */
export function fieldErrors(body: unknown): Record<string, string> | undefined {
  if (!isObject(body)) return undefined;
  const out: Record<string, string> = {};
  const add = (field: unknown, message: unknown) => {
    const name = fieldName(field);
    const text = Array.isArray(message) ? message.map(str).find(Boolean) : str(message);
    if (name && text && !(name in out)) out[name] = text;
  };
  const addList = (list: unknown) => {
    for (const item of Array.isArray(list) ? list : [list]) {
      if (isObject(item))
        add(item.field ?? item.loc ?? item.name, item.issue ?? item.message ?? item.msg);
    }
  };
  for (const source of [body.errors, body.field_errors, body.fields]) {
    if (Array.isArray(source)) addList(source);
    else if (isObject(source))
      for (const [field, message] of Object.entries(source)) add(field, message);
  }
  if (isObject(body.error) && body.error.details) addList(body.error.details);
  if (Array.isArray(body.detail)) addList(body.detail);
  return Object.keys(out).length ? out : undefined;
}

/**
 * The error for a non-2xx answer. With `plan` (the list call), a 402 or 403 is the plan lacking
 * the feature: kind `payment-required`, the server's sentence or `plan`.
 */
export function errorFromResponse(
  status: number,
  body: unknown,
  messages: Partial<Record<number, string>> = {},
  plan?: string,
): CustomModelsApiError {
  if (plan !== undefined && (status === 402 || status === 403)) {
    return new CustomModelsApiError('payment-required', serverMessage(body) ?? plan, {
      status,
      code: serverCode(body),
    });
  }
  const kind = kindForStatus(status);
  const fields = kind === 'validation' ? fieldErrors(body) : undefined;
  const wording =
    messages[status] ??
    SCRIPTIX_STATUS_MESSAGES[status] ??
    (status >= 500 ? SCRIPTIX_STATUS_MESSAGES[500]! : SCRIPTIX_STATUS_MESSAGES[400]!);
  const message = serverMessage(body) ?? (fields ? Object.values(fields)[0] : undefined) ?? wording;
  return new CustomModelsApiError(kind, message, {
    status,
    fieldErrors: fields,
    code: serverCode(body),
  });
}

/** What a failed fetch becomes: the adapter's own error as it is, an abort, or a network error. */
export function transportError(error: unknown, signal?: AbortSignal): CustomModelsApiError {
  if (CustomModelsApiError.is(error)) return error;
  if (signal?.aborted) return CustomModelsApiError.aborted();
  return new CustomModelsApiError('network', NETWORK_MESSAGE, { cause: error });
}

/** What a status means for one call, as a code the elements translate. */
export type StatusCodes = Partial<Record<number, KnownErrorCode>>;

/**
 * The error with a known code: the server's `error_code` when it is one, else the code this call
 * gives its status (the documentation names no `error_code` values, so the status decides).
 */
export function withKnownCode(
  error: CustomModelsApiError,
  codes: StatusCodes | undefined,
): CustomModelsApiError {
  const code = error.status === undefined ? undefined : codes?.[error.status];
  if (isKnownErrorCode(error.code) || !code) return error;
  return new CustomModelsApiError(error.kind, error.message, {
    status: error.status,
    fieldErrors: error.fieldErrors,
    code,
    // The server's own error (and its code, for support) stays reachable.
    cause: error,
  });
}

/*
 * Requests to the Scriptix API and the mapping of every failure to a CustomModelsApiError.
 * No DOM at import time: `fetch`, `XMLHttpRequest` and `FormData` are read when a call is made.
 */
import { CustomModelsApiError, type ApiErrorKind } from '../../api/errors.js';
import { isErrorCode, isStatusPhrase } from '../../api/status-phrases.js';
import type { ScriptixTokenSource } from './options.js';
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

const NETWORK_MESSAGE = 'The service could not be reached. Check your connection and try again.';

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

function parseBody(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined; // an HTML error page from a proxy, say: the status decides
  }
}

export interface HttpConfig {
  baseUrl: string;
  token?: ScriptixTokenSource;
  apiKey?: ScriptixTokenSource;
  fetch?: typeof fetch;
  xhr?: () => XMLHttpRequest;
  timeoutMs: number;
  headers: Record<string, string>;
  messages: Partial<Record<number, string>>;
  onUnauthorized?: (error: CustomModelsApiError) => void;
}

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  query?: Record<string, string | number | undefined>;
  json?: unknown;
  signal?: AbortSignal;
  /** A 402/403 means the plan lacks the feature, said with this sentence (the list call). */
  planMessage?: string;
}

export interface UploadRequest {
  path: string;
  query?: Record<string, string | number | undefined>;
  file: File;
  format: 'multipart' | 'raw';
  signal?: AbortSignal;
  onProgress?: (loaded: number, total: number) => void;
}

/**
 * A file name for the `x-filename` header, as the user chose it. Printable ASCII (spaces, `%`,
 * brackets…) goes as it is; a name a header cannot carry (non-ASCII, control characters) goes as
 * an RFC 8187 ext-value, `UTF-8''` + the UTF-8 bytes percent-encoded where not an attr-char, as
 * `filename*` does. A plain name that would read as an ext-value is encoded too.
 */
export function headerFileName(name: string): string {
  const plain = /^[\x20-\x7e]*$/.test(name) && !/^[\w!#$&+.^`|~-]*'[\w-]*'/.test(name);
  if (plain && name.trim() === name) return name;
  const bytes = new TextEncoder().encode(name);
  let encoded = '';
  for (const byte of bytes) {
    const char = String.fromCharCode(byte);
    encoded +=
      /[\w!#$&+.^`|~-]/.test(char) && byte < 0x80
        ? char
        : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return `UTF-8''${encoded}`;
}

async function resolveToken(source: ScriptixTokenSource | undefined): Promise<string | undefined> {
  if (source == null) return undefined;
  const value = typeof source === 'function' ? await source() : source;
  return value ? String(value) : undefined;
}

/** The HTTP layer: headers, timeouts, aborts and error mapping for every call. */
export class HttpClient {
  constructor(private readonly config: HttpConfig) {}

  url(path: string, query: HttpRequest['query'] = {}): string {
    const base = this.config.baseUrl.replace(/\/+$/, '');
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== '') params.set(key, String(value));
    }
    const search = params.toString();
    const joined = `${base}${path.startsWith('/') ? '' : '/'}${path}`;
    return search ? `${joined}${joined.includes('?') ? '&' : '?'}${search}` : joined;
  }

  private async headers(signal?: AbortSignal): Promise<Record<string, string>> {
    let token: string | undefined;
    let apiKey: string | undefined;
    try {
      [token, apiKey] = await Promise.all([
        resolveToken(this.config.token),
        resolveToken(this.config.apiKey),
      ]);
    } catch (cause) {
      throw new CustomModelsApiError('unauthorized', SCRIPTIX_STATUS_MESSAGES[401]!, { cause });
    }
    if (signal?.aborted) throw CustomModelsApiError.aborted();
    const headers: Record<string, string> = { accept: 'application/json', ...this.config.headers };
    if (token) headers.authorization = `Bearer ${token}`;
    if (apiKey) headers['x-zoom-s2t-key'] = apiKey;
    return headers;
  }

  private fail(status: number, body: unknown, planMessage?: string): CustomModelsApiError {
    const error = errorFromResponse(status, body, this.config.messages, planMessage);
    if (status === 401 && this.config.onUnauthorized) {
      try {
        this.config.onUnauthorized(error);
      } catch {
        /* a failing hook must not hide the error */
      }
    }
    return error;
  }

  /** One JSON request; resolves with the parsed body (undefined for an empty one). */
  async request(request: HttpRequest): Promise<unknown> {
    const { signal } = request;
    if (signal?.aborted) throw CustomModelsApiError.aborted();
    const headers = await this.headers(signal);
    let body: string | undefined;
    if (request.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(request.json);
    }

    const controller = new AbortController();
    const onAbort = () => controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    let timedOut = false;
    const { timeoutMs } = this.config;
    const timer =
      timeoutMs > 0
        ? setTimeout(() => {
            timedOut = true;
            controller.abort();
          }, timeoutMs)
        : undefined;

    try {
      return await this.fetchParsed(
        this.url(request.path, request.query),
        { method: request.method, headers, body, signal: controller.signal },
        request.planMessage,
      );
    } catch (error) {
      if (timedOut && !(error instanceof CustomModelsApiError) && !signal?.aborted) {
        throw new CustomModelsApiError(
          'network',
          `The service did not answer within ${Number((timeoutMs / 1000).toFixed(1))} seconds. Please try again.`,
          { cause: error },
        );
      }
      throw transportError(error, signal);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  /** Uploads one file, with progress through XMLHttpRequest where there is one. No time limit. */
  async upload(request: UploadRequest): Promise<unknown> {
    const { signal, file } = request;
    if (signal?.aborted) throw CustomModelsApiError.aborted();
    const headers = await this.headers(signal);
    let body: FormData | Blob;
    if (request.format === 'raw') {
      body = file;
      headers['content-type'] = 'text/plain';
      headers['x-filename'] = headerFileName(file.name);
    } else {
      body = new FormData();
      body.append('file', file, file.name);
    }
    const url = this.url(request.path, request.query);
    const canXhr = this.config.xhr || typeof XMLHttpRequest !== 'undefined';
    if (!canXhr) {
      request.onProgress?.(0, file.size);
      const result = await this.fetchUpload(url, headers, body, signal);
      request.onProgress?.(file.size, file.size);
      return result;
    }
    return new Promise((resolve, reject) => {
      const xhr = this.config.xhr ? this.config.xhr() : new XMLHttpRequest();
      let reported = -1;
      const report = (loaded: number) => {
        if (loaded <= reported) return;
        reported = loaded;
        request.onProgress?.(loaded, file.size);
      };
      const onAbort = () => xhr.abort();
      const done = () => signal?.removeEventListener('abort', onAbort);
      xhr.open('PUT', url);
      for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
      // Progress in bytes of the file: the request body is a little larger (multipart framing).
      xhr.upload.addEventListener('progress', (event) => {
        if (event.lengthComputable && event.total > 0) {
          report(Math.min(file.size, Math.round((event.loaded / event.total) * file.size)));
        }
      });
      xhr.addEventListener('load', () => {
        done();
        const parsed = parseBody(xhr.responseText);
        if (xhr.status >= 200 && xhr.status < 300) {
          report(file.size);
          resolve(parsed);
        } else reject(this.fail(xhr.status, parsed));
      });
      xhr.addEventListener('error', () => {
        done();
        reject(new CustomModelsApiError('network', NETWORK_MESSAGE));
      });
      xhr.addEventListener('abort', () => {
        done();
        reject(CustomModelsApiError.aborted());
      });
      signal?.addEventListener('abort', onAbort, { once: true });
      report(0);
      xhr.send(body);
    });
  }

  private async fetchUpload(
    url: string,
    headers: Record<string, string>,
    body: FormData | Blob,
    signal?: AbortSignal,
  ): Promise<unknown> {
    try {
      return await this.fetchParsed(url, { method: 'PUT', headers, body, signal });
    } catch (error) {
      throw transportError(error, signal);
    }
  }

  /** One fetch: the parsed body, or the mapped error of a non-2xx answer. */
  private async fetchParsed(
    url: string,
    init: RequestInit,
    planMessage?: string,
  ): Promise<unknown> {
    const fetchFn = this.config.fetch ?? globalThis.fetch;
    const response = await fetchFn(url, init);
    const parsed = parseBody(await response.text());
    if (!response.ok) throw this.fail(response.status, parsed, planMessage);
    return parsed;
  }
}

/** What a failed fetch becomes: the adapter's own error as it is, an abort, or a network error. */
function transportError(error: unknown, signal?: AbortSignal): CustomModelsApiError {
  if (error instanceof CustomModelsApiError) return error;
  if (signal?.aborted) return CustomModelsApiError.aborted();
  return new CustomModelsApiError('network', NETWORK_MESSAGE, { cause: error });
}

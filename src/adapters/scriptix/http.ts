/*
 * Requests to the Scriptix API: URLs, headers, timeouts, aborts and upload progress. What a failure
 * becomes is errors.ts's. No DOM at import time: `fetch`, `XMLHttpRequest` and `FormData` are read
 * when a call is made.
 */
import { CustomModelsApiError } from '../../api/errors.js';
import {
  NETWORK_MESSAGE,
  SCRIPTIX_STATUS_MESSAGES,
  errorFromResponse,
  transportError,
  withKnownCode,
  type StatusCodes,
} from './errors.js';

/** A token, or a function that gives the current one (called before every request, so it may refresh). */
export type ScriptixTokenSource =
  string | (() => string | null | undefined | Promise<string | null | undefined>);

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
  /** What a status means for this call, as a known code (404 on a model: `unknown-model`). */
  codes?: StatusCodes;
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

  private fail(
    status: number,
    body: unknown,
    planMessage?: string,
    codes?: StatusCodes,
  ): CustomModelsApiError {
    const error = withKnownCode(
      errorFromResponse(status, body, this.config.messages, planMessage),
      codes,
    );
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
        request.codes,
      );
    } catch (error) {
      if (timedOut && !CustomModelsApiError.is(error) && !signal?.aborted) {
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
    codes?: StatusCodes,
  ): Promise<unknown> {
    const fetchFn = this.config.fetch ?? globalThis.fetch;
    const response = await fetchFn(url, init);
    const parsed = parseBody(await response.text());
    if (!response.ok) throw this.fail(response.status, parsed, planMessage, codes);
    return parsed;
  }
}

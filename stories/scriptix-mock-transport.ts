/*
 * An in-browser HTTP layer for stories: a `fetch` and an XMLHttpRequest stand-in that answer from
 * the same Scriptix wire-format mock the tests' node server uses (test/server/scriptix-wire-mock.mjs).
 * `ScriptixApi` runs unchanged on top (URLs, headers, JSON, multipart bodies, status codes); only
 * the network is replaced, so Storybook needs no server and makes no real request.
 */
import type { MockRequest, ScriptixWireMock } from '../test/server/scriptix-wire-mock.mjs';
import { decodeFileNameHeader } from '../test/server/scriptix-wire-mock.mjs';

function wait(ms: number, signal?: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    const abort = () => {
      clearTimeout(timer);
      reject(new DOMException('The operation was aborted.', 'AbortError'));
    };
    if (signal?.aborted) return abort();
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', abort, { once: true });
  });
}

const lowerCaseHeaders = (headers: Iterable<[string, string]>) =>
  Object.fromEntries([...headers].map(([name, value]) => [name.toLowerCase(), value]));

function describeFile(body: unknown, headers: Record<string, string>): MockRequest['file'] {
  if (body instanceof FormData) {
    const file = body.get('file');
    return file instanceof File
      ? { field: 'file', name: file.name, size: file.size, type: file.type }
      : undefined;
  }
  if (body instanceof Blob && headers['x-filename']) {
    return {
      field: 'body',
      name: decodeFileNameHeader(headers['x-filename']),
      size: body.size,
      type: headers['content-type'] ?? '',
    };
  }
  return undefined;
}

/** A `fetch` answered by `mock`, after `latencyMs`. */
export function createMockFetch(mock: ScriptixWireMock, { latencyMs = 250 } = {}): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const headers = lowerCaseHeaders(request.headers);
    const type = headers['content-type'] ?? '';
    let json: unknown;
    let file: MockRequest['file'];
    if (type.includes('application/json')) json = await request.json().catch(() => undefined);
    else if (type.includes('multipart/form-data'))
      file = describeFile(await request.formData(), headers);
    else if (headers['x-filename']) file = describeFile(await request.blob(), headers);

    const answer = mock.handle({
      method: request.method,
      path: url.pathname,
      query: url.searchParams,
      headers,
      json,
      file,
    });
    await wait(latencyMs + (answer.delayMs ?? 0), request.signal);
    if (answer.drop) throw new TypeError('Failed to fetch');
    if (answer.hang) await wait(2 ** 31 - 1, request.signal);
    const hasBody = answer.body !== undefined && answer.status !== 204;
    return new Response(hasBody ? JSON.stringify(answer.body) : null, {
      status: answer.status,
      headers: hasBody ? { 'content-type': 'application/json' } : {},
    });
  };
}

/**
 * An XMLHttpRequest stand-in for uploads: reports progress over a simulated transfer (about
 * `bytesPerSecond`, 1–6 s), then answers from `mock`. Only what `ScriptixApi` uses is there.
 */
class MockXhr extends EventTarget {
  readonly upload = new EventTarget();
  status = 0;
  responseText = '';
  private method = 'GET';
  private url = '';
  private headers: Record<string, string> = {};
  private timers: ReturnType<typeof setTimeout>[] = [];

  constructor(
    private readonly mock: ScriptixWireMock,
    private readonly bytesPerSecond: number,
  ) {
    super();
  }

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }

  setRequestHeader(name: string, value: string) {
    this.headers[name.toLowerCase()] = value;
  }

  send(body: FormData | Blob) {
    const file = describeFile(body, this.headers);
    const total = file?.size ?? 0;
    const duration = Math.min(6000, Math.max(1000, (total / this.bytesPerSecond) * 1000));
    const steps = 12;
    for (let step = 1; step <= steps; step++) {
      this.timers.push(
        setTimeout(
          () => {
            const loaded = Math.round((total * step) / steps);
            this.upload.dispatchEvent(
              new ProgressEvent('progress', { lengthComputable: total > 0, loaded, total }),
            );
            if (step === steps) this.finish(file);
          },
          (duration * step) / steps,
        ),
      );
    }
  }

  private finish(file: MockRequest['file']) {
    const url = new URL(this.url);
    const answer = this.mock.handle({
      method: this.method,
      path: url.pathname,
      query: url.searchParams,
      headers: this.headers,
      file,
    });
    if (answer.drop || answer.hang) {
      if (answer.drop) this.dispatchEvent(new ProgressEvent('error'));
      return;
    }
    this.status = answer.status;
    this.responseText = answer.body === undefined ? '' : JSON.stringify(answer.body);
    this.dispatchEvent(new ProgressEvent('load'));
  }

  abort() {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers = [];
    this.dispatchEvent(new ProgressEvent('abort'));
  }
}

/** A factory for `ScriptixApi`'s `xhr` option. */
export function createMockXhr(mock: ScriptixWireMock, { bytesPerSecond = 25 * 1024 * 1024 } = {}) {
  return () => new MockXhr(mock, bytesPerSecond) as unknown as XMLHttpRequest;
}

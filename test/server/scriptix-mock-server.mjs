/**
 * A real HTTP server for the Scriptix wire format (scriptix-wire-mock.mjs), for tests and manual
 * tries of `ScriptixApi`:
 *
 * - `scriptixMockMiddleware({ prefix })`: mounted in the web-test-runner dev server, so the tests
 *   talk HTTP to the same localhost origin (`${location.origin}/mock-scriptix/api/v3/...`).
 * - `startScriptixMockServer({ port })`: its own server (with CORS), e.g.
 *   `node test/server/scriptix-mock-server.mjs 8787`, then `new ScriptixApi({ baseUrl:
 *   'http://localhost:8787', token: 'any' })`.
 *
 * Test controls live under `<prefix>/__control/`: `POST reset` (body: seed), `POST rule` (body: a
 * rule: fail, delay, drop or hang the next matching request), `GET log`, `POST clear-log`.
 * A rule with `throttleKbPerTick` (and `path`) makes the server read matching request bodies slowly,
 * so real upload progress shows even on localhost; it stays until `reset`.
 */
import { createServer } from 'node:http';
import { Buffer } from 'node:buffer';
import { createScriptixWireMock, decodeFileNameHeader } from './scriptix-wire-mock.mjs';

const MAX_BODY = 64 * 1024 * 1024;

/** Reads the body; `throttle` (bytes per 20 ms) slows the read so the client's upload takes time. */
function readBody(req, throttle) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    let paused = false;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('Body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
      if (throttle && !paused) {
        paused = true;
        req.pause();
        setTimeout(
          () => {
            paused = false;
            req.resume();
          },
          Math.max(5, Math.round((chunk.length / throttle) * 20)),
        );
      }
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** The one `file` part (or the first file part) of a multipart/form-data body. */
function parseMultipart(body, contentType) {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (!boundary) return { fields: {}, file: undefined };
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const fields = {};
  let file;
  let start = body.indexOf(delimiter);
  while (start >= 0) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next < 0) break;
    const part = body.subarray(start + delimiter.length + 2, next - 2); // skip CRLF after, before
    const split = part.indexOf('\r\n\r\n');
    if (split >= 0) {
      const head = part.subarray(0, split).toString('utf8');
      const content = part.subarray(split + 4);
      const name = /name="([^"]*)"/i.exec(head)?.[1] ?? '';
      const filename = /filename="([^"]*)"/i.exec(head)?.[1];
      const type = /content-type:\s*([^\r\n]+)/i.exec(head)?.[1] ?? '';
      if (filename !== undefined) {
        file ??= { field: name, name: filename, size: content.length, type };
      } else {
        fields[name] = content.toString('utf8');
      }
    }
    start = next;
  }
  return { fields, file };
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, PUT, DELETE, OPTIONS',
  'access-control-allow-headers': 'authorization, x-zoom-s2t-key, content-type, x-filename',
};

function send(res, status, body) {
  if (res.destroyed || res.writableEnded) return;
  if (status === 204 || body === undefined) {
    res.writeHead(status, CORS);
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { ...CORS, 'content-type': 'application/json; charset=utf-8' });
  res.end(text);
}

/**
 * A node `(req, res)` handler for the paths under `prefix`; answers false for other paths.
 * @param {{ prefix?: string, mock?: import('./scriptix-wire-mock.d.mts').ScriptixWireMock }} [options]
 */
export function createScriptixMockHandler({ prefix = '', mock = createScriptixWireMock() } = {}) {
  const base = prefix.replace(/\/+$/, '');
  const handler = async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (base && url.pathname !== base && !url.pathname.startsWith(`${base}/`)) return false;
    const path = url.pathname.slice(base.length) || '/';
    if (req.method === 'OPTIONS') {
      send(res, 204);
      return true;
    }
    try {
      const control = /^\/__control\/([a-z-]+)$/.exec(path);
      if (control) {
        const raw = await readBody(req);
        const json = raw.length ? JSON.parse(raw.toString('utf8')) : undefined;
        const answer = mock.control(control[1], json);
        send(res, answer.status, answer.body);
        return true;
      }
      const headers = Object.fromEntries(
        Object.entries(req.headers).map(([k, v]) => [
          k.toLowerCase(),
          Array.isArray(v) ? v.join(', ') : v,
        ]),
      );
      const throttleRule = mock.rules.find(
        (r) => r.throttleKbPerTick && new RegExp(r.path ?? '').test(path),
      );
      const raw = await readBody(req, throttleRule ? throttleRule.throttleKbPerTick * 1024 : 0);
      const contentType = headers['content-type'] ?? '';
      let json;
      let file;
      if (/application\/json/i.test(contentType) && raw.length) {
        try {
          json = JSON.parse(raw.toString('utf8'));
        } catch {
          send(res, 400, { error: 'The body is not valid JSON.' });
          return true;
        }
      } else if (/multipart\/form-data/i.test(contentType)) {
        file = parseMultipart(raw, contentType).file;
      } else if (headers['x-filename'] && req.method === 'PUT') {
        file = {
          field: 'body',
          name: decodeFileNameHeader(headers['x-filename']),
          size: raw.length,
          type: contentType,
        };
      }
      const answer = mock.handle({
        method: req.method ?? 'GET',
        path,
        query: url.searchParams,
        headers,
        json,
        file,
      });
      if (answer.drop) {
        req.socket.destroy();
        return true;
      }
      if (answer.hang) return true; // the client gives up (abort, timeout) and closes the socket
      const respond = () => send(res, answer.status, answer.body);
      if (answer.delayMs) {
        const timer = setTimeout(respond, answer.delayMs);
        res.on('close', () => clearTimeout(timer));
      } else respond();
    } catch (error) {
      send(res, 500, { error: `Mock server error: ${error?.message ?? error}` });
    }
    return true;
  };
  handler.mock = mock;
  return handler;
}

/**
 * Koa middleware for @web/dev-server and @web/test-runner (`middleware: [...]`).
 * @param {{ prefix?: string }} [options]
 */
export function scriptixMockMiddleware({ prefix = '/mock-scriptix' } = {}) {
  const handler = createScriptixMockHandler({ prefix });
  const middleware = async (ctx, next) => {
    if (ctx.path !== prefix && !ctx.path.startsWith(`${prefix}/`)) return next();
    ctx.respond = false; // we write the raw response ourselves
    await handler(ctx.req, ctx.res);
  };
  middleware.mock = handler.mock;
  return middleware;
}

/** Starts a standalone server; resolves with its URL and a `close()`. */
export function startScriptixMockServer({ port = 0, host = '127.0.0.1', seed } = {}) {
  const handler = createScriptixMockHandler({ mock: createScriptixWireMock(seed) });
  const server = createServer((req, res) => {
    void handler(req, res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve({
        url: `http://${host}:${address.port}`,
        mock: handler.mock,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.argv[2] ?? 8787);
  const { url } = await startScriptixMockServer({ port });
  console.log(`Scriptix mock API on ${url} (any token is accepted)`);
}

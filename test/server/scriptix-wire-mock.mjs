/**
 * The Scriptix custom-models HTTP API, as documented in scriptix-api.md, without a transport.
 *
 * `handle(request)` takes a decoded request and answers `{ status, body, delayMs?, drop?, hang? }`.
 * The node server (scriptix-mock-server.mjs, used by the tests) and the in-browser `fetch` of the
 * Storybook story both drive this one implementation, so both speak the same wire format:
 * envelopes `{ result, count, total_results }`, numeric ids, `training_log.training_status`,
 * `last_modified` with microseconds, error bodies in the documented shapes.
 *
 * Where the documentation is silent the mock has to answer something; each such place is marked
 * "Guess:" below, and the tests that rely on one say "(guess)" in their names. The guessed calls
 * (the languages list, dataset delete) are served, but ScriptixApi only calls them when a host
 * configures their paths.
 *
 * Plain JavaScript with no Node or DOM API, so it runs in both. Types: scriptix-wire-mock.d.mts.
 */

export const MOCK_LANGUAGES = [
  { id: 1, key: 'en-us', name: 'English' },
  { id: 2, key: 'nl-nl', name: 'Dutch' },
  { id: 3, key: 'de-de', name: 'German' },
  { id: 4, key: 'fr-fr', name: 'French' },
  { id: 5, key: 'es-es', name: 'Spanish' },
];

export const MOCK_PATHS = {
  list: '/api/v3/speech-to-text/models',
  models: '/api/v3/custom_models',
  /** Guess: no public endpoint lists trainable languages. */
  languages: '/api/v3/custom_models/languages',
  /** Cited by the docs; guess: the shape of its answer. */
  me: '/api/v3/account/me',
};

/**
 * The file name an `x-filename` header carries: an RFC 8187 ext-value (`UTF-8''…`, percent-encoded
 * UTF-8) decoded, anything else as it is (the older API reference shows the plain name).
 */
export function decodeFileNameHeader(value) {
  const ext = /^utf-8'[\w-]*'(.*)$/i.exec(value ?? '');
  if (!ext) return value ?? '';
  try {
    return decodeURIComponent(ext[1]);
  } catch {
    return value;
  }
}

const DAY = 24 * 60 * 60 * 1000;

/** `2021-01-25T10:31:46.960411+00:00`: what the service sends (microseconds, offset). */
export function wireDate(ms) {
  const iso = new Date(ms).toISOString(); // 2021-01-25T10:31:46.960Z
  const micro = String((Math.floor(ms) * 37) % 1000).padStart(3, '0'); // some microseconds
  return `${iso.slice(0, 23)}${micro}+00:00`;
}

const DEMO = [
  ['Medical EN', 1, 4, 21],
  ['Legal NL', 2, 4, 14],
  ['Call centre EN', 1, 3, 0.2],
  ['Parliament NL', 2, 2, 0.5],
  ['Finance DE', 3, 5, 3],
  ['Broadcast FR', 4, 1, 1],
  ['Sports commentary EN', 1, 4, 40],
  ['Radiology NL', 2, 1, 6],
  ['Automotive DE', 3, 4, 9],
  ['Tourism ES', 5, null, 2],
  ['Insurance NL', 2, 4, 30],
  ['Podcasts EN', 1, 5, 12],
];

function demoModels(now) {
  return DEMO.map(([name, languageId, status, daysAgo], index) =>
    wireModel({
      id: index + 1,
      name,
      languageId,
      status,
      lastModified: now - daysAgo * DAY,
      trainable: status !== 1 && status !== null,
    }),
  );
}

/** A model as the service sends it. `status: null` means no training log yet. */
export function wireModel({
  id,
  name,
  languageId = 1,
  status = 1,
  lastModified = Date.now(),
  trainable = false,
  organizationId = 42,
}) {
  const language = MOCK_LANGUAGES.find((l) => l.id === languageId) ?? MOCK_LANGUAGES[0];
  return {
    id,
    key: `cm-${String(name)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')}-${id}`,
    name,
    last_modified: wireDate(lastModified),
    organization_id: organizationId,
    language_data: null,
    is_trainable: trainable,
    type: 1,
    base_language_id: language.id,
    base_language_key: language.key,
    training_log:
      status == null
        ? null
        : {
            language_id: language.id,
            training_status: status,
            log_name: status >= 4 ? `train-${id}.log` : null,
          },
  };
}

const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const envelope = (result, total) => ({
  result,
  count: Array.isArray(result) ? result.length : 1,
  total_results: total ?? (Array.isArray(result) ? result.length : 1),
});
const fail = (status, body) => ({ status, body });
// The documented error body: `error` is the status phrase, the sentence is in `message`.
const notFound = (what = 'Custom model') =>
  fail(404, { error: 'Not Found', message: `${what} not found.` });
const numberOrNull = (v) => {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^\d+$/.test(v.trim())) return Number(v);
  return null;
};

/**
 * A stateful mock of the service.
 * @param {import('./scriptix-wire-mock.d.mts').MockSeed} [seed]
 */
export function createScriptixWireMock(seed = {}) {
  const mock = {
    state: undefined,
    log: [],
    rules: [],
    reset,
    handle,
    control,
  };

  function reset(next = {}) {
    const now = Date.now();
    let models;
    if (typeof next.models === 'number') {
      models = Array.from({ length: next.models }, (_, i) =>
        wireModel({
          id: i + 1,
          name: `Model ${String(i + 1).padStart(4, '0')}`,
          languageId: (i % MOCK_LANGUAGES.length) + 1,
          status: (i % 5) + 1,
          lastModified: now - i * 60_000,
        }),
      );
    } else {
      models = (next.models ?? demoModels(now)).map((m) => structuredClone(m));
    }
    mock.state = {
      models,
      datasets: structuredClone(next.datasets ?? {}),
      languages: structuredClone(next.languages ?? MOCK_LANGUAGES),
      user: structuredClone(
        next.user ?? {
          id: 7,
          email: 'ada@example.com',
          name: 'Ada',
          role: 'ORGADMIN',
          organization: { id: 42, name: 'Acme Media' },
        },
      ),
      tokens: next.tokens ?? null,
      subscription: next.subscription ?? true,
      trainingMs: next.trainingMs ?? 20_000,
      nextId: Math.max(0, ...models.map((m) => Number(m.id) || 0)) + 1,
      nextDataId: 1000,
    };
    mock.log = [];
    mock.rules = [];
    return mock.state;
  }

  /** Test controls: `reset` (body: seed), `rule` (body: rule or list), `log`, `clear-log`. */
  function control(action, json) {
    switch (action) {
      case 'reset':
        reset(isObject(json) ? json : {});
        return { status: 204 };
      case 'rule':
        for (const rule of Array.isArray(json) ? json : [json])
          mock.rules.push({ times: 1, ...rule });
        return { status: 204 };
      case 'log':
        return { status: 200, body: mock.log };
      case 'clear-log':
        mock.log = [];
        return { status: 204 };
      default:
        return fail(404, { error: 'Unknown control.' });
    }
  }

  function matches(rule, request) {
    if (rule.times <= 0 || rule.throttleKbPerTick) return false; // throttling is the transport's
    if (rule.method && rule.method.toUpperCase() !== request.method) return false;
    if (rule.path && !new RegExp(rule.path).test(request.path)) return false;
    return true;
  }

  /** Applies the training timeline: 2 (queued) → 3 (running, progress) → 4 or 5. */
  function advance(model) {
    const run = model._run;
    if (!run) return;
    const elapsed = Date.now() - run.startedAt;
    const ms = mock.state.trainingMs;
    const log = (model.training_log ??= {
      language_id: model.base_language_id,
      training_status: 1,
      log_name: null,
    });
    if (elapsed < ms * 0.15) log.training_status = 2;
    else if (elapsed < ms) {
      log.training_status = 3;
      model.training_progress = Math.min(
        99,
        Math.round(((elapsed - ms * 0.15) / (ms * 0.85)) * 100),
      );
    } else {
      log.training_status = run.fails ? 5 : 4;
      log.log_name = `train-${model.id}.log`;
      delete model.training_progress;
      if (run.fails) model.status_message = 'Training failed: a transcript is empty.';
      model.last_modified = wireDate(run.startedAt + ms);
      delete model._run;
    }
  }

  /** A model without the mock's own bookkeeping (fields starting with `_`). */
  function publicModel(model) {
    advance(model);
    return strip(model);
  }

  const strip = (item) =>
    Object.fromEntries(Object.entries(item).filter(([k]) => !k.startsWith('_')));

  function findModel(id) {
    return mock.state.models.find((m) => String(m.id) === String(id));
  }

  function authorized(headers) {
    const bearer = /^Bearer\s+(.+)$/i.exec(headers.authorization ?? '')?.[1]?.trim();
    const key = headers['x-zoom-s2t-key']?.trim();
    const given = [bearer, key].filter(Boolean);
    if (!given.length) return false;
    return !mock.state.tokens || given.some((t) => mock.state.tokens.includes(t));
  }

  function validateModelBody(json, { requireLanguage = true } = {}) {
    if (!isObject(json)) return fail(400, { error: 'The body must be a JSON object.' });
    const name = typeof json.name === 'string' ? json.name.trim() : '';
    if (!name) {
      return fail(422, {
        error: {
          code: 'validation_error',
          message: 'The name is required.',
          details: { field: 'name', issue: 'The name is required.' },
        },
      });
    }
    // Guess: no name limit is documented (B2 says 200, glossaries 100); the body shape is a guess.
    if (name.length > 100) {
      return fail(422, {
        error: 'validation_error',
        message: 'The name is too long.',
        detail: [{ loc: ['body', 'name'], msg: 'At most 100 characters.' }],
      });
    }
    const languageId = numberOrNull(json.language_id);
    if (requireLanguage && !mock.state.languages.some((l) => l.id === languageId)) {
      return fail(400, { error: 'Invalid language_id.' });
    }
    if (
      json.organization_id != null &&
      numberOrNull(json.organization_id) !== Number(mock.state.user.organization.id)
    ) {
      return fail(400, { error: 'Invalid organization_id.' });
    }
    return { name, languageId };
  }

  /** Documented: `offset`, `limit`, `q`, `sort`, `direction`. Guess: the other filters, the sort values. */
  function listModels(query) {
    let rows = mock.state.models.map(publicModel);
    const q = (query.get('q') ?? '').trim().toLowerCase();
    if (q)
      rows = rows.filter((m) =>
        String(m.name ?? '')
          .toLowerCase()
          .includes(q),
      );
    const statuses = (query.get('training_status') ?? '')
      .split(',')
      .map(Number)
      .filter((n) => n > 0);
    if (statuses.length)
      rows = rows.filter((m) => statuses.includes(m.training_log?.training_status ?? 1));
    const languageKey = query.get('base_language_key');
    if (languageKey) rows = rows.filter((m) => m.base_language_key === languageKey);
    const sort = query.get('sort');
    if (sort) {
      const value = (m) =>
        sort === 'training_status'
          ? (m.training_log?.training_status ?? 1)
          : sort === 'word_error_rate'
            ? // Not measured as the highest rate: last ascending, first descending.
              (m.training_metrics?.word_error_rate ?? Infinity)
            : (m[sort] ?? '');
      const direction = query.get('direction') === 'desc' ? -1 : 1;
      const known = ['name', 'last_modified', 'training_status', 'base_language_key', 'id'];
      if (![...known, 'word_error_rate'].includes(sort)) {
        return fail(400, { error: `Cannot sort by ${sort}.` });
      }
      rows = [...rows].sort((a, b) => {
        const x = value(a);
        const y = value(b);
        return (
          (typeof x === 'number' ? x - y || 0 : String(x).localeCompare(String(y))) * direction
        );
      });
    }
    const offset = Math.max(0, Number(query.get('offset') ?? 0) || 0);
    const limit = Math.min(1000, Math.max(1, Number(query.get('limit') ?? 25) || 25));
    return { status: 200, body: envelope(rows.slice(offset, offset + limit), rows.length) };
  }

  function route(request) {
    const { method, query, json } = request;
    const path = request.path.replace(/\/+$/, '') || '/';
    const state = mock.state;

    if (method === 'GET' && path === MOCK_PATHS.list) return listModels(query);
    if (method === 'GET' && path === MOCK_PATHS.languages) {
      return { status: 200, body: envelope(state.languages) };
    }
    if (method === 'GET' && path === MOCK_PATHS.me)
      return { status: 200, body: envelope(state.user) };
    if (method === 'POST' && path === MOCK_PATHS.models) {
      const valid = validateModelBody(json);
      if (valid.status) return valid;
      const model = wireModel({
        id: state.nextId++,
        name: valid.name,
        languageId: valid.languageId,
        status: null,
        organizationId: state.user.organization.id,
      });
      state.models.unshift(model);
      return { status: 201, body: envelope(publicModel(model)) };
    }

    const match = /^\/api\/v3\/custom_models\/([^/]+)(?:\/(data|run)(?:\/([^/]+))?)?$/.exec(path);
    if (!match) return notFound('Endpoint');
    const [, id, sub, dataId] = match;
    const model = findModel(id);
    if (!model) return notFound();
    advance(model);
    const datasets = (state.datasets[String(model.id)] ??= []);
    const busy = [2, 3].includes(model.training_log?.training_status);

    if (!sub) {
      if (method === 'GET') return { status: 200, body: envelope(publicModel(model)) };
      if (method === 'PUT') {
        const valid = validateModelBody(json);
        if (valid.status) return valid;
        if (valid.languageId !== model.base_language_id) {
          return fail(400, { error: 'The language of a custom model cannot be changed.' });
        }
        model.name = valid.name;
        model.last_modified = wireDate(Date.now());
        return { status: 201, body: envelope(publicModel(model)) };
      }
      if (method === 'DELETE') {
        // Guess: the web app offers delete only to these roles; a 403 for others is not documented.
        if (!['ORGADMIN', 'SYSOP'].includes(state.user.role)) {
          return fail(403, {
            message: 'Only organisation administrators can delete custom models.',
          });
        }
        state.models = state.models.filter((m) => m !== model);
        delete state.datasets[String(model.id)];
        return { status: 204 };
      }
    }
    if (sub === 'data' && !dataId) {
      if (method === 'GET') return { status: 200, body: envelope(datasets.map(strip)) };
      if (method === 'PUT') {
        if (!state.subscription) {
          return fail(402, {
            error: 'Payment required: your organisation has no active subscription.',
          });
        }
        // Documented: 1 transcript, 2 test set. Guess: without data_type the server tells the
        // kind from the file and stores it as training data (1).
        const given = query.get('data_type');
        const dataType = given == null ? 1 : numberOrNull(given);
        if (dataType !== 1 && dataType !== 2) return fail(400, { error: 'Invalid data_type.' });
        if (!request.file) {
          if (!/multipart\/form-data|text\/plain/.test(request.headers['content-type'] ?? '')) {
            return fail(415, { error: 'Unsupported media type.' });
          }
          return fail(422, { detail: [{ loc: ['body', 'file'], msg: 'A file is required.' }] });
        }
        // Guess: no custom-model 409 is documented; a busy model refusing new data is plausible.
        if (busy) return fail(409, { error: 'The model is training; its data cannot change now.' });
        const dataset = {
          id: state.nextDataId++,
          name: request.file.name,
          type: dataType,
          language_id: model.base_language_id,
          media_url: `https://media.example/${request.file.name}`,
          url: `https://media.example/${request.file.name}`,
          _size: request.file.size,
        };
        datasets.push(dataset);
        model.is_trainable = true;
        model.last_modified = wireDate(Date.now());
        return {
          status: 200,
          body: envelope({ transcriptId: dataset.id, message: 'File uploaded.' }),
        };
      }
    }
    if (sub === 'data' && dataId) {
      const index = datasets.findIndex((d) => String(d.id) === dataId);
      if (index < 0) return notFound('Dataset');
      if (method === 'GET') return { status: 200, body: envelope(strip(datasets[index])) };
      // Guess: dataset delete (the feature is documented, the call is not).
      if (method === 'DELETE') {
        if (busy) return fail(409, { error: 'The model is training; its data cannot change now.' });
        datasets.splice(index, 1);
        if (!datasets.length) model.is_trainable = false;
        return { status: 204 };
      }
    }
    // Documented: 204, no body needed; B2 sends `{}`, which is accepted as any body is.
    if (sub === 'run' && !dataId && method === 'POST') {
      if (busy) return fail(409, { error: 'The model is already training.' });
      if (!model.is_trainable) return fail(400, { error: 'The model has no training data.' });
      model._run = { startedAt: Date.now(), fails: datasets.some((d) => d._size === 0) };
      delete model.status_message;
      advance(model);
      return { status: 204 };
    }
    return fail(405, { error: 'Method not allowed.' });
  }

  /**
   * Answers one request.
   * @param {import('./scriptix-wire-mock.d.mts').MockRequest} request
   */
  function handle(request) {
    request = { ...request, method: request.method.toUpperCase() };
    const h = request.headers;
    mock.log.push({
      method: request.method,
      path: request.path,
      query: Object.fromEntries(request.query),
      headers: {
        authorization: h.authorization,
        'x-zoom-s2t-key': h['x-zoom-s2t-key'],
        'content-type': h['content-type'],
        'x-filename': h['x-filename'],
      },
      json: request.json,
      file: request.file,
    });
    const rule = mock.rules.find((r) => matches(r, request));
    if (rule) {
      rule.times--;
      if (rule.drop || rule.hang) return { status: 0, drop: !!rule.drop, hang: !!rule.hang };
      if (rule.status) return { status: rule.status, body: rule.body, delayMs: rule.delayMs };
    }
    if (!authorized(h)) {
      return {
        status: 401,
        body: {
          error: 'invalid_token',
          error_description: 'The access token is missing, invalid or expired.',
        },
        delayMs: rule?.delayMs,
      };
    }
    const answer = route(request);
    return { ...answer, delayMs: rule?.delayMs ?? answer.delayMs };
  }

  reset(seed);
  return mock;
}

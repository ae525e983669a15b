import { expect } from '@open-wc/testing';
import {
  CustomModelsApiError,
  SCRIPTIX_STATUS_MESSAGES,
  ScriptixApi,
  SORT_FIELDS,
  type ApiErrorKind,
  type ScriptixApiOptions,
} from '../src/adapters.js';
import type { LoggedRequest, MockRule, MockSeed } from './server/scriptix-wire-mock.mjs';
import { wireModel } from './server/scriptix-wire-mock.mjs';

/*
 * ScriptixApi over real HTTP: the web-test-runner server mounts the Scriptix wire-format mock
 * (test/server/scriptix-mock-server.mjs) under /mock-scriptix on this page's own origin.
 */
const BASE = `${location.origin}/mock-scriptix`;

async function control(action: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${BASE}/__control/${action}`, {
    method: action === 'log' ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`control ${action}: ${response.status}`);
  return action === 'log' ? response.json() : undefined;
}
const reset = (seed: MockSeed = {}) => control('reset', seed);
const rule = (r: MockRule) => control('rule', r);
const requests = () => control('log') as Promise<LoggedRequest[]>;
const lastRequest = async () => (await requests()).at(-1)!;

const api = (options: ScriptixApiOptions = {}) =>
  new ScriptixApi({ baseUrl: BASE, token: 'test-token', ...options });

const MODELS = [
  wireModel({ id: 5, name: 'Medical EN', languageId: 1, status: 4, trainable: true }),
  wireModel({ id: 6, name: 'Legal NL', languageId: 2, status: null }),
  wireModel({ id: 7, name: 'Finance DE', languageId: 3, status: 1, trainable: true }),
];

async function rejection(promise: Promise<unknown>): Promise<CustomModelsApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(CustomModelsApiError);
    return error as CustomModelsApiError;
  }
  throw new Error('Expected the call to reject');
}

describe('ScriptixApi (against a local HTTP server speaking the Scriptix wire format)', () => {
  beforeEach(() => reset({ models: MODELS }));

  describe('list', () => {
    it('asks the web app endpoint with offset, limit, q, sort and direction and reads the envelope', async () => {
      await reset({ models: 30 });
      const page = await api().listModels({
        page: 2,
        pageSize: 10,
        sort: { field: 'name', direction: 'desc' },
        filters: { name: 'model' },
      });
      expect(page.total).to.equal(30);
      expect(page.items).to.have.length(10);
      expect(page.items[0]!.name).to.equal('Model 0020');
      expect(page.items[0]!.id).to.equal('20');
      const request = await lastRequest();
      expect(request.method).to.equal('GET');
      expect(request.path).to.equal('/api/v3/speech-to-text/models');
      expect(request.query).to.deep.equal({
        offset: '10',
        limit: '10',
        q: 'model',
        sort: 'name',
        direction: 'desc',
      });
    });

    it('declares only name search and two sorts by default, and never sends what it did not declare', async () => {
      const adapter = api();
      expect(adapter.capabilities).to.deep.equal({
        sort: ['name', 'lastModified'],
        filters: ['name'],
      });
      await adapter.listModels({
        page: 1,
        pageSize: 25,
        sort: { field: 'trainingStatus', direction: 'asc' },
        filters: { trainingStatus: [4], baseLanguageKey: 'en-us' },
      });
      expect((await lastRequest()).query).to.deep.equal({ offset: '0', limit: '25' });
    });

    it('lets a host widen the capabilities and rename the wire fields', async () => {
      const adapter = api({
        capabilities: { sort: [...SORT_FIELDS], filters: ['name', 'trainingStatus'] },
        sortFields: { lastModified: 'last_modified' },
      });
      const page = await adapter.listModels({
        page: 1,
        pageSize: 25,
        sort: { field: 'trainingStatus', direction: 'desc' },
        filters: { trainingStatus: [1, 4] },
      });
      expect((await lastRequest()).query).to.include({
        training_status: '1,4',
        sort: 'training_status',
      });
      expect(page.items.map((m) => m.trainingStatus)).to.deep.equal([4, 1, 1]);
    });

    it('estimates a total when the envelope has none', async () => {
      await rule({
        path: 'speech-to-text/models',
        status: 200,
        body: { result: [wireModel({ id: 1, name: 'A' }), wireModel({ id: 2, name: 'B' })] },
      });
      const page = await api().listModels({ page: 1, pageSize: 2 });
      expect(page.items).to.have.length(2);
      expect(page.total).to.equal(3); // a full page: there may be more
    });
  });

  describe('mapping', () => {
    it('maps ids to strings, training_log to the status, dates, is_trainable and the base language', async () => {
      const model = await api().getModel('5');
      expect(model).to.include({
        id: '5',
        key: 'cm-medical-en-5',
        name: 'Medical EN',
        trainingStatus: 4,
        isTrainable: true,
      });
      expect(model.baseLanguage).to.deep.equal({ id: '1', key: 'en-us', name: 'English' });
      expect(model.lastModified).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(Date.parse(model.lastModified)).to.equal(
        Date.parse(MODELS[0]!.last_modified as string),
      );
    });

    it('reads a missing training log as Not Running', async () => {
      const model = await api().getModel('6');
      expect(model.trainingStatus).to.equal(1);
      expect(model.baseLanguage.name).to.equal('Dutch');
    });

    it('names base languages from the trainable-languages list once it is loaded', async () => {
      await reset({ models: MODELS, languages: [{ id: 1, key: 'en-us', name: 'English (US)' }] });
      const adapter = api();
      const languages = await adapter.listTrainableLanguages();
      expect(languages).to.deep.equal([{ id: '1', key: 'en-us', name: 'English (US)' }]);
      expect((await lastRequest()).path).to.equal('/api/v3/custom_models/languages');
      expect((await adapter.getModel('5')).baseLanguage.name).to.equal('English (US)');
    });

    it('ignores unknown fields and survives missing or malformed ones', async () => {
      await reset({
        models: [
          {
            id: 9,
            name: 'Odd',
            extra: { deep: [1, 2] },
            training_log: 'broken',
            last_modified: 'yesterday',
          },
          {
            id: 10,
            name: null,
            base_language_key: 'xx-yy',
            training_log: { training_status: '3' },
          },
          { name: 'No id at all', base_language_id: 'not a number' },
        ],
      });
      const page = await api().listModels({ page: 1, pageSize: 25 });
      expect(page.total).to.equal(3);
      const [odd, unnamed, noId] = page.items;
      expect(odd).to.include({ id: '9', name: 'Odd', trainingStatus: 1, lastModified: '' });
      expect(odd).not.to.have.property('extra');
      expect(unnamed).to.include({ id: '10', name: '', trainingStatus: 3 });
      expect(unnamed!.baseLanguage).to.deep.equal({ id: '', key: 'xx-yy', name: 'xx-yy' });
      expect(noId).to.include({ id: '', name: 'No id at all', key: '' });
    });

    it('maps the session from the current-user call, or skips it when the host gives one', async () => {
      const session = await api().getSession();
      expect(session).to.deep.equal({
        role: 'ORGADMIN',
        organization: { id: '42', name: 'Acme Media' },
      });
      expect((await lastRequest()).path).to.equal('/api/v3/account/me');

      await control('clear-log');
      const given = { role: 'USER', organization: { id: '1', name: 'Host' } };
      expect(await api({ session: given }).getSession()).to.deep.equal(given);
      expect(
        await api({
          languages: [{ id: '1', key: 'en', name: 'English' }],
        }).listTrainableLanguages(),
      ).to.have.length(1);
      expect(await requests()).to.have.length(0);
    });
  });

  describe('models', () => {
    it('creates with the name, the language id and the organisation id', async () => {
      const model = await api({ organizationId: '42' }).createModel({
        name: 'Legal EN',
        languageId: '1',
      });
      expect(model).to.include({ name: 'Legal EN', trainingStatus: 1 });
      expect(model.id).to.match(/^\d+$/);
      expect(model.baseLanguage).to.deep.equal({ id: '1', key: 'en-us', name: 'English' });
      const request = await lastRequest();
      expect(request).to.include({ method: 'POST', path: '/api/v3/custom_models' });
      expect(request.headers['content-type']).to.equal('application/json');
      expect(request.json).to.deep.equal({ name: 'Legal EN', language_id: 1, organization_id: 42 });
    });

    it('takes the organisation from the session when no option gives it', async () => {
      const adapter = api();
      await adapter.getSession();
      await adapter.createModel({ name: 'Legal EN', languageId: '2' });
      expect((await lastRequest()).json).to.deep.equal({
        name: 'Legal EN',
        language_id: 2,
        organization_id: 42,
      });
    });

    it('reads the whole model when create answers only { id, name, type }', async () => {
      await rule({
        method: 'POST',
        path: 'custom_models$',
        status: 201,
        body: { result: [{ id: 7, name: 'Finance DE', type: 1 }] },
      });
      const model = await api().createModel({ name: 'Finance DE', languageId: '3' });
      expect(model).to.include({ id: '7', name: 'Finance DE' });
      expect(model.baseLanguage.key).to.equal('de-de');
      expect((await lastRequest()).path).to.equal('/api/v3/custom_models/7');
    });

    it('renames with PUT, sending the unchanged language and organisation', async () => {
      const model = await api().updateModel('6', { name: 'Legal NL v2' });
      expect(model).to.include({ id: '6', name: 'Legal NL v2' });
      const log = await requests();
      expect(log.map((r) => `${r.method} ${r.path}`)).to.deep.equal([
        'GET /api/v3/custom_models/6',
        'PUT /api/v3/custom_models/6',
      ]);
      expect(log[1]!.json).to.deep.equal({
        name: 'Legal NL v2',
        language_id: 2,
        organization_id: 42,
      });
    });

    it('does not read the model again to rename one it has listed', async () => {
      const adapter = api();
      await adapter.listModels({ page: 1, pageSize: 25 });
      await control('clear-log');
      await adapter.updateModel('5', { name: 'Medical EN v2' });
      expect((await requests()).map((r) => r.method)).to.deep.equal(['PUT']);
    });

    it('deletes; the model is then not found', async () => {
      const adapter = api();
      await adapter.deleteModel('7');
      expect(await lastRequest()).to.include({ method: 'DELETE', path: '/api/v3/custom_models/7' });
      const error = await rejection(adapter.getModel('7'));
      expect(error.kind).to.equal('not-found');
      expect(error.status).to.equal(404);
      expect(error.message).to.equal('Custom model not found.');
    });

    it('starts training with POST …/run, then reads the model again', async () => {
      const model = await api().startTraining('7');
      expect(model.trainingStatus).to.equal(2);
      expect((await requests()).map((r) => `${r.method} ${r.path}`)).to.deep.equal([
        'POST /api/v3/custom_models/7/run',
        'GET /api/v3/custom_models/7',
      ]);
    });
  });

  describe('datasets', () => {
    const datasets = {
      '5': [
        { id: 100, name: 'consult.wav', type: 1, language_id: 1, media_url: 'x', url: 'x' },
        { id: 101, name: 'consult.srt', type: 1, language_id: 1, media_url: 'x', url: 'x' },
        { id: 102, name: 'holdout', type: 2, language_id: 1, media_url: 'x', url: 'x' },
      ],
    };

    it('lists a model’s datasets, with kinds from the file names', async () => {
      await reset({ models: MODELS, datasets });
      const list = await api().listDatasets('5');
      expect(list).to.deep.equal([
        { id: '100', name: 'consult.wav', kind: 'audio' },
        { id: '101', name: 'consult.srt', kind: 'transcript' },
        { id: '102', name: 'holdout', kind: 'transcript' },
      ]);
      expect((await lastRequest()).path).to.equal('/api/v3/custom_models/5/data');
    });

    it('deletes a dataset', async () => {
      await reset({ models: MODELS, datasets });
      const adapter = api();
      await adapter.deleteDataset('5', '100');
      expect(await lastRequest()).to.include({
        method: 'DELETE',
        path: '/api/v3/custom_models/5/data/100/',
      });
      expect((await adapter.listDatasets('5')).map((d) => d.id)).to.deep.equal(['101', '102']);
    });

    it('uploads one file as multipart with real progress', async function () {
      this.timeout(20_000);
      // Slow reads on the server, and a file larger than the kernel's socket buffers on localhost.
      await rule({ path: '/data$', throttleKbPerTick: 128 });
      const size = 16 * 1024 * 1024;
      const file = new File([new Uint8Array(size)], 'interview.wav', { type: 'audio/wav' });
      const progress: Array<[number, number]> = [];
      const dataset = await api().uploadDataset('6', file, {
        onProgress: (loaded, total) => progress.push([loaded, total]),
      });

      expect(dataset).to.include({
        id: '1000',
        name: 'interview.wav',
        kind: 'audio',
        sizeBytes: size,
      });
      const request = await lastRequest();
      expect(request).to.include({ method: 'PUT', path: '/api/v3/custom_models/6/data' });
      expect(request.query).to.deep.equal({ data_type: '1' });
      expect(request.headers['content-type']).to.match(/^multipart\/form-data; boundary=/);
      expect(request.headers.authorization).to.equal('Bearer test-token');
      expect(request.file).to.deep.equal({
        field: 'file',
        name: 'interview.wav',
        size,
        type: 'audio/wav',
      });

      expect(progress[0]).to.deep.equal([0, size]);
      expect(progress.at(-1)).to.deep.equal([size, size]);
      expect(
        progress.some(([loaded]) => loaded > 0 && loaded < size),
        JSON.stringify(progress),
      ).to.equal(true);
      for (let i = 1; i < progress.length; i++)
        expect(progress[i]![0]).to.be.greaterThan(progress[i - 1]![0]);
      expect((await api().getModel('6')).isTrainable).to.equal(true);
    });

    it('can send the raw body with x-filename instead (older API reference)', async () => {
      const file = new File(['hello'], 'notes día.txt', { type: 'text/plain' });
      const dataset = await api({
        uploadFormat: 'raw',
        dataTypes: { transcript: 2 },
      }).uploadDataset('6', file);
      expect(dataset).to.include({ name: 'notes día.txt', kind: 'transcript', sizeBytes: 5 });
      const request = await lastRequest();
      expect(request.query).to.deep.equal({ data_type: '2' });
      expect(request.headers['content-type']).to.equal('text/plain');
      expect(request.file).to.include({ field: 'body', name: 'notes día.txt', size: 5 });
    });

    it('aborts an upload', async () => {
      await rule({ path: '/data$', hang: true });
      const controller = new AbortController();
      const file = new File([new Uint8Array(1024)], 'a.wav');
      const upload = api().uploadDataset('6', file, { signal: controller.signal });
      setTimeout(() => controller.abort(), 100);
      expect((await rejection(upload)).kind).to.equal('aborted');
    });

    it('maps upload errors (402 without a subscription) and has no time limit', async () => {
      await reset({ models: MODELS, subscription: false });
      const file = new File(['x'], 'a.srt');
      const error = await rejection(api().uploadDataset('6', file));
      expect(error).to.include({ kind: 'payment-required', status: 402 });
      expect(error.message).to.equal(
        'Payment required: your organisation has no active subscription.',
      );

      await reset({ models: MODELS });
      await rule({
        path: '/data$',
        method: 'PUT',
        delayMs: 400,
        status: 200,
        body: { result: { transcriptId: 5 } },
      });
      const dataset = await api({ timeoutMs: 100 }).uploadDataset('6', file);
      expect(dataset.id).to.equal('5');
    });
  });

  describe('errors', () => {
    const cases: Array<[number, unknown, ApiErrorKind, string]> = [
      [400, { error: 'Invalid language_id.' }, 'validation', 'Invalid language_id.'],
      [
        401,
        { error: 'invalid_token', error_description: 'The token expired.' },
        'unauthorized',
        'The token expired.',
      ],
      [402, {}, 'payment-required', SCRIPTIX_STATUS_MESSAGES[402]!],
      [
        403,
        { message: 'Your token may not read this model.' },
        'forbidden',
        'Your token may not read this model.',
      ],
      [404, { detail: 'No such model.' }, 'not-found', 'No such model.'],
      [409, undefined, 'conflict', SCRIPTIX_STATUS_MESSAGES[409]!],
      [415, { error: 'unsupported_media_type' }, 'validation', SCRIPTIX_STATUS_MESSAGES[415]!],
      [
        422,
        {
          error: {
            code: 'validation_error',
            message: 'Check the name.',
            details: { field: 'name', issue: 'Too long.' },
          },
        },
        'validation',
        'Check the name.',
      ],
      [429, { error: 'rate_limited' }, 'server', SCRIPTIX_STATUS_MESSAGES[429]!],
      [500, undefined, 'server', SCRIPTIX_STATUS_MESSAGES[500]!],
      [502, undefined, 'server', SCRIPTIX_STATUS_MESSAGES[502]!],
      [503, { error: 'Maintenance until 14:00.' }, 'server', 'Maintenance until 14:00.'],
    ];
    for (const [status, body, kind, message] of cases) {
      it(`turns ${status} into kind "${kind}" with a message fit to show`, async () => {
        await rule({ method: 'GET', path: 'custom_models/5$', status, body });
        const error = await rejection(api().getModel('5'));
        expect(error).to.include({ kind, status, message });
        expect(error.message).not.to.contain('[object');
      });
    }

    it('reads field errors from a 422 (server validation)', async () => {
      const error = await rejection(api().createModel({ name: '  ', languageId: '1' }));
      expect(error).to.include({
        kind: 'validation',
        status: 422,
        message: 'The name is required.',
      });
      expect(error.fieldErrors).to.deep.equal({ name: 'The name is required.' });

      await rule({
        method: 'POST',
        status: 422,
        body: { detail: [{ loc: ['body', 'language_id'], msg: 'Unknown language.' }] },
      });
      const second = await rejection(api().createModel({ name: 'X', languageId: '99' }));
      expect(second.message).to.equal('Unknown language.');
      expect(second.fieldErrors).to.deep.equal({ languageId: 'Unknown language.' });
    });

    it('lets a host reword a status', async () => {
      await rule({ path: 'custom_models/5$', status: 500 });
      const error = await rejection(api({ messages: { 500: 'Scriptix is down.' } }).getModel('5'));
      expect(error.message).to.equal('Scriptix is down.');
    });

    it('calls onUnauthorized on a 401 from the server', async () => {
      await reset({ models: MODELS, tokens: ['good'] });
      const seen: CustomModelsApiError[] = [];
      const error = await rejection(
        api({ token: 'bad', onUnauthorized: (e) => seen.push(e) }).getModel('5'),
      );
      expect(error.kind).to.equal('unauthorized');
      expect(error.message).to.equal('The access token is missing, invalid or expired.');
      expect(seen).to.deep.equal([error]);
    });

    it('is kind "network" when the connection closes without an answer', async () => {
      // Chrome retries when a connection closes without an answer: drop the retries too.
      await rule({ path: 'custom_models/5$', drop: true, times: 10 });
      const error = await rejection(api().getModel('5'));
      expect(error.kind).to.equal('network');
      expect(error.status).to.equal(undefined);
      expect(error.message).to.match(/could not be reached/);
    });

    it('is kind "aborted" when the signal aborts, before or during the request', async () => {
      const controller = new AbortController();
      controller.abort();
      expect((await rejection(api().getModel('5', { signal: controller.signal }))).kind).to.equal(
        'aborted',
      );
      expect(await requests()).to.have.length(0);

      await rule({ path: 'custom_models/5$', hang: true });
      const live = new AbortController();
      const pending = api().getModel('5', { signal: live.signal });
      setTimeout(() => live.abort(), 50);
      expect((await rejection(pending)).kind).to.equal('aborted');
    });

    it('times out (kind "network", clear message) after timeoutMs', async () => {
      await rule({ path: 'custom_models/5$', hang: true });
      const started = performance.now();
      const error = await rejection(api({ timeoutMs: 200 }).getModel('5'));
      expect(error.kind).to.equal('network');
      expect(error.message).to.equal(
        'The service did not answer within 0.2 seconds. Please try again.',
      );
      expect(performance.now() - started).to.be.lessThan(2000);
    });
  });

  describe('authentication', () => {
    it('calls a token function before every request, so a refreshed token is used', async () => {
      await reset({ models: MODELS, tokens: ['token-1', 'token-2'] });
      let n = 0;
      const adapter = api({ token: async () => `token-${++n}` });
      await adapter.getModel('5');
      await adapter.getModel('6');
      const log = await requests();
      expect(log.map((r) => r.headers.authorization)).to.deep.equal([
        'Bearer token-1',
        'Bearer token-2',
      ]);
    });

    it('sends an API key in x-zoom-s2t-key', async () => {
      await api({ token: undefined, apiKey: () => 'batch-key' }).getModel('5');
      const request = await lastRequest();
      expect(request.headers['x-zoom-s2t-key']).to.equal('batch-key');
      expect(request.headers.authorization).to.equal(undefined);
    });

    it('uses the fetch it is given', async () => {
      const urls: string[] = [];
      const adapter = api({
        fetch: (input, init) => {
          urls.push(String(input));
          return fetch(input, init);
        },
      });
      await adapter.listModels({ page: 1, pageSize: 5 });
      expect(urls).to.deep.equal([`${BASE}/api/v3/speech-to-text/models?offset=0&limit=5`]);
    });
  });
});

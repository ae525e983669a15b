import { expect } from '@open-wc/testing';
import { SCRIPTIX_DEFAULT_PATHS, SCRIPTIX_PLAN_MESSAGE, SORT_FIELDS } from '../src/adapters.js';
import { MOCK_PATHS, wireModel } from './server/scriptix-wire-mock.mjs';
import {
  BASE,
  MODELS,
  api,
  clearLog,
  lastRequest,
  rejection,
  requests,
  reset,
  rule,
} from './helpers/scriptix-mock.js';

describe('ScriptixApi (against a local HTTP server speaking the Scriptix wire format)', () => {
  beforeEach(() => reset({ models: MODELS }));

  describe('list', () => {
    it('asks the web app endpoint with offset, limit, q, sort and direction and reads the envelope (guess: the sort value `name`)', async () => {
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
        deleteDataset: false,
        pollIntervalMs: 20_000,
        wordErrorRate: false,
      });
      await adapter.listModels({
        page: 1,
        pageSize: 25,
        sort: { field: 'trainingStatus', direction: 'asc' },
        filters: { trainingStatus: [4], baseLanguageKey: 'en-us' },
      });
      expect((await lastRequest()).query).to.deep.equal({ offset: '0', limit: '25' });
    });

    it('merges the capabilities option field by field: turning on the Accuracy column keeps the documented sorts and filters', async () => {
      const adapter = api({ capabilities: { wordErrorRate: true } });
      expect(adapter.capabilities).to.deep.include({
        sort: ['name', 'lastModified'],
        filters: ['name'],
        wordErrorRate: true,
      });
      await adapter.listModels({
        page: 1,
        pageSize: 25,
        sort: { field: 'trainingStatus', direction: 'asc' },
        filters: { trainingStatus: [4], baseLanguageKey: 'en-us', key: 'x' },
      });
      expect((await lastRequest()).query).to.deep.equal({ offset: '0', limit: '25' });
      // One field given, the others stay the defaults; an empty list declares none.
      expect(api({ capabilities: { sort: [] } }).capabilities).to.deep.include({
        sort: [],
        filters: ['name'],
      });
    });

    it('lets a host widen the capabilities and rename the wire fields (guess: the training_status filter and sort)', async () => {
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

    for (const status of [402, 403]) {
      it(`reads a ${status} on the list as a plan without custom models, in a plain sentence`, async () => {
        await rule({ path: 'speech-to-text/models', status, body: { error: 'Forbidden' } });
        const error = await rejection(api().listModels({ page: 1, pageSize: 25 }));
        expect(error).to.include({
          kind: 'payment-required',
          status,
          message: SCRIPTIX_PLAN_MESSAGE,
        });
      });
    }

    it('keeps the server’s own sentence for a plan answer, and a 403 elsewhere is “forbidden”', async () => {
      await rule({
        path: 'speech-to-text/models',
        status: 403,
        body: { error: 'Forbidden', message: 'Custom models need the Gold plan.' },
      });
      const error = await rejection(api().listModels({ page: 1, pageSize: 25 }));
      expect(error).to.include({
        kind: 'payment-required',
        message: 'Custom models need the Gold plan.',
      });
      await rule({ path: 'custom_models/5$', status: 403, body: { error: 'Forbidden' } });
      expect((await rejection(api().getModel('5'))).kind).to.equal('forbidden');
    });

    it('lets a host reword the plan sentence', async () => {
      await rule({ path: 'speech-to-text/models', status: 402 });
      const error = await rejection(
        api({ planMessage: 'Ask Ada about the Gold plan.' }).listModels({ page: 1, pageSize: 5 }),
      );
      expect(error.message).to.equal('Ask Ada about the Gold plan.');
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

    it('keeps training_log.log_name as trainingLogName', async () => {
      await reset({
        models: [wireModel({ id: 8, name: 'Failed NL', languageId: 2, status: 5 })],
      });
      const model = await api().getModel('8');
      expect(model).to.include({ trainingStatus: 5, trainingLogName: 'train-8.log' });
      expect(
        await api()
          .getModel('8')
          .then((m) => m.statusMessage),
      ).to.equal(undefined);
      await reset({ models: MODELS });
      expect(await api().getModel('6')).not.to.have.property('trainingLogName');
    });

    it('reads timing fields where the service sends them (guess: their names)', async () => {
      await rule({
        path: 'custom_models/5$',
        status: 200,
        body: {
          result: {
            ...wireModel({ id: 5, name: 'Medical EN', status: 4 }),
            created_at: '2024-03-01T08:00:00.123456+00:00',
            training_log: {
              language_id: 1,
              training_status: 4,
              log_name: 'train-5.log',
              started_at: '2024-03-02T09:00:00+01:00',
              finished_at: '2024-03-02T10:30:00+01:00',
            },
          },
        },
      });
      const model = await api().getModel('5');
      expect(model).to.include({
        createdAt: '2024-03-01T08:00:00.123Z',
        trainingStartedAt: '2024-03-02T08:00:00.000Z',
        trainingEndedAt: '2024-03-02T09:30:00.000Z',
        trainingLogName: 'train-5.log',
      });
      const plain = await api().getModel('6');
      for (const field of ['createdAt', 'trainingStartedAt', 'trainingEndedAt'])
        expect(plain).not.to.have.property(field);
    });

    it('reads a missing training log as Not Running', async () => {
      const model = await api().getModel('6');
      expect(model.trainingStatus).to.equal(1);
      expect(model.baseLanguage.name).to.equal('Dutch');
    });

    it('names base languages from a configured trainable-languages list once it is loaded (guess: the path and its shape)', async () => {
      await reset({ models: MODELS, languages: [{ id: 1, key: 'en-us', name: 'English (US)' }] });
      const adapter = api({ paths: { trainableLanguages: MOCK_PATHS.languages } });
      const languages = await adapter.listTrainableLanguages();
      expect(languages).to.deep.equal([{ id: '1', key: 'en-us', name: 'English (US)' }]);
      expect((await lastRequest()).path).to.equal(MOCK_PATHS.languages);
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

    it('takes the highest of `roles` even when `role` names a lower one (guess: the current-user shape)', async () => {
      const org = { id: 42, name: 'Acme Media' };
      const users: Array<[Record<string, unknown>, string]> = [
        [{ role: 'CUSTOMER', roles: ['CUSTOMER', 'ORGADMIN'], organization: org }, 'ORGADMIN'],
        [
          { role: 'ORGADMIN', roles: [{ name: 'sysop' }, { name: 'TESTER' }], organization: org },
          'SYSOP',
        ],
        [{ roles: ['DEVELOPER', 'CONTRIBUTOR'], organization: org }, 'DEVELOPER'],
        [{ role: 'contributor', organization: org }, 'CONTRIBUTOR'],
      ];
      for (const [user, role] of users) {
        await reset({ models: MODELS, user });
        expect((await api().getSession()).role, JSON.stringify(user)).to.equal(role);
      }
    });

    it('maps the session from the current-user call, or skips it when the host gives one (guess: the call’s shape)', async () => {
      const session = await api().getSession();
      expect(session).to.deep.equal({
        role: 'ORGADMIN',
        organization: { id: '42', name: 'Acme Media' },
      });
      expect((await lastRequest()).path).to.equal('/api/v3/account/me');

      await clearLog();
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

  describe('trainable languages', () => {
    it('asks no undocumented endpoint: without a list or a path, the languages of the listed models', async () => {
      const languages = await api().listTrainableLanguages();
      expect(languages).to.deep.equal([
        { id: '2', key: 'nl-nl', name: 'Dutch' },
        { id: '1', key: 'en-us', name: 'English' },
        { id: '3', key: 'de-de', name: 'German' },
      ]);
      const log = await requests();
      expect(log.map((r) => `${r.method} ${r.path}`)).to.deep.equal([
        'GET /api/v3/speech-to-text/models',
      ]);
      expect(log[0]!.query).to.deep.equal({ offset: '0', limit: '100' });
    });

    it('walks every page of the list for them', async () => {
      await reset({ models: 230 });
      const languages = await api().listTrainableLanguages();
      expect(languages.map((l) => l.key)).to.have.members([
        'en-us',
        'nl-nl',
        'de-de',
        'fr-fr',
        'es-es',
      ]);
      expect((await requests()).map((r) => r.query.offset)).to.deep.equal(['0', '100', '200']);
    });

    it('says clearly that none are known when there are no models and none are configured', async () => {
      await reset({ models: [] });
      const error = await rejection(api().listTrainableLanguages());
      expect(error).to.include({ kind: 'not-found', code: 'no-trainable-languages' });
      expect(error.message).to.match(/^No trainable languages are known yet\./);
    });

    it('takes the host’s list over any request', async () => {
      const given = [{ id: '9', key: 'it-it', name: 'Italiano' }];
      expect(await api({ languages: given }).listTrainableLanguages()).to.deep.equal(given);
      expect(await requests()).to.have.length(0);
    });

    it('turns a 404 from a configured languages path into a clear error naming the path (guess: the path)', async () => {
      const path = '/api/v3/trainable_languages';
      const error = await rejection(
        api({ paths: { trainableLanguages: path } }).listTrainableLanguages(),
      );
      expect(error).to.include({
        kind: 'not-found',
        status: 404,
        code: 'trainable-languages-not-found',
      });
      expect(error.message).to.equal(
        `The list of trainable languages was not found on the service (${path}). Ask your administrator to check the languages path the page is set up with.`,
      );
    });
  });

  describe('paths and hints', () => {
    it('ends no default path in a slash (a redirect on a slash breaks CORS)', () => {
      for (const [name, path] of Object.entries(SCRIPTIX_DEFAULT_PATHS)) {
        expect(path, name).not.to.match(/\/$/);
      }
      expect(SCRIPTIX_DEFAULT_PATHS).not.to.have.property('dataset');
      expect(SCRIPTIX_DEFAULT_PATHS).not.to.have.property('trainableLanguages');
    });

    it('hints a 20 s refresh of busy models (the web app’s interval), which a host may change', () => {
      expect(api().capabilities.pollIntervalMs).to.equal(20_000);
      expect(api({ pollIntervalMs: 5_000 }).capabilities.pollIntervalMs).to.equal(5_000);
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

    it('takes the organisation from the session when no option gives it (guess: the current-user shape)', async () => {
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
      await clearLog();
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

    it('starts training with POST …/run and the JSON body {}, then reads the model again', async () => {
      const model = await api().startTraining('7');
      expect(model.trainingStatus).to.equal(2);
      const log = await requests();
      expect(log.map((r) => `${r.method} ${r.path}`)).to.deep.equal([
        'POST /api/v3/custom_models/7/run',
        'GET /api/v3/custom_models/7',
      ]);
      expect(log[0]!.json).to.deep.equal({});
      expect(log[0]!.headers['content-type']).to.equal('application/json');
    });

    it('loads the session before a create when no organisation is known, as a documented create variant requires organization_id (guess: the current-user shape)', async () => {
      await api().createModel({ name: 'Legal EN', languageId: '1' });
      const log = await requests();
      expect(log.map((r) => `${r.method} ${r.path}`)).to.deep.equal([
        'GET /api/v3/account/me',
        'POST /api/v3/custom_models',
      ]);
      expect(log[1]!.json).to.deep.equal({ name: 'Legal EN', language_id: 1, organization_id: 42 });
    });

    it('takes the organisation of a session the host gave, without a request', async () => {
      const session = { role: 'ORGADMIN', organization: { id: '42', name: 'Acme Media' } };
      await api({ session }).createModel({ name: 'Legal EN', languageId: '1' });
      const log = await requests();
      expect(log.map((r) => r.method)).to.deep.equal(['POST']);
      expect(log[0]!.json).to.include({ organization_id: 42 });
    });

    it('creates without organization_id when the session cannot be read (the other variant defaults it)', async () => {
      await rule({ path: 'account/me', status: 404, body: { error: 'Not Found' } });
      const model = await api().createModel({ name: 'Legal EN', languageId: '1' });
      expect(model.name).to.equal('Legal EN');
      expect((await lastRequest()).json).to.deep.equal({ name: 'Legal EN', language_id: 1 });
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

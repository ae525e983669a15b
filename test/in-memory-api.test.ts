import { expect } from '@open-wc/testing';
import {
  InMemoryCustomModelsApi,
  type InMemoryOptions,
} from '../src/adapters/in-memory/in-memory-api.js';
import { DEMO_LANGUAGES, generateModels } from '../src/adapters/in-memory/demo-data.js';
import { CustomModelsApiError, type ApiErrorKind } from '../src/api/errors.js';
import {
  FILTER_FIELDS,
  SORT_FIELDS,
  TRAINING_STATUSES,
  type CustomModel,
  type Language,
  type ModelQuery,
  type SortField,
} from '../src/api/types.js';
import { goodBytes } from './helpers/dataset-fixtures.js';

const [EN, NL, DE] = DEMO_LANGUAGES as [Language, Language, Language];

let apis: InMemoryCustomModelsApi[] = [];

function makeApi(options?: InMemoryOptions): InMemoryCustomModelsApi {
  const api = new InMemoryCustomModelsApi(options);
  apis.push(api);
  return api;
}

afterEach(() => {
  for (const api of apis) api.dispose();
  apis = [];
});

/** Awaits a rejection and checks it is the adapter's error of `kind`. */
async function rejects(
  promise: Promise<unknown>,
  kind: ApiErrorKind,
): Promise<CustomModelsApiError> {
  let caught: unknown;
  try {
    await promise;
  } catch (error) {
    caught = error;
  }
  expect(caught, `expected a ${kind} error`).to.be.instanceOf(CustomModelsApiError);
  const error = caught as CustomModelsApiError;
  expect(error.kind).to.equal(kind);
  expect(error.message).to.be.a('string').with.length.greaterThan(0);
  return error;
}

/** A file to upload: `content`, else bytes the server reads as good (a real WAV header for audio). */
function file(name: string, content?: string): File {
  return new File([content ?? (goodBytes(name) as BlobPart)], name);
}

/** A Storage kept in a Map, so persistence can be checked without touching localStorage. */
function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key: string) => data.get(key) ?? null,
    key: (index: number) => [...data.keys()][index] ?? null,
    removeItem: (key: string) => void data.delete(key),
    setItem: (key: string, value: string) => void data.set(key, String(value)),
  };
}

/** Polls until `check` holds, failing after `timeout` ms. */
async function until(check: () => Promise<boolean> | boolean, timeout = 3000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('Condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

function model(
  id: string,
  name: string,
  trainingStatus: number,
  baseLanguage: Language,
  lastModified: string,
): CustomModel {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return { id, key: `cm-${slug}-${id}`, name, baseLanguage, trainingStatus, lastModified };
}

/** Eight models with equal keys on purpose, to show ties keep id order. */
const SAMPLE = (): CustomModel[] => [
  { ...model('1', 'beta', 4, NL, '2024-03-01T00:00:00.000Z'), wordErrorRate: 0.12 },
  model('2', 'Alpha', 1, EN, '2024-01-01T00:00:00.000Z'),
  { ...model('3', 'gamma', 4, DE, '2024-03-01T00:00:00.000Z'), wordErrorRate: 0.08 },
  model('4', 'alpha 2', 1, NL, '2024-02-01T00:00:00.000Z'),
  model('5', 'Delta', 5, EN, '2024-03-01T00:00:00.000Z'),
  model('6', 'Éclair', 3, DE, '2024-04-01T00:00:00.000Z'),
  model('7', 'model 10', 2, NL, '2024-01-15T00:00:00.000Z'),
  { ...model('8', 'model 9', 4, EN, '2024-02-01T00:00:00.000Z'), wordErrorRate: 0.12 },
];

async function ids(
  api: InMemoryCustomModelsApi,
  query: Partial<ModelQuery> = {},
): Promise<string[]> {
  const page = await api.listModels({ page: 1, pageSize: 1000, ...query });
  return page.items.map((item) => item.id);
}

describe('InMemoryCustomModelsApi', () => {
  describe('demo data', () => {
    it('holds an organisation with every status, several languages and an admin', async () => {
      const api = makeApi();
      const session = await api.getSession();
      expect(session.role).to.equal('ORGADMIN');
      expect(session.organization.name).to.equal('Acme Media');
      expect(session.organization.customModelLimit).to.equal(25);
      expect(session.organization.trainingCredits).to.equal(120);

      const { items, total } = await api.listModels({ page: 1, pageSize: 100 });
      expect(total).to.be.within(10, 15);
      expect(session.organization.customModelCount).to.equal(total);
      for (const status of TRAINING_STATUSES) {
        expect(
          items.some((m) => m.trainingStatus === status),
          `status ${status}`,
        ).to.equal(true);
      }
      expect(new Set(items.map((m) => m.baseLanguage.key)).size).to.be.at.least(3);
      for (const m of items) {
        expect(Number.isNaN(Date.parse(m.lastModified))).to.equal(false);
        if (m.trainingStatus === 3) expect(m.trainingProgress).to.be.within(0, 100);
        if (m.trainingStatus === 5)
          expect(m.statusMessage).to.be.a('string').with.length.greaterThan(0);
        if (m.trainingStatus === 4) expect(m.datasetCount).to.be.greaterThan(0);
      }
      expect(items.map((m) => m.name)).to.include.members(['Medical EN', 'Legal NL']);
      const languages = await api.listTrainableLanguages();
      expect(languages.length).to.be.at.least(3);
      expect(languages[0]).to.have.keys(['id', 'key', 'name']);
    });

    it('declares every sort and filter', () => {
      const api = makeApi();
      expect(api.capabilities.sort).to.have.members([...SORT_FIELDS]);
      expect(api.capabilities.filters).to.have.members([...FILTER_FIELDS]);
    });

    it('serves dataset delete and leaves the poll interval to the library', () => {
      const api = makeApi();
      expect(api.capabilities.deleteDataset).to.equal(true);
      expect(api.capabilities).not.to.have.property('pollIntervalMs');
    });

    it('generates big data sets deterministically', () => {
      const a = generateModels(500, 7);
      expect(generateModels(500, 7)).to.deep.equal(a);
      expect(generateModels(500, 8)).to.not.deep.equal(a);
      expect(new Set(a.map((m) => m.id)).size).to.equal(500);
      expect(new Set(a.map((m) => m.name.toLowerCase())).size).to.equal(500);
      expect(new Set(a.map((m) => m.key)).size).to.equal(500);
      for (const status of TRAINING_STATUSES) {
        expect(a.some((m) => m.trainingStatus === status)).to.equal(true);
      }
    });

    it('takes models as a number to generate, with no plan limit', async () => {
      const api = makeApi({ models: 250 });
      expect((await api.listModels({ page: 1, pageSize: 10 })).total).to.equal(250);
      expect((await api.getSession()).organization.customModelLimit).to.equal(undefined);
    });
  });

  describe('listModels paging', () => {
    it('pages 1-based with the total', async () => {
      const api = makeApi({ models: SAMPLE() });
      const first = await api.listModels({ page: 1, pageSize: 3 });
      expect(first.items.map((m) => m.id)).to.deep.equal(['1', '2', '3']);
      expect(first.total).to.equal(8);
      const last = await api.listModels({ page: 3, pageSize: 3 });
      expect(last.items.map((m) => m.id)).to.deep.equal(['7', '8']);
      const whole = await api.listModels({ page: 1, pageSize: 8 });
      expect(whole.items).to.have.length(8);
    });

    it('returns no items but the right total beyond the end', async () => {
      const api = makeApi({ models: SAMPLE() });
      const beyond = await api.listModels({ page: 4, pageSize: 3 });
      expect(beyond.items).to.deep.equal([]);
      expect(beyond.total).to.equal(8);
    });

    it('refuses bad page numbers and sizes', async () => {
      const api = makeApi({ models: SAMPLE() });
      for (const [page, pageSize] of [
        [0, 10],
        [-1, 10],
        [1.5, 10],
        [1, 0],
        [1, 1001],
        [1, 2.5],
      ]) {
        await rejects(api.listModels({ page, pageSize }), 'validation');
      }
      expect((await api.listModels({ page: 1, pageSize: 1000 })).total).to.equal(8);
    });
  });

  describe('listModels sorting', () => {
    const EXPECTED: Record<SortField, { asc: string[]; desc: string[] }> = {
      // Locale-aware, case-insensitive, numeric: "Éclair" after "Delta", "model 9" before "model 10".
      name: {
        asc: ['2', '4', '1', '5', '6', '3', '8', '7'],
        desc: ['7', '8', '3', '6', '5', '1', '4', '2'],
      },
      trainingStatus: {
        asc: ['2', '4', '7', '6', '1', '3', '8', '5'],
        desc: ['5', '1', '3', '8', '6', '7', '2', '4'],
      },
      // By language name: Dutch, English, German.
      baseLanguage: {
        asc: ['1', '4', '7', '2', '5', '8', '3', '6'],
        desc: ['3', '6', '2', '5', '8', '1', '4', '7'],
      },
      lastModified: {
        asc: ['2', '7', '4', '8', '1', '3', '5', '6'],
        desc: ['6', '1', '3', '5', '4', '8', '7', '2'],
      },
      // Not measured sorts as the highest rate: last ascending, first descending.
      wordErrorRate: {
        asc: ['3', '1', '8', '2', '4', '5', '6', '7'],
        desc: ['2', '4', '5', '6', '7', '1', '8', '3'],
      },
    };

    for (const field of SORT_FIELDS) {
      for (const direction of ['asc', 'desc'] as const) {
        it(`sorts by ${field} ${direction}, ties in id order`, async () => {
          const api = makeApi({ models: SAMPLE() });
          expect(await ids(api, { sort: { field, direction } })).to.deep.equal(
            EXPECTED[field][direction],
          );
        });
      }
    }

    it('keeps insertion order without a sort', async () => {
      const api = makeApi({ models: SAMPLE() });
      expect(await ids(api)).to.deep.equal(['1', '2', '3', '4', '5', '6', '7', '8']);
    });

    it('refuses an unknown sort field', async () => {
      const api = makeApi({ models: SAMPLE() });
      const sort = { field: 'key' as SortField, direction: 'asc' as const };
      await rejects(api.listModels({ page: 1, pageSize: 10, sort }), 'validation');
    });

    it('keeps sorted orders right through creates, renames, deletes and status changes', async () => {
      const api = makeApi({ models: SAMPLE(), trainingTimeMs: 60 });
      // Warm every order first, so the changes below patch cached orders.
      for (const field of SORT_FIELDS) {
        for (const direction of ['asc', 'desc'] as const)
          await ids(api, { sort: { field, direction } });
      }
      await api.updateModel('8', { name: 'aaa first' });
      await api.deleteModel('3');
      const created = await api.createModel({ name: 'Zulu', languageId: DE.id });
      await api.uploadDataset('2', file('a.wav'));
      await api.startTraining('2');
      await until(async () => (await api.getModel('2')).trainingStatus === 4);

      const all = await api.listModels({ page: 1, pageSize: 1000 });
      const fresh = makeApi({ models: all.items });
      for (const field of SORT_FIELDS) {
        for (const direction of ['asc', 'desc'] as const) {
          const sort = { field, direction };
          expect(await ids(api, { sort }), `${field} ${direction}`).to.deep.equal(
            await ids(fresh, { sort }),
          );
        }
      }
      expect((await ids(api, { sort: { field: 'name', direction: 'asc' } }))[0]).to.equal('8');
      expect(await ids(api))
        .to.include(created.id)
        .and.not.include('3');
    });
  });

  describe('listModels filtering', () => {
    const filtered = (api: InMemoryCustomModelsApi, filters: ModelQuery['filters']) =>
      ids(api, { filters });

    it('filters on name, case-insensitive contains', async () => {
      const api = makeApi({ models: SAMPLE() });
      expect(await filtered(api, { name: 'ALPHA' })).to.deep.equal(['2', '4']);
      expect(await filtered(api, { name: '  alp ' })).to.deep.equal(['2', '4']);
      expect(await filtered(api, { name: 'éclair' })).to.deep.equal(['6']);
      expect(await filtered(api, { name: 'nothing like it' })).to.deep.equal([]);
      expect(await filtered(api, { name: '' })).to.have.length(8);
    });

    it('filters on key, case-insensitive contains', async () => {
      const api = makeApi({ models: SAMPLE() });
      expect(await filtered(api, { key: 'CM-MODEL' })).to.deep.equal(['7', '8']);
    });

    it('filters on a set of statuses; an empty set filters nothing', async () => {
      const api = makeApi({ models: SAMPLE() });
      expect(await filtered(api, { trainingStatus: [4] })).to.deep.equal(['1', '3', '8']);
      expect(await filtered(api, { trainingStatus: [5, 1] })).to.deep.equal(['2', '4', '5']);
      expect(await filtered(api, { trainingStatus: [] })).to.have.length(8);
    });

    it('filters on the exact base language key, case-insensitive', async () => {
      const api = makeApi({ models: SAMPLE() });
      expect(await filtered(api, { baseLanguageKey: 'NL-NL' })).to.deep.equal(['1', '4', '7']);
      expect(await filtered(api, { baseLanguageKey: 'nl' })).to.deep.equal([]);
    });

    it('combines filters with each other, sorting and paging', async () => {
      const api = makeApi({ models: SAMPLE() });
      expect(
        await filtered(api, { name: 'a', trainingStatus: [1], baseLanguageKey: 'nl-nl' }),
      ).to.deep.equal(['4']);
      const page = await api.listModels({
        page: 2,
        pageSize: 2,
        sort: { field: 'name', direction: 'desc' },
        filters: { trainingStatus: [1, 4, 5] },
      });
      // name desc over 1,2,3,4,5,8: model 9, gamma, Delta, beta, alpha 2, Alpha.
      expect(page.items.map((m) => m.id)).to.deep.equal(['5', '1']);
      expect(page.total).to.equal(6);
    });
  });

  describe('getModel and copies', () => {
    it('returns a model with its dataset count, or not-found', async () => {
      const api = makeApi();
      const medical = await api.getModel('1');
      expect(medical.name).to.equal('Medical EN');
      expect(medical.datasetCount).to.equal((await api.listDatasets('1')).length);
      const error = await rejects(api.getModel('nope'), 'not-found');
      expect(error.message).to.equal('Custom model not found.');
      expect(error.status).to.equal(404);
    });

    it('hands out copies callers cannot use to change the store', async () => {
      const api = makeApi();
      const listed = (await api.listModels({ page: 1, pageSize: 1 })).items[0]!;
      listed.name = 'Hacked';
      listed.baseLanguage.name = 'Klingon';
      const got = await api.getModel(listed.id);
      expect(got.name).to.not.equal('Hacked');
      expect(got.baseLanguage.name).to.not.equal('Klingon');
      const status = got.trainingStatus;
      got.trainingStatus = status === 4 ? 5 : 4;
      expect((await api.getModel(listed.id)).trainingStatus).to.equal(status);

      const languages = await api.listTrainableLanguages();
      languages[0]!.name = 'Changed';
      expect((await api.listTrainableLanguages())[0]!.name).to.not.equal('Changed');
      const datasets = await api.listDatasets('1');
      datasets[0]!.name = 'changed.wav';
      expect((await api.listDatasets('1'))[0]!.name).to.not.equal('changed.wav');
      const session = await api.getSession();
      session.organization.trainingCredits = 0;
      expect((await api.getSession()).organization.trainingCredits).to.equal(120);
    });

    it('does not keep the models it was given', async () => {
      const models = SAMPLE();
      const api = makeApi({ models });
      models[0]!.name = 'Changed outside';
      expect((await api.getModel('1')).name).to.equal('beta');
    });
  });

  describe('createModel', () => {
    it('creates a trimmed, Not Running model with a generated key', async () => {
      const api = makeApi();
      const before = Date.now();
      const created = await api.createModel({ name: '  Medical  ', languageId: EN.id });
      expect(created.name).to.equal('Medical');
      expect(created.trainingStatus).to.equal(1);
      expect(created.key).to.match(/^cm-medical-en-[0-9a-f]{4}$/);
      expect(created.baseLanguage).to.deep.equal(EN);
      expect(Date.parse(created.lastModified)).to.be.at.least(before - 1000);
      expect(created.isTrainable).to.equal(false);
      expect(created.datasetCount).to.equal(0);
      expect(await api.getModel(created.id)).to.deep.equal(created);
      expect((await api.getSession()).organization.customModelCount).to.equal(13);

      const other = await api.createModel({ name: 'Sports EN', languageId: EN.id });
      expect(other.key).to.match(/^cm-sports-en-[0-9a-f]{4}$/);
      expect(other.id).to.not.equal(created.id);
    });

    it('requires a name', async () => {
      const api = makeApi();
      for (const name of ['', '   ']) {
        const error = await rejects(api.createModel({ name, languageId: EN.id }), 'validation');
        expect(error.fieldErrors?.name).to.equal('Name is required.');
      }
    });

    it('limits names to 100 characters', async () => {
      const api = makeApi();
      const error = await rejects(
        api.createModel({ name: 'x'.repeat(101), languageId: EN.id }),
        'validation',
      );
      expect(error.fieldErrors?.name).to.be.a('string');
      const created = await api.createModel({ name: 'y'.repeat(100), languageId: EN.id });
      expect(created.name).to.have.length(100);
    });

    it('requires a trainable language, reporting every bad field at once', async () => {
      const api = makeApi();
      const error = await rejects(
        api.createModel({ name: 'Fine', languageId: '999' }),
        'validation',
      );
      expect(error.fieldErrors?.languageId).to.be.a('string');
      const both = await rejects(api.createModel({ name: ' ', languageId: '' }), 'validation');
      expect(both.fieldErrors).to.have.keys(['name', 'languageId']);
    });

    it('refuses a duplicate name (trimmed, any case) as a conflict', async () => {
      const api = makeApi();
      const error = await rejects(
        api.createModel({ name: ' medical en ', languageId: NL.id }),
        'conflict',
      );
      expect(error.status).to.equal(409);
      expect(error.message).to.equal('A custom model named "medical en" already exists.');
      expect(error.fieldErrors?.name).to.equal(error.message);
    });

    it('refuses a model over the plan limit as payment-required', async () => {
      const api = makeApi({ models: SAMPLE(), organization: { customModelLimit: 9 } });
      await api.createModel({ name: 'Ninth', languageId: EN.id });
      const error = await rejects(
        api.createModel({ name: 'Tenth', languageId: EN.id }),
        'payment-required',
      );
      expect(error.status).to.equal(402);
      expect(error.message).to.contain('plan');

      const demo = makeApi();
      for (let i = 13; i <= 25; i++)
        await demo.createModel({ name: `Model ${i}`, languageId: EN.id });
      await rejects(
        demo.createModel({ name: 'One too many', languageId: EN.id }),
        'payment-required',
      );
    });
  });

  describe('updateModel', () => {
    it('renames, trims and bumps lastModified, keeping the key', async () => {
      const api = makeApi();
      const before = await api.getModel('1');
      const updated = await api.updateModel('1', { name: '  Medical EN v2 ' });
      expect(updated.name).to.equal('Medical EN v2');
      expect(updated.key).to.equal(before.key);
      expect(Date.parse(updated.lastModified)).to.be.greaterThan(Date.parse(before.lastModified));
      expect((await api.getModel('1')).name).to.equal('Medical EN v2');
    });

    it('applies the name rules, ignoring the model itself for duplicates', async () => {
      const api = makeApi();
      expect((await api.updateModel('1', { name: 'MEDICAL EN' })).name).to.equal('MEDICAL EN');
      await rejects(api.updateModel('1', { name: 'legal nl' }), 'conflict');
      const empty = await rejects(api.updateModel('1', { name: ' ' }), 'validation');
      expect(empty.fieldErrors?.name).to.equal('Name is required.');
      await rejects(api.updateModel('1', { name: 'z'.repeat(101) }), 'validation');
      await rejects(api.updateModel('missing', { name: 'Fine' }), 'not-found');
    });
  });

  describe('deleteModel', () => {
    it('is forbidden to ordinary roles', async () => {
      const api = makeApi({ role: 'USER' });
      const error = await rejects(api.deleteModel('1'), 'forbidden');
      expect(error.status).to.equal(403);
      expect(error.message).to.equal('Only organisation administrators can delete custom models.');
      expect((await api.getModel('1')).id).to.equal('1');
    });

    it('is allowed to SYSOP and follows a live role change', async () => {
      const api = makeApi({ role: 'SYSOP' });
      await api.deleteModel('1');
      await rejects(api.getModel('1'), 'not-found');
      await rejects(api.listDatasets('1'), 'not-found');
      api.role = 'USER';
      await rejects(api.deleteModel('2'), 'forbidden');
      api.role = 'ORGADMIN';
      await api.deleteModel('2');
      expect((await api.getSession()).organization.customModelCount).to.equal(10);
    });

    it('reports unknown ids and refuses a running model', async () => {
      const api = makeApi();
      await rejects(api.deleteModel('missing'), 'not-found');
      const running = (
        await api.listModels({ page: 1, pageSize: 1, filters: { trainingStatus: [3] } })
      ).items[0]!;
      const error = await rejects(api.deleteModel(running.id), 'conflict');
      expect(error.message).to.equal(
        'This model is training and cannot be deleted until training ends.',
      );
    });

    it('stops the training timers of a queued model it deletes', async () => {
      const api = makeApi({ models: SAMPLE(), trainingTimeMs: 1000 });
      await api.uploadDataset('2', file('a.wav'));
      await api.startTraining('2');
      await api.deleteModel('2');
      // Past the moment it would have started Running.
      await new Promise((resolve) => setTimeout(resolve, 250));
      await rejects(api.getModel('2'), 'not-found');
      expect((await api.listModels({ page: 1, pageSize: 10 })).total).to.equal(7);
    });
  });

  describe('datasets', () => {
    const KINDS: Record<string, string> = {
      'a.wav': 'audio',
      'b.MP3': 'audio',
      'c.m4a': 'audio',
      'd.flac': 'audio',
      'e.vtt': 'transcript',
      'f.srt': 'transcript',
      'g.txt': 'transcript',
      'h.jsonl': 'manifest',
    };

    it('classifies uploads by extension and marks the model trainable', async () => {
      const api = makeApi({ models: SAMPLE() });
      const before = await api.getModel('2');
      expect(before.isTrainable).to.equal(false);
      for (const [name, kind] of Object.entries(KINDS)) {
        // Audio the server can read (a WAV header…), text for the rest.
        const upload = file(name, kind === 'audio' ? undefined : 'hello');
        const dataset = await api.uploadDataset('2', upload);
        expect(dataset).to.include({ name, kind, sizeBytes: upload.size });
        expect(Number.isNaN(Date.parse(dataset.uploadedAt!))).to.equal(false);
      }
      const after = await api.getModel('2');
      expect(after.isTrainable).to.equal(true);
      expect(after.datasetCount).to.equal(8);
      expect(Date.parse(after.lastModified)).to.be.greaterThan(Date.parse(before.lastModified));
      expect((await api.listDatasets('2')).map((d) => d.name)).to.deep.equal(Object.keys(KINDS));
    });

    it('keeps a file uploaded as a test set as one, apart from the training data', async () => {
      const api = makeApi({ models: SAMPLE() });
      const dataset = await api.uploadDataset('2', file('holdout.srt', 'hello'), {
        kind: 'test-set',
      });
      expect(dataset).to.include({ name: 'holdout.srt', kind: 'test-set', sizeBytes: 5 });
      expect((await api.listDatasets('2')).map((d) => d.kind)).to.deep.equal(['test-set']);
      // A test set is not training data: an unsupported file stays refused whatever its kind.
      await rejects(api.uploadDataset('2', file('notes.docx'), { kind: 'test-set' }), 'validation');
    });

    it('refuses unsupported types and files over 10 GB', async () => {
      const api = makeApi({ models: SAMPLE() });
      for (const name of ['notes.docx', 'README', 'archive.wav.zip']) {
        const error = await rejects(api.uploadDataset('2', file(name)), 'validation');
        expect(error.message).to.match(/^Unsupported file type/);
      }
      const big = file('huge.wav');
      Object.defineProperty(big, 'size', { value: 11 * 1024 ** 3 });
      await rejects(api.uploadDataset('2', big), 'validation');
      expect(await api.listDatasets('2')).to.deep.equal([]);
    });

    it('reports progress in increasing steps ending at the total', async () => {
      const api = makeApi({ models: SAMPLE(), latencyMs: 20 });
      const calls: Array<[number, number]> = [];
      await api.uploadDataset('2', new File([goodBytes('a.wav', 1000) as BlobPart], 'a.wav'), {
        onProgress: (loaded, total) => calls.push([loaded, total]),
      });
      expect(calls.length).to.be.at.least(3);
      for (let i = 1; i < calls.length; i++)
        expect(calls[i]![0]).to.be.greaterThan(calls[i - 1]![0]);
      expect(calls.every(([, total]) => total === 1000)).to.equal(true);
      expect(calls.at(-1)).to.deep.equal([1000, 1000]);
    });

    it('refuses changes while the model is queued or training', async () => {
      const api = makeApi();
      const { items } = await api.listModels({
        page: 1,
        pageSize: 100,
        filters: { trainingStatus: [2, 3] },
      });
      expect(items.length).to.be.at.least(2);
      for (const busy of items) {
        const error = await rejects(api.uploadDataset(busy.id, file('a.wav')), 'conflict');
        expect(error.message).to.equal(
          'Datasets cannot change while the model is queued or training.',
        );
        const [first] = await api.listDatasets(busy.id);
        await rejects(api.deleteDataset(busy.id, first!.id), 'conflict');
      }
    });

    it('keeps a failed model failed when data is added, so it can retry', async () => {
      const api = makeApi();
      const failed = (
        await api.listModels({ page: 1, pageSize: 1, filters: { trainingStatus: [5] } })
      ).items[0]!;
      await api.uploadDataset(failed.id, file('more.wav'));
      const after = await api.getModel(failed.id);
      expect(after.trainingStatus).to.equal(5);
      expect(after.isTrainable).to.equal(true);
    });

    it('deletes datasets and reports unknown ids', async () => {
      const api = makeApi({ models: SAMPLE() });
      const dataset = await api.uploadDataset('2', file('a.wav'));
      await rejects(api.deleteDataset('missing', dataset.id), 'not-found');
      const error = await rejects(api.deleteDataset('2', 'missing'), 'not-found');
      expect(error.message).to.equal('Dataset not found.');
      await api.deleteDataset('2', dataset.id);
      expect(await api.listDatasets('2')).to.deep.equal([]);
      expect((await api.getModel('2')).isTrainable).to.equal(false);
      await rejects(api.listDatasets('missing'), 'not-found');
      await rejects(api.uploadDataset('missing', file('a.wav')), 'not-found');
    });
  });

  describe('training lifecycle', () => {
    async function watch(api: InMemoryCustomModelsApi, id: string, done: number[]) {
      const statuses: number[] = [];
      const progress: number[] = [];
      await until(async () => {
        const m = await api.getModel(id);
        if (statuses.at(-1) !== m.trainingStatus) statuses.push(m.trainingStatus);
        if (m.trainingStatus === 3 && progress.at(-1) !== m.trainingProgress)
          progress.push(m.trainingProgress!);
        return done.includes(m.trainingStatus);
      });
      return { statuses, progress, model: await api.getModel(id) };
    }

    it('runs 2 → 3 with rising progress → 4 on good data', async () => {
      const api = makeApi({ models: SAMPLE(), trainingTimeMs: 300 });
      await api.uploadDataset('2', file('talk.wav'));
      await api.uploadDataset('2', file('talk.vtt', 'WEBVTT'));
      const credits = (await api.getSession()).organization.trainingCredits!;
      const started = await api.startTraining('2');
      expect(started.trainingStatus).to.equal(2);
      expect((await api.getSession()).organization.trainingCredits).to.equal(credits - 1);

      const { statuses, progress, model: done } = await watch(api, '2', [4, 5]);
      expect(statuses).to.deep.equal([2, 3, 4]);
      expect(progress.length).to.be.at.least(3);
      for (let i = 1; i < progress.length; i++)
        expect(progress[i]).to.be.greaterThan(progress[i - 1]!);
      expect(progress[0]).to.be.at.most(20);
      expect(done.trainingProgress).to.equal(undefined);
      expect(done.statusMessage).to.equal(undefined);
      expect(done.isTrainable).to.equal(false);
      expect(Date.parse(done.lastModified)).to.be.at.least(Date.parse(started.lastModified));
    });

    it('runs the seeded busy models only with runSeededTraining', async () => {
      const still = makeApi({ trainingTimeMs: 150 });
      const moving = makeApi({ trainingTimeMs: 150, runSeededTraining: true });
      const busy = (
        await moving.listModels({ page: 1, pageSize: 100, filters: { trainingStatus: [2, 3] } })
      ).items;
      expect(busy.length).to.be.greaterThan(0);
      for (const model of busy) {
        const outcome = (await watch(moving, model.id, [4, 5])).model.trainingStatus;
        expect(outcome, model.name).to.be.oneOf([4, 5]);
      }
      const unchanged = await still.getModel(busy[0]!.id);
      expect(unchanged.trainingStatus).to.equal(busy[0]!.trainingStatus);
    });

    it('refuses an empty transcript and unreadable audio on upload, with their codes', async () => {
      const api = makeApi({ models: SAMPLE() });
      for (const content of ['', ' \n\t\n']) {
        const refused = await rejects(
          api.uploadDataset('2', file('talk.txt', content)),
          'validation',
        );
        expect(refused.code).to.equal('empty-transcript');
        expect(refused.message).to.equal('Transcript "talk.txt" is empty.');
      }
      const unreadable = await rejects(
        api.uploadDataset('2', file('broken.wav', 'abcd')),
        'validation',
      );
      expect(unreadable.code).to.equal('unreadable-audio');
      expect(unreadable.message).to.equal('"broken.wav" is not audio the service can read.');
      expect(await api.listDatasets('2')).to.deep.equal([]);
    });

    it('fails with a message when a transcript is empty, and can retry', async () => {
      // An empty transcript the server took before it read uploads (the seed has such models).
      const api = makeApi({
        models: SAMPLE(),
        trainingTimeMs: 150,
        datasets: { '2': [{ id: 'ds-empty', name: 'talk.txt', kind: 'transcript', sizeBytes: 0 }] },
      });
      await api.uploadDataset('2', file('talk.wav'));
      const empty = (await api.listDatasets('2'))[0]!;
      await api.startTraining('2');
      const failed = (await watch(api, '2', [4, 5])).model;
      expect(failed.trainingStatus).to.equal(5);
      expect(failed.statusMessage).to.equal('Training failed: transcript "talk.txt" is empty.');
      expect(failed.isTrainable).to.equal(true);

      await api.deleteDataset('2', empty.id);
      await api.uploadDataset('2', file('talk.txt', 'hello'));
      expect((await api.startTraining('2')).statusMessage).to.equal(undefined);
      expect((await watch(api, '2', [4, 5])).model.trainingStatus).to.equal(4);
    });

    it('fails when no audio was uploaded', async () => {
      const api = makeApi({ models: SAMPLE(), trainingTimeMs: 100 });
      await api.uploadDataset('2', file('talk.vtt'));
      await api.startTraining('2');
      const failed = (await watch(api, '2', [4, 5])).model;
      expect(failed.trainingStatus).to.equal(5);
      expect(failed.statusMessage).to.equal('Training failed: no audio files were uploaded.');
    });

    it('needs a dataset, a model that is not running or failed, and credits', async () => {
      const api = makeApi({ models: SAMPLE(), organization: { trainingCredits: 0 } });
      const error = await rejects(api.startTraining('2'), 'validation');
      expect(error.message).to.equal('Upload at least one dataset before training.');
      await rejects(api.startTraining('1'), 'conflict'); // Success
      await rejects(api.startTraining('7'), 'conflict'); // Ready to Run
      await rejects(api.startTraining('6'), 'conflict'); // Running
      await rejects(api.startTraining('missing'), 'not-found');
      await api.uploadDataset('2', file('a.wav'));
      const payment = await rejects(api.startTraining('2'), 'payment-required');
      expect(payment.status).to.equal(402);
      expect((await api.getModel('2')).trainingStatus).to.equal(1);
    });

    it('stops on dispose()', async () => {
      const api = makeApi({ models: SAMPLE(), trainingTimeMs: 50 });
      await api.uploadDataset('2', file('a.wav'));
      await api.startTraining('2');
      api.dispose();
      await new Promise((resolve) => setTimeout(resolve, 120));
      expect((await api.getModel('2')).trainingStatus).to.equal(2);
    });
  });

  describe('abort and latency', () => {
    const calls: Array<
      [string, (api: InMemoryCustomModelsApi, signal: AbortSignal) => Promise<unknown>]
    > = [
      ['getSession', (api, signal) => api.getSession({ signal })],
      ['listTrainableLanguages', (api, signal) => api.listTrainableLanguages({ signal })],
      ['listModels', (api, signal) => api.listModels({ page: 1, pageSize: 10 }, { signal })],
      ['getModel', (api, signal) => api.getModel('1', { signal })],
      [
        'createModel',
        (api, signal) => api.createModel({ name: 'New', languageId: EN.id }, { signal }),
      ],
      ['updateModel', (api, signal) => api.updateModel('1', { name: 'Renamed' }, { signal })],
      ['deleteModel', (api, signal) => api.deleteModel('1', { signal })],
      ['listDatasets', (api, signal) => api.listDatasets('1', { signal })],
      ['uploadDataset', (api, signal) => api.uploadDataset('5', file('a.wav'), { signal })],
      ['deleteDataset', (api, signal) => api.deleteDataset('1', 'ds-1', { signal })],
      ['startTraining', (api, signal) => api.startTraining('8', { signal })],
    ];

    for (const [name, call] of calls) {
      it(`${name} rejects as aborted when the signal is already aborted`, async () => {
        const api = makeApi();
        await rejects(call(api, AbortSignal.abort()), 'aborted');
      });
    }

    for (const [name, call] of calls) {
      it(`${name} rejects as aborted when aborted during the latency, changing nothing`, async () => {
        const api = makeApi({ latencyMs: 1000 });
        const controller = new AbortController();
        setTimeout(() => controller.abort(), 10);
        await rejects(call(api, controller.signal), 'aborted');
        api.latencyMs = 0;
        expect((await api.listModels({ page: 1, pageSize: 1 })).total).to.equal(12);
        expect((await api.getModel('1')).name).to.equal('Medical EN');
        expect(await api.listDatasets('5')).to.deep.equal([]);
        expect((await api.getModel('8')).trainingStatus).to.equal(1);
      });
    }

    it('applies a latency changed at runtime', async () => {
      const api = makeApi();
      api.latencyMs = 1000;
      await rejects(api.getModel('1', { signal: AbortSignal.timeout(10) }), 'aborted');
    });

    it('stops an upload mid-way without storing it', async () => {
      const api = makeApi({ models: SAMPLE(), latencyMs: 200 });
      const controller = new AbortController();
      const progress: number[] = [];
      const upload = api.uploadDataset('2', file('a.wav', 'x'.repeat(100)), {
        signal: controller.signal,
        onProgress: (loaded) => {
          progress.push(loaded);
          controller.abort();
        },
      });
      await rejects(upload, 'aborted');
      expect(progress).to.deep.equal([20]);
      api.latencyMs = 0;
      expect(await api.listDatasets('2')).to.deep.equal([]);
    });

    it('still answers asynchronously with no latency', async () => {
      const api = makeApi();
      let settled = false;
      const pending = api.getSession().then(() => (settled = true));
      expect(settled).to.equal(false);
      await pending;
      expect(settled).to.equal(true);
    });
  });

  describe('persistence', () => {
    it('keeps models, datasets and credits across instances with the same key', async () => {
      const storage = memoryStorage();
      const first = makeApi({ persistKey: 'cm-test', storage, trainingTimeMs: 60_000 });
      const created = await first.createModel({ name: 'Persisted', languageId: NL.id });
      await first.uploadDataset(created.id, file('a.wav'));
      await first.updateModel('1', { name: 'Medical EN renamed' });
      await first.deleteModel('2');
      await first.startTraining(created.id);
      first.dispose();

      const second = makeApi({ persistKey: 'cm-test', storage });
      const again = await second.getModel(created.id);
      expect(again).to.include({
        name: 'Persisted',
        key: created.key,
        trainingStatus: 2,
        datasetCount: 1,
      });
      expect((await second.getModel('1')).name).to.equal('Medical EN renamed');
      await rejects(second.getModel('2'), 'not-found');
      expect((await second.getSession()).organization.trainingCredits).to.equal(119);
      // New ids do not collide with persisted ones.
      const next = await second.createModel({ name: 'Next', languageId: NL.id });
      expect(next.id).to.not.equal(created.id);
      const dataset = await second.uploadDataset(next.id, file('b.wav'));
      expect((await second.listDatasets(created.id)).map((d) => d.id)).to.not.include(dataset.id);
    });

    it('resumes the training lifecycle after a reload', async () => {
      const storage = memoryStorage();
      const first = makeApi({
        models: SAMPLE(),
        persistKey: 'cm-resume',
        storage,
        trainingTimeMs: 100,
      });
      await first.uploadDataset('2', file('a.wav'));
      await first.startTraining('2');
      first.dispose();

      const second = makeApi({ persistKey: 'cm-resume', storage, trainingTimeMs: 100 });
      await until(async () => (await second.getModel('2')).trainingStatus === 4);
    });

    it('works when the storage throws', async () => {
      const broken = memoryStorage();
      broken.getItem = () => {
        throw new Error('SecurityError');
      };
      broken.setItem = () => {
        throw new Error('QuotaExceededError');
      };
      const api = makeApi({ persistKey: 'cm-broken', storage: broken });
      const created = await api.createModel({ name: 'Still works', languageId: EN.id });
      expect((await api.getModel(created.id)).name).to.equal('Still works');
    });

    it('falls back to the defaults on garbage or a wrong shape', async () => {
      for (const stored of [
        '{not json',
        '"just a string"',
        '{"v":1,"models":"x"}',
        '{"v":2}',
        'null',
      ]) {
        const storage = memoryStorage();
        storage.setItem('cm-garbage', stored);
        const api = makeApi({ persistKey: 'cm-garbage', storage });
        expect((await api.listModels({ page: 1, pageSize: 1 })).total, stored).to.equal(12);
      }
    });

    it('keeps nothing with storage null, and uses localStorage by default', async () => {
      const none = makeApi({ persistKey: 'cm-none', storage: null });
      await none.createModel({ name: 'Gone', languageId: EN.id });
      expect(
        (
          await makeApi({ persistKey: 'cm-none', storage: null }).listModels({
            page: 1,
            pageSize: 1,
          })
        ).total,
      ).to.equal(12);

      const key = `cm-local-${Date.now()}`;
      try {
        await makeApi({ persistKey: key }).createModel({ name: 'Local', languageId: EN.id });
        expect(localStorage.getItem(key)).to.contain('Local');
        expect(
          (await makeApi({ persistKey: key }).listModels({ page: 1, pageSize: 1 })).total,
        ).to.equal(13);
      } finally {
        localStorage.removeItem(key);
      }
    });
  });

  describe('100,000 models', () => {
    it('filters, sorts and pages them correctly', async function () {
      this.timeout(60_000);
      const count = 100_000;
      const api = makeApi({ models: count });
      const reference = generateModels(count);
      const collator = new Intl.Collator(undefined, { sensitivity: 'accent', numeric: true });

      const page = await api.listModels({
        page: 2,
        pageSize: 100,
        sort: { field: 'name', direction: 'asc' },
        filters: { trainingStatus: [4], baseLanguageKey: 'nl-nl', name: 'medical' },
      });
      const expected = reference
        .filter(
          (m) =>
            m.trainingStatus === 4 &&
            m.baseLanguage.key === 'nl-nl' &&
            m.name.toLowerCase().includes('medical'),
        )
        .sort((a, b) => collator.compare(a.name, b.name) || Number(a.id) - Number(b.id));
      expect(page.total).to.equal(expected.length);
      expect(page.items.map((m) => m.id)).to.deep.equal(expected.slice(100, 200).map((m) => m.id));

      const recent = await api.listModels({
        page: 1,
        pageSize: 100,
        sort: { field: 'lastModified', direction: 'desc' },
      });
      expect(recent.total).to.equal(count);
      for (let i = 1; i < recent.items.length; i++) {
        const [a, b] = [recent.items[i - 1]!, recent.items[i]!];
        const order = Date.parse(b.lastModified) - Date.parse(a.lastModified);
        expect(order < 0 || (order === 0 && Number(a.id) < Number(b.id))).to.equal(true);
      }

      // A rename lands in place in the already sorted order.
      await api.updateModel(expected[150]!.id, { name: 'Aardvark' });
      const first = await api.listModels({
        page: 1,
        pageSize: 1,
        sort: { field: 'name', direction: 'asc' },
      });
      expect(first.items[0]!.name).to.equal('Aardvark');
    });
  });
});

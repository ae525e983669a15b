import { expect, fixture, html } from '@open-wc/testing';
import '../../src/custom-models-provider.js';
import '../../src/custom-models-page.js';
import '../../src/custom-model-details.js';
// Rendered on its own below: defined here, not left to the page's on-demand load.
import '../../src/create-model-dialog.js';
import '../../src/model-status-badge.js';
import type { CustomModelsPage } from '../../src/custom-models-page.js';
import type { CustomModelDetails } from '../../src/custom-model-details.js';
import type { CreateModelDialog } from '../../src/create-model-dialog.js';
import type { ModelsGrid } from '../../src/models-grid.js';
import type { ModelStatusBadge } from '../../src/model-status-badge.js';
import { GUIDE_SHOWN_KEY } from '../../src/custom-models-page/custom-models-page.component.js';
import type { CustomModelsApi } from '../../src/api/types.js';
import { en } from '../../src/i18n/en.js';
import { RecordingApi } from '../helpers/recording-api.js';
import { disableShoelaceAnimations, textOf, until } from '../helpers/shoelace.js';
import { failOnErrors } from '../helpers/errors.js';
import { busyIndicators } from '../helpers/dom.js';

disableShoelaceAnimations();

const PLACEHOLDER = '—';
const ENGLISH = { id: '1', key: 'en-gb', name: 'English' };

/* Models as a careless or drifting backend might send them. Deliberately not `CustomModel`s. */
const MALFORMED_MODELS: unknown[] = [
  { id: 'bare' },
  {
    id: 'nulls',
    key: null,
    name: null,
    baseLanguage: null,
    trainingStatus: null,
    lastModified: null,
    statusMessage: null,
    trainingProgress: null,
    datasetCount: null,
  },
  {
    id: 'unknown-status',
    key: 'cm-x',
    name: 'Unknown status',
    baseLanguage: { id: '9' },
    trainingStatus: 42,
    lastModified: 'not a date',
  },
  {
    id: 'string-status',
    key: 'cm-y',
    name: 'String status',
    baseLanguage: { id: '1', key: null, name: null },
    trainingStatus: '3',
    lastModified: '2026-13-45T99:99:99Z',
    trainingProgress: Number.NaN,
  },
  {
    id: 'wrong-types',
    key: 12,
    name: 12345,
    baseLanguage: 'en-gb',
    trainingStatus: { code: 4 },
    lastModified: 17,
    trainingProgress: '50%',
    statusMessage: { text: 'object message' },
    datasetCount: 'many',
  },
  {
    id: 'running-weird-progress',
    key: 'cm-z',
    name: 'Running',
    baseLanguage: ENGLISH,
    trainingStatus: 3,
    lastModified: '2026-01-01T00:00:00Z',
    trainingProgress: 250,
  },
  {
    id: 'dup',
    key: 'cm-d',
    name: 'Duplicate A',
    baseLanguage: ENGLISH,
    trainingStatus: 1,
    lastModified: '2026-01-01T00:00:00Z',
  },
  {
    id: 'dup',
    key: 'cm-d',
    name: 'Duplicate B',
    baseLanguage: ENGLISH,
    trainingStatus: 5,
    lastModified: '2026-01-01T00:00:00Z',
    statusMessage: '',
  },
];

const MALFORMED_DATASETS: unknown[] = [
  { id: 'd-bare' },
  { id: 'd-nulls', name: null, kind: null, sizeBytes: null, uploadedAt: null },
  { id: 'd-odd', name: 'clip.wav', kind: 'video', sizeBytes: -5, uploadedAt: 'yesterday' },
  { id: 'd-nan', name: 'clip.vtt', kind: 'transcript', sizeBytes: Number.NaN, uploadedAt: 12 },
  { name: 'no-id.txt', kind: 'transcript' },
  { id: 'd-dup', name: 'a.txt', kind: 'transcript' },
  { id: 'd-dup', name: 'b.txt', kind: 'transcript' },
];

const MALFORMED_LANGUAGES: unknown[] = [
  ENGLISH,
  { id: '2' },
  { id: null, key: null, name: null },
  { id: '3', key: 'nl-nl', name: null },
  { id: '1', key: 'en-gb', name: 'English again (duplicate id)' },
];

/** The in-memory adapter, with some answers replaced by malformed ones. */
function malformedApi(overrides: Partial<Record<keyof CustomModelsApi, () => unknown>>) {
  const api = new RecordingApi({ models: [] });
  for (const [method, answer] of Object.entries(overrides)) {
    (api as unknown as Record<string, unknown>)[method] = async () => answer!();
  }
  return api;
}

describe('hardening: malformed adapter data', () => {
  failOnErrors();
  let api: RecordingApi | undefined;
  beforeEach(() => localStorage.setItem(GUIDE_SHOWN_KEY, 'true'));
  afterEach(() => {
    api?.dispose();
    api = undefined;
    localStorage.removeItem(GUIDE_SHOWN_KEY);
  });

  const PAGES: Array<[string, unknown]> = [
    ['malformed items, total smaller than the items', { items: MALFORMED_MODELS, total: 1 }],
    ['items: null', { items: null, total: 3 }],
    ['no total', { items: MALFORMED_MODELS.slice(0, 2) }],
    ['total as a string', { items: MALFORMED_MODELS.slice(5), total: 'lots' }],
    ['null entries in the items', { items: [null, MALFORMED_MODELS[2], undefined], total: 3 }],
    ['a null page', null],
  ];

  it('the page and grid render every malformed list with placeholders', async () => {
    let answer: unknown = PAGES[0]![1];
    api = malformedApi({
      listModels: () => answer,
      getSession: () => ({ role: undefined }),
    });
    const page = await fixture<CustomModelsPage>(
      html`<custom-models-page .api=${api}></custom-models-page>`,
    );
    const grid = page.shadowRoot!.querySelector<ModelsGrid>('models-grid')!;
    const body = () => grid.shadowRoot!.querySelector('tbody')!;
    for (const [what, value] of PAGES) {
      answer = value;
      await grid.refresh();
      await grid.updateComplete;
      // Rows, or the empty state: never a blank table, a spinner or a thrown render.
      const rows = [...body().querySelectorAll('tr[data-id]')];
      const state = body().querySelector('[data-state]')?.getAttribute('data-state');
      expect(rows.length > 0 || state === 'empty' || state === 'error', what).to.equal(true);
      expect(busyIndicators(grid), what).to.deep.equal([]);
      for (const row of rows) {
        const name = row.querySelector('.open.name')!;
        expect(name.textContent!.trim(), `${what}: a name or a placeholder`).not.to.equal('');
        const date = row.querySelector('.c-lastModified')!;
        // A valid date has its full form as the cell's title; without one, the placeholder.
        if (!date.hasAttribute('title'))
          expect(date.textContent!.trim(), `${what}: date placeholder`).to.equal(PLACEHOLDER);
        const badge = row.querySelector('.c-trainingStatus .label')!;
        expect([
          'Not Running',
          'Ready to Run',
          'Running',
          'Success',
          'Failed',
          'Unknown',
        ]).to.include(badge.textContent);
      }
      expect(textOf(grid))
        .not.to.contain('undefined')
        .and.not.to.contain('NaN')
        .and.not.to.contain('[object');
    }
  });

  it('the details view renders each malformed model and its malformed datasets', async () => {
    const models = new Map(MALFORMED_MODELS.map((m) => [(m as { id: string }).id, m] as const));
    let id = '';
    api = malformedApi({
      getModel: () => models.get(id),
      listDatasets: () => MALFORMED_DATASETS,
      getSession: () => ({ role: 'ORGADMIN', organization: null }),
    });
    const provider = await fixture(
      html`<custom-models-provider .api=${api}>
        <custom-model-details></custom-model-details>
      </custom-models-provider>`,
    );
    const el = provider.querySelector<CustomModelDetails>('custom-model-details')!;
    for (const key of models.keys()) {
      id = key;
      el.modelId = key;
      await until(() => el.model === models.get(key) && el.datasets, `${key} shown`);
      await el.updateComplete;
      const root = el.shadowRoot!;
      expect(root.querySelector('h2.name')!.textContent!.trim(), key).not.to.equal('');
      expect(root.querySelector('.language')!.textContent!.trim(), key).not.to.equal('');
      expect(root.querySelector('.modified')!.textContent!.trim(), key).not.to.equal('');
      const rows = root.querySelectorAll('tr[data-id]');
      expect(rows.length, key).to.equal(MALFORMED_DATASETS.length);
      const text = textOf(el);
      expect(text, key)
        .not.to.contain('undefined')
        .and.not.to.contain('NaN')
        .and.not.to.contain('Invalid Date');
      expect(text, key).not.to.contain('[object');
    }
    // Null where an object was promised.
    id = 'nothing';
    models.set('nothing', null);
    el.modelId = 'nothing';
    await until(() => el.shadowRoot!.querySelector('[part="error"]'), 'a problem shown');
    await el.updateComplete;
    expect(busyIndicators(el)).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[part="error"] .retry'), 'Retry offered').to.be.instanceOf(
      Element,
    );
  });

  it('the create dialog copes with malformed languages and a session without an organization', async () => {
    api = malformedApi({
      listTrainableLanguages: () => MALFORMED_LANGUAGES,
      getSession: () => ({ role: 'ORGADMIN' }),
    });
    const provider = await fixture(
      html`<custom-models-provider .api=${api}>
        <create-model-dialog open></create-model-dialog>
      </custom-models-provider>`,
    );
    const dialog = provider.querySelector<CreateModelDialog>('create-model-dialog')!;
    await until(() => dialog.shadowRoot?.querySelector('sl-option'), 'languages listed');
    const labels = [...dialog.shadowRoot!.querySelectorAll('sl-option')].map((o) =>
      o.textContent!.trim(),
    );
    expect(labels).to.have.length(MALFORMED_LANGUAGES.length);
    for (const label of labels) expect(label).not.to.equal('');
  });

  it('the create dialog says there is no language to train when the adapter answers null', async () => {
    let asked = 0;
    api = malformedApi({
      listTrainableLanguages: () => {
        asked++;
        return null;
      },
      getSession: () => ({ role: 'ORGADMIN' }),
    });
    const provider = await fixture(
      html`<custom-models-provider .api=${api}>
        <create-model-dialog open></create-model-dialog>
      </custom-models-provider>`,
    );
    const dialog = provider.querySelector<CreateModelDialog>('create-model-dialog')!;
    // What a user reads once the null answer is in: the "no languages" notice, not a spinner.
    await until(
      () => textOf(dialog).includes(en['cm.create.languagesEmpty']),
      'the empty notice shown',
    );
    expect(asked, 'the null languages were asked for').to.be.greaterThan(0);
    expect(busyIndicators(dialog)).to.deep.equal([]);
    expect(dialog.shadowRoot!.querySelector('sl-option')).to.equal(null);
    expect(textOf(dialog)).not.to.contain('undefined').and.not.to.contain('null');
  });

  it('the badge shows "Unknown" for any status that is not 1–5', async () => {
    const badge = await fixture<ModelStatusBadge>(html`<model-status-badge></model-status-badge>`);
    for (const status of ['42', '0', '-1', 'abc', '1.5', '', 'null', 'Infinity']) {
      badge.setAttribute('status', status);
      await badge.updateComplete;
      expect(badge.label, status).to.equal('Unknown');
    }
    for (const status of [null, undefined, Number.NaN, {} as unknown as number]) {
      badge.status = status as number;
      await badge.updateComplete;
      expect(badge.label, String(status)).to.equal('Unknown');
    }
  });
});

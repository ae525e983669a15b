import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/custom-models-provider.js';
import '../src/models-grid.js';
import '../src/custom-model-picker.js';
import '../src/custom-model-details.js';
import '../src/translations/nl.js';
import type { ModelsGrid } from '../src/models-grid.js';
import type { CustomModelPicker } from '../src/custom-model-picker.js';
import type { CustomModelDetails } from '../src/custom-model-details.js';
import type { CustomModel, CustomModelsApi, Dataset } from '../src/api/types.js';
import type { InMemoryOptions } from '../src/adapters.js';
import { RecordingApi } from './helpers/recording-api.js';
import { api as scriptixApi, reset, rule } from './helpers/scriptix-mock.js';
import { findByRole } from './helpers/by-role.js';
import { wireModel } from './server/scriptix-wire-mock.mjs';

// The grid's Accuracy column and the picker's WER, against the in-memory adapter (evaluations
// on timers) and ScriptixApi (training_metrics), as a user sees them.

const DUTCH = { id: '2', key: 'nl-nl', name: 'Dutch' };
const model = (id: string, name: string, extra: Partial<CustomModel> = {}): CustomModel => ({
  id,
  key: `cm-${id}`,
  name,
  baseLanguage: DUTCH,
  trainingStatus: 4,
  lastModified: '2024-05-01T10:00:00.000Z',
  ...extra,
});
const ds = (id: string, name: string, kind: Dataset['kind'], sizeBytes = 6000): Dataset => ({
  id,
  name,
  kind,
  sizeBytes,
});

let apis: RecordingApi[] = [];
afterEach(() => {
  for (const api of apis) api.dispose();
  apis = [];
});
function inMemory(options: InMemoryOptions) {
  const api = new RecordingApi({ evaluationTimeMs: 120, languages: [DUTCH], ...options });
  apis.push(api);
  return api;
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
const shown = (node: Element | null | undefined) =>
  !!node && getComputedStyle(node).display !== 'none';
const row = (grid: ModelsGrid, id: string) =>
  grid.shadowRoot!.querySelector<HTMLElement>(`tr[data-id="${id}"]`);
const werCell = (grid: ModelsGrid, id: string) => row(grid, id)?.querySelector('.c-wordErrorRate');
/** The WER as the views write it: "WER 8.4%" in English. */
const wer = (fraction: number) =>
  `WER ${fraction.toLocaleString('en', { style: 'percent', maximumFractionDigits: 1 })}`;
/** With the change against the base: "WER 8.4% (−3.1 pts vs. base)". */
const werWithGain = (custom: number, base: number) => {
  const points = ((custom - base) * 100).toLocaleString('en', {
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  return `${wer(custom)} (${points.replace('-', '−')} pts vs. base)`;
};
const TITLE = 'Word error rate (lower is better)';

async function grid(api: CustomModelsApi, lang = 'en') {
  const provider = await fixture<HTMLElement>(
    html`<custom-models-provider .api=${api} lang=${lang}
      ><models-grid></models-grid
    ></custom-models-provider>`,
  );
  const el = provider.querySelector('models-grid')!;
  await waitUntil(() => el.shadowRoot!.querySelector('tr[data-id]'), 'rows show');
  return el;
}

async function openColumnsMenu(el: ModelsGrid) {
  const opened = oneEvent(el, 'sl-after-show');
  el.shadowRoot!.querySelector<HTMLElement>('button.columns-trigger')!.click();
  await opened;
  return [
    ...el.shadowRoot!.querySelectorAll<HTMLElement & { checked: boolean; value: string }>(
      'sl-dropdown.columns-menu sl-menu-item',
    ),
  ];
}

describe('models-grid: the Accuracy column', () => {
  it('is off by default; the Columns menu turns it on and it shows the adapter’s WER', async () => {
    const api = inMemory({
      models: [model('1', 'Support calls', { wordErrorRate: 0.0842 }), model('2', 'Orders')],
    });
    const el = await grid(api);
    const header = el.shadowRoot!.querySelector('th.c-wordErrorRate')!;
    expect(shown(header), 'hidden by default').to.equal(false);
    expect(shown(werCell(el, '1'))).to.equal(false);

    const items = await openColumnsMenu(el);
    const item = items.find((i) => i.value === 'wordErrorRate')!;
    expect(text(item)).to.equal(TITLE);
    expect(item.checked).to.equal(false);
    item.click();
    await el.updateComplete;

    expect(shown(header)).to.equal(true);
    // The title says what the column shows, and which way is better.
    expect(text(header)).to.equal(TITLE);
    await findByRole(el, 'columnheader', { name: TITLE });
    const adapterWer = (await api.inner.getModel('1')).wordErrorRate!;
    expect(text(werCell(el, '1'))).to.equal(wer(adapterWer));
    expect(text(werCell(el, '1'))).to.equal('WER 8.4%');
    // Not measured: said, to the eye as to a screen reader (a blank cell reads as missing data).
    const unknown = werCell(el, '2')!;
    expect(text(unknown)).to.equal('Not measured');
    expect(unknown.querySelector('.visually-hidden')).to.equal(null);
    const words = unknown.querySelector('span')!.getBoundingClientRect();
    expect(words.width, 'Not measured is visible').to.be.greaterThan(10);
    await expect(el).to.be.accessible();
  });

  it('is not offered by an adapter whose models do not say their WER', async () => {
    const el = await grid(inMemory({ models: [model('1', 'A')], evaluations: false }));
    el.hiddenColumns = [];
    await el.updateComplete;
    expect(shown(el.shadowRoot!.querySelector('th.c-wordErrorRate'))).to.equal(false);
    const items = await openColumnsMenu(el);
    expect(items.map((i) => i.value)).to.not.include('wordErrorRate');
  });

  it('writes the WER in the page’s language (Dutch)', async () => {
    const el = await grid(inMemory({ models: [model('1', 'A', { wordErrorRate: 0.125 })] }), 'nl');
    el.hiddenColumns = [];
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('th.c-wordErrorRate'))).to.equal(
      'Woordfoutpercentage (lager is beter)',
    );
    expect(text(werCell(el, '1'))).to.equal('WER 12,5%');
  });
});

describe('models-grid: the Accuracy column says the gain, the measurement, and sorts', () => {
  it('shows the gain over the base model, in the picker’s words', async () => {
    const api = inMemory({
      models: [
        model('1', 'Support calls', { wordErrorRate: 0.0842, baseWordErrorRate: 0.1153 }),
        model('2', 'Orders', { wordErrorRate: 0.2, baseWordErrorRate: 0.19 }),
      ],
    });
    const el = await grid(api);
    el.hiddenColumns = [];
    await el.updateComplete;
    expect(text(werCell(el, '1'))).to.equal('WER 8.4% (−3.1 pts vs. base)');
    expect(text(werCell(el, '2'))).to.equal('WER 20% (+1 pts vs. base)');
  });

  it('sorts by word error rate where the adapter declares it, not measured last', async () => {
    const api = inMemory({
      models: [
        model('1', 'Support calls', { wordErrorRate: 0.12 }),
        model('2', 'Orders'),
        model('3', 'Claims', { wordErrorRate: 0.05 }),
      ],
    });
    const el = await grid(api);
    el.hiddenColumns = [];
    await el.updateComplete;
    const sort = await findByRole(el, 'button', { name: TITLE });
    sort.click();
    await waitUntil(
      () =>
        [...el.shadowRoot!.querySelectorAll('tr[data-id]')]
          .map((r) => r.getAttribute('data-id'))
          .join() === '3,1,2',
      'sorted, lowest WER first',
    );
    const header = await findByRole(el, 'columnheader', { name: TITLE });
    expect(header.getAttribute('aria-sort')).to.equal('ascending');
    const asked = api.callsOf('listModels').at(-1)!.args[0] as { sort?: unknown };
    expect(asked.sort).to.deep.equal({ field: 'wordErrorRate', direction: 'asc' });
  });

  it('sorted by it, re-sorts when a measurement ends (an adapter that pushes nothing)', async () => {
    const api = inMemory({
      push: false,
      models: [
        model('1', 'Support calls', { wordErrorRate: 0.9 }),
        model('2', 'Orders'),
        model('3', 'Claims', { wordErrorRate: 0.01 }),
      ],
      datasets: {
        '2': [
          ds('a', 'talk.wav', 'audio', 5_000_000),
          ds('t', 'talk.vtt', 'transcript'),
          ds('x', 'holdout.wav', 'test-set', 900_000),
          ds('y', 'holdout.txt', 'test-set', 9000),
        ],
      },
    });
    const provider = await fixture<HTMLElement>(
      html`<custom-models-provider .api=${api} lang="en">
        <models-grid hidden-columns="key" sort="wordErrorRate:asc"></models-grid>
        <custom-model-details model-id="2" poll-interval="30"></custom-model-details>
      </custom-models-provider>`,
    );
    const el = provider.querySelector('models-grid')!;
    const details = provider.querySelector<CustomModelDetails>('custom-model-details')!;
    const order = () =>
      [...el.shadowRoot!.querySelectorAll('tr[data-id]')].map((r) => r.getAttribute('data-id'));
    await waitUntil(() => order().join() === '3,1,2', 'sorted, not measured last');
    (await findByRole(details, 'button', { name: 'Measure accuracy', disabled: false })).click();
    await waitUntil(() => order().join() === '3,2,1', 'measured, it moves up', { timeout: 4000 });
    expect(text(werCell(el, '2'))).to.match(/^WER /);
  });

  it('is not sortable where the adapter does not declare it', async () => {
    const api = inMemory({ models: [model('1', 'A', { wordErrorRate: 0.1 })] });
    const limited = Object.assign(Object.create(api) as RecordingApi, {
      capabilities: { ...api.capabilities, sort: ['name'] },
    });
    const el = await grid(limited);
    el.hiddenColumns = [];
    await el.updateComplete;
    const header = el.shadowRoot!.querySelector('th.c-wordErrorRate')!;
    expect(text(header)).to.equal(TITLE);
    expect(header.querySelector('button')).to.equal(null);
    expect(header.hasAttribute('aria-sort')).to.equal(false);
  });
});

describe('custom-model-picker: the WER beside a trained model', () => {
  it('shows it in the option (and its accessible text), not in the chosen value', async () => {
    const api = inMemory({
      models: [model('1', 'Support calls', { wordErrorRate: 0.0842 }), model('2', 'Orders')],
    });
    const provider = await fixture<HTMLElement>(
      html`<custom-models-provider .api=${api} lang="en"
        ><custom-model-picker label="Model"></custom-model-picker
      ></custom-models-provider>`,
    );
    const el = provider.querySelector<CustomModelPicker>('custom-model-picker')!;
    await waitUntil(() => el.shadowRoot!.querySelectorAll('sl-option.model').length === 2);
    const [orders, support] = [...el.shadowRoot!.querySelectorAll('sl-option.model')];
    expect(text(support)).to.contain('Support calls');
    expect(text(support?.querySelector('[part="wer"]'))).to.equal('WER 8.4%');
    expect(orders!.querySelector('[part="wer"]'), 'not measured: nothing').to.equal(null);
    // The select shows the chosen option by its label alone.
    el.value = '2:1';
    await el.updateComplete;
    const select = el.shadowRoot!.querySelector('sl-select')! as HTMLElement & {
      displayLabel: string;
      updateComplete: Promise<unknown>;
    };
    await select.updateComplete;
    expect(select.displayLabel).to.contain('Support calls');
    expect(select.displayLabel).to.not.contain('WER');
    await expect(el).to.be.accessible();
  });
});

describe('an evaluation that ends: every view shows the new WER without a reload', () => {
  it('details, grid and picker agree with the adapter; the grid says while it measures', async () => {
    const api = inMemory({
      models: [model('m1', 'Support calls'), model('m2', 'Orders')],
      evaluationTimeMs: 1500,
      datasets: {
        m1: [
          ds('a', 'talk.wav', 'audio', 5_000_000),
          ds('t', 'talk.vtt', 'transcript'),
          ds('x', 'holdout.wav', 'test-set', 900_000),
          ds('y', 'holdout.txt', 'test-set', 9000),
        ],
      },
    });
    const provider = await fixture<HTMLElement>(
      html`<custom-models-provider .api=${api} lang="en">
        <models-grid hidden-columns="key"></models-grid>
        <custom-model-picker label="Model"></custom-model-picker>
        <custom-model-details model-id="m1" poll-interval="30"></custom-model-details>
      </custom-models-provider>`,
    );
    const el = provider.querySelector('models-grid')!;
    const picker = provider.querySelector<CustomModelPicker>('custom-model-picker')!;
    const details = provider.querySelector<CustomModelDetails>('custom-model-details')!;
    await waitUntil(() => row(el, 'm1'), 'rows show');
    expect(text(werCell(el, 'm1'))).to.equal('Not measured');
    await waitUntil(() => picker.shadowRoot!.querySelectorAll('sl-option.model').length === 2);
    expect(picker.shadowRoot!.querySelector('[part="wer"]')).to.equal(null);

    // The start is offered: there, and enabled.
    (await findByRole(details, 'button', { name: 'Measure accuracy', disabled: false })).click();
    // While it runs, the grid's cell and the picker say so: never blank.
    await waitUntil(() => text(werCell(el, 'm1')) === 'Measuring…', 'the grid says it measures');
    await waitUntil(
      () => text(picker.shadowRoot!.querySelector('[part="wer"]')) === 'Measuring…',
      'the picker says it measures',
    );
    await waitUntil(() => details.shadowRoot!.querySelector('.step-result .breakdown'), 'done', {
      timeout: 6000,
    });
    const evaluation = await api.inner.getEvaluation!('m1');
    const measured = evaluation.custom!.wer;
    expect((await api.inner.getModel('m1')).wordErrorRate).to.equal(measured);
    expect((await api.inner.getModel('m1')).baseWordErrorRate).to.equal(evaluation.base!.wer);
    const customCells = [
      ...details.shadowRoot!.querySelectorAll('.breakdown tr[class$="-wer"] td.custom'),
    ].map(text);
    expect(customCells).to.include(`${(measured * 100).toFixed(1)}%`);
    const words = werWithGain(measured, evaluation.base!.wer);
    await waitUntil(() => text(werCell(el, 'm1')) === words, 'the grid shows it');
    await waitUntil(
      () => text(picker.shadowRoot!.querySelector('[part="wer"]')) === words,
      'the picker shows it, in the same words',
    );
    // Nothing was reloaded by hand; the other model stays unmeasured.
    expect(text(werCell(el, 'm2'))).to.equal('Not measured');
    await expect(el).to.be.accessible();
  });
});

describe('ScriptixApi: training_metrics.word_error_rate', () => {
  beforeEach(() => reset({ models: [] }));

  it('is read as the model’s wordErrorRate; missing or malformed figures are left out', async () => {
    await rule({
      path: 'speech-to-text/models',
      status: 200,
      body: {
        result: [
          {
            ...wireModel({ id: 1, name: 'A', status: 4 }),
            training_metrics: { word_error_rate: 0.091 },
          },
          { ...wireModel({ id: 2, name: 'B', status: 4 }), training_metrics: null },
          {
            ...wireModel({ id: 3, name: 'C', status: 4 }),
            training_metrics: { word_error_rate: 'n/a' },
          },
          {
            ...wireModel({ id: 4, name: 'D', status: 4 }),
            training_metrics: { word_error_rate: -1 },
          },
          {
            ...wireModel({ id: 5, name: 'E', status: 4 }),
            training_metrics: { word_error_rate: '0.2' },
          },
        ],
        count: 5,
        total_results: 5,
      },
    });
    const page = await scriptixApi().listModels({ page: 1, pageSize: 25 });
    expect(page.items.map((m) => m.wordErrorRate)).to.deep.equal([
      0.091,
      undefined,
      undefined,
      undefined,
      0.2,
    ]);
  });

  it('offers the Accuracy column only when the host says its server sends it; never evaluations', async () => {
    expect(scriptixApi().capabilities).to.include({ wordErrorRate: false });
    expect(scriptixApi().capabilities.evaluations).to.equal(undefined);
    const adapter = scriptixApi({ capabilities: { wordErrorRate: true } });
    expect(adapter.capabilities.wordErrorRate).to.equal(true);
    expect('startEvaluation' in adapter).to.equal(false);
    await rule({
      path: 'speech-to-text/models',
      status: 200,
      body: {
        result: [
          {
            ...wireModel({ id: 1, name: 'A', status: 4 }),
            training_metrics: { word_error_rate: 0.091 },
          },
        ],
        count: 1,
        total_results: 1,
      },
    });
    const el = await grid(adapter);
    el.hiddenColumns = [];
    await el.updateComplete;
    expect(text(werCell(el, '1'))).to.equal('WER 9.1%');
  });
});

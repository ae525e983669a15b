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
    expect(text(item)).to.equal('Accuracy');
    expect(item.checked).to.equal(false);
    item.click();
    await el.updateComplete;

    expect(shown(header)).to.equal(true);
    expect(text(header)).to.equal('Accuracy');
    const adapterWer = (await api.inner.getModel('1')).wordErrorRate!;
    expect(text(werCell(el, '1'))).to.equal(wer(adapterWer));
    expect(text(werCell(el, '1'))).to.equal('WER 8.4%');
    // Not measured: empty to the eye, said to a screen reader.
    const unknown = werCell(el, '2')!;
    expect(text(unknown)).to.equal('Not measured');
    expect(unknown.querySelector('.visually-hidden')).to.not.equal(null);
    expect(unknown.getBoundingClientRect().height).to.be.greaterThan(0);
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
    expect(text(el.shadowRoot!.querySelector('th.c-wordErrorRate'))).to.equal('Nauwkeurigheid');
    expect(text(werCell(el, '1'))).to.equal('WER 12,5%');
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
  it('details, grid and picker agree with the adapter', async () => {
    const api = inMemory({
      models: [model('m1', 'Support calls'), model('m2', 'Orders')],
      datasets: {
        m1: [
          ds('a', 'talk.wav', 'audio', 5_000_000),
          ds('t', 'talk.vtt', 'transcript'),
          ds('x', 'holdout.txt', 'test-set', 9000),
          ds('y', 'holdout.wav', 'test-set', 90_000),
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
    await waitUntil(() => details.shadowRoot!.querySelector('.step-result .breakdown'), 'done', {
      timeout: 4000,
    });
    const measured = (await api.inner.getEvaluation!('m1')).custom!.wer;
    expect((await api.inner.getModel('m1')).wordErrorRate).to.equal(measured);
    const customCells = [
      ...details.shadowRoot!.querySelectorAll('.breakdown tr[class$="-wer"] td.custom'),
    ].map(text);
    expect(customCells).to.include(`${(measured * 100).toFixed(1)}%`);
    await waitUntil(() => text(werCell(el, 'm1')) === wer(measured), 'the grid shows it');
    await waitUntil(
      () => text(picker.shadowRoot!.querySelector('[part="wer"]')) === wer(measured),
      'the picker shows it',
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

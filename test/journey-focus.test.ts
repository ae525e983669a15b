/**
 * Issue 24's journey by keyboard, where the control that had focus goes away (found walking the
 * demo): opening a model from the list hid the row with it, starting training removed "Train the
 * Language", deleting a dataset removed its row. Focus fell to <body> each time, and the next Tab
 * started again from the top of the document.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/custom-models-page.js';
import '../src/custom-model-details.js';
import type { CustomModelsPage } from '../src/custom-models-page.js';
import type { CustomModelDetails } from '../src/custom-model-details.js';
import type { ModelsGrid } from '../src/models-grid.js';
import { GUIDE_SHOWN_KEY } from '../src/custom-models-page/custom-models-page.component.js';
import type { CustomModel, Dataset } from '../src/api/types.js';
import { RecordingApi } from './helpers/recording-api.js';
import { accessibleNode, findByRole, queryAllByRole } from './helpers/by-role.js';
import { deepActiveElement, disableShoelaceAnimations, textOf, until } from './helpers/shoelace.js';
import { holdsFocus, tabTo } from './helpers/keyboard.js';

disableShoelaceAnimations();

const LANGUAGE = { id: '1', key: 'en-gb', name: 'English' };
const model = (id: number, name: string): CustomModel => ({
  id: String(id),
  key: `cm-${id}`,
  name,
  baseLanguage: LANGUAGE,
  trainingStatus: 1,
  lastModified: new Date(Date.UTC(2026, 0, 1, 0, id)).toISOString(),
});
const dataset = (id: string, name: string, kind: Dataset['kind']): Dataset => ({
  id,
  name,
  kind,
  sizeBytes: 2048,
  uploadedAt: '2025-12-30T09:00:00.000Z',
});

let api: RecordingApi;
beforeEach(() => localStorage.setItem(GUIDE_SHOWN_KEY, 'true'));
afterEach(async () => {
  api?.dispose();
  localStorage.removeItem(GUIDE_SHOWN_KEY);
  await setViewport({ width: 800, height: 600 });
});

describe('issue 24 walk: focus stays with the keyboard user', () => {
  for (const width of [390, 1280]) {
    it(`opening a model from the list puts focus on its name in the details, at ${width} px`, async () => {
      await setViewport({ width, height: 800 });
      api = new RecordingApi({ models: [model(1, 'Medical EN'), model(2, 'Legal NL')] });
      const page = await fixture<CustomModelsPage>(
        html`<custom-models-page .api=${api}></custom-models-page>`,
      );
      const grid = page.shadowRoot!.querySelector<ModelsGrid>('models-grid')!;
      await until(() => grid.shadowRoot?.querySelector('tbody tr[data-id]'), 'rows');
      await tabTo(await findByRole(grid, 'button', { name: 'Edit Legal NL' }));
      await sendKeys({ press: 'Enter' });
      await until(() => page.modelId === '2', 'its details');
      const details = page.shadowRoot!.querySelector<CustomModelDetails>('custom-model-details')!;
      await until(() => details.shadowRoot?.querySelector('.name'), 'the model shown');
      await new Promise((resolve) => setTimeout(resolve, 100));
      const focused = deepActiveElement();
      expect(focused, 'not lost to the body').to.not.equal(null);
      expect(focused).to.equal(details.shadowRoot!.querySelector('.name'));
      expect((await accessibleNode(focused!))?.name).to.equal('Legal NL');
      // The next Tab goes on inside the details, not from the top of the document.
      await sendKeys({ press: 'Tab' });
      expect(holdsFocus(details)).to.equal(true);
    });
  }

  it('starting training moves focus to the status title once "Train the Language" is gone', async () => {
    api = new RecordingApi({
      models: [model(1, 'Medical EN')],
      datasets: {
        '1': [dataset('d1', 'talk.wav', 'audio'), dataset('d2', 'talk.txt', 'transcript')],
      },
      organization: { trainingCredits: 5 },
      trainingTimeMs: 60_000,
    });
    const details = await fixture<CustomModelDetails>(
      html`<custom-model-details .api=${api} model-id="1"></custom-model-details>`,
    );
    await until(() => details.datasets?.length === 2, 'datasets');
    await tabTo(await findByRole(details, 'button', { name: 'Train the Language' }));
    await sendKeys({ press: 'Enter' });
    const start = await findByRole(details, 'button', { name: 'Start training' });
    await until(() => holdsFocus(start), 'the confirmation focused on Start');
    await sendKeys({ press: 'Enter' });
    await until(() => api.callsOf('startTraining').length === 1, 'started');
    await until(
      () => !details.shadowRoot!.querySelector('[part="train-button"]'),
      'Train gone with the status',
    );
    await until(async () => (await queryAllByRole(details, 'dialog')).length === 0, 'closed');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const title = details.shadowRoot!.querySelector('#status-title')!;
    expect(deepActiveElement(), 'not lost to the body').to.equal(title);
    expect(textOf(title)).to.equal('Ready to Run');
  });

  it('deleting a dataset moves focus to the Datasets title once its row is gone', async () => {
    api = new RecordingApi({
      models: [model(1, 'Medical EN')],
      datasets: {
        '1': [dataset('d1', 'talk.wav', 'audio'), dataset('d2', 'talk.txt', 'transcript')],
      },
    });
    const details = await fixture<CustomModelDetails>(
      html`<custom-model-details .api=${api} model-id="1"></custom-model-details>`,
    );
    await until(() => details.datasets?.length === 2, 'datasets');
    await tabTo(await findByRole(details, 'button', { name: 'Delete talk.txt' }));
    await sendKeys({ press: 'Enter' });
    const confirm = await findByRole(details, 'button', { name: 'Delete' });
    await until(() => holdsFocus(confirm), 'the confirmation focused on Delete');
    await sendKeys({ press: 'Enter' });
    await until(() => details.datasets?.length === 1, 'removed');
    await until(async () => (await queryAllByRole(details, 'dialog')).length === 0, 'closed');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(deepActiveElement(), 'not lost to the body').to.equal(
      details.shadowRoot!.querySelector('#datasets-title'),
    );
  });
});

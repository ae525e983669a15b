/*
 * The whole feature agrees with itself: views side by side on one provider, late answers, aborts
 * when a dialog closes, push instead of polling, and one announcement when a run ends.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type SlButton from '@shoelace-style/shoelace/dist/components/button/button.component.js';
import '../../src/custom-models-provider.js';
import '../../src/custom-models-page.js';
import '../../src/custom-model-details.js';
import '../../src/models-grid.js';
import '../../src/delete-model-dialog.js';
import type { CustomModelDetails } from '../../src/custom-model-details.js';
import type { ModelsGrid } from '../../src/models-grid.js';
import type { DeleteModelDialog } from '../../src/delete-model-dialog.js';
import type { DatasetUpload } from '../../src/dataset-upload.js';
import type { CustomModelsPage } from '../../src/custom-models-page.js';
import { GUIDE_SHOWN_KEY } from '../../src/custom-models-page/custom-models-page.component.js';
import { InMemoryCustomModelsApi } from '../../src/adapters.js';
import type { ModelTrainingEndedEvent } from '../../src/events/events.js';
import { CustomModelsApiError } from '../../src/api/errors.js';
import { CustomModelsStore } from '../../src/store/custom-models-store.js';
import { RecordingApi } from '../helpers/recording-api.js';
import { disableShoelaceAnimations, textOf, until } from '../helpers/shoelace.js';
import { GOOD_DATA, model, track } from './fixtures.js';
import { statusIn } from '../helpers/dom.js';
import { goodFile } from '../helpers/dataset-fixtures.js';

disableShoelaceAnimations();

const badge = statusIn;

async function sideBySide(api: unknown, id = '1') {
  const provider = await fixture(
    html`<custom-models-provider .api=${api}>
      <models-grid refresh-interval="40"></models-grid>
      <custom-model-details model-id=${id} poll-interval="40"></custom-model-details>
      <delete-model-dialog></delete-model-dialog>
    </custom-models-provider>`,
  );
  const grid = provider.querySelector<ModelsGrid>('models-grid')!;
  const details = provider.querySelector<CustomModelDetails>('custom-model-details')!;
  await until(() => grid.shadowRoot!.querySelector('tbody tr[data-id]'), 'rows');
  await until(() => details.shadowRoot!.querySelector('h2.name'), 'details');
  const row = (rowId: string) => grid.shadowRoot!.querySelector(`tbody tr[data-id="${rowId}"]`);
  const $ = <T extends Element = HTMLElement>(selector: string) =>
    details.shadowRoot!.querySelector<T>(selector);
  return { provider, grid, details, row, $ };
}

describe('one store: every view agrees', () => {
  it('grid and details side by side stay consistent through rename, upload, a training run and delete', async function () {
    this.timeout(15_000);
    const api = track(
      new RecordingApi({
        models: [model('1', 'Medical EN', 1), model('2', 'Legal NL', 4)],
        datasets: { '1': GOOD_DATA },
        storage: null,
        trainingTimeMs: 900,
      }),
    );
    const { provider, row, details, $ } = await sideBySide(api);

    // Rename in the details: the grid's row follows at once.
    await details.startRename();
    const input = $<HTMLElement & { value: string }>('.name-input')!;
    input.value = 'Medical EN v2';
    input.dispatchEvent(new CustomEvent('sl-input', { bubbles: true, composed: true }));
    await details.saveRename();
    await until(() => textOf(row('1')!.querySelector('.name')) === 'Medical EN v2', 'grid renamed');

    // Upload in the details: its list grows, and the model's last change reaches the grid.
    const upload = $<DatasetUpload>('dataset-upload')!;
    // The details' <time> carries the instant; the grid's cell, its full form as the title.
    const modified = () => $('.modified time')!.getAttribute('datetime')!;
    const fullDate = (iso: string) =>
      new Intl.DateTimeFormat('en', { dateStyle: 'full', timeStyle: 'long' }).format(new Date(iso));
    const before = modified();
    upload.addFiles([goodFile('extra.wav')]);
    await until(() => $('tr[data-id] .file-name') && details.datasets?.length === 3, 'uploaded');
    await until(() => modified() !== before, 'the details show the new last change');
    await until(
      () =>
        row('1')!.querySelector('.c-lastModified')!.getAttribute('title') === fullDate(modified()),
      'grid shows the new last change',
    );

    // A training run from the details: both views go through every status to the end.
    await details.startTraining();
    expect(badge(row('1'))).to.equal('2');
    await until(() => badge($('.header')) === '4', 'details: Success', 10_000);
    await until(() => badge(row('1')) === '4', 'grid: Success');

    // Delete from a dialog on the same provider: the row leaves, the details say it is gone.
    const dialog = provider.querySelector<DeleteModelDialog>('delete-model-dialog')!;
    dialog.show(details.model);
    await until(() => dialog.shadowRoot!.querySelector('sl-button[variant="danger"]'), 'dialog');
    dialog.shadowRoot!.querySelector<SlButton>('sl-button[variant="danger"]')!.click();
    await until(() => !row('1'), 'row gone');
    await until(() => $('.problem-title'), 'details say not found');
    expect(textOf($('.problem-title'))).to.equal('Custom model not found');
    expect(row('2')).to.be.instanceOf(Element);
  });

  it('a slow answer that arrives after a newer one never wins', async () => {
    const api = track(new RecordingApi({ models: [model('1', 'Medical EN', 2)], storage: null }));
    const { details, row, $ } = await sideBySide(api);
    // The next poll (the grid's page, which covers the busy model) reads the model now, with
    // its old name, and answers only when released: after the rename has answered.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const listModels = api.listModels;
    let slow: Promise<unknown> | undefined;
    api.listModels = (query, o) => {
      if (slow) return listModels(query, o);
      const answer = api.inner.listModels(query).then(async (stale) => {
        await released;
        return stale;
      });
      slow = answer;
      return answer;
    };
    await until(() => slow !== undefined, 'a poll asked');
    await details.startRename();
    const input = $<HTMLElement & { value: string }>('.name-input')!;
    input.value = 'Renamed';
    input.dispatchEvent(new CustomEvent('sl-input', { bubbles: true, composed: true }));
    await details.saveRename();
    expect(textOf($('h2.name'))).to.equal('Renamed');
    release();
    await slow;
    await new Promise((resolve) => setTimeout(resolve, 30));
    await details.updateComplete;
    expect(textOf($('h2.name'))).to.equal('Renamed');
    expect(textOf(row('1')!.querySelector('.name'))).to.equal('Renamed');
  });

  it('closing the dataset confirmation mid-call aborts the delete and shows nothing afterwards', async () => {
    const api = track(
      new RecordingApi({ models: [model('1', 'Medical EN', 1)], datasets: { '1': GOOD_DATA } }),
    );
    api.hang('deleteDataset');
    const { details, $ } = await sideBySide(api);
    const notices: Event[] = [];
    details.addEventListener('custom-models-notify', (event) => notices.push(event));
    await until(() => $('.delete-dataset'), 'datasets');
    $('.delete-dataset')!.click();
    await until(() => ($('.delete-dialog') as { open?: boolean } | null)?.open, 'confirmation');
    await until(() => $('.confirm-delete')?.shadowRoot?.querySelector('button'), 'button');
    $<SlButton>('.confirm-delete')!.click();
    await until(() => api.callsOf('deleteDataset').length === 1, 'delete sent');
    const signal = api.callsOf('deleteDataset')[0]!.signal!;
    $<SlButton>('.delete-dialog .dialog-cancel')!.click();
    await until(() => !($('.delete-dialog') as { open?: boolean }).open, 'closed');
    expect(signal.aborted).to.equal(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(notices).to.have.length(0);
    expect(details.datasets).to.have.length(2);
    expect($('.delete-dialog sl-alert')).to.equal(null);
  });

  it('uses the adapter’s push channel instead of polling', async function () {
    this.timeout(10_000);
    const api = track(
      new InMemoryCustomModelsApi({
        models: [{ ...model('1', 'Medical EN', 3), trainingProgress: 50 }],
        datasets: { '1': GOOD_DATA },
        storage: null,
        runSeededTraining: true,
        trainingTimeMs: 700,
      }),
    );
    expect(api.capabilities.push).to.equal(true);
    let reads = 0;
    for (const method of ['getModel', 'listModels'] as const) {
      const original = api[method].bind(api) as (...args: unknown[]) => Promise<unknown>;
      (api as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
        reads++;
        return original(...args);
      };
    }
    const { row, $ } = await sideBySide(api);
    const initialReads = reads;
    await until(() => badge($('.header')) === '4', 'details: Success', 8000);
    await until(() => badge(row('1')) === '4', 'grid: Success');
    // Only the lists (a run ended: the trained-models lists change) are asked again, no poll.
    expect(reads - initialReads).to.be.at.most(1);
  });

  it('a run that ends while the list is shown is announced once: one toast, one event', async function () {
    this.timeout(10_000);
    localStorage.setItem(GUIDE_SHOWN_KEY, 'true');
    const api = track(
      new InMemoryCustomModelsApi({
        models: [{ ...model('1', 'Medical EN', 3), trainingProgress: 80 }, model('2', 'B', 1)],
        datasets: { '1': GOOD_DATA },
        storage: null,
        runSeededTraining: true,
        trainingTimeMs: 500,
      }),
    );
    const provider = await fixture(
      html`<custom-models-provider .api=${api}
        ><custom-models-page></custom-models-page
      ></custom-models-provider>`,
    );
    const events: ModelTrainingEndedEvent[] = [];
    provider.addEventListener('model-training-ended', (event) =>
      events.push(event as ModelTrainingEndedEvent),
    );
    const page = provider.querySelector<CustomModelsPage>('custom-models-page')!;
    const root = page.shadowRoot!;
    await until(() => root.querySelector('[part="toast"]'), 'toast', 8000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const toasts = [...root.querySelectorAll('[part="toast"]')];
    expect(toasts).to.have.length(1);
    expect(textOf(toasts[0])).to.contain('Training of "Medical EN" completed successfully.');
    expect(toasts[0]!.getAttribute('role')).to.equal('status');
    expect(events).to.have.length(1);
    expect(events[0]!.detail.outcome).to.equal('success');
    expect(events[0]!.detail.model.id).to.equal('1');
  });

  it('polls at the adapter’s hint when the host sets no interval', async function () {
    this.timeout(8000);
    const api = track(
      new RecordingApi({
        models: [{ ...model('1', 'Medical EN', 3), trainingProgress: 50 }],
        datasets: { '1': GOOD_DATA },
        storage: null,
        runSeededTraining: true,
        trainingTimeMs: 400,
      }),
    );
    // No push, and a hint far below the details' own 5 s default.
    api.capabilities = { ...api.capabilities, push: false, pollIntervalMs: 40 };
    const details = await fixture<CustomModelDetails>(
      html`<custom-model-details .api=${api} model-id="1"></custom-model-details>`,
    );
    await until(() => badge(details.shadowRoot!.querySelector('.header')) === '3', 'Running');
    await until(
      () => badge(details.shadowRoot!.querySelector('.header')) === '4',
      'Success, long before the 5 s default would have asked',
      3000,
    );
    expect(api.callsOf('getModel').length).to.be.greaterThan(2);
  });
});

describe('a create whose answer is lost', () => {
  async function gridOf(api: RecordingApi) {
    const provider = await fixture(
      html`<custom-models-provider .api=${api}
        ><models-grid></models-grid
      ></custom-models-provider>`,
    );
    const grid = provider.querySelector<ModelsGrid>('models-grid')!;
    await until(() => grid.shadowRoot!.querySelector('tbody tr[data-id]'), 'rows');
    await until(() => api.callsOf('getSession').length > 0, 'session read');
    return grid;
  }

  it('that failed after the server created the model: the list and the session are read again', async () => {
    const api = track(new RecordingApi({ models: [model('1', 'Medical EN', 4)], storage: null }));
    const grid = await gridOf(api);
    const sessions = api.callsOf('getSession').length;
    // The server creates it, then the connection drops before the answer arrives.
    api.createModel = async (input, options) => {
      await api.inner.createModel(input, options);
      throw new CustomModelsApiError('network', 'The connection was lost.');
    };
    const store = CustomModelsStore.for(api);
    const error = await store.createModel({ name: 'Created anyway', languageId: '1' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(CustomModelsApiError);
    await until(
      () => textOf(grid).includes('Created anyway'),
      'the model the server made is listed',
    );
    await until(
      () => api.callsOf('getSession').length > sessions,
      'the session (its count) re-read',
    );
  });

  it('that was aborted: the list and the session are read again', async () => {
    const api = track(new RecordingApi({ models: [model('1', 'Medical EN', 4)], storage: null }));
    await gridOf(api);
    const lists = api.callsOf('listModels').length;
    const sessions = api.callsOf('getSession').length;
    api.hang('createModel');
    const abort = new AbortController();
    const store = CustomModelsStore.for(api);
    const created = store.createModel({ name: 'Maybe', languageId: '1' }, { signal: abort.signal });
    await until(() => api.callsOf('createModel').length === 1, 'the create was sent');
    abort.abort();
    await created.then(
      () => expect.fail('an aborted create does not resolve'),
      () => undefined,
    );
    await until(() => api.callsOf('listModels').length > lists, 'the list re-read');
    await until(() => api.callsOf('getSession').length > sessions, 'the session re-read');
  });
});

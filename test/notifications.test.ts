/*
 * One announcer (issues 21 and 23): every notice the elements show goes out first as a cancelable
 * `custom-models-notify` with a stable `kind`; a host that cancels it shows it itself and the
 * elements show nothing. The store reports that a run ended; the outermost view that tells
 * notices tells it, once.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type SlButton from '@shoelace-style/shoelace/dist/components/button/button.component.js';
import type SlInput from '@shoelace-style/shoelace/dist/components/input/input.component.js';
import type SlSelect from '@shoelace-style/shoelace/dist/components/select/select.component.js';
import '../src/custom-models-provider.js';
import '../src/custom-models-page.js';
import '../src/custom-model-details.js';
import '../src/models-grid.js';
import type { CustomModelsPage } from '../src/custom-models-page.js';
import type { CustomModelDetails } from '../src/custom-model-details.js';
import type { ModelsGrid } from '../src/models-grid.js';
import type { CreateModelDialog } from '../src/create-model-dialog.js';
import type { DeleteModelDialog } from '../src/delete-model-dialog.js';
import { GUIDE_SHOWN_KEY } from '../src/custom-models-page/custom-models-page.component.js';
import { InMemoryCustomModelsApi } from '../src/adapters.js';
import { CustomModelsStore, type TrainingEnded } from '../src/store/index.js';
import type { CustomModel, Dataset } from '../src/api/types.js';
import type { ModelTrainingEndedEvent, NotifyEvent } from '../src/events/events.js';
import { RecordingApi } from './helpers/recording-api.js';
import { disableShoelaceAnimations, textOf, until } from './helpers/shoelace.js';
import { goodFile } from './helpers/dataset-fixtures.js';

disableShoelaceAnimations();

const LANGUAGE = { id: '1', key: 'en-gb', name: 'English' };
const model = (id: string, name: string, status = 1, extra: Partial<CustomModel> = {}) => ({
  id,
  key: `cm-${id}`,
  name,
  baseLanguage: LANGUAGE,
  trainingStatus: status,
  lastModified: new Date(Date.UTC(2026, 0, Number(id))).toISOString(),
  ...extra,
});
const dataset = (id: string, name: string, kind: Dataset['kind']): Dataset => ({
  id,
  name,
  kind,
  sizeBytes: 4096,
  uploadedAt: '2026-01-01T09:00:00.000Z',
});
const GOOD_DATA = [dataset('d1', 'talk.wav', 'audio'), dataset('d2', 'talk.vtt', 'transcript')];

/** Every `custom-models-notify` that reached the document; `cancel` makes the host show them. */
function listen(options: { cancel?: boolean } = {}) {
  const notices: NotifyEvent[] = [];
  const ended: ModelTrainingEndedEvent[] = [];
  const onNotify = (event: Event) => {
    notices.push(event as NotifyEvent);
    if (options.cancel) event.preventDefault();
  };
  const onEnded = (event: Event) => ended.push(event as ModelTrainingEndedEvent);
  document.addEventListener('custom-models-notify', onNotify);
  document.addEventListener('model-training-ended', onEnded);
  cleanups.push(() => {
    document.removeEventListener('custom-models-notify', onNotify);
    document.removeEventListener('model-training-ended', onEnded);
  });
  return {
    notices,
    ended,
    kinds: () => notices.map((event) => event.detail.kind),
  };
}

const cleanups: Array<() => void> = [];
const apis: Array<{ dispose(): void }> = [];
const track = <T extends { dispose(): void }>(api: T) => (apis.push(api), api);

/** Lets every pending notice settle: the host's listeners, the page's decision, a render. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 80));

/** Toasts the page shows, as a user sees them. */
/** The toasts' sentences (a toast may also offer an action). */
const toastsOf = (page: CustomModelsPage) =>
  [...page.shadowRoot!.querySelectorAll<HTMLElement>('[part="toast"]')].map((toast) =>
    textOf(toast.querySelector('.message')),
  );

/** A button by its visible name, inside `root`. */
const buttonNamed = (root: ParentNode, name: string) =>
  [...root.querySelectorAll<SlButton>('sl-button')].find((b) => textOf(b) === name);

async function mountPage(api: unknown, modelId = '') {
  const page = await fixture<CustomModelsPage>(
    html`<custom-models-page .api=${api} model-id=${modelId}></custom-models-page>`,
  );
  return page;
}

async function rowsOf(page: CustomModelsPage) {
  const grid = page.shadowRoot!.querySelector<ModelsGrid>('models-grid')!;
  await until(() => grid.shadowRoot?.querySelector('tbody tr[data-id]'), 'rows shown');
  return () => [...grid.shadowRoot!.querySelectorAll<HTMLElement>('tbody tr[data-id]')];
}

async function createThroughDialog(page: CustomModelsPage, name: string) {
  await rowsOf(page);
  buttonNamed(page.shadowRoot!.querySelector('[part="header"]')!, 'New Custom Model')!.click();
  const dialog = page.shadowRoot!.querySelector<CreateModelDialog>('create-model-dialog')!;
  await until(() => dialog.shadowRoot?.querySelector('sl-select'), 'create dialog ready');
  const input = dialog.shadowRoot!.querySelector<SlInput>('sl-input')!;
  await until(() => dialog.open, 'create dialog open');
  input.focus();
  await sendKeys({ type: name });
  const select = dialog.shadowRoot!.querySelector<SlSelect>('sl-select')!;
  select.focus();
  await sendKeys({ press: 'Enter' });
  await until(() => select.open, 'languages open');
  await sendKeys({ press: 'Enter' });
  await until(() => select.value !== '', 'language chosen');
  dialog.shadowRoot!.querySelector<SlButton>('sl-button[type="submit"]')!.click();
  await until(() => !dialog.open, 'dialog closed');
}

async function deleteFirstRow(page: CustomModelsPage) {
  const rows = await rowsOf(page);
  await until(() => rows()[0]!.querySelector('[data-action="delete"]'), 'delete offered');
  rows()[0]!.querySelector<HTMLElement>('[data-action="delete"]')!.click();
  const dialog = () => page.shadowRoot!.querySelector<DeleteModelDialog>('delete-model-dialog');
  await until(() => dialog()?.open, 'confirmation open');
  await until(() => buttonNamed(dialog()!.shadowRoot!, 'Delete'), 'Delete button');
  buttonNamed(dialog()!.shadowRoot!, 'Delete')!.click();
}

/** A model in training that the in-memory adapter finishes after `ms`. */
function endingRun(ms = 400) {
  return track(
    new InMemoryCustomModelsApi({
      models: [model('1', 'Medical EN', 3, { trainingProgress: 80 }), model('2', 'Legal NL', 1)],
      datasets: { '1': GOOD_DATA },
      storage: null,
      runSeededTraining: true,
      trainingTimeMs: ms,
    }),
  );
}

beforeEach(() => localStorage.setItem(GUIDE_SHOWN_KEY, 'true'));
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  for (const api of apis.splice(0)) api.dispose();
  localStorage.removeItem(GUIDE_SHOWN_KEY);
});

describe('notices: one cancelable custom-models-notify each', () => {
  it('a model created in the page: one notice with its kind and model, then the toast', async () => {
    const api = track(new RecordingApi({ models: [model('1', 'Medical EN')] }));
    const { notices, kinds } = listen();
    const page = await mountPage(api);
    await createThroughDialog(page, 'Finance EN');
    await until(() => toastsOf(page).length, 'toast shown');
    await settle();
    expect(kinds()).to.deep.equal(['model-created']);
    const { detail } = notices[0]!;
    expect(detail.variant).to.equal('success');
    expect(detail.message).to.equal('Custom model created successfully.');
    expect(detail.modelName).to.equal('Finance EN');
    const rows = await rowsOf(page);
    await until(() => rows().some((row) => row.dataset.id === detail.modelId), 'its row');
    expect(textOf(rows().find((row) => row.dataset.id === detail.modelId))).to.contain(
      'Finance EN',
    );
    expect(notices[0]!.cancelable).to.equal(true);
    expect(notices[0]!.composed).to.equal(true);
    expect(toastsOf(page)).to.deep.equal(['Custom model created successfully.']);
  });

  it('a host that cancels the create notice shows it itself: the page shows no toast', async () => {
    const api = track(new RecordingApi({ models: [model('1', 'Medical EN')] }));
    const { kinds } = listen({ cancel: true });
    const page = await mountPage(api);
    const rows = await rowsOf(page);
    await createThroughDialog(page, 'Finance EN');
    await until(() => rows().length === 2, 'the new row shows');
    await until(() => kinds().length, 'notice sent');
    await settle();
    await page.updateComplete;
    expect(kinds()).to.deep.equal(['model-created']);
    expect(toastsOf(page)).to.deep.equal([]);
  });

  it('a delete: one "model-deleted" notice; cancelled, no toast', async () => {
    const api = track(new RecordingApi({ models: [model('1', 'Medical EN')], role: 'SYSOP' }));
    const { notices, kinds } = listen({ cancel: true });
    const page = await mountPage(api);
    const rows = await rowsOf(page);
    await deleteFirstRow(page);
    await until(() => rows().length === 0, 'row gone');
    await until(() => kinds().length, 'notice sent');
    await settle();
    expect(kinds()).to.deep.equal(['model-deleted']);
    expect(notices[0]!.detail).to.include({
      variant: 'success',
      message: 'Custom model deleted successfully.',
      modelId: '1',
      modelName: 'Medical EN',
    });
    expect(toastsOf(page)).to.deep.equal([]);
  });

  it('a failed delete: one "model-delete-failed" error notice, shown as a toast when not cancelled', async () => {
    const api = track(new RecordingApi({ models: [model('1', 'Medical EN')], role: 'SYSOP' }));
    api.fail('deleteModel', 'server', 'The database is unavailable.', { times: 1 });
    const { notices, kinds } = listen();
    const page = await mountPage(api);
    await deleteFirstRow(page);
    await until(() => toastsOf(page).length, 'error toast');
    await settle();
    expect(kinds()).to.deep.equal(['model-delete-failed']);
    expect(notices[0]!.detail.variant).to.equal('danger');
    expect(notices[0]!.detail.modelId).to.equal('1');
    expect(toastsOf(page)).to.have.length(1);
    expect(toastsOf(page)[0]).to.contain('The database is unavailable.');
  });

  it('rename, training started and a dataset deleted in the page’s details: a kind each, cancelled each', async () => {
    const api = track(
      new RecordingApi({
        models: [model('1', 'Medical EN', 1)],
        datasets: { '1': [...GOOD_DATA, dataset('d3', 'extra.wav', 'audio')] },
        trainingTimeMs: 60_000,
      }),
    );
    const { notices, kinds } = listen({ cancel: true });
    const page = await mountPage(api, '1');
    const details = await until(
      () => page.shadowRoot!.querySelector<CustomModelDetails>('custom-model-details')?.shadowRoot,
      'details',
    ).then(() => page.shadowRoot!.querySelector<CustomModelDetails>('custom-model-details')!);
    const $ = <T extends HTMLElement>(selector: string) =>
      details.shadowRoot!.querySelector<T>(selector);
    await until(() => $('h2.name'), 'model shown');

    // Rename, with the keyboard.
    $('.rename')!.click();
    await until(() => $('.name-input'), 'editing');
    const input = details.shadowRoot!.querySelector<SlInput>('.name-input')!;
    input.focus();
    input.select();
    await sendKeys({ type: 'Medical NL' });
    await sendKeys({ press: 'Enter' });
    await until(() => kinds().includes('model-renamed'), 'rename notice');

    // A dataset deleted after confirming.
    await until(() => $('tbody tr .delete-dataset'), 'datasets shown');
    $('tbody tr .delete-dataset')!.click();
    await until(() => $('.confirm-delete'), 'confirmation');
    await until(() => ($('.delete-dialog') as unknown as { open: boolean }).open, 'open');
    $('.confirm-delete')!.click();
    await until(() => kinds().includes('dataset-deleted'), 'dataset notice');

    // Training started.
    await until(() => buttonNamed(details.shadowRoot!, 'Train the Language'), 'train offered');
    buttonNamed(details.shadowRoot!, 'Train the Language')!.click();
    // The plan counts credits: confirm.
    await until(() => ($('.train-dialog') as unknown as { open: boolean } | null)?.open, 'confirm');
    await until(() => $('.confirm-train')?.shadowRoot?.querySelector('button'), 'confirm button');
    $('.confirm-train')!.click();
    await until(() => kinds().includes('training-started'), 'training notice');
    await settle();

    expect(kinds()).to.deep.equal(['model-renamed', 'dataset-deleted', 'training-started']);
    for (const notice of notices) {
      expect(notice.detail.modelId, notice.detail.kind).to.equal('1');
      expect(notice.cancelable).to.equal(true);
    }
    expect(notices[0]!.detail.modelName).to.equal('Medical NL');
    expect(toastsOf(page)).to.deep.equal([]);
  });
});

describe('accuracy: one notice when a measurement ends', () => {
  it('details alone: "accuracy-measured", once, with the model', async function () {
    this.timeout(8000);
    const api = track(
      new RecordingApi({
        models: [model('1', 'Medical EN', 4)],
        datasets: {
          '1': [
            ...GOOD_DATA,
            { ...dataset('a1', 'meeting-test.wav', 'test-set'), sizeBytes: 90_000 },
            { ...dataset('t1', 'meeting-test.txt', 'test-set'), sizeBytes: 9000 },
          ],
        },
        evaluationTimeMs: 150,
      }),
    );
    const { notices, kinds } = listen();
    const details = await fixture<CustomModelDetails>(
      html`<custom-model-details
        .api=${api}
        model-id="1"
        poll-interval="30"
      ></custom-model-details>`,
    );
    const start = () =>
      details.shadowRoot!.querySelector<SlButton>('[part="accuracy"] .start-evaluation');
    await until(() => start() && !start()!.disabled, 'Measure accuracy offered');
    start()!.click();
    await until(() => kinds().length, 'notice', 6000);
    await settle();
    expect(kinds()).to.deep.equal(['accuracy-measured']);
    expect(notices[0]!.detail).to.include({ variant: 'success', modelId: '1' });
    expect(notices[0]!.detail.modelName).to.equal('Medical EN');
  });
});

describe('uploads: one notice when the files being uploaded have ended', () => {
  it('two files dropped on the details in a page, one failing: one warning notice and one toast', async () => {
    const api = track(
      new RecordingApi({ models: [model('1', 'Medical EN', 1)], datasets: { '1': [] } }),
    );
    api.fail('uploadDataset', 'server', 'Storage is full.', {
      when: (args) => (args[1] as File).name === 'b.vtt',
    });
    const { notices, kinds } = listen();
    const page = await mountPage(api, '1');
    await until(
      () =>
        page
          .shadowRoot!.querySelector('custom-model-details')
          ?.shadowRoot?.querySelector('[part="upload"]')
          ?.shadowRoot?.querySelector('[part="drop-zone"]'),
      'drop zone',
    );
    const upload = page
      .shadowRoot!.querySelector('custom-model-details')!
      .shadowRoot!.querySelector('[part="upload"]')!;
    const transfer = new DataTransfer();
    transfer.items.add(goodFile('a.wav', 4000));
    transfer.items.add(goodFile('b.vtt', 300));
    const zone = upload.shadowRoot!.querySelector('[part="drop-zone"]')!;
    for (const type of ['dragenter', 'dragover', 'drop']) {
      zone.dispatchEvent(
        new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    }
    await until(() => kinds().length, 'notice', 6000);
    await until(() => toastsOf(page).length, 'toast');
    await settle();
    expect(api.callsOf('uploadDataset')).to.have.length(2);
    expect(kinds()).to.deep.equal(['datasets-uploaded']);
    expect(notices[0]!.detail).to.include({
      variant: 'warning',
      message: '1 file uploaded, 1 failed.',
      modelId: '1',
      modelName: 'Medical EN',
    });
    expect(toastsOf(page)).to.deep.equal(['1 file uploaded, 1 failed.']);
  });
});

describe('a training run that ends: told once, by the outermost view that tells notices', () => {
  it('page and details together: one notice, one toast, one model-training-ended', async function () {
    this.timeout(8000);
    const api = endingRun();
    const { notices, kinds, ended } = listen();
    const page = await mountPage(api, '1');
    await until(() => toastsOf(page).length, 'toast', 6000);
    await settle();
    expect(kinds()).to.deep.equal(['training-succeeded']);
    expect(notices[0]!.detail).to.include({ variant: 'success', modelId: '1' });
    expect(toastsOf(page)).to.deep.equal([
      'Training of "Medical EN" completed successfully. The model is ready to use.',
    ]);
    expect(ended).to.have.length(1);
    // Success is said once (issue 24 #7): by the toast; the status panel shows the state.
    const details = page.shadowRoot!.querySelector<CustomModelDetails>('custom-model-details')!;
    await until(() => details.shadowRoot!.querySelector('[data-status="4"]'), 'Success shown');
    expect(details.shadowRoot!.querySelector('.outcome')).to.equal(null);
  });

  it('page and details together, cancelled by the host: no toast, the host says it', async function () {
    this.timeout(8000);
    const api = endingRun();
    const { kinds } = listen({ cancel: true });
    const page = await mountPage(api, '1');
    await until(() => kinds().length, 'notice', 6000);
    await settle();
    await page.updateComplete;
    expect(kinds()).to.deep.equal(['training-succeeded']);
    expect(toastsOf(page)).to.deep.equal([]);
    // The host took the notice to say it itself: the details do not say it again.
    const details = page.shadowRoot!.querySelector<CustomModelDetails>('custom-model-details')!;
    await until(() => details.shadowRoot!.querySelector('[data-status="4"]'), 'Success shown');
    expect(details.shadowRoot!.querySelector('.outcome')).to.equal(null);
  });

  it('the list shown (details closed): one notice and one toast for a run that ends', async function () {
    this.timeout(8000);
    const api = endingRun();
    const { kinds, ended } = listen();
    const page = await mountPage(api);
    await until(() => toastsOf(page).length, 'toast', 6000);
    await settle();
    expect(kinds()).to.deep.equal(['training-succeeded']);
    expect(toastsOf(page)).to.have.length(1);
    expect(ended).to.have.length(1);
  });

  it('details alone: the notice still goes out, once, with its kind', async function () {
    this.timeout(8000);
    const api = endingRun();
    const { notices, kinds } = listen();
    const details = await fixture<CustomModelDetails>(
      html`<custom-model-details .api=${api} model-id="1"></custom-model-details>`,
    );
    await until(() => kinds().length, 'notice', 6000);
    await settle();
    expect(kinds()).to.deep.equal(['training-succeeded']);
    expect(notices[0]!.detail).to.include({
      variant: 'success',
      modelId: '1',
      modelName: 'Medical EN',
      message: 'Training of "Medical EN" completed successfully. The model is ready to use.',
    });
    expect(notices[0]!.target).to.equal(details);
    await until(() => details.shadowRoot!.querySelector('.outcome'), 'inline outcome');
  });

  it('details in a provider: one notice and one model-training-ended', async function () {
    this.timeout(8000);
    const api = endingRun();
    const { kinds, ended } = listen();
    await fixture(
      html`<custom-models-provider .api=${api}>
        <custom-model-details model-id="1"></custom-model-details>
        <models-grid></models-grid>
      </custom-models-provider>`,
    );
    await until(() => kinds().length && ended.length, 'notice and event', 6000);
    await settle();
    expect(kinds()).to.deep.equal(['training-succeeded']);
    expect(ended).to.have.length(1);
    expect(ended[0]!.detail.outcome).to.equal('success');
  });

  it('a page inside a provider: still one notice, one toast, one event', async function () {
    this.timeout(8000);
    const api = endingRun();
    const { kinds, ended } = listen();
    const provider = await fixture(
      html`<custom-models-provider .api=${api}
        ><custom-models-page model-id="1"></custom-models-page
      ></custom-models-provider>`,
    );
    const page = provider.querySelector<CustomModelsPage>('custom-models-page')!;
    await until(() => toastsOf(page).length, 'toast', 6000);
    await settle();
    expect(kinds()).to.deep.equal(['training-succeeded']);
    expect(toastsOf(page)).to.have.length(1);
    expect(ended).to.have.length(1);
  });
});

describe('the grid’s session error', () => {
  const failingSession = () => {
    const api = track(new RecordingApi({ models: [model('1', 'Medical EN')] }));
    api.fail('getSession', 'network', 'The service could not be reached.');
    return api;
  };

  it('a grid on its own says the organization could not be loaded', async () => {
    const grid = await fixture<ModelsGrid>(
      html`<models-grid .api=${failingSession()}></models-grid>`,
    );
    await until(() => textOf(grid.shadowRoot).includes('could not be reached'), 'error shown');
  });

  it('a grid told with hide-session-error leaves it to whoever shows it', async () => {
    const api = failingSession();
    const grid = await fixture<ModelsGrid>(
      html`<models-grid .api=${api} hide-session-error></models-grid>`,
    );
    await until(() => grid.shadowRoot!.querySelector('tbody tr[data-id]'), 'rows');
    await until(() => api.callsOf('getSession').length, 'session asked');
    await settle();
    await grid.updateComplete;
    expect(textOf(grid.shadowRoot)).not.to.contain('could not be reached');
    grid.hideSessionError = false;
    await until(() => textOf(grid.shadowRoot).includes('could not be reached'), 'shown again');
  });

  it('the page says it once, above the grid, and tells its grid not to', async () => {
    const page = await mountPage(failingSession());
    const grid = page.shadowRoot!.querySelector<ModelsGrid>('models-grid')!;
    await until(() => textOf(page.shadowRoot).includes('could not be reached'), 'page says it');
    await grid.updateComplete;
    expect(grid.hideSessionError).to.equal(true);
    expect(textOf(grid.shadowRoot)).not.to.contain('could not be reached');
  });
});

describe('the store reports the fact', () => {
  it('tells every subscriber once per run, and no one who left', async () => {
    const api = endingRun(150);
    const store = CustomModelsStore.for(api);
    const first: TrainingEnded[] = [];
    const second: TrainingEnded[] = [];
    const gone: TrainingEnded[] = [];
    store.onTrainingEnded((ended) => first.push(ended));
    store.onTrainingEnded((ended) => second.push(ended));
    store.onTrainingEnded((ended) => gone.push(ended))();
    await store.loadModel('1');
    await until(async () => (await store.loadModel('1')).trainingStatus === 4, 'run ended');
    await store.loadModel('1');
    await store.loadPage({ page: 1, pageSize: 25 });
    await settle();
    for (const told of [first, second]) {
      expect(told.map(({ model, outcome }) => [model.id, outcome])).to.deep.equal([
        ['1', 'success'],
      ]);
    }
    expect(gone).to.deep.equal([]);
  });
});

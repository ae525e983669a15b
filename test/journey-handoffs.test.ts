/**
 * Issue 24's hand-offs between screens, each as the user met it: the model just created is out of
 * sight (#1), "Next step" and "Train the Language" ignore uploaded data (#3), Success is said three
 * times with no action after it (#7), and retrying a failed run with the same data does not ask (#9).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type SlButton from '@shoelace-style/shoelace/dist/components/button/button.component.js';
import type SlInput from '@shoelace-style/shoelace/dist/components/input/input.component.js';
import type SlSelect from '@shoelace-style/shoelace/dist/components/select/select.component.js';
import '../src/custom-models-page.js';
import '../src/custom-model-details.js';
import type { CustomModelsPage } from '../src/custom-models-page.js';
import type { CustomModelDetails } from '../src/custom-model-details.js';
import type { ModelsGrid } from '../src/models-grid.js';
import { GUIDE_SHOWN_KEY } from '../src/custom-models-page/custom-models-page.component.js';
import type { CustomModel, Dataset } from '../src/api/types.js';
import type { ModelUseRequestedEvent } from '../src/index.js';
import { RecordingApi } from './helpers/recording-api.js';
import { accessibleNode, findByRole, queryAllByRole } from './helpers/by-role.js';
import { deepActiveElement, disableShoelaceAnimations, textOf, until } from './helpers/shoelace.js';
import { goodFile } from './helpers/dataset-fixtures.js';

disableShoelaceAnimations();

const LANGUAGE = { id: '1', key: 'en-gb', name: 'English' };
const model = (id: number, name: string, status = 1, extra: Partial<CustomModel> = {}) =>
  ({
    id: String(id),
    key: `cm-${id}`,
    name,
    baseLanguage: LANGUAGE,
    trainingStatus: status,
    lastModified: new Date(Date.UTC(2026, 0, 1, 0, id)).toISOString(),
    ...extra,
  }) as CustomModel;
const dataset = (id: string, name: string, kind: Dataset['kind'], sizeBytes = 2048): Dataset => ({
  id,
  name,
  kind,
  sizeBytes,
  uploadedAt: '2025-12-30T09:00:00.000Z',
});

/** Chooses files through the upload's file input, as the browser's picker does. */
async function chooseFiles(details: CustomModelDetails, files: File[]) {
  const upload = details.shadowRoot!.querySelector('dataset-upload')!;
  await until(() => upload.shadowRoot?.querySelector('input[type="file"]'), 'file input');
  const input = upload.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

// Within a pixel: scroll offsets are whole pixels, so a box on a fractional y (text lines of
// 0.875rem × 1.8) brought into view by scrollIntoView can end a fraction of a pixel past the edge.
const inViewport = (element: Element) => {
  const box = element.getBoundingClientRect();
  return box.height > 0 && box.top >= -1 && box.bottom <= window.innerHeight + 1;
};

let api: RecordingApi;
beforeEach(() => localStorage.setItem(GUIDE_SHOWN_KEY, 'true'));
afterEach(async () => {
  api?.dispose();
  localStorage.removeItem(GUIDE_SHOWN_KEY);
  await setViewport({ width: 800, height: 600 });
});

describe('issue 24 #1: after Create, the new model is in view and marked', () => {
  async function mountPage() {
    // 30 models: with 25 rows a page, a new one lands on page 2 (the server's order: the end).
    api = new RecordingApi({
      models: Array.from({ length: 30 }, (_, i) =>
        model(i + 1, `Model ${String(i + 1).padStart(2, '0')}`),
      ),
      organization: {},
    });
    const page = await fixture<CustomModelsPage>(
      html`<custom-models-page .api=${api}></custom-models-page>`,
    );
    const grid = page.shadowRoot!.querySelector<ModelsGrid>('models-grid')!;
    await until(() => grid.shadowRoot?.querySelector('tbody tr[data-id]'), 'rows shown');
    return { page, grid };
  }

  async function create(page: CustomModelsPage, name: string) {
    const button = [
      ...page.shadowRoot!.querySelectorAll<SlButton>('[part="header"] sl-button'),
    ].find((b) => textOf(b) === 'New Custom Model')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = page.shadowRoot!.querySelector('create-model-dialog')!;
    await until(() => dialog.shadowRoot?.querySelector('sl-select'), 'dialog ready');
    const input = dialog.shadowRoot!.querySelector<SlInput>('sl-input')!;
    await until(() => input.matches(':focus-within'), 'name focused');
    await sendKeys({ type: name });
    const select = dialog.shadowRoot!.querySelector<SlSelect>('sl-select')!;
    select.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => select.open, 'language list open');
    await sendKeys({ press: 'Enter' });
    await until(() => select.value !== '', 'language chosen');
    dialog.shadowRoot!.querySelector<SlButton>('sl-button[type="submit"]')!.click();
    return dialog as HTMLElement & { open: boolean };
  }

  const rowNamed = (grid: ModelsGrid, name: string) =>
    [...grid.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr[data-id]')].find(
      (row) => textOf(row.querySelector('.name')) === name,
    );

  it('shows the page that holds it, marks its row "New" for screen readers too, focuses it', async () => {
    await setViewport({ width: 1280, height: 800 });
    const { page, grid } = await mountPage();
    const dialog = await create(page, 'Finance EN');
    await until(() => !dialog.open, 'dialog closed');
    await until(() => rowNamed(grid, 'Finance EN'), 'the new model on screen', 6000);
    expect(grid.page, 'the page that holds it').to.equal(2);
    const row = rowNamed(grid, 'Finance EN')!;
    expect(row.hasAttribute('data-new')).to.equal(true);
    const name = await accessibleNode(row.querySelector('td.c-name')!);
    expect(name?.name, 'said, not only coloured').to.equal('Finance EN New');
    const edit = row.querySelector('[data-action="edit"]')!;
    await until(() => deepActiveElement() === edit, 'focus on its row, one Enter from it');
    const node = await accessibleNode(edit);
    expect(node).to.include({ name: 'Edit Finance EN', description: 'New' });
    const box = grid.shadowRoot!.querySelector('.scroll, .table-scroll, table')!;
    expect(inViewport(row) || box.contains(row), 'in view').to.equal(true);
    expect(inViewport(row)).to.equal(true);
    // Only that row is marked.
    expect(grid.shadowRoot!.querySelectorAll('tr[data-new]')).to.have.length(1);
  });

  it('keeps the mark through sorting and paging, and drops it once a model is opened', async () => {
    const { page, grid } = await mountPage();
    const dialog = await create(page, 'Aaa first');
    await until(() => !dialog.open, 'dialog closed');
    await until(() => rowNamed(grid, 'Aaa first'), 'the new model on screen', 6000);
    const sort = await findByRole(grid, 'button', { name: /^Name/ });
    sort.click();
    await until(() => grid.page === 1 && rowNamed(grid, 'Aaa first'), 'sorted by name: page 1');
    expect(rowNamed(grid, 'Aaa first')!.hasAttribute('data-new')).to.equal(true);
    expect(grid.shadowRoot!.querySelectorAll('tr[data-new]')).to.have.length(1);
    (await findByRole(grid, 'button', { name: 'Next page' })).click();
    await until(() => grid.page === 2 && !rowNamed(grid, 'Aaa first'), 'page 2');
    expect(grid.shadowRoot!.querySelectorAll('tr[data-new]')).to.have.length(0);
    (await findByRole(grid, 'button', { name: 'Previous page' })).click();
    await until(() => rowNamed(grid, 'Aaa first'), 'back on page 1');
    expect(rowNamed(grid, 'Aaa first')!.hasAttribute('data-new')).to.equal(true);
    // The user moves on: opens it (its upload is there), then comes back.
    (rowNamed(grid, 'Aaa first')!.querySelector('[data-action="edit"]') as HTMLElement).click();
    await until(() => page.modelId, 'details open');
    // Its "created" toast offered to open it: done, so it goes.
    const openOffers = [...page.shadowRoot!.querySelectorAll('[part="toast"]')].filter((t) =>
      textOf(t).includes('Open "Aaa first"'),
    );
    expect(openOffers).to.have.length(0);
    page.modelId = '';
    await page.updateComplete;
    await grid.updateComplete;
    expect(grid.shadowRoot!.querySelectorAll('tr[data-new]')).to.have.length(0);
  });
});

describe('issue 24 #3: after an upload, "Next step" and "Train the Language" follow the data', () => {
  it('says to train the uploaded files, with Train right under the Datasets, in view', async () => {
    await setViewport({ width: 1280, height: 800 });
    api = new RecordingApi({ models: [model(1, 'Medical EN')], organization: {} });
    const details = await fixture<CustomModelDetails>(
      html`<custom-model-details .api=${api} model-id="1"></custom-model-details>`,
    );
    await until(() => details.shadowRoot!.querySelector('.next'), 'status panel');
    const next = () => textOf(details.shadowRoot!.querySelector('.next'));
    expect(next()).to.equal(
      'Upload your datasets below, then choose "Train the Language" to start training.',
    );
    const upload = details.shadowRoot!.querySelector('dataset-upload')!;
    upload.scrollIntoView({ block: 'end' });
    await chooseFiles(details, [goodFile('talk.wav', 2048), goodFile('talk.txt')]);
    await until(() => api.callsOf('uploadDataset').length === 2, 'both uploaded', 6000);
    await until(() => (details.datasets?.length ?? 0) === 2, 'in the datasets', 6000);
    await details.updateComplete;
    expect(next()).to.equal(
      'Your datasets are uploaded. Choose "Train the Language" below them to start training, or upload more files first.',
    );
    const train = await findByRole(details, 'button', { name: 'Train the Language' });
    // The user uploaded at the bottom of the Datasets section: Train is in view there.
    upload.scrollIntoView({ block: 'end' });
    expect(inViewport(train), 'Train in view after uploading at the bottom').to.equal(true);
    // At the end of the section, it rests right under it (not above, with the status).
    const section = details.shadowRoot!.querySelector('[part="datasets"]')!;
    window.scrollTo(0, document.documentElement.scrollHeight);
    const datasets = section.getBoundingClientRect();
    const button = train.getBoundingClientRect();
    expect(button.top, 'below the Datasets section').to.be.at.least(datasets.bottom);
    expect(button.top - datasets.bottom, 'right under it').to.be.below(48);
    const status = details.shadowRoot!.querySelector('[part="status-panel"]')!;
    expect(status.contains(train)).to.equal(false);
  });
});

describe('issue 24 #7: Success says it once, and offers what comes next', () => {
  /** A model whose run ends (Success) while its details are shown in the page. */
  async function succeedInPage(attributes: { href?: string; event?: boolean } = {}) {
    api = new RecordingApi({
      models: [model(1, 'Medical EN')],
      datasets: {
        '1': [dataset('d1', 'talk.wav', 'audio'), dataset('d2', 'talk.txt', 'transcript')],
      },
      organization: {},
      trainingTimeMs: 200,
    });
    const page = await fixture<CustomModelsPage>(
      html`<custom-models-page
        .api=${api}
        model-id="1"
        use-model-href=${attributes.href ?? ''}
        ?use-model-event=${attributes.event ?? false}
      ></custom-models-page>`,
    );
    const details = await (async () => {
      await until(() => page.shadowRoot!.querySelector('custom-model-details'), 'details');
      return page.shadowRoot!.querySelector<CustomModelDetails>('custom-model-details')!;
    })();
    await until(() => details.model, 'model loaded');
    await details.startTraining();
    await until(() => details.model?.trainingStatus === 4, 'training succeeds', 6000);
    await until(() => page.shadowRoot!.querySelector('[part="toast"]'), 'toast');
    await details.updateComplete;
    return { page, details };
  }

  it('one confirmation (the toast); the panel keeps the state without repeating it', async () => {
    const { page, details } = await succeedInPage();
    const said = 'completed successfully';
    const all = textOf(page.shadowRoot) + textOf(details.shadowRoot);
    expect(all.split(said).length - 1, `"${said}" said once`).to.equal(1);
    expect(details.shadowRoot!.querySelector('.outcome')).to.equal(null);
    expect(textOf(details.shadowRoot!.querySelector('.meaning'))).to.equal(
      'This model is trained: transcriptions can use it in place of its base language.',
    );
  });

  it('"Go to Accuracy" takes the user to its "Measure accuracy"', async () => {
    const { details } = await succeedInPage();
    const panel = details.shadowRoot!.querySelector('[part="status-panel"]')!;
    await until(
      async () => (await queryAllByRole(panel, 'button', { name: 'Go to Accuracy' })).length === 1,
      'Go to Accuracy in the next step',
    );
    const [measure] = await queryAllByRole(panel, 'button', { name: 'Go to Accuracy' });
    await until(() => details.shadowRoot!.querySelector('[part="accuracy"]'), 'Accuracy section');
    measure!.click();
    const section = details.shadowRoot!.querySelector('[part="accuracy"]')!;
    await until(() => section.contains(details.shadowRoot!.activeElement), 'focus in Accuracy');
    const focused = details.shadowRoot!.activeElement!;
    expect(focused.matches('.start-evaluation'), 'on its "Measure accuracy"').to.equal(true);
    expect(inViewport(focused), 'in view').to.equal(true);
  });

  it('"Use this model" is the host\'s link, filled in, firing a cancelable model-use-requested first', async () => {
    const { page, details } = await succeedInPage({ href: '/transcribe?model={key}&id={id}' });
    const use = await findByRole(details, 'link', { name: 'Use this model' });
    expect(use.getAttribute('href')).to.equal('/transcribe?model=cm-1&id=1');
    const heard: ModelUseRequestedEvent[] = [];
    page.addEventListener('model-use-requested', (event) => {
      heard.push(event);
      event.preventDefault(); // the host routes itself
    });
    const before = location.href;
    use.click();
    expect(heard).to.have.length(1);
    // Exported from the root entry, recognised by its brand (another copy's event too).
    const { ModelUseRequestedEvent: EventClass } = await import('../src/index.js');
    expect(EventClass.is(heard[0])).to.equal(true);
    expect(heard[0]!.detail).to.deep.equal({ id: '1', key: 'cm-1', name: 'Medical EN' });
    expect(heard[0]!.cancelable && heard[0]!.composed && heard[0]!.bubbles).to.equal(true);
    expect(location.href, 'the link not followed once cancelled').to.equal(before);
  });

  it('without a link, offers "Use this model" only to a host that handles the event', async function () {
    this.timeout(20000);
    const plain = await succeedInPage();
    expect(
      await queryAllByRole(plain.details, 'button', { name: 'Use this model' }),
    ).to.have.length(0);
    expect(await queryAllByRole(plain.details, 'link', { name: 'Use this model' })).to.have.length(
      0,
    );
    api.dispose();
    const handled = await succeedInPage({ event: true });
    const heard: ModelUseRequestedEvent[] = [];
    handled.page.addEventListener('model-use-requested', (event) => heard.push(event));
    (await findByRole(handled.details, 'button', { name: 'Use this model' })).click();
    expect(heard.map((event) => event.detail.key)).to.deep.equal(['cm-1']);
  });
});

describe('issue 24 #9: retrying a failed run with unchanged data asks first', () => {
  async function failed(lang = 'en') {
    api = new RecordingApi({
      models: [
        model(1, 'Medical EN', 5, {
          statusMessage: 'Training failed: transcript "session-12.txt" is empty.',
          statusCode: 'empty-transcript',
        }),
      ],
      datasets: {
        '1': [
          dataset('d1', 'session-12.wav', 'audio'),
          dataset('d2', 'session-12.txt', 'transcript', 0),
        ],
      },
      organization: {},
    });
    const details = await fixture<CustomModelDetails>(
      html`<custom-model-details .api=${api} model-id="1" lang=${lang}></custom-model-details>`,
    );
    await until(() => details.datasets?.length === 2, 'datasets');
    await details.updateComplete;
    return details;
  }

  it('asks "Train again with the same data?" with the reason; Cancel starts nothing', async () => {
    const details = await failed();
    (await findByRole(details, 'button', { name: 'Train the Language' })).click();
    await findByRole(details, 'dialog', { name: 'Train again with the same data?' });
    const confirm = details.shadowRoot!.querySelector(
      'custom-models-confirm-dialog:has(.train-dialog), custom-models-confirm-dialog[dialog-class="train-dialog"]',
    )!;
    const dialog = confirm.shadowRoot?.querySelector('sl-dialog') ?? confirm;
    expect(textOf(dialog)).to.contain('no dataset has been added or removed since');
    expect(textOf(dialog)).to.contain('Why it failed: A transcript is empty.');
    (await findByRole(details, 'button', { name: 'Cancel' })).click();
    await until(async () => (await queryAllByRole(details, 'dialog')).length === 0, 'closed');
    expect(api.callsOf('startTraining')).to.have.length(0);
    // Asked, the user may still train again.
    (await findByRole(details, 'button', { name: 'Train the Language' })).click();
    (await findByRole(details, 'button', { name: 'Train again anyway' })).click();
    await until(() => api.callsOf('startTraining').length === 1, 'started when confirmed');
  });

  it('in Dutch, French and German too', async function () {
    this.timeout(20000);
    await Promise.all([
      import('../src/translations/nl.js'),
      import('../src/translations/fr.js'),
      import('../src/translations/de.js'),
    ]);
    for (const [lang, title, reason] of [
      ['nl', 'Opnieuw trainen met dezelfde data?', 'Waarom het mislukte:'],
      ['fr', 'Réentraîner avec les mêmes données\u202f?', 'Cause de l’échec'],
      ['de', 'Mit denselben Daten erneut trainieren?', 'Grund des Fehlers:'],
    ] as const) {
      api?.dispose();
      const details = await failed(lang);
      details.shadowRoot!.querySelector<SlButton>('[part="train-button"]')!.click();
      await findByRole(details, 'dialog', { name: title });
      const confirm = details.shadowRoot!.querySelector(
        'custom-models-confirm-dialog:has(.train-dialog), custom-models-confirm-dialog[dialog-class="train-dialog"]',
      )!;
      const dialog = confirm.shadowRoot?.querySelector('sl-dialog') ?? confirm;
      expect(textOf(dialog)).to.contain(reason);
    }
  });

  it('once a dataset was removed since the failure, trains without asking', async () => {
    const details = await failed();
    (await findByRole(details, 'button', { name: 'Delete session-12.txt' })).click();
    (await findByRole(details, 'button', { name: 'Delete' })).click();
    await until(() => details.datasets?.length === 1, 'removed');
    await details.updateComplete;
    (await findByRole(details, 'button', { name: 'Train the Language' })).click();
    // The plan's usual confirmation (credits), not the "same data" one.
    await findByRole(details, 'dialog', { name: 'Start training?' });
    (await findByRole(details, 'button', { name: 'Start training' })).click();
    await until(() => api.callsOf('startTraining').length === 1, 'started');
  });
});

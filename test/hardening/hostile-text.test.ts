import { expect, fixture, html } from '@open-wc/testing';
import '../../src/custom-models-provider.js';
import '../../src/custom-models-page.js';
import '../../src/custom-model-details.js';
import '../../src/create-model-dialog.js';
import '../../src/dataset-upload.js';
import type { CustomModelsPage } from '../../src/custom-models-page.js';
import type { CustomModelDetails } from '../../src/custom-model-details.js';
import type { CreateModelDialog } from '../../src/create-model-dialog.js';
import type { DatasetUpload } from '../../src/dataset-upload.js';
import type { DeleteModelDialog } from '../../src/delete-model-dialog.js';
import type { ModelsGrid } from '../../src/models-grid.js';
import { GUIDE_SHOWN_KEY } from '../../src/custom-models-page/custom-models-page.component.js';
import type { CustomModel, Dataset, Language } from '../../src/api/types.js';
import { RecordingApi } from '../helpers/recording-api.js';
import { disableShoelaceAnimations, until } from '../helpers/shoelace.js';
import { failOnErrors } from '../helpers/errors.js';
import { injectedElements, rawText } from '../helpers/dom.js';
import { HOSTILE_CORPUS, HOSTILE_STRINGS, LONGEST_WORD, xssRan } from './corpus.js';

disableShoelaceAnimations();

const GENERIC = 'Something went wrong. Please try again.';
/** What an error alert shows for an adapter message: the message, trimmed, or the generic one. */
const shownMessage = (message: string) => message.trim() || GENERIC;

/** A language whose key Intl cannot name, so the hostile name itself is shown. */
const hostileLanguage = (i: number): Language => ({
  id: `l${i}`,
  key: `x${i}`,
  name: HOSTILE_STRINGS[i]!,
});

const hostileModel = (value: string, i: number): CustomModel => ({
  id: `h${i}`,
  key: value,
  name: value,
  baseLanguage: hostileLanguage(i),
  trainingStatus: 5,
  lastModified: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
  statusMessage: value,
});

const hostileDataset = (value: string, i: number): Dataset => ({
  id: `d${i}`,
  name: value,
  kind: 'transcript',
  sizeBytes: 10,
  uploadedAt: '2026-01-01T00:00:00.000Z',
});

function assertInert(root: Node) {
  expect(xssRan(), 'a payload ran').to.equal(false);
  const injected = injectedElements(root).map((element) => element.outerHTML.slice(0, 80));
  expect(injected, 'elements parsed from data').to.deep.equal([]);
}

describe('hardening: hostile text', () => {
  failOnErrors();
  let api: RecordingApi | undefined;

  before(() => {
    expect(HOSTILE_CORPUS.length).to.be.greaterThanOrEqual(30);
  });
  beforeEach(() => {
    delete (window as { __xss?: unknown }).__xss;
    localStorage.setItem(GUIDE_SHOWN_KEY, 'true');
  });
  afterEach(() => {
    api?.dispose();
    api = undefined;
    localStorage.removeItem(GUIDE_SHOWN_KEY);
    delete (window as { __xss?: unknown }).__xss;
  });

  async function mountPage() {
    api = new RecordingApi({
      models: HOSTILE_STRINGS.map(hostileModel),
      languages: HOSTILE_STRINGS.map((_, i) => hostileLanguage(i)),
      datasets: Object.fromEntries(
        HOSTILE_STRINGS.map((v, i) => [`h${i}`, [hostileDataset(v, i)]]),
      ),
    });
    const page = await fixture<CustomModelsPage>(
      html`<div style="width: 1000px">
        <custom-models-page .api=${api}></custom-models-page>
      </div>`,
    ).then((wrapper) => wrapper.querySelector<CustomModelsPage>('custom-models-page')!);
    const root = page.shadowRoot!;
    const grid = root.querySelector<ModelsGrid>('models-grid')!;
    grid.pageSize = 50;
    const rows = () => [
      ...grid.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr[data-id]'),
    ];
    await until(() => rows().length === HOSTILE_STRINGS.length, 'every hostile model listed');
    return { page, root, grid, rows };
  }

  it('lists every hostile name, key and language in the grid as text', async () => {
    const { page, grid, rows } = await mountPage();
    // The Key column, hidden by default (and then not rendered), shown as from the Columns menu.
    grid.hiddenColumns = [];
    await grid.updateComplete;
    for (const [i, value] of HOSTILE_STRINGS.entries()) {
      const row = rows().find((r) => r.dataset.id === `h${i}`)!;
      const attack = HOSTILE_CORPUS[i]!.attack;
      expect(row.querySelector('.open.name')!.textContent, attack).to.equal(value);
      expect(row.querySelector('.open.key')!.textContent, attack).to.equal(value);
      expect(row.querySelector('.open.language')!.textContent, attack).to.contain(value);
      // The full name is available even when the cell truncates it.
      expect(row.querySelector('.open.name')!.getAttribute('title'), attack).to.equal(value);
    }
    assertInert(page);
  });

  it('truncates a 10,000-character name in the grid and keeps the actions on screen', async () => {
    const { page, rows } = await mountPage();
    const index = HOSTILE_STRINGS.indexOf(LONGEST_WORD);
    const row = rows().find((r) => r.dataset.id === `h${index}`)!;
    const name = row.querySelector<HTMLElement>('.open.name')!;
    const style = getComputedStyle(name);
    expect(style.textOverflow).to.equal('ellipsis');
    expect(style.overflow).to.equal('hidden');
    expect(name.scrollWidth).to.be.greaterThan(name.clientWidth);
    const host = page.getBoundingClientRect();
    for (const action of row.querySelectorAll('[data-action]')) {
      const box = action.getBoundingClientRect();
      expect(box.right, 'action inside the page').to.be.at.most(host.right + 1);
      expect(box.width).to.be.greaterThan(0);
    }
  });

  it('shows hostile names in the delete confirmation and hostile messages in toasts', async () => {
    const { page, root, rows } = await mountPage();
    const dialog = () => root.querySelector<DeleteModelDialog>('delete-model-dialog')!;
    await until(() => rows()[0]!.querySelector('[data-action="delete"]'), 'delete offered');
    for (const value of [HOSTILE_STRINGS[0]!, HOSTILE_STRINGS[3]!, LONGEST_WORD]) {
      const row = rows().find((r) => r.querySelector('.open.name')!.textContent === value)!;
      row.querySelector<HTMLElement>('[data-action="delete"]')!.click();
      await until(() => dialog().open, 'confirmation open');
      const name = dialog().shadowRoot!.querySelector<HTMLElement>('[part="name"]')!;
      expect(name.textContent).to.equal(value);
      // A long name wraps inside the dialog instead of widening it.
      const panel = dialog()
        .shadowRoot!.querySelector('sl-dialog')!
        .shadowRoot!.querySelector('[part="panel"]')!;
      expect(name.getBoundingClientRect().right).to.be.at.most(
        panel.getBoundingClientRect().right + 1,
      );
      dialog().hide();
      await until(() => !dialog().shadowRoot!.querySelector('sl-dialog')!.open, 'closed');
    }
    // A failed delete whose message is hostile: the toast shows it as text.
    const victim = HOSTILE_STRINGS[2]!;
    api!.fail('deleteModel', 'conflict', HOSTILE_STRINGS[1]!, { times: 1 });
    rows()
      .find((r) => r.querySelector('.open.name')!.textContent === victim)!
      .querySelector<HTMLElement>('[data-action="delete"]')!
      .click();
    await until(() => dialog().open, 'confirmation open');
    dialog().shadowRoot!.querySelector<HTMLElement>('sl-button[variant="danger"]')!.click();
    const toastText = () =>
      [...root.querySelectorAll('[part="toast"] .message')].map((m) => m.textContent);
    await until(() => toastText().length === 1, 'failure toast');
    expect(toastText()[0]).to.contain(victim).and.to.contain(HOSTILE_STRINGS[1]!);

    for (const value of HOSTILE_STRINGS) page.notify('danger', value);
    await page.updateComplete;
    assertInert(page);
    // Two toasts show at once, the others wait their turn: close each in turn and read them all.
    const seen: string[] = [];
    for (let first = root.querySelector('[part="toast"]'); first;) {
      seen.push(first.querySelector('.message')!.textContent!);
      first.querySelector<HTMLElement>('sl-icon-button')!.click();
      await page.updateComplete;
      first = root.querySelector('[part="toast"]');
    }
    expect(seen.slice(1)).to.deep.equal([...HOSTILE_STRINGS]);
    assertInert(page);
  });

  it('shows hostile adapter messages in the grid error as text', async () => {
    const { page, grid } = await mountPage();
    const message = () => grid.shadowRoot!.querySelector('.error-message');
    for (const value of HOSTILE_STRINGS) {
      api!.reset().fail('listModels', 'server', value);
      await grid.refresh();
      await grid.updateComplete;
      expect(message()?.textContent, JSON.stringify(value.slice(0, 40))).to.equal(
        shownMessage(value),
      );
    }
    assertInert(page);
  });

  it('shows hostile model names, keys, messages and file names in the details', async () => {
    api = new RecordingApi({
      models: HOSTILE_STRINGS.map(hostileModel),
      datasets: Object.fromEntries(
        HOSTILE_STRINGS.map((v, i) => [`h${i}`, [hostileDataset(v, i)]]),
      ),
    });
    const wrapper = await fixture(
      html`<div style="width: 900px">
        <custom-models-provider .api=${api}>
          <custom-model-details></custom-model-details>
        </custom-models-provider>
      </div>`,
    );
    const el = wrapper.querySelector<CustomModelDetails>('custom-model-details')!;
    const $ = (selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
    for (const [i, value] of HOSTILE_STRINGS.entries()) {
      el.modelId = `h${i}`;
      await until(() => el.model?.id === `h${i}` && el.datasets, `model h${i} shown`);
      await el.updateComplete;
      const attack = HOSTILE_CORPUS[i]!.attack;
      expect($('h2.name')!.textContent, attack).to.equal(value);
      expect($('.key')!.textContent, attack).to.equal(value);
      expect($('.status-message')!.textContent, attack).to.equal(value);
      expect($('.language')!.textContent, attack).to.equal(value);
      expect($('tr[data-id] .file-name')!.textContent, attack).to.equal(value);
      // Nothing pushes the page sideways: a long name wraps inside its panel.
      const header = $('[part="header"]')!;
      const wide = [...header.querySelectorAll('*')]
        .filter((e) => e.getBoundingClientRect().right > header.getBoundingClientRect().right + 1)
        .map((e) => `${e.localName}.${e.className} ${e.getBoundingClientRect().width}`);
      expect(wide, attack).to.deep.equal([]);
      expect(header.scrollWidth, attack).to.be.at.most(header.clientWidth + 1);
      expect($('.rename')!.getBoundingClientRect().right).to.be.at.most(
        header.getBoundingClientRect().right + 1,
      );
    }
    assertInert(wrapper);
  });

  it('shows hostile language names and create failures in the create dialog as text', async () => {
    api = new RecordingApi({
      models: [],
      languages: HOSTILE_STRINGS.map((_, i) => hostileLanguage(i)),
    });
    const provider = await fixture(
      html`<custom-models-provider .api=${api}>
        <create-model-dialog open></create-model-dialog>
      </custom-models-provider>`,
    );
    const dialog = provider.querySelector<CreateModelDialog>('create-model-dialog')!;
    await until(() => dialog.shadowRoot!.querySelector('sl-option'), 'languages listed');
    const options = [...dialog.shadowRoot!.querySelectorAll('sl-option')];
    expect(options.map((o) => o.textContent)).to.deep.equal([...HOSTILE_STRINGS]);

    const input = dialog.shadowRoot!.querySelector<HTMLElement & { value: string }>('sl-input')!;
    input.value = 'A fine name';
    input.dispatchEvent(new CustomEvent('sl-input', { bubbles: true, composed: true }));
    const select = dialog.shadowRoot!.querySelector<HTMLElement & { value: string }>('sl-select')!;
    select.value = 'l0';
    select.dispatchEvent(new CustomEvent('sl-change', { bubbles: true, composed: true }));
    await until(() => dialog.shadowRoot!.querySelector('sl-select[name="languageId"]'), 'loaded');
    for (const value of HOSTILE_STRINGS.slice(0, 12)) {
      // The field's sentence differs from the alert's: one said beside its field is not repeated.
      const field = `${value} (name)`;
      api.reset().fail('createModel', 'validation', value, { fieldErrors: { name: field } });
      const submit = dialog.shadowRoot!.querySelector<HTMLElement>('sl-button[type="submit"]')!;
      await until(() => !submit.hasAttribute('disabled'), 'create enabled');
      submit.click();
      await until(
        () => api!.callsOf('createModel').length && !submit.hasAttribute('loading'),
        'create settled',
      );
      await until(() => dialog.shadowRoot!.querySelector('[part="error"]'), 'error shown');
      const alert = dialog.shadowRoot!.querySelector('[part="error"]')!;
      expect(rawText(alert)).to.contain(shownMessage(value));
      const help = dialog.shadowRoot!.querySelector('sl-input .field-error');
      expect(help?.textContent?.trim()).to.equal(field.trim());
      api.calls.length = 0;
    }
    assertInert(provider);
  });

  it('shows hostile file names and upload errors in the upload list as text', async () => {
    api = new RecordingApi({ models: [hostileModel('Upload target', 0)] });
    const provider = await fixture(
      html`<div style="width: 700px">
        <custom-models-provider .api=${api}>
          <dataset-upload model-id="h0"></dataset-upload>
        </custom-models-provider>
      </div>`,
    );
    const el = provider.querySelector<DatasetUpload>('dataset-upload')!;
    await el.updateComplete;
    // File names are USVStrings: the browser itself turns a broken surrogate into U+FFFD.
    // Two broken pairs become the same name, and the second is then a duplicate: keep one.
    const names = [...new Set(HOSTILE_STRINGS.map((value) => new File([], `${value}.txt`).name))];
    // Names the upload refuses (no accepted extension) are listed with the reason, as text.
    const refusedNames = HOSTILE_STRINGS.slice(0, 10);
    el.addFiles(refusedNames.map((name) => new File(['x'], name)));
    await el.updateComplete;
    const refused = [...el.shadowRoot!.querySelectorAll('.refused-list .file-name')];
    // A name that happens to end like an accepted type is not refused; every refused one shows.
    expect(refused.map((n) => n.textContent)).to.deep.equal(
      refusedNames.filter((name) => !/\.(txt|vtt|srt|wav|mp3|m4a|flac|jsonl)$/i.test(name)),
    );
    // Accepted names upload ten at a time; one in three fails with a hostile message.
    api.fail('uploadDataset', 'server', HOSTILE_STRINGS[0]!, {
      when: ([, file]) => names.indexOf((file as File).name) % 3 === 0,
    });
    for (let start = 0; start < names.length; start += 10) {
      el.addFiles(names.slice(start, start + 10).map((name) => new File(['x'], name)));
      // Read by the pre-flight first, then queued.
      const queued = Math.min(start + 10, names.length);
      await until(() => el.queue.items.length === queued && !el.queue.busy, 'uploads settled');
    }
    await el.updateComplete;
    // Uploaded files leave the rows (the summary counts them); the failed ones stay, as text.
    const failed = names.filter((_, i) => i % 3 === 0);
    const shown = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="file"] .file-name')];
    expect(shown.map((n) => n.textContent)).to.deep.equal(failed);
    expect(shown.map((n) => n.title)).to.deep.equal(failed);
    const errors = [...el.shadowRoot!.querySelectorAll('[part="file"] .file-error')];
    expect(errors.length).to.equal(names.filter((_, i) => i % 3 === 0).length);
    for (const error of errors)
      expect(error.textContent).to.equal(shownMessage(HOSTILE_STRINGS[0]!));
    // The 10,000-character file name stays inside the element.
    const host = el.getBoundingClientRect();
    for (const item of el.shadowRoot!.querySelectorAll('[part="file"]')) {
      expect(item.getBoundingClientRect().right).to.be.at.most(host.right + 1);
    }
    assertInert(provider);
  });
});

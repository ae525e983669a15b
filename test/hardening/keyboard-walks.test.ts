import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/custom-models-page.js';
import type { CustomModelsPage } from '../../src/custom-models-page.js';
import type { CustomModelDetails } from '../../src/custom-model-details.js';
import type { CreateModelDialog } from '../../src/create-model-dialog.js';
import type { DatasetUpload } from '../../src/dataset-upload.js';
import type { ModelsGrid } from '../../src/models-grid.js';
import { GUIDE_SHOWN_KEY } from '../../src/custom-models-page/custom-models-page.component.js';
import type { CustomModel } from '../../src/api/types.js';
import { RecordingApi } from '../helpers/recording-api.js';
import {
  deepActiveElement,
  disableShoelaceAnimations,
  textOf,
  until,
} from '../helpers/shoelace.js';
import { failOnErrors } from '../helpers/errors.js';
import { goodFile } from '../helpers/dataset-fixtures.js';

disableShoelaceAnimations();

const ENGLISH = { id: '1', key: 'en-gb', name: 'English' };
const model = (i: number, status = 1): CustomModel => ({
  id: `m${i}`,
  key: `cm-${i}`,
  name: `Model ${String(i).padStart(2, '0')}`,
  baseLanguage: ENGLISH,
  trainingStatus: status,
  lastModified: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
});

/** The focused element's shadow host chain includes an element matching `selector`. */
function focusWithin(selector: string): Element | undefined {
  let node: Element | null = deepActiveElement();
  while (node) {
    if (node.matches(selector)) return node;
    const parent: Element | null = node.parentElement;
    node = parent ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  }
  return undefined;
}

/** Presses Tab (or Shift+Tab) until focus is within `selector`. */
async function tabTo(selector: string, { back = false, max = 80 } = {}): Promise<Element> {
  for (let i = 0; i < max; i++) {
    const found = focusWithin(selector);
    if (found) return found;
    if (back) {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
    } else {
      await sendKeys({ press: 'Tab' });
    }
  }
  throw new Error(
    `Tab never reached ${selector}; focus is on ${deepActiveElement()?.outerHTML.slice(0, 120)}`,
  );
}

describe('hardening: keyboard-only walks', () => {
  failOnErrors();
  let api: RecordingApi;
  beforeEach(() => localStorage.setItem(GUIDE_SHOWN_KEY, 'true'));
  afterEach(() => {
    api?.dispose();
    localStorage.removeItem(GUIDE_SHOWN_KEY);
    localStorage.removeItem('customModelsBannerDismissed');
  });

  async function mountPage(models: CustomModel[]) {
    api = new RecordingApi({ models, datasets: {} });
    const page = await fixture<CustomModelsPage>(
      html`<custom-models-page .api=${api}></custom-models-page>`,
    );
    const root = page.shadowRoot!;
    const grid = root.querySelector<ModelsGrid>('models-grid')!;
    await until(() => grid.shadowRoot!.querySelector('tbody tr[data-id]'), 'rows');
    await until(() => grid.shadowRoot!.querySelector('[data-action="delete"]'), 'role known');
    (document.activeElement as HTMLElement | null)?.blur();
    return { page, root, grid };
  }

  it('creates a model: New Custom Model, type, choose a language, Create; focus returns', async () => {
    const { root, grid } = await mountPage([model(1), model(2)]);
    await tabTo('sl-button.new-model');
    await sendKeys({ press: 'Enter' });
    const dialog = root.querySelector<CreateModelDialog>('create-model-dialog')!;
    // The dialog's module loads on demand: no shadow root until it is defined.
    await until(
      () => dialog.shadowRoot?.querySelector('sl-select[name="languageId"] sl-option'),
      'languages',
    );
    await until(() => focusWithin('sl-input[name="name"]'), 'the name field has focus');
    await sendKeys({ type: 'Keyboard EN' });
    await tabTo('sl-select[name="languageId"]');
    await sendKeys({ press: 'Enter' });
    const select = dialog.shadowRoot!.querySelector<HTMLElement & { open: boolean; value: string }>(
      'sl-select',
    )!;
    await until(() => select.open, 'options open');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await until(() => select.value !== '' && !select.open, 'a language chosen');
    await tabTo('sl-button[type="submit"]');
    await sendKeys({ press: 'Enter' });
    await until(() => !dialog.open, 'dialog closed');
    await until(
      () =>
        [...grid.shadowRoot!.querySelectorAll('.open.name')].some(
          (b) => b.textContent === 'Keyboard EN',
        ),
      'the new model listed',
    );
    // The new model is the next step: focus goes to its row, one Enter from its details (issue 24).
    await until(
      () => focusWithin('[data-new] [data-action="edit"]') !== undefined,
      "focus on the new model's row",
    );
  });

  it('deletes a model: the row action, the confirmation focused, Enter', async () => {
    const { root, grid } = await mountPage([model(1), model(2)]);
    const deleteOf = (id: string) => `tr[data-id="${id}"] [data-action="delete"]`;
    await tabTo(deleteOf('m1'));
    await sendKeys({ press: 'Enter' });
    const dialog = () => root.querySelector('delete-model-dialog')!;
    await until(() => (dialog() as unknown as { open: boolean }).open, 'confirmation open');
    await until(() => focusWithin('sl-button[variant="danger"]'), 'Delete has focus');
    expect(textOf(dialog().shadowRoot!.querySelector('[part="name"]'))).to.equal('Model 01');
    await sendKeys({ press: 'Enter' });
    await until(() => !grid.shadowRoot!.querySelector('tr[data-id="m1"]'), 'row gone');
    await until(() => root.querySelector('[part="toast"]'), 'toast');
    // The row that opened the dialog is gone: focus lands on the page heading, not on <body>.
    await until(
      () => focusWithin('h1') || focusWithin('models-grid'),
      `focus kept in the page, not on ${deepActiveElement()?.outerHTML.slice(0, 80)}`,
    );
  });

  it('Escape cancels a delete and focus returns to the row action', async () => {
    const { root, grid } = await mountPage([model(1), model(2)]);
    await tabTo('tr[data-id="m2"] [data-action="delete"]');
    await sendKeys({ press: 'Enter' });
    const dialog = () => root.querySelector('delete-model-dialog')! as unknown as { open: boolean };
    await until(() => dialog().open, 'confirmation open');
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog().open, 'closed');
    await until(
      () => focusWithin('tr[data-id="m2"] [data-action="delete"]'),
      'focus back on the action',
    );
    expect(grid.shadowRoot!.querySelector('tr[data-id="m2"]')).to.be.instanceOf(Element);
    expect(api.callsOf('deleteModel')).to.have.length(0);
  });

  it('renames in the details: open from the row (Edit), edit, Enter; then uploads by keyboard', async () => {
    const { page } = await mountPage([model(1), model(2)]);
    // The name cell is text (issue 27): the row's Edit button is the keyboard's way in.
    await tabTo('tr[data-id="m2"] [data-action="edit"]');
    await sendKeys({ press: 'Enter' });
    await until(() => page.modelId === 'm2', 'details open');
    const details = () =>
      page.shadowRoot!.querySelector<CustomModelDetails>('custom-model-details')!;
    await until(() => details()?.model, 'model loaded');
    await tabTo('.rename');
    await sendKeys({ press: 'Enter' });
    await until(() => focusWithin('.name-input'), 'the input has focus');
    // The whole name is selected: typing replaces it.
    await sendKeys({ type: 'Renamed by keyboard' });
    await sendKeys({ press: 'Enter' });
    await until(() => details().model?.name === 'Renamed by keyboard', 'renamed');
    await until(() => focusWithin('.rename'), 'focus back on the rename button');

    // Upload: keyboard to "Choose files"; the native dialog cannot be driven, so the test checks
    // that the hidden input was clicked, then gives it files as the dialog would.
    const upload = details().shadowRoot!.querySelector<DatasetUpload>('dataset-upload')!;
    const input = upload.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
    let pickerOpened = 0;
    input.addEventListener('click', (event) => {
      pickerOpened++;
      event.preventDefault();
    });
    await tabTo('sl-button.choose');
    await sendKeys({ press: 'Enter' });
    await until(() => pickerOpened === 1, 'the file picker was asked for');
    const files = new DataTransfer();
    files.items.add(goodFile('talk.vtt'));
    files.items.add(goodFile('talk.wav'));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => upload.items.length === 2 && !upload.queue.busy, 'uploaded');
    await until(() => details().datasets?.length === 2, 'datasets listed');
    expect(upload.items.map((item) => item.state)).to.deep.equal(['done', 'done']);
  });

  it('pages: Tab to "next page", Enter shows page 2', async () => {
    const { grid } = await mountPage(Array.from({ length: 60 }, (_, i) => model(i + 1)));
    // From the end of the page backwards: the pager is last.
    await tabTo('[data-page="next"]', { back: true });
    await sendKeys({ press: 'Enter' });
    await until(() => grid.page === 2, 'page 2');
    await until(() => grid.shadowRoot!.querySelector('tr[data-id="m26"]'), 'page 2 rows');
    expect(textOf(grid.shadowRoot!.querySelector('[part="range"]'))).to.contain('26');
    // Focus stays on the button, so Enter again goes on paging.
    expect(focusWithin('[data-page="next"]'), 'focus still on "next page"').to.be.instanceOf(
      Element,
    );
    await sendKeys({ press: 'Enter' });
    await until(() => grid.page === 3, 'page 3 with the same key');
    await until(() => grid.shadowRoot!.querySelector('tr[data-id="m60"]'), 'the last page');
  });
});

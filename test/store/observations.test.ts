/*
 * Issue 11's eight observations, each as a user meets it. They failed on the design where every
 * element loaded and kept its own copy of the data; they guard the shared store.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setAnimation } from '@shoelace-style/shoelace/dist/utilities/animation-registry.js';
import type SlButton from '@shoelace-style/shoelace/dist/components/button/button.component.js';
import type SlSelect from '@shoelace-style/shoelace/dist/components/select/select.component.js';
import '../../src/custom-models-provider.js';
import '../../src/custom-models-page.js';
import '../../src/custom-model-details.js';
import '../../src/custom-model-picker.js';
import '../../src/create-model-dialog.js';
import type { CustomModelsPage } from '../../src/custom-models-page.js';
import type { CustomModelDetails } from '../../src/custom-model-details.js';
import type { CustomModelPicker } from '../../src/custom-model-picker.js';
import type { CreateModelDialog } from '../../src/create-model-dialog.js';
import type { ModelsGrid } from '../../src/models-grid.js';
import type { CustomModelsGuide } from '../../src/custom-models-guide.js';
import { GUIDE_SHOWN_KEY } from '../../src/custom-models-page/custom-models-page.component.js';
import { InMemoryCustomModelsApi } from '../../src/adapters.js';
import { RecordingApi } from '../helpers/recording-api.js';
import {
  deepActiveElement,
  disableShoelaceAnimations,
  textOf,
  until,
} from '../helpers/shoelace.js';
import { ENGLISH, GOOD_DATA, model, track } from './fixtures.js';
import { statusIn } from '../helpers/dom.js';
import { accessibleNode, findByRole } from '../helpers/by-role.js';

disableShoelaceAnimations();

/** True when `node` is inside `container`, through shadow roots. */
function insideComposed(node: Node | null, container: Node): boolean {
  for (let current: Node | null = node; current;) {
    if (current === container) return true;
    const root = current.getRootNode();
    current = current.parentNode ?? (root instanceof ShadowRoot ? root.host : null);
  }
  return false;
}

async function mountPage(api: unknown) {
  localStorage.setItem(GUIDE_SHOWN_KEY, 'true');
  const page = await fixture<CustomModelsPage>(
    html`<custom-models-page .api=${api}></custom-models-page>`,
  );
  const root = page.shadowRoot!;
  const grid = root.querySelector<ModelsGrid>('models-grid')!;
  await until(() => grid.shadowRoot?.querySelector('tbody tr[data-id]'), 'rows shown');
  const row = (id: string) => grid.shadowRoot!.querySelector(`tbody tr[data-id="${id}"]`);
  const details = () => root.querySelector<CustomModelDetails>('custom-model-details');
  const openDetails = async (id: string) => {
    row(id)!.querySelector<HTMLElement>('.open.name')!.click();
    await until(() => details()?.shadowRoot?.querySelector('.name'), 'details shown');
    return details()!;
  };
  const back = async () => {
    details()!.shadowRoot!.querySelector<HTMLElement>('.back')!.click();
    await until(() => !page.modelId && !grid.closest('[hidden]'), 'list shown again');
  };
  return { page, root, grid, row, openDetails, back };
}

describe('issue 11: one source of truth', () => {
  it('1a. a rename in the details is in the list on the way back, without a reload', async () => {
    const api = track(new RecordingApi({ models: [model('1', 'Medical EN', 1)], storage: null }));
    const { row, openDetails, back } = await mountPage(api);
    const details = await openDetails('1');
    details.shadowRoot!.querySelector<HTMLElement>('.rename')!.click();
    await until(() => details.shadowRoot!.querySelector('.name-input'), 'editing');
    const input = details.shadowRoot!.querySelector<HTMLElement & { value: string }>(
      '.name-input',
    )!;
    input.focus();
    input.value = '';
    await sendKeys({ type: 'Medical EN v2' });
    await sendKeys({ press: 'Enter' });
    await until(() => !details.shadowRoot!.querySelector('.name-input'), 'saved');
    const listsBefore = api.callsOf('listModels').length;
    await back();
    expect(textOf(row('1')!.querySelector('.name'))).to.equal('Medical EN v2');
    // Shown from the shared store at once, not by asking the server again.
    expect(api.callsOf('listModels').length).to.equal(listsBefore);
  });

  it('1b. training started in the details shows in the list on the way back', async () => {
    const api = track(
      new RecordingApi({
        models: [model('1', 'Medical EN', 1)],
        datasets: { '1': GOOD_DATA },
        storage: null,
        trainingTimeMs: 60_000,
      }),
    );
    const { row, openDetails, back } = await mountPage(api);
    const details = await openDetails('1');
    details.shadowRoot!.querySelector<SlButton>('.train-button')!.click();
    await until(() => details.shadowRoot!.querySelector('.confirm-train'), 'confirmation');
    await until(
      () => (details.shadowRoot!.querySelector('.train-dialog') as { open?: boolean })?.open,
      'confirmation open',
    );
    details.shadowRoot!.querySelector<SlButton>('.confirm-train')!.click();
    await until(() => api.callsOf('startTraining').length === 1, 'training started');
    await until(
      () => details.shadowRoot!.querySelector('model-status-badge')?.getAttribute('status') === '2',
      'details show Ready to Run',
    );
    await back();
    expect(statusIn(row('1'))).to.equal('2');
  });

  it('2. a run that ends while its details are open is ended in the list too', async function () {
    this.timeout(15_000);
    // Running from the start, and the adapter drives it to its end.
    const api = track(
      new InMemoryCustomModelsApi({
        models: [{ ...model('1', 'Medical EN', 3), trainingProgress: 40 }],
        datasets: { '1': GOOD_DATA },
        storage: null,
        runSeededTraining: true,
        trainingTimeMs: 2500,
      }),
    );
    const { row, openDetails, back } = await mountPage(api);
    const details = await openDetails('1');
    expect(
      details.shadowRoot!.querySelector('model-status-badge')!.getAttribute('status'),
    ).to.equal('3');
    await until(
      () => details.shadowRoot!.querySelector('model-status-badge')?.getAttribute('status') === '4',
      'details show Success',
      10_000,
    );
    await back();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(statusIn(row('1'))).to.equal('4');
  });

  it('3. a failing session inside a provider is shown, with Retry, on the page and in the create dialog', async () => {
    const api = track(new RecordingApi({ models: [model('1', 'Medical EN', 1)], storage: null }));
    api.fail('getSession', 'server', 'The organization service is down.');
    localStorage.setItem(GUIDE_SHOWN_KEY, 'true');
    const provider = await fixture(
      html`<custom-models-provider .api=${api}
        ><custom-models-page></custom-models-page
      ></custom-models-provider>`,
    );
    const page = provider.querySelector('custom-models-page')!;
    const root = page.shadowRoot!;
    await until(() => root.querySelector('.session-error'), 'session error on the page');
    expect(textOf(root.querySelector('.session-error'))).to.contain(
      'The organization service is down.',
    );
    page.openCreateDialog();
    const dialog = root.querySelector<CreateModelDialog>('create-model-dialog')!;
    await until(() => dialog.shadowRoot!.querySelector('.session-error'), 'error in the dialog');
    expect(textOf(dialog.shadowRoot!.querySelector('form'))).not.to.contain(
      'Loading your organization',
    );
    api.reset();
    dialog.shadowRoot!.querySelector<SlButton>('.session-error sl-button')!.click();
    await until(() => !dialog.shadowRoot!.querySelector('.session-error'), 'retried');
    await until(() => !root.querySelector('.session-error'), 'the page agrees');
  });

  it('4. under lang="nl" the picker and the create dialog name a base language alike', async () => {
    const api = track(
      new RecordingApi({
        models: [model('1', 'Medical EN', 4)],
        languages: [ENGLISH],
        storage: null,
      }),
    );
    const wrapper = await fixture(
      html`<div lang="nl">
        <custom-models-provider .api=${api}>
          <custom-model-picker></custom-model-picker>
          <create-model-dialog open></create-model-dialog>
        </custom-models-provider>
      </div>`,
    );
    const picker = wrapper.querySelector<CustomModelPicker>('custom-model-picker')!;
    const dialog = wrapper.querySelector<CreateModelDialog>('create-model-dialog')!;
    await until(() => picker.shadowRoot!.querySelector('sl-option'), 'picker options');
    await until(() => dialog.shadowRoot!.querySelector('sl-option'), 'dialog options');
    const pickerLanguage = textOf(picker.shadowRoot!.querySelector('sl-option.language'));
    const dialogLanguage = textOf(dialog.shadowRoot!.querySelector('sl-option'));
    expect(dialogLanguage).to.equal('Engels');
    expect(pickerLanguage).to.equal(dialogLanguage);
    expect(textOf(picker.shadowRoot!.querySelector('sl-option.model'))).to.contain('Engels');
  });

  it('5. a Running model cannot be renamed or deleted, and says why', async () => {
    const api = track(
      new RecordingApi({
        models: [model('1', 'Medical EN', 3), model('2', 'Legal NL', 4)],
        storage: null,
      }),
    );
    const { row, openDetails } = await mountPage(api);
    const remove = row('1')!.querySelector<HTMLButtonElement>('[data-action="delete"]')!;
    expect(remove.disabled || remove.getAttribute('aria-disabled') === 'true').to.equal(true);
    const reason = remove.getAttribute('aria-describedby');
    expect(reason, 'the delete button is described by its reason').to.be.a('string');
    const describedBy = remove.getRootNode() as ShadowRoot;
    expect(textOf(describedBy.getElementById(reason!))).to.contain('training');
    // Not offered and then refused: no confirmation opens.
    remove.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(api.callsOf('deleteModel')).to.have.length(0);
    const other = row('2')!.querySelector<HTMLButtonElement>('[data-action="delete"]')!;
    expect(other.disabled).to.equal(false);

    const details = await openDetails('1');
    const rename = await findByRole(details, 'button', { name: 'Rename model' });
    expect(await accessibleNode(rename)).to.include({
      disabled: true,
      description: 'The model cannot be renamed while it is training.',
    });
    rename.click();
    details.shadowRoot!.querySelector<HTMLElement>('h2.name')!.click();
    await details.updateComplete;
    expect(details.shadowRoot!.querySelector('.name-input')).to.equal(null);
  });

  it('6. closing the create dialog mid-call aborts it, and nothing shows afterwards', async () => {
    const api = track(new RecordingApi({ models: [model('1', 'Medical EN', 1)], storage: null }));
    api.hang('createModel');
    const { root } = await mountPage(api);
    const heard: Event[] = [];
    root.addEventListener('model-created', (event) => heard.push(event));
    const page = root.host as CustomModelsPage;
    page.openCreateDialog();
    const dialog = root.querySelector<CreateModelDialog>('create-model-dialog')!;
    await until(() => dialog.shadowRoot!.querySelector('sl-select'), 'languages loaded');
    const input = dialog.shadowRoot!.querySelector<HTMLElement & { value: string }>('sl-input')!;
    input.focus();
    await sendKeys({ type: 'Sports' });
    const select = dialog.shadowRoot!.querySelector<SlSelect>('sl-select')!;
    select.value = '1';
    select.dispatchEvent(new CustomEvent('sl-change', { bubbles: true, composed: true }));
    await dialog.updateComplete;
    dialog.shadowRoot!.querySelector<SlButton>('sl-button[type="submit"]')!.click();
    await until(() => api.callsOf('createModel').length === 1, 'create sent');
    const signal = api.callsOf('createModel')[0]!.signal;
    expect(signal, 'createModel got a signal').to.be.instanceOf(AbortSignal);
    dialog.shadowRoot!.querySelector<SlButton>('sl-button.smoke')!.click();
    await until(() => !dialog.open, 'dialog closed');
    expect(signal!.aborted).to.equal(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heard).to.have.length(0);
    expect(root.querySelectorAll('[part="toast"]')).to.have.length(0);
  });

  it('6b. removing the page mid-delete aborts the delete', async () => {
    const api = track(new RecordingApi({ models: [model('1', 'Medical EN', 1)], storage: null }));
    api.hang('deleteModel');
    const { page, root, row } = await mountPage(api);
    row('1')!.querySelector<HTMLButtonElement>('[data-action="delete"]')!.click();
    const dialog = await (async () => {
      await until(() => root.querySelector('delete-model-dialog')?.open, 'confirmation open');
      return root.querySelector('delete-model-dialog')!;
    })();
    await until(() => dialog.shadowRoot!.querySelector('sl-button[variant="danger"]'), 'button');
    dialog.shadowRoot!.querySelector<SlButton>('sl-button[variant="danger"]')!.click();
    await until(() => api.callsOf('deleteModel').length === 1, 'delete sent');
    const signal = api.callsOf('deleteModel')[0]!.signal;
    expect(signal, 'deleteModel got a signal').to.be.instanceOf(AbortSignal);
    page.remove();
    expect(signal!.aborted).to.equal(true);
  });

  it('7. the inner select closing does not escape as the dialog\'s "sl-after-hide"', async () => {
    const api = track(new RecordingApi({ models: [], storage: null }));
    const provider = await fixture(
      html`<custom-models-provider .api=${api}
        ><create-model-dialog open></create-model-dialog
      ></custom-models-provider>`,
    );
    const dialog = provider.querySelector<CreateModelDialog>('create-model-dialog')!;
    const heard: string[] = [];
    for (const type of ['sl-show', 'sl-after-show', 'sl-hide', 'sl-after-hide']) {
      dialog.addEventListener(type, (event) => {
        if (event.target === dialog) heard.push(type);
      });
    }
    await until(() => dialog.shadowRoot!.querySelector('sl-select'), 'languages loaded');
    const select = dialog.shadowRoot!.querySelector<SlSelect>('sl-select')!;
    await select.show();
    await select.hide();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(dialog.open).to.equal(true);
    expect(heard).to.deep.equal([]);
  });

  it('8. closing the guide late does not pull focus out of the create modal; focus goes to the new model’s row', async () => {
    const api = track(new RecordingApi({ models: [model('1', 'Medical EN', 1)], storage: null }));
    localStorage.removeItem(GUIDE_SHOWN_KEY);
    const page = await fixture<CustomModelsPage>(
      html`<custom-models-page .api=${api}></custom-models-page>`,
    );
    const root = page.shadowRoot!;
    const guide = root.querySelector<CustomModelsGuide>('custom-models-guide')!;
    await until(() => guide.shadowRoot?.querySelector('sl-dialog')?.open, 'guide opened');
    // The user reads it (its opening, focus included, has finished) before closing it.
    await new Promise((resolve) => setTimeout(resolve, 100));
    // A busy machine: the guide's closing takes a while.
    const guideDialog = guide.shadowRoot!.querySelector('sl-dialog')!;
    setAnimation(guideDialog, 'dialog.hide', {
      keyframes: [{ opacity: 1 }, { opacity: 0 }],
      options: { duration: 400 },
    });
    const afterHide = new Promise((resolve) =>
      guideDialog.addEventListener('sl-after-hide', resolve, { once: true }),
    );
    const hiding = new Promise((resolve) =>
      guideDialog.addEventListener('sl-hide', resolve, { once: true }),
    );
    guide.shadowRoot!.querySelector<SlButton>('sl-button')!.click();
    // The guide's focus trap lets go when its closing starts; the user moves on at once.
    await hiding;
    const newModel = [...root.querySelectorAll<SlButton>('[part="header"] sl-button')].find(
      (b) => b.textContent!.trim() === 'New Custom Model',
    )!;
    newModel.focus();
    await sendKeys({ press: 'Enter' });
    const create = root.querySelector<CreateModelDialog>('create-model-dialog')!;
    await until(() => create.open, 'create opened');
    await afterHide;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(insideComposed(deepActiveElement(), create), 'focus stays in the create modal').to.equal(
      true,
    );

    await until(() => create.shadowRoot!.querySelector('sl-select'), 'languages loaded');
    const input = create.shadowRoot!.querySelector<HTMLElement>('sl-input')!;
    input.focus();
    await sendKeys({ type: 'Keyboard model' });
    const select = create.shadowRoot!.querySelector<SlSelect>('sl-select')!;
    select.value = '1';
    select.dispatchEvent(new CustomEvent('sl-change', { bubbles: true, composed: true }));
    await create.updateComplete;
    input.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => api.callsOf('createModel').length === 1, 'created');
    await until(() => !create.open, 'create closed');
    // The new model is the next step: focus goes to its row's Edit (issue 24), not to the guide.
    const grid = root.querySelector('models-grid')!;
    await until(
      () =>
        deepActiveElement()?.matches('[data-action="edit"]') === true &&
        grid.shadowRoot!.activeElement?.closest('[data-new]') != null,
      "focus on the new model's row",
    );
  });
});

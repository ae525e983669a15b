import { expect, fixture, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { CustomModelsStore } from '../../src/store/custom-models-store.js';
import '../../src/custom-models-provider.js';
import '../../src/custom-models-page.js';
import '../../src/custom-model-details.js';
import '../../src/create-model-dialog.js';
import '../../src/dataset-upload.js';
import '../../src/models-grid.js';
import '../../src/custom-model-picker.js';
import type SlInput from '@shoelace-style/shoelace/dist/components/input/input.component.js';
import type SlSelect from '@shoelace-style/shoelace/dist/components/select/select.component.js';
import type { CustomModelsPage } from '../../src/custom-models-page.js';
import type { CustomModelDetails } from '../../src/custom-model-details.js';
import type { CreateModelDialog } from '../../src/create-model-dialog.js';
import type { DatasetUpload } from '../../src/dataset-upload.js';
import type { ModelsGrid } from '../../src/models-grid.js';
import { GUIDE_SHOWN_KEY } from '../../src/custom-models-page/custom-models-page.component.js';
import type { CustomModel, Dataset } from '../../src/api/types.js';
import { disableShoelaceAnimations, until } from '../helpers/shoelace.js';
import { failOnErrors } from '../helpers/errors.js';
import { busyIndicators, rawText } from '../helpers/dom.js';
import {
  ERROR_FAULTS,
  FaultApi,
  GENERIC_MESSAGE,
  gate,
  type MethodName,
  type NamedFault,
} from '../helpers/fault-api.js';
import { goodFile } from '../helpers/dataset-fixtures.js';

disableShoelaceAnimations();

const ENGLISH = { id: '1', key: 'en-gb', name: 'English' };
const model = (id: string, status = 1, extra: Partial<CustomModel> = {}): CustomModel => ({
  id,
  key: `cm-${id}`,
  name: `Model ${id}`,
  baseLanguage: ENGLISH,
  trainingStatus: status,
  lastModified: '2026-01-01T00:00:00.000Z',
  ...extra,
});
const dataset = (id: string, name: string): Dataset => ({
  id,
  name,
  kind: name.endsWith('.wav') ? 'audio' : 'transcript',
  sizeBytes: 100,
  uploadedAt: '2026-01-01T00:00:00.000Z',
});

/** The message shown is the right one, and never a stack, `[object Object]` or `undefined`. */
function expectMessage(shown: string, fault: NamedFault) {
  expect(shown, fault.label).not.to.contain('[object');
  expect(shown, fault.label).not.to.contain('undefined');
  expect(shown, fault.label).not.to.match(/\bat \S+:\d+/);
  expect(shown, fault.label).not.to.contain('boom');
  expect(shown.trim(), fault.label).not.to.equal('');
  if (fault.expect === 'generic') expect(shown, fault.label).to.contain(GENERIC_MESSAGE);
  else if (fault.expect !== 'any') expect(shown, fault.label).to.contain(fault.expect);
}

function expectIdle(node: Element, label: string) {
  const busy = busyIndicators(node).map((e) => `${e.localName}.${e.className}`);
  expect(busy, `${label}: nothing still busy`).to.deep.equal([]);
}

/** Clicks a Shoelace button once it has rendered (its click() forwards to its inner button). */
async function press(element: Element | null | undefined) {
  expect(element, 'a button to press').to.be.instanceOf(Element);
  if (element!.localName.startsWith('sl-')) {
    await until(
      () => element!.shadowRoot?.querySelector('button, a'),
      `${element!.localName} rendered`,
    );
  }
  (element as HTMLElement).click();
}

/**
 * Renders a template that outlives single tests (open-wc's `fixture` is removed after each test):
 * one mount per surface, many faults through it. Call the returned function to remove it.
 */
function mountShared(template: TemplateResult): { root: HTMLElement; remove: () => void } {
  const root = document.createElement('div');
  document.body.append(root);
  render(template, root);
  return { root, remove: () => root.remove() };
}

/** Waits for a few tasks: lets late answers and their re-renders run. */
const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
};

describe('hardening: fault matrix', () => {
  failOnErrors();
  let api: FaultApi;
  afterEach(() => api?.clearFaults());

  describe('models-grid × listModels', () => {
    let grid: ModelsGrid;
    let remove: () => void;
    before(async () => {
      api = new FaultApi({ models: 30 });
      const mounted = mountShared(
        html`<custom-models-provider .api=${api}
          ><models-grid></models-grid
        ></custom-models-provider>`,
      );
      remove = mounted.remove;
      grid = mounted.root.querySelector<ModelsGrid>('models-grid')!;
      await until(() => grid.shadowRoot?.querySelector('tbody tr[data-id]'), 'rows');
    });
    after(() => {
      remove();
      api.dispose();
    });

    for (const fault of ERROR_FAULTS) {
      it(`${fault.label}: error with its message and Retry, which recovers`, async () => {
        api.setFault('listModels', fault.fault);
        await grid.refresh();
        await grid.updateComplete;
        const state = grid.shadowRoot!.querySelector('[data-state="error"]');
        expect(state, `${fault.label}: error state`).to.be.instanceOf(Element);
        expectMessage(rawText(state!), fault);
        expectIdle(grid, fault.label);
        api.clearFaults();
        await press(state!.querySelector('.retry'));
        await until(() => grid.shadowRoot!.querySelector('tbody tr[data-id]'), 'rows again');
      });
    }

    it('a first load that fails with "aborted" (not aborted by the grid) still ends', async () => {
      api.setFault('listModels', ERROR_FAULTS.find((f) => f.label.endsWith('aborted'))!.fault);
      const provider = await fixture(
        html`<custom-models-provider .api=${api}
          ><models-grid></models-grid
        ></custom-models-provider>`,
      );
      const fresh = provider.querySelector<ModelsGrid>('models-grid')!;
      await until(() => api.callsOf('listModels').length, 'asked');
      await settle();
      await fresh.updateComplete;
      expectIdle(fresh, 'aborted first load');
      expect(fresh.shadowRoot!.querySelector('[data-state="error"] .retry')).to.be.instanceOf(
        Element,
      );
    });

    it('a call that never answers shows loading, and the next page request replaces it', async () => {
      api.setFault('listModels', { hang: true });
      void grid.refresh();
      await grid.updateComplete;
      expect(grid.shadowRoot!.querySelector('[part="progress"]')!.hasAttribute('hidden')).to.equal(
        false,
      );
      api.clearFaults();
      await press(grid.shadowRoot!.querySelector('[data-page="next"]'));
      await until(
        () => grid.page === 2 && !grid.shadowRoot!.querySelector('table[aria-busy="true"]'),
        'page 2',
      );
      expectIdle(grid, 'after hang');
    });

    it('an answer (or a failure) that arrives after the grid is gone changes nothing', async () => {
      for (const reject of [undefined, new Error('late boom')]) {
        const late = gate();
        api.setFault('listModels', { late: late.promise, reject });
        const provider = await fixture(
          html`<custom-models-provider .api=${api}
            ><models-grid></models-grid
          ></custom-models-provider>`,
        );
        await until(() => api.callsOf('listModels').length, 'asked');
        provider.remove();
        late.open();
        await settle();
        api.clearFaults();
      }
    });
  });

  describe('create-model-dialog × listTrainableLanguages, createModel, getSession', () => {
    let dialog: CreateModelDialog;
    const $ = <T extends Element = HTMLElement>(s: string) =>
      dialog.shadowRoot!.querySelector<T>(s);
    let remove: () => void;
    before(async () => {
      api = new FaultApi({ models: [] });
      const mounted = mountShared(
        html`<custom-models-provider .api=${api}
          ><create-model-dialog></create-model-dialog
        ></custom-models-provider>`,
      );
      remove = mounted.remove;
      dialog = mounted.root.querySelector<CreateModelDialog>('create-model-dialog')!;
      await dialog.updateComplete;
    });
    after(() => {
      remove();
      api.dispose();
    });

    async function reopen() {
      dialog.hide();
      await dialog.updateComplete;
      dialog.show();
      await dialog.updateComplete;
    }
    async function type(name: string) {
      const input = $<SlInput>('sl-input[name="name"]')!;
      input.value = name;
      input.dispatchEvent(new CustomEvent('sl-input', { bubbles: true, composed: true }));
      await dialog.updateComplete;
    }

    for (const fault of ERROR_FAULTS) {
      it(`listTrainableLanguages ${fault.label}: message, Retry, the typed name kept`, async () => {
        api.setFault('listTrainableLanguages', fault.fault);
        // The store keeps the languages once loaded: ask it to forget them, as a new store would.
        CustomModelsStore.for(api).reloadLanguages();
        await reopen();
        await type('Kept name');
        await until(() => !$('sl-spinner'), `${fault.label}: languages settled`);
        await dialog.updateComplete;
        expectIdle(dialog, fault.label);
        const alert = $('sl-alert');
        expect(alert, `${fault.label}: alert`).to.be.instanceOf(Element);
        expectMessage(rawText(alert!), fault);
        api.clearFaults();
        await press([...alert!.querySelectorAll('sl-button')].at(-1));
        await until(() => $('sl-select[name="languageId"]'), 'languages after Retry');
        expect($<SlInput>('sl-input[name="name"]')!.value).to.equal('Kept name');
      });
    }

    for (const fault of ERROR_FAULTS) {
      it(`createModel ${fault.label}: message, form kept and usable`, async () => {
        await reopen();
        await until(() => $('sl-select[name="languageId"]'), 'languages');
        await type(`Model for ${fault.label}`);
        const select = $<SlSelect>('sl-select[name="languageId"]')!;
        select.value = '1';
        select.dispatchEvent(new CustomEvent('sl-change', { bubbles: true, composed: true }));
        api.setFault('createModel', fault.fault);
        const submit = $<HTMLElement>('sl-button[type="submit"]')!;
        await until(() => !submit.hasAttribute('disabled'), 'create enabled');
        await press(submit);
        await until(() => api.callsOf('createModel').length > 0, 'asked');
        await until(() => !submit.hasAttribute('loading'), 'create settled');
        await dialog.updateComplete;
        expect(dialog.open, `${fault.label}: still open`).to.equal(true);
        expectIdle(dialog, fault.label);
        const error = $('[part="error"]');
        if (fault.expect !== 'any' || error) {
          expect(error, `${fault.label}: error shown`).to.be.instanceOf(Element);
          expectMessage(rawText(error!), fault);
        }
        expect($<SlInput>('sl-input[name="name"]')!.value).to.equal(`Model for ${fault.label}`);
        expect(submit.hasAttribute('disabled'), 'Create can be tried again').to.equal(false);
        api.calls.length = 0;
      });
    }

    for (const fault of ERROR_FAULTS.filter((f) => !f.label.endsWith('aborted'))) {
      it(`getSession ${fault.label} (dialog with its own adapter): says so and offers Retry`, async () => {
        const own = new FaultApi({ models: [] }).setFault('getSession', fault.fault);
        const el = await fixture<CreateModelDialog>(
          html`<create-model-dialog open .api=${own}></create-model-dialog>`,
        );
        await until(() => own.callsOf('getSession').length, 'asked');
        await until(() => el.shadowRoot!.querySelector('.session-error'), `${fault.label}: shown`);
        expectMessage(rawText(el.shadowRoot!.querySelector('.session-error')!), fault);
        own.clearFaults();
        await press(el.shadowRoot!.querySelector('.session-error sl-button'));
        await until(() => !el.shadowRoot!.querySelector('.session-error'), 'recovered');
        own.dispose();
      });
    }

    it('createModel that never answers: Close still closes, and the name is kept', async () => {
      await reopen();
      await until(() => $('sl-select[name="languageId"]'), 'languages');
      await type('Hanging');
      const select = $<SlSelect>('sl-select[name="languageId"]')!;
      select.value = '1';
      select.dispatchEvent(new CustomEvent('sl-change', { bubbles: true, composed: true }));
      api.setFault('createModel', { hang: true });
      const submit = $<HTMLElement>('sl-button[type="submit"]')!;
      await until(() => !submit.hasAttribute('disabled'), 'create enabled');
      await press(submit);
      await until(() => submit.hasAttribute('loading'), 'creating');
      await press($('sl-button.smoke'));
      await until(() => !dialog.open, 'closed');
    });

    it('createModel answering after the dialog is gone: no error', async () => {
      const late = gate();
      const own = new FaultApi({ models: [] });
      own.setFault('createModel', { late: late.promise });
      const el = await fixture<CreateModelDialog>(
        html`<create-model-dialog open .api=${own}></create-model-dialog>`,
      );
      await until(() => el.shadowRoot!.querySelector('sl-select[name="languageId"]'), 'languages');
      const input = el.shadowRoot!.querySelector<SlInput>('sl-input[name="name"]')!;
      input.value = 'Late';
      input.dispatchEvent(new CustomEvent('sl-input', { bubbles: true, composed: true }));
      const select = el.shadowRoot!.querySelector<SlSelect>('sl-select[name="languageId"]')!;
      select.value = '1';
      select.dispatchEvent(new CustomEvent('sl-change', { bubbles: true, composed: true }));
      const submit = el.shadowRoot!.querySelector<HTMLElement>('sl-button[type="submit"]')!;
      await until(() => !submit.hasAttribute('disabled'), 'create enabled');
      await press(submit);
      await until(() => own.callsOf('createModel').length, 'asked');
      el.remove();
      late.open();
      await settle();
      own.dispose();
    });
  });

  describe('page: delete-model-dialog × deleteModel', () => {
    let page: CustomModelsPage;
    let remove: () => void;
    before(async () => {
      localStorage.setItem(GUIDE_SHOWN_KEY, 'true');
      api = new FaultApi({ models: [model('a'), model('b')] });
      const mounted = mountShared(html`<custom-models-page .api=${api}></custom-models-page>`);
      remove = mounted.remove;
      page = mounted.root.querySelector<CustomModelsPage>('custom-models-page')!;
      await page.updateComplete;
      const grid = page.shadowRoot!.querySelector<ModelsGrid>('models-grid')!;
      await until(() => grid.shadowRoot!.querySelector('[data-action="delete"]'), 'delete offered');
    });
    after(() => {
      remove();
      api.dispose();
      localStorage.removeItem(GUIDE_SHOWN_KEY);
    });

    for (const fault of ERROR_FAULTS) {
      it(`${fault.label}: an error toast naming the model; the model stays`, async () => {
        const root = page.shadowRoot!;
        const grid = root.querySelector<ModelsGrid>('models-grid')!;
        for (const t of root.querySelectorAll('[part="toast"] sl-icon-button')) await press(t);
        api.setFault('deleteModel', fault.fault);
        await press(grid.shadowRoot!.querySelector('tr[data-id="a"] [data-action="delete"]'));
        const dialog = () => root.querySelector('delete-model-dialog')!;
        await until(() => (dialog() as unknown as { open: boolean }).open, 'confirm open');
        await press(dialog().shadowRoot!.querySelector('sl-button[variant="danger"]'));
        await until(() => !(dialog() as unknown as { open: boolean }).open, 'dialog closed');
        await page.updateComplete;
        const toasts = [...root.querySelectorAll('[part="toast"]')];
        if (fault.label.endsWith('aborted')) {
          // The adapter says the request was cancelled: either quiet or explained, never stuck.
          if (toasts.length) expectMessage(rawText(toasts.at(-1)!), fault);
        } else {
          expect(toasts.length, `${fault.label}: toast`).to.equal(1);
          expect(toasts[0]!.getAttribute('data-variant')).to.equal('danger');
          expect(rawText(toasts[0]!)).to.contain('Model a');
          expectMessage(rawText(toasts[0]!), fault);
        }
        expect(
          grid.shadowRoot!.querySelector('tr[data-id="a"]'),
          'model still listed',
        ).to.be.instanceOf(Element);
        expectIdle(dialog(), fault.label);
      });
    }
  });

  describe('custom-model-details × getModel, listDatasets, updateModel, startTraining, deleteDataset', () => {
    let el: CustomModelDetails;
    let remove: () => void;
    const $ = <T extends Element = HTMLElement>(s: string) => el.shadowRoot!.querySelector<T>(s);
    before(async () => {
      api = new FaultApi({
        models: [model('m', 1)],
        datasets: { m: [dataset('d1', 'talk.wav'), dataset('d2', 'talk.vtt')] },
        organization: { trainingCredits: undefined },
      });
      const mounted = mountShared(
        html`<custom-models-provider .api=${api}>
          <custom-model-details model-id="m"></custom-model-details>
        </custom-models-provider>`,
      );
      remove = mounted.remove;
      el = mounted.root.querySelector<CustomModelDetails>('custom-model-details')!;
      await until(() => el.model && el.datasets, 'loaded');
    });
    after(() => {
      remove();
      api.dispose();
    });

    async function reloadClean() {
      api.clearFaults();
      await el.reload();
      await el.updateComplete;
    }

    for (const fault of ERROR_FAULTS) {
      it(`getModel ${fault.label}: a problem with the right action`, async () => {
        api.setFault('getModel', fault.fault);
        await el.reload();
        await el.updateComplete;
        const problem = $('[part="error"]');
        expect(problem, `${fault.label}: problem shown`).to.be.instanceOf(Element);
        expectIdle(el, fault.label);
        const kind = fault.label.split(' ')[1];
        if (kind === 'not-found' || kind === 'forbidden' || kind === 'unauthorized') {
          expect(problem!.querySelector('.back-action'), 'Back offered').to.be.instanceOf(Element);
        } else {
          if (kind !== 'network') expectMessage(rawText(problem!), fault);
          expect(problem!.querySelector('.retry'), 'Retry offered').to.be.instanceOf(Element);
        }
        await reloadClean();
        expect($('h2.name')).to.be.instanceOf(Element);
      });
    }

    for (const fault of ERROR_FAULTS) {
      it(`listDatasets ${fault.label}: the datasets say so, with Retry`, async () => {
        api.setFault('listDatasets', fault.fault);
        await el.reload();
        await el.updateComplete;
        // A model whose datasets could not be read keeps what was shown, or explains.
        const error = $('.datasets-error');
        if (error) {
          expectMessage(rawText(error), fault);
          expect(error.querySelector('.retry-datasets')).to.be.instanceOf(Element);
        } else {
          expect($('.datasets-table'), `${fault.label}: datasets still shown`).to.be.instanceOf(
            Element,
          );
        }
        expectIdle(el, fault.label);
        await reloadClean();
      });
    }

    for (const fault of ERROR_FAULTS) {
      it(`updateModel ${fault.label}: the message beside the name, what was typed kept`, async () => {
        api.setFault('updateModel', fault.fault);
        await el.startRename();
        const input = $<SlInput>('.name-input')!;
        input.value = `Renamed ${fault.label}`;
        input.dispatchEvent(new CustomEvent('sl-input', { bubbles: true, composed: true }));
        await el.saveRename();
        await el.updateComplete;
        expect($('.name-input'), `${fault.label}: still editing`).to.be.instanceOf(Element);
        expect($<SlInput>('.name-input')!.value).to.equal(`Renamed ${fault.label}`);
        const error = $('.field-error');
        if (fault.expect !== 'any' || error) {
          expect(error, `${fault.label}: message`).to.be.instanceOf(Element);
          expectMessage(rawText(error!), fault);
        }
        expectIdle(el, fault.label);
        api.clearFaults();
        await el.cancelRename();
      });
    }

    for (const fault of ERROR_FAULTS) {
      it(`startTraining ${fault.label}: the message in the status panel, Train again possible`, async () => {
        api.setFault('startTraining', fault.fault);
        await el.startTraining();
        await el.updateComplete;
        const error = $('.train-error');
        if (fault.expect !== 'any' || error) {
          expect(error, `${fault.label}: message`).to.be.instanceOf(Element);
          expectMessage(rawText(error!), fault);
        }
        const button = $('.train-button')!;
        expect(button.hasAttribute('loading')).to.equal(false);
        expect(button.hasAttribute('disabled')).to.equal(false);
        expectIdle(el, fault.label);
      });
    }

    for (const fault of ERROR_FAULTS) {
      it(`deleteDataset ${fault.label}: the message in the dialog, the dataset kept`, async () => {
        api.setFault('deleteDataset', fault.fault);
        await press($('tr[data-id="d1"] .delete-dataset'));
        await el.updateComplete;
        const dialog = $<HTMLElement & { open: boolean }>('.delete-dialog')!;
        await until(() => dialog.open, 'confirm open');
        await press($('.confirm-delete'));
        await until(() => api.callsOf('deleteDataset').length, 'asked');
        await until(() => !$('.confirm-delete')!.hasAttribute('loading'), 'settled');
        await el.updateComplete;
        const error = dialog.querySelector('sl-alert.error');
        if (fault.expect !== 'any' || error) {
          expect(error, `${fault.label}: message`).to.be.instanceOf(Element);
          expectMessage(rawText(error!), fault);
        }
        expect($('tr[data-id="d1"]'), 'dataset kept').to.be.instanceOf(Element);
        api.clearFaults();
        api.calls.length = 0;
        await press($('.delete-dialog .dialog-cancel'));
        await until(() => !dialog.open, 'closed');
        expectIdle(el, fault.label);
      });
    }

    it('getModel that never answers, then one answering after the element is gone', async () => {
      api.setFault('getModel', { hang: true });
      void el.reload();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[aria-busy="true"]')).to.be.instanceOf(Element);
      await reloadClean();
      expectIdle(el, 'after the hang');

      const late = gate();
      const own = new FaultApi({ models: [model('m', 3, { trainingProgress: 10 })] });
      for (const method of ['getModel', 'listDatasets', 'getSession'] as MethodName[])
        own.setFault(method, { late: late.promise });
      const gone = await fixture<CustomModelDetails>(
        html`<custom-model-details model-id="m" .api=${own}></custom-model-details>`,
      );
      await until(() => own.callsOf('getModel').length, 'asked');
      gone.remove();
      late.open();
      await settle();
      own.dispose();
    });
  });

  describe('dataset-upload × uploadDataset', () => {
    let el: DatasetUpload;
    let remove: () => void;
    before(async () => {
      api = new FaultApi({ models: [model('m')] });
      const mounted = mountShared(
        html`<custom-models-provider .api=${api}>
          <dataset-upload model-id="m"></dataset-upload>
        </custom-models-provider>`,
      );
      remove = mounted.remove;
      el = mounted.root.querySelector<DatasetUpload>('dataset-upload')!;
      await el.updateComplete;
    });
    after(() => {
      remove();
      api.dispose();
    });

    for (const fault of ERROR_FAULTS) {
      it(`${fault.label} for one file of three: the others upload, the failed one stays with Retry`, async () => {
        el.clear();
        const tag = fault.label.replace(/\W+/g, '-');
        const names = [`${tag}-a.wav`, `${tag}-a.vtt`, `${tag}-b.txt`];
        api.setFault('uploadDataset', fault.fault, ([, file]) => (file as File).name === names[1]);
        el.addFiles(names.map((name) => goodFile(name)));
        // Read by the pre-flight first, then queued.
        await until(() => el.items.length === 3 && !el.queue.busy, 'settled');
        await el.updateComplete;
        const states = el.items.map((item) => item.state);
        const failedState = fault.label.endsWith('aborted') ? ['failed', 'cancelled'] : ['failed'];
        expect(states[0]).to.equal('done');
        expect(states[2]).to.equal('done');
        expect(failedState, `${fault.label}: ${states[1]}`).to.include(states[1]);
        // Uploaded files leave the rows: the failed one is the only row.
        const row = el.shadowRoot!.querySelectorAll('[part="file"]')[0]!;
        expect(row.querySelector('.file-name')!.textContent).to.equal(names[1]);
        expect(row.querySelector('.retry'), 'Retry offered').to.be.instanceOf(Element);
        const error = row.querySelector('.file-error');
        if (error) expectMessage(rawText(error), fault);
        else expect(states[1]).to.equal('cancelled');
        expectIdle(el, fault.label);
        api.clearFaults();
        await press(row.querySelector('.retry'));
        await until(() => el.items[1]!.state === 'done', 'retried');
      });
    }

    it('an upload that never answers can be cancelled; one answering after removal is ignored', async () => {
      el.clear();
      api.setFault('uploadDataset', { hang: true });
      el.addFiles([goodFile('hang.txt')]);
      await until(() => el.shadowRoot!.querySelector('[part="file"] .cancel'), 'uploading');
      await press(el.shadowRoot!.querySelector('[part="file"] .cancel'));
      await until(() => el.items[0]!.state === 'cancelled', 'cancelled');
      await el.updateComplete;
      expectIdle(el, 'cancelled hang');

      const late = gate();
      api.setFault('uploadDataset', { late: late.promise });
      el.addFiles([goodFile('late.txt')]);
      await until(() => api.callsOf('uploadDataset').length, 'asked');
      el.remove();
      late.open();
      await settle();
    });
  });

  describe('custom-model-picker × listModels, listTrainableLanguages', () => {
    for (const method of ['listModels', 'listTrainableLanguages'] as MethodName[]) {
      it(`${method}: every fault shows its message and Retry`, async () => {
        api = new FaultApi({ models: [model('s', 4)] });
        const el = await fixture<HTMLElement & { reload(): Promise<void> }>(
          html`<custom-model-picker .api=${api}></custom-model-picker>`,
        );
        for (const fault of ERROR_FAULTS) {
          api.setFault(method, fault.fault);
          // The picker words a network failure itself; any other adapter message is shown as is.
          const expected = fault.label.endsWith('network') ? { ...fault, expect: 'any' } : fault;
          await el.reload();
          await settle();
          expectIdle(el, `${method} ${fault.label}`);
          const error = el.shadowRoot!.querySelector('[part="error"]');
          expect(error, `${method} ${fault.label}: error`).to.be.instanceOf(Element);
          expectMessage(rawText(error!), expected);
          expect(error!.querySelector('sl-button'), 'Retry').to.be.instanceOf(Element);
          api.clearFaults();
        }
        api.dispose();
      });
    }
  });
});

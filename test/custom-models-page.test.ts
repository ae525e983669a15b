import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type SlButton from '@shoelace-style/shoelace/dist/components/button/button.component.js';
import type SlInput from '@shoelace-style/shoelace/dist/components/input/input.component.js';
import type SlSelect from '@shoelace-style/shoelace/dist/components/select/select.component.js';
import '../src/custom-models-provider.js';
import '../src/custom-models-page.js';
import type { CustomModelsPage } from '../src/custom-models-page.js';
import type { CreateModelDialog } from '../src/create-model-dialog.js';
import type { DeleteModelDialog } from '../src/delete-model-dialog.js';
import type { CustomModelsGuide } from '../src/custom-models-guide.js';
import type { ModelsGrid } from '../src/models-grid.js';
import {
  BANNER_DISMISSED_KEY,
  GUIDE_SHOWN_KEY,
} from '../src/custom-models-page/custom-models-page.component.js';
import type { CustomModel } from '../src/api/types.js';
import { HOSTILE_NAMES, RecordingApi } from './helpers/recording-api.js';
import { findByRole } from './helpers/by-role.js';
import { deepActiveElement, disableShoelaceAnimations, textOf, until } from './helpers/shoelace.js';

disableShoelaceAnimations();

const LANGUAGE = { id: '1', key: 'en-gb', name: 'English' };
const model = (id: number, name: string, status = 1): CustomModel => ({
  id: String(id),
  key: `cm-${id}`,
  name,
  baseLanguage: LANGUAGE,
  trainingStatus: status,
  lastModified: new Date(Date.UTC(2026, 0, id)).toISOString(),
});

describe('<custom-models-page>', () => {
  let api: RecordingApi;

  beforeEach(() => {
    localStorage.removeItem(BANNER_DISMISSED_KEY);
    // Most tests are not about the first visit: the guide was already seen.
    localStorage.setItem(GUIDE_SHOWN_KEY, 'true');
  });
  afterEach(() => {
    api?.dispose();
    localStorage.removeItem(GUIDE_SHOWN_KEY);
    localStorage.removeItem(BANNER_DISMISSED_KEY);
  });

  async function mount(options: ConstructorParameters<typeof RecordingApi>[0] = {}) {
    api = new RecordingApi({
      models: [model(1, 'Medical EN'), model(2, 'Legal NL', 4)],
      ...options,
    });
    const page = await fixture<CustomModelsPage>(
      html`<custom-models-page .api=${api}></custom-models-page>`,
    );
    const root = page.shadowRoot!;
    const grid = root.querySelector<ModelsGrid>('models-grid')!;
    await until(() => grid.shadowRoot?.querySelector('tbody tr[data-id]'), 'rows shown');
    return {
      page,
      root,
      grid,
      rows: () => [...grid.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr[data-id]')],
      button: (label: string) =>
        [...root.querySelectorAll<SlButton>('[part="header"] sl-button')].find(
          (b) => b.textContent!.trim() === label,
        )!,
      createDialog: root.querySelector<CreateModelDialog>('create-model-dialog')!,
      deleteDialog: () => root.querySelector<DeleteModelDialog>('delete-model-dialog'),
      guide: root.querySelector<CustomModelsGuide>('custom-models-guide')!,
      toasts: () => [...root.querySelectorAll<HTMLElement>('[part="toast"]')],
    };
  }

  it('shows the header, caption, buttons and the info banner', async () => {
    const { root, button } = await mount();
    expect(root.querySelector('h1')!.textContent!.trim()).to.equal('Custom models');
    expect(textOf(root.querySelector('[part="header"]'))).to.contain('Create custom models');
    expect(button('Getting Started').querySelector('sl-icon')!.getAttribute('name')).to.equal(
      'question-circle',
    );
    expect(button('New Custom Model').querySelector('sl-icon')!.getAttribute('name')).to.equal(
      'plus-lg',
    );
    const banner = textOf(root.querySelector('[part="banner"]'));
    expect(banner).to.contain('About Custom Models');
    expect(banner).to.contain('Force Alignment');
  });

  describe('guide', () => {
    it('opens by itself on the first visit and remembers it', async () => {
      localStorage.removeItem(GUIDE_SHOWN_KEY);
      const { guide } = await mount();
      await until(() => guide.open, 'guide opened');
      expect(localStorage.getItem(GUIDE_SHOWN_KEY)).to.equal('true');
      api.dispose();
      const second = await mount();
      await second.page.updateComplete;
      expect(second.guide.open).to.equal(false);
    });

    it('reopens from "Getting Started" and closes with "Got it", focus back on the button', async () => {
      const { guide, button } = await mount();
      const opener = button('Getting Started');
      opener.focus();
      opener.click();
      await until(() => guide.shadowRoot!.querySelector('sl-dialog')!.open, 'guide opened');
      guide.shadowRoot!.querySelector<SlButton>('sl-button')!.click();
      await until(() => !guide.open, 'guide closed');
      await until(
        () =>
          deepActiveElement()?.closest('sl-button') === opener || opener.matches(':focus-within'),
        'focus returned',
      );
    });

    it('still works when localStorage throws', async () => {
      const original = Storage.prototype.getItem;
      const originalSet = Storage.prototype.setItem;
      Storage.prototype.getItem = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
      Storage.prototype.setItem = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
      try {
        const { guide, rows } = await mount();
        await until(() => guide.open, 'guide opened on a first visit');
        expect(rows()).to.have.length(2);
      } finally {
        Storage.prototype.getItem = original;
        Storage.prototype.setItem = originalSet;
      }
    });
  });

  describe('banner', () => {
    it('is dismissible and stays dismissed', async () => {
      const { root } = await mount();
      const banner = root.querySelector<HTMLElement & { hide(): Promise<void> }>(
        '[part="banner"]',
      )!;
      banner.shadowRoot!.querySelector<HTMLElement>('[part~="close-button"]')!.click();
      await until(() => localStorage.getItem(BANNER_DISMISSED_KEY) === 'true', 'dismissal stored');
      api.dispose();
      const again = await mount();
      expect(again.root.querySelector('[part="banner"]')).to.equal(null);
    });

    it('fires a cancelable force-alignment-requested without an href, links with one', async () => {
      const { page, root } = await mount();
      let fired = 0;
      page.addEventListener('force-alignment-requested', (event) => {
        fired++;
        expect(event.cancelable).to.equal(true);
      });
      root.querySelector<HTMLButtonElement>('[part="banner"] button.link')!.click();
      expect(fired).to.equal(1);
      page.forceAlignmentHref = '/workspace/force-alignment';
      await page.updateComplete;
      expect(root.querySelector('[part="banner"] a')!.getAttribute('href')).to.equal(
        '/workspace/force-alignment',
      );
    });
  });

  describe('create', () => {
    async function fillAndCreate(ctx: Awaited<ReturnType<typeof mount>>, name: string) {
      ctx.button('New Custom Model').click();
      const dialog = ctx.createDialog;
      await until(() => dialog.shadowRoot!.querySelector('sl-select'), 'create dialog ready');
      const input = dialog.shadowRoot!.querySelector<SlInput>('sl-input')!;
      input.focus();
      await sendKeys({ type: name });
      const select = dialog.shadowRoot!.querySelector<SlSelect>('sl-select')!;
      select.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => select.open, 'select open');
      await sendKeys({ press: 'Enter' });
      await until(() => select.value !== '', 'language chosen');
      dialog.shadowRoot!.querySelector<SlButton>('sl-button[type="submit"]')!.click();
      return dialog;
    }

    it('creates: modal closes, toast, the list shows the new model as "Not Running"', async () => {
      const ctx = await mount();
      const dialog = await fillAndCreate(ctx, 'Finance EN');
      await until(() => !dialog.open, 'dialog closed');
      await until(
        () =>
          ctx
            .toasts()
            .some(
              (t) => textOf(t.querySelector('.message')) === 'Custom model created successfully.',
            ),
        'success toast',
      );
      await until(() => ctx.rows().some((r) => textOf(r).includes('Finance EN')), 'row added');
      const row = ctx.rows().find((r) => textOf(r).includes('Finance EN'))!;
      expect(textOf(row.querySelector('.c-trainingStatus'))).to.contain('Not Running');
    });

    it('after create, the toast opens the new model (its upload) in one step', async () => {
      const ctx = await mount();
      const dialog = await fillAndCreate(ctx, 'Finance EN');
      await until(() => !dialog.open, 'dialog closed');
      await until(() => ctx.toasts().length, 'toast');
      const toast = ctx.toasts().at(-1)!;
      const open = [...toast.querySelectorAll<SlButton>('sl-button')].find(
        (b) => b.textContent!.trim() === 'Open "Finance EN"',
      );
      expect(open, 'an Open action in the toast').to.not.equal(undefined);
      const opened: string[] = [];
      ctx.page.addEventListener('model-open', (e) => opened.push(e.detail.id));
      open!.click();
      await until(() => ctx.page.modelId, 'details opened');
      const created = (await api.inner.listModels({ page: 1, pageSize: 100 })).items.find(
        (m) => m.name === 'Finance EN',
      )!;
      expect(ctx.page.modelId).to.equal(created.id);
      expect(opened, 'routed like any open: a cancelable model-open').to.deep.equal([created.id]);
      const details = ctx.root.querySelector('custom-model-details')!;
      await until(() => textOf(details).includes('Finance EN'), 'the new model shown');
      await until(() => details.shadowRoot!.querySelector('dataset-upload'), 'its upload there');
    });

    it('keeps what was typed when create fails', async () => {
      const ctx = await mount();
      api.fail('createModel', 'server', 'The service is down.', { times: 1 });
      const dialog = await fillAndCreate(ctx, 'Kept name');
      await until(() => textOf(dialog.shadowRoot).includes('The service is down.'), 'error shown');
      expect(dialog.open).to.equal(true);
      expect(dialog.shadowRoot!.querySelector<SlInput>('sl-input')!.value).to.equal('Kept name');
    });

    it('disables "New Custom Model" with the reason when the plan limit is reached', async () => {
      const { button, root } = await mount({ organization: { customModelLimit: 2 } });
      await until(() => button('New Custom Model').disabled, 'button disabled');
      expect(textOf(root.querySelector('#limit'))).to.contain('limit of 2 custom models');
    });
  });

  describe('delete', () => {
    for (const role of ['ORGADMIN', 'SYSOP']) {
      it(`lets ${role} delete after confirming: toast, row gone`, async () => {
        const ctx = await mount({ role });
        await until(() => ctx.rows()[0]!.querySelector('[data-action="delete"]'), 'delete offered');
        ctx.rows()[0]!.querySelector<HTMLElement>('[data-action="delete"]')!.click();
        await until(() => ctx.deleteDialog()?.open, 'confirmation open');
        expect(textOf(ctx.deleteDialog()!.shadowRoot)).to.contain('Medical EN');
        [...ctx.deleteDialog()!.shadowRoot!.querySelectorAll<SlButton>('sl-button')]
          .find((b) => b.variant === 'danger')!
          .click();
        await until(
          () => ctx.toasts().some((t) => textOf(t) === 'Custom model deleted successfully.'),
          'toast',
        );
        await until(() => ctx.rows().length === 1, 'row removed');
        expect(api.callsOf('deleteModel').map((c) => c.args[0])).to.deep.equal(['1']);
      });
    }

    it('offers no delete to an ordinary role', async () => {
      const ctx = await mount({ role: 'USER' });
      await ctx.page.updateComplete;
      expect(ctx.grid.shadowRoot!.querySelector('[data-action="delete"]')).to.equal(null);
      expect(ctx.deleteDialog()).to.equal(null);
    });

    it('keeps the row and shows an error toast that stays when the delete fails', async () => {
      const ctx = await mount();
      api.fail('deleteModel', 'server', 'The database is unavailable.', { times: 1 });
      await until(() => ctx.rows()[0]!.querySelector('[data-action="delete"]'), 'delete offered');
      ctx.rows()[0]!.querySelector<HTMLElement>('[data-action="delete"]')!.click();
      await until(() => ctx.deleteDialog()?.open, 'confirmation open');
      [...ctx.deleteDialog()!.shadowRoot!.querySelectorAll<SlButton>('sl-button')]
        .find((b) => b.variant === 'danger')!
        .click();
      await until(
        () => ctx.toasts().some((t) => textOf(t).includes('The database is unavailable.')),
        'error toast',
      );
      const toast = ctx.toasts().find((t) => t.dataset.variant === 'danger')!;
      expect(toast.getAttribute('role')).to.equal('alert');
      expect(ctx.rows()).to.have.length(2);
    });
  });

  it("works inside a provider with the provider's adapter and session", async () => {
    api = new RecordingApi({ models: [model(1, 'Medical EN')], role: 'SYSOP' });
    const provider = await fixture(
      html`<custom-models-provider .api=${api}
        ><custom-models-page></custom-models-page
      ></custom-models-provider>`,
    );
    const page = provider.querySelector<CustomModelsPage>('custom-models-page')!;
    const grid = page.shadowRoot!.querySelector<ModelsGrid>('models-grid')!;
    await until(
      () => grid.shadowRoot?.querySelector('tr[data-id] [data-action="delete"]'),
      'delete offered to SYSOP',
    );
    expect(api.callsOf('getSession')).to.have.length(1);
  });

  it('says when the organization cannot be loaded, and retries', async () => {
    api = new RecordingApi({ models: [model(1, 'Medical EN')] });
    api.fail('getSession', 'network', 'The service could not be reached.', { times: 1 });
    const page = await fixture<CustomModelsPage>(
      html`<custom-models-page .api=${api}></custom-models-page>`,
    );
    await until(
      () =>
        textOf(page.shadowRoot!.querySelector('.session-error')).includes('could not be reached'),
      'error shown',
    );
    [...page.shadowRoot!.querySelectorAll<SlButton>('.session-error sl-button')][0]!.click();
    await until(() => !page.shadowRoot!.querySelector('.session-error'), 'error gone after retry');
  });

  it('announces toasts in a live region', async () => {
    const { page, root } = await mount();
    page.notify('success', 'Saved');
    await page.updateComplete;
    const live = root.querySelector('[aria-live]')!;
    expect(live.getAttribute('aria-live')).to.equal('polite');
    expect(textOf(live)).to.contain('Saved');
    expect(live.querySelector('[part="toast"]')!.getAttribute('role')).to.equal('status');
  });

  describe('details routing', () => {
    it('shows the details in place on model-open and goes back to the same list', async () => {
      const ctx = await mount();
      ctx.rows()[1]!.querySelector<HTMLElement>('.open.name')!.click();
      await until(() => ctx.page.modelId === '2', 'model-id set');
      expect(ctx.page.getAttribute('model-id')).to.equal('2');
      await ctx.page.updateComplete;
      expect(ctx.root.querySelector<HTMLElement>('[part="details"]')).not.to.equal(null);
      ctx.page.modelId = '';
      await ctx.page.updateComplete;
      expect(ctx.grid.isConnected).to.equal(true);
      expect(ctx.rows()).to.have.length(2);
    });

    it('lets a host route itself by cancelling model-open', async () => {
      const ctx = await mount();
      const opened: string[] = [];
      ctx.page.addEventListener('model-open', (event) => {
        event.preventDefault();
        opened.push(event.detail.id);
      });
      ctx.rows()[0]!.querySelector<HTMLElement>('.open.name')!.click();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(opened).to.deep.equal(['1']);
      expect(ctx.page.modelId).to.equal('');
    });

    it('deep-links with the model-id attribute', async () => {
      api = new RecordingApi({ models: [model(1, 'Medical EN')] });
      const page = await fixture<CustomModelsPage>(
        html`<custom-models-page model-id="1" .api=${api}></custom-models-page>`,
      );
      expect(page.shadowRoot!.querySelector('[part="details"]')).not.to.equal(null);
    });
  });

  it('shows hostile model names as text in the grid, the dialog and the toasts', async () => {
    const ctx = await mount({ models: HOSTILE_NAMES.map((name, i) => model(i + 1, name)) });
    expect(ctx.rows().map((r) => r.querySelector('.open.name')!.textContent!.trim())).to.deep.equal(
      HOSTILE_NAMES,
    );
    ctx.rows()[0]!.querySelector<HTMLElement>('[data-action="delete"]')!.click();
    await until(() => ctx.deleteDialog()?.open, 'confirmation open');
    expect(textOf(ctx.deleteDialog()!.shadowRoot!.querySelector('[part="name"]'))).to.equal(
      HOSTILE_NAMES[0],
    );
    ctx.page.notify('danger', HOSTILE_NAMES[1]!);
    await ctx.page.updateComplete;
    expect(ctx.toasts().some((t) => textOf(t) === HOSTILE_NAMES[1])).to.equal(true);
    expect(ctx.root.querySelector('img, script, svg[onload]')).to.equal(null);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });

  describe('accessibility', () => {
    it('passes axe on the list', async () => {
      const { page } = await mount();
      await expect(page).to.be.accessible();
    });

    it('passes axe with each modal open', async () => {
      const ctx = await mount();
      ctx.button('Getting Started').click();
      await until(() => ctx.guide.shadowRoot!.querySelector('sl-dialog')!.open, 'guide open');
      // Each check waits until Chromium has the dialog, named, in its accessibility tree: the
      // dialogs load on demand, and on a loaded machine `open` is set a while before they render.
      await findByRole(ctx.page, 'dialog', { name: 'Getting started with custom models' });
      await expect(ctx.page).to.be.accessible();
      ctx.guide.hide();
      await until(() => !ctx.guide.shadowRoot!.querySelector('sl-dialog')!.open, 'guide closed');

      ctx.button('New Custom Model').click();
      await until(
        () => ctx.createDialog.shadowRoot?.querySelector('sl-dialog')?.open,
        'create open',
      );
      await ctx.createDialog.shadowRoot!.querySelector<SlSelect>('sl-select')!.updateComplete;
      await findByRole(ctx.createDialog.shadowRoot!, 'combobox', { name: /^Language/ });
      await expect(ctx.page).to.be.accessible();
      ctx.createDialog.hide();
      await until(
        () => !ctx.createDialog.shadowRoot!.querySelector('sl-dialog')!.open,
        'create closed',
      );

      await until(() => ctx.rows()[0]!.querySelector('[data-action="delete"]'), 'delete offered');
      ctx.rows()[0]!.querySelector<HTMLElement>('[data-action="delete"]')!.click();
      await until(() => ctx.deleteDialog()?.open, 'delete open');
      await findByRole(ctx.page, 'dialog', { name: 'Delete confirmation' });
      await findByRole(ctx.page, 'button', { name: 'Delete' });
      await expect(ctx.page).to.be.accessible();
    });
  });
});

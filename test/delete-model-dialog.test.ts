import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type SlButton from '@shoelace-style/shoelace/dist/components/button/button.component.js';
import '../src/delete-model-dialog.js';
import type { DeleteModelDialog } from '../src/delete-model-dialog.js';
import type { CustomModel } from '../src/api/types.js';
import type { ModelDeletedEvent, NotifyEvent } from '../src/events/events.js';
import { HOSTILE_NAMES, RecordingApi } from './helpers/recording-api.js';
import { disableShoelaceAnimations, textOf, until } from './helpers/shoelace.js';

disableShoelaceAnimations();

describe('<delete-model-dialog>', () => {
  let api: RecordingApi;
  let model: CustomModel;

  beforeEach(async () => {
    api = new RecordingApi();
    model = (await api.inner.listModels({ page: 1, pageSize: 1, filters: { trainingStatus: [1] } }))
      .items[0]!;
  });
  afterEach(() => api.dispose());

  async function open(target = model) {
    const dialog = await fixture<DeleteModelDialog>(
      html`<delete-model-dialog .api=${api}></delete-model-dialog>`,
    );
    dialog.show(target);
    await until(() => dialog.shadowRoot!.querySelector('sl-dialog')!.open, 'opened');
    const buttons = [...dialog.shadowRoot!.querySelectorAll<SlButton>('sl-button')];
    return {
      dialog,
      confirm: buttons.find((b) => b.textContent!.trim() === 'Delete')!,
      cancel: buttons.find((b) => b.textContent!.trim() === 'Cancel')!,
    };
  }

  it('asks with the seed title and message, names the model, and confirms in red', async () => {
    const { dialog, confirm } = await open();
    expect(dialog.shadowRoot!.querySelector('sl-dialog')!.getAttribute('label')).to.equal(
      'Delete confirmation',
    );
    const text = textOf(dialog.shadowRoot!.querySelector('sl-dialog'));
    expect(text).to.contain('Are you sure you want to delete this model?');
    expect(text).to.contain(model.name);
    expect(confirm.variant).to.equal('danger');
  });

  it('puts focus on the confirm button', async () => {
    const { confirm } = await open();
    await until(
      () => confirm.matches(':focus-within') || confirm.shadowRoot!.activeElement != null,
      'confirm focused',
    );
  });

  it('deletes on confirm and fires model-deleted', async () => {
    const { dialog, confirm } = await open();
    const deleted = oneEvent(dialog, 'model-deleted') as Promise<ModelDeletedEvent>;
    confirm.click();
    expect((await deleted).detail.id).to.equal(model.id);
    expect(api.callsOf('deleteModel').map((c) => c.args[0])).to.deep.equal([model.id]);
    await until(() => !dialog.open, 'closed');
    let gone = false;
    await api.inner.getModel(model.id).catch(() => (gone = true));
    expect(gone).to.equal(true);
  });

  it('aborts with Cancel and with Escape', async () => {
    const { dialog, cancel } = await open();
    cancel.click();
    await until(() => !dialog.open, 'closed by Cancel');
    dialog.show();
    await until(() => dialog.shadowRoot!.querySelector('sl-dialog')!.open, 'reopened');
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.open, 'closed by Escape');
    expect(api.callsOf('deleteModel')).to.have.length(0);
  });

  it('keeps the model and says why when the delete fails', async () => {
    api.inner.role = 'USER';
    const { dialog, confirm } = await open();
    const notified = oneEvent(dialog, 'custom-models-notify') as Promise<NotifyEvent>;
    confirm.click();
    const event = await notified;
    expect(event.detail.variant).to.equal('danger');
    expect(event.detail.message).to.contain(model.name);
    expect(event.detail.message).to.contain('Only organisation administrators can delete');
    expect((await api.inner.getModel(model.id)).id).to.equal(model.id);
  });

  it('shows a hostile name as text', async () => {
    const { dialog } = await open({ ...model, name: HOSTILE_NAMES[0]! });
    expect(textOf(dialog.shadowRoot!.querySelector('[part="name"]'))).to.equal(HOSTILE_NAMES[0]);
    expect(dialog.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('is accessible when open', async () => {
    const { dialog } = await open();
    await expect(dialog).to.be.accessible();
  });
});

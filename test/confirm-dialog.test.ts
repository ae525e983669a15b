import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/confirm-dialog.js';
import type { ConfirmDialog } from '../src/confirm-dialog.js';
import { deepActiveElement, disableShoelaceAnimations, until } from './helpers/shoelace.js';

disableShoelaceAnimations();

async function mount() {
  const opener = await fixture<HTMLDivElement>(
    html`<div>
      <button id="opener">Delete dataset</button>
      <custom-models-confirm-dialog
        label="Delete dataset?"
        confirm-label="Delete"
        cancel-label="Cancel"
        confirm-class="confirm"
        .content=${html`<p>talk.wav will be deleted.</p>`}
      ></custom-models-confirm-dialog>
    </div>`,
  );
  const button = opener.querySelector<HTMLButtonElement>('#opener')!;
  const dialog = opener.querySelector<ConfirmDialog>('custom-models-confirm-dialog')!;
  button.focus();
  dialog.open = true;
  await until(() => dialog.querySelector('sl-dialog')?.hasAttribute('open'), 'opened');
  await until(
    () =>
      deepActiveElement()?.closest('.confirm') ||
      dialog.querySelector('.confirm')!.matches(':focus-within'),
    'confirm focused',
  );
  return { button, dialog };
}

describe('<custom-models-confirm-dialog>', () => {
  it('is accessible when open', async () => {
    const { dialog } = await mount();
    await expect(dialog).to.be.accessible();
  });

  it('puts focus on the confirm button and tells its owner when it is pressed', async () => {
    const { dialog } = await mount();
    const confirmed = oneEvent(dialog, 'confirm-dialog-confirm');
    await sendKeys({ press: 'Enter' });
    await confirmed;
    expect(dialog.open).to.equal(true);
  });

  it('closes on Escape, tells its owner, and gives focus back to the opener', async () => {
    const { button, dialog } = await mount();
    const closed = oneEvent(dialog, 'confirm-dialog-close');
    await sendKeys({ press: 'Escape' });
    await closed;
    expect(dialog.open).to.equal(false);
    await until(() => document.activeElement === button, 'focus back on the opener');
  });

  it('keeps focus in the dialog while its call runs, and shows the call as busy', async () => {
    const { dialog } = await mount();
    dialog.busy = true;
    await dialog.updateComplete;
    const confirm = dialog.querySelector<HTMLElement & { loading: boolean }>('.confirm')!;
    expect(confirm.loading).to.equal(true);
    let heard = 0;
    dialog.addEventListener('confirm-dialog-confirm', () => heard++);
    confirm.click();
    expect(heard, 'no second call while one runs').to.equal(0);
  });
});

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { render } from 'lit';
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

describe('<custom-models-confirm-dialog> closing after the user moved on', () => {
  it('leaves focus where the user put it while the dialog was closing', async () => {
    // Opener, dialog and the next control inside a shadow root, as in our elements (Shoelace's
    // own return of focus goes to the shadow host, which takes none).
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    render(
      html`<button id="opener">Delete dataset</button>
        <button id="next">Upload</button>
        <custom-models-confirm-dialog
          label="Delete dataset?"
          confirm-label="Delete"
          cancel-label="Cancel"
          confirm-class="confirm"
        ></custom-models-confirm-dialog>`,
      root,
    );
    const opener = root.querySelector<HTMLButtonElement>('#opener')!;
    const next = root.querySelector<HTMLButtonElement>('#next')!;
    const dialog = root.querySelector<ConfirmDialog>('custom-models-confirm-dialog')!;
    opener.focus();
    dialog.open = true;
    await until(() => dialog.querySelector('sl-dialog')?.hasAttribute('open'), 'opened');
    // It starts closing; before it has finished, the user goes on to another control.
    dialog.querySelector('sl-dialog')!.addEventListener('sl-hide', () => next.focus(), {
      once: true,
    });
    const closed = oneEvent(dialog.querySelector('sl-dialog')!, 'sl-after-hide');
    await sendKeys({ press: 'Escape' });
    await closed;
    for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve));
    expect(deepActiveElement(), 'focus stays where the user put it').to.equal(next);
  });
});

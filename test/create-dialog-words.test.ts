import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import type SlButton from '@shoelace-style/shoelace/dist/components/button/button.component.js';
import type SlInput from '@shoelace-style/shoelace/dist/components/input/input.component.js';
import type SlSelect from '@shoelace-style/shoelace/dist/components/select/select.component.js';
import '../src/custom-models-provider.js';
import '../src/create-model-dialog.js';
import type { CreateModelDialog } from '../src/create-model-dialog.js';
import { RecordingApi } from './helpers/recording-api.js';
import { textOf, until } from './helpers/shoelace.js';

// Shoelace's own animations stay on here: the closing dialog is what is tested.

type Snapshot = {
  name?: string;
  role?: string;
  invalid?: string | boolean;
  description?: string;
  disabled?: boolean;
  children?: Snapshot[];
};
function find(node: Snapshot, match: (n: Snapshot) => boolean): Snapshot | undefined {
  if (match(node)) return node;
  for (const child of node.children ?? []) {
    const found = find(child, match);
    if (found) return found;
  }
  return undefined;
}

describe('<create-model-dialog> words and closing', () => {
  let api: RecordingApi;
  afterEach(() => api?.dispose());

  async function open() {
    api = new RecordingApi({ models: [] });
    const provider = await fixture(
      html`<custom-models-provider .api=${api}
        ><create-model-dialog></create-model-dialog
      ></custom-models-provider>`,
    );
    const dialog = provider.querySelector<CreateModelDialog>('create-model-dialog')!;
    dialog.show();
    await until(() => dialog.shadowRoot!.querySelector('sl-select'), 'languages loaded');
    await until(
      () => !textOf(dialog.shadowRoot!.querySelector('form')).includes('Loading your'),
      'organization loaded',
    );
    const root = dialog.shadowRoot!;
    const name = root.querySelector<SlInput>('sl-input[name="name"]')!;
    const select = root.querySelector<SlSelect>('sl-select')!;
    const create = () =>
      [...root.querySelectorAll<SlButton>('sl-button')].find(
        (b) => b.textContent!.trim() === 'Create',
      )!;
    await until(
      () => name.matches(':focus-within') || name.shadowRoot!.activeElement,
      'name focused',
    );
    return { dialog, root, name, select, create };
  }

  it('says "Name is required" after the empty name is left, as the field’s description, marked invalid', async () => {
    const { name } = await open();
    await sendKeys({ press: 'Tab' }); // leave the empty name for the language
    await until(() => textOf(name).includes('Name is required.'), 'required said');
    const textbox = find(
      (await a11ySnapshot({})) as unknown as Snapshot,
      (n) => n.role === 'textbox' && /^Name\b/.test(n.name ?? ''),
    )!;
    expect(textbox, 'the Name textbox').to.not.equal(undefined);
    expect(textbox.invalid, 'invalid in the accessibility tree').to.be.oneOf([true, 'true']);
    expect(textbox.description).to.contain('Name is required.');
  });

  it('says it when the name is cleared, and Create explains itself instead of going pale', async () => {
    const { name, create, root } = await open();
    await sendKeys({ type: 'Legal' });
    for (let i = 0; i < 5; i++) await sendKeys({ press: 'Backspace' });
    await until(() => textOf(name).includes('Name is required.'), 'required said on clear');
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    // Create is offered: pressing it says what is missing and takes the user there.
    expect(create().disabled).to.equal(false);
    create().click();
    await until(
      () => textOf(root.querySelector('sl-select')).includes('Select the base language.'),
      'language asked',
    );
    expect(api.callsOf('createModel')).to.have.length(0);
    await until(() => name.matches(':focus-within'), 'focus on the name');
  });

  it('keeps showing what was submitted while it closes, then starts empty', async () => {
    const { dialog, name, select, create, root } = await open();
    await sendKeys({ type: 'Medical EN' });
    select.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => select.open, 'select opened');
    await sendKeys({ press: 'Enter' });
    await until(() => select.value, 'language chosen');
    const chosen = select.value;
    const slDialog = root.querySelector('sl-dialog')!;
    const samples: Array<{
      name: string;
      language: unknown;
      loading: boolean;
      createEnabled: boolean;
    }> = [];
    let closed = false;
    // The select's own popup sends sl-after-hide too (it bubbles): only the dialog's counts.
    slDialog.addEventListener('sl-after-hide', (e) => {
      if (e.target === slDialog) closed = true;
    });
    slDialog.addEventListener(
      'sl-hide',
      () => {
        const sample = () => {
          if (closed) return;
          const s = dialog.shadowRoot!;
          samples.push({
            name: s.querySelector<SlInput>('sl-input[name="name"]')?.value ?? '',
            language: s.querySelector<SlSelect>('sl-select')?.value,
            loading: textOf(s.querySelector('form')).includes('Loading'),
            createEnabled: !create().disabled,
          });
          requestAnimationFrame(sample);
        };
        sample();
      },
      { once: true },
    );
    create().click();
    await until(() => closed, 'dialog closed', 6000);
    expect(samples.length, 'frames seen while closing').to.be.greaterThan(2);
    for (const s of samples) {
      expect(s).to.deep.equal({
        name: 'Medical EN',
        language: chosen,
        loading: false,
        createEnabled: false,
      });
    }
    dialog.show();
    await dialog.updateComplete;
    await until(() => dialog.shadowRoot!.querySelector('sl-select'), 'languages again');
    expect(name.value, 'a new form after closing').to.equal('');
    expect(dialog.shadowRoot!.querySelector<SlSelect>('sl-select')!.value).to.equal('');
  });
});

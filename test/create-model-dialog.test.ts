import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type SlButton from '@shoelace-style/shoelace/dist/components/button/button.component.js';
import type SlInput from '@shoelace-style/shoelace/dist/components/input/input.component.js';
import type SlSelect from '@shoelace-style/shoelace/dist/components/select/select.component.js';
import '../src/custom-models-provider.js';
import '../src/create-model-dialog.js';
import type { CreateModelDialog } from '../src/create-model-dialog.js';
import type { ModelCreatedEvent } from '../src/events/events.js';
import { HOSTILE_NAMES, RecordingApi } from './helpers/recording-api.js';
import { disableShoelaceAnimations, textOf, until } from './helpers/shoelace.js';
import { useShoelaceTheme } from './helpers/theme.js';

disableShoelaceAnimations();

describe('<create-model-dialog>', () => {
  let api: RecordingApi;
  afterEach(() => api?.dispose());

  async function openDialog(options: ConstructorParameters<typeof RecordingApi>[0] = {}) {
    api = new RecordingApi(options);
    const provider = await fixture(
      html`<custom-models-provider .api=${api}>
        <create-model-dialog></create-model-dialog>
      </custom-models-provider>`,
    );
    const dialog = provider.querySelector<CreateModelDialog>('create-model-dialog')!;
    dialog.show();
    await until(() => dialog.shadowRoot!.querySelector('sl-select'), 'languages loaded');
    const root = dialog.shadowRoot!;
    return {
      dialog,
      nameInput: root.querySelector<SlInput>('sl-input[name="name"]')!,
      select: root.querySelector<SlSelect>('sl-select')!,
      create: () => root.querySelector<SlButton>('sl-button[type="submit"]')!,
      close: () => root.querySelector<SlButton>('sl-button.smoke')!,
    };
  }

  async function typeName(input: SlInput, text: string) {
    input.focus();
    await sendKeys({ type: text });
  }

  /** Chooses an option with the keyboard, as a user would: Enter opens, arrows move, Enter picks. */
  async function chooseLanguage(select: SlSelect, label: string) {
    const options = [...select.querySelectorAll('sl-option')];
    const index = options.findIndex((o) => o.textContent!.trim() === label);
    select.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => select.open, 'select opened');
    const start = options.findIndex((o) => o.current);
    for (let i = Math.max(start, 0); i < index; i++) await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await until(() => select.value === options[index]!.value, `language ${label} chosen`);
  }

  it('shows the seed title, form id, fields, labels and buttons', async () => {
    const { dialog, nameInput, select, create, close } = await openDialog();
    const root = dialog.shadowRoot!;
    expect(root.querySelector('sl-dialog')!.getAttribute('label')).to.equal('New custom model');
    expect(root.querySelector('form')!.id).to.equal('create-custom-model-form');
    expect(nameInput.label).to.equal('Name');
    expect(nameInput.placeholder).to.equal('Name');
    expect(nameInput.type).to.equal('text');
    expect(nameInput.required).to.equal(true);
    expect(select.label).to.equal('Language');
    expect(select.multiple).to.equal(false);
    expect(create().textContent!.trim()).to.equal('Create');
    expect(create().variant).to.equal('primary');
    expect(create().type).to.equal('submit');
    expect(close().textContent!.trim()).to.equal('Close');
  });

  it("offers the adapter's trainable languages: name as label, id as value", async () => {
    const { select } = await openDialog();
    const languages = await api.inner.listTrainableLanguages();
    const options = [...select.querySelectorAll('sl-option')];
    expect(options.map((o) => o.value)).to.deep.equal(languages.map((l) => l.id));
    expect(options.map((o) => o.textContent!.trim())).to.include('English');
  });

  it('sends nothing until a non-blank name and a language are given, and says what is missing', async () => {
    const { dialog, nameInput, select, create } = await openDialog();
    // Create is offered (not a pale button with a tooltip): pressing it says why nothing happens.
    expect(create().disabled).to.equal(false);
    create().click();
    await until(() => textOf(nameInput).includes('Name is required.'), 'name asked');
    expect(textOf(select)).to.contain('Select the base language.');
    await typeName(nameInput, '   ');
    await chooseLanguage(select, 'Dutch');
    create().click();
    await dialog.updateComplete;
    expect(textOf(nameInput), 'whitespace name').to.contain('Name is required.');
    expect(api.callsOf('createModel')).to.have.length(0);
    nameInput.select();
    await sendKeys({ type: 'Legal NL' });
    await until(() => !textOf(nameInput).includes('Name is required.'), 'name accepted');
    expect(nameInput.getAttribute('aria-invalid')).to.equal('false');
  });

  it('sends nothing while the organization has not loaded, and says it is loading', async () => {
    api = new RecordingApi();
    api.hang('getSession');
    const dialog = await fixture<CreateModelDialog>(
      html`<create-model-dialog .api=${api} open></create-model-dialog>`,
    );
    await until(() => dialog.shadowRoot!.querySelector('sl-select'), 'languages loaded');
    const input = dialog.shadowRoot!.querySelector<SlInput>('sl-input')!;
    await typeName(input, 'Medical EN');
    dialog.shadowRoot!.querySelector<SlSelect>('sl-select')!.value = '1';
    (dialog as unknown as { languageId: string }).languageId = '1';
    await dialog.updateComplete;
    dialog.shadowRoot!.querySelector<SlButton>('sl-button[type="submit"]')!.click();
    await dialog.updateComplete;
    expect(api.callsOf('createModel')).to.have.length(0);
    expect(textOf(dialog.shadowRoot!.querySelector('form'))).to.contain(
      'Loading your organization',
    );
  });

  it('creates on Enter, once, then closes and fires model-created', async () => {
    const { dialog, nameInput, select } = await openDialog();
    await chooseLanguage(select, 'English');
    await typeName(nameInput, '  Cardiology EN  ');
    const created = oneEvent(dialog, 'model-created') as Promise<ModelCreatedEvent>;
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    const event = await created;
    expect(event.detail.model.name).to.equal('Cardiology EN');
    expect(event.detail.model.trainingStatus).to.equal(1);
    expect(api.callsOf('createModel')).to.have.length(1);
    expect(api.callsOf('createModel')[0]!.args[0]).to.deep.equal({
      name: 'Cardiology EN',
      languageId: '1',
    });
    await until(() => !dialog.open, 'closed');
  });

  it('creates once on a double click', async () => {
    const { nameInput, select, create } = await openDialog();
    api.delay('createModel', 100);
    await typeName(nameInput, 'Double');
    await chooseLanguage(select, 'English');
    create().click();
    create().click();
    await until(() => api.callsOf('createModel').length === 1 && !create().loading, 'created');
    expect(api.callsOf('createModel')).to.have.length(1);
  });

  it('stays open with what was typed, the message and focus on the field when create fails', async () => {
    const { dialog, nameInput, select, create } = await openDialog();
    api.fail('createModel', 'validation', 'That name is taken.', {
      times: 1,
      fieldErrors: { name: 'A custom model with this name already exists.' },
    });
    await typeName(nameInput, 'Taken name');
    await chooseLanguage(select, 'German');
    create().click();
    await until(() => dialog.shadowRoot!.querySelector('sl-alert[part="error"]'), 'error shown');
    expect(dialog.open).to.equal(true);
    expect(nameInput.value).to.equal('Taken name');
    expect(select.value).to.equal(select.querySelectorAll('sl-option')[2]!.value);
    expect(textOf(dialog.shadowRoot!.querySelector('sl-alert[part="error"]'))).to.contain(
      'That name is taken.',
    );
    expect(textOf(nameInput)).to.contain('A custom model with this name already exists.');
    await until(
      () => nameInput.matches(':focus-within') || nameInput.shadowRoot!.activeElement != null,
      'name focused',
    );
  });

  it('says a duplicate name once, beside the field, and marks the field invalid', async () => {
    const removeTheme = await useShoelaceTheme('light');
    const { dialog, nameInput, select, create } = await openDialog({
      models: [
        {
          id: '1',
          key: 'cm-1',
          name: 'Medical EN',
          baseLanguage: { id: '1', key: 'en-gb', name: 'English' },
          trainingStatus: 1,
          lastModified: '2026-01-01T10:00:00.000Z',
        },
      ],
    });
    await typeName(nameInput, 'Medical EN');
    await chooseLanguage(select, 'English');
    create().click();
    const sentence = 'A custom model named "Medical EN" already exists.';
    await until(() => textOf(nameInput).includes(sentence) || !dialog.open, 'refused');
    await dialog.updateComplete;
    expect(textOf(nameInput)).to.contain(sentence);
    expect(dialog.shadowRoot!.querySelector('sl-alert[part="error"]'), 'no second copy').to.equal(
      null,
    );
    expect(textOf(dialog.shadowRoot!.querySelector('form'))!.split(sentence)).to.have.length(2);
    expect(nameInput.getAttribute('aria-invalid')).to.equal('true');
    const base = nameInput.shadowRoot!.querySelector('[part~="base"]')!;
    const invalidBorder = getComputedStyle(base).borderTopColor;
    // Typing clears the server's verdict: the field looks like any other again.
    await typeName(nameInput, 'Medical EN 2');
    await dialog.updateComplete;
    expect(nameInput.getAttribute('aria-invalid')).to.equal('false');
    expect(getComputedStyle(base).borderTopColor).not.to.equal(invalidBorder);
    removeTheme();
  });

  it("shows the server's own sentence for a plan limit (which limit, what to do)", async () => {
    // The in-memory adapter refuses the 3rd model with its plan's sentence, as the service does.
    const { dialog, nameInput, select, create } = await openDialog({
      models: 2,
      organization: { customModelLimit: 2 },
    });
    await typeName(nameInput, 'One too many');
    await chooseLanguage(select, 'English');
    create().click();
    await until(() => dialog.shadowRoot!.querySelector('sl-alert[part="error"]'), 'error shown');
    const text = textOf(dialog.shadowRoot!.querySelector('sl-alert[part="error"]'));
    expect(text).to.contain(
      'Your plan allows 2 custom models. Delete a model or upgrade your plan to create more.',
    );
    expect(text).not.to.contain('plan does not include this');
    expect(api.callsOf('createModel')).to.have.length(1);
  });

  it('explains a plan refusal in a plain sentence when the adapter gives no message', async () => {
    const { dialog, nameInput, select, create } = await openDialog();
    api.fail('createModel', 'payment-required', '', { times: 1 });
    await typeName(nameInput, 'One too many');
    await chooseLanguage(select, 'English');
    create().click();
    await until(() => dialog.shadowRoot!.querySelector('sl-alert[part="error"]'), 'error shown');
    const text = textOf(dialog.shadowRoot!.querySelector('sl-alert[part="error"]'));
    expect(text).to.contain("Your organization's plan does not include this.");
  });

  it('shows an error with Retry inside the modal when languages fail to load', async () => {
    api = new RecordingApi();
    api.fail('listTrainableLanguages', 'network', 'The service could not be reached.', {
      times: 1,
    });
    const dialog = await fixture<CreateModelDialog>(
      html`<create-model-dialog .api=${api} open></create-model-dialog>`,
    );
    await until(
      () => textOf(dialog.shadowRoot).includes('The languages could not be loaded.'),
      'error shown',
    );
    const retry = [...dialog.shadowRoot!.querySelectorAll('sl-button')].find(
      (b) => b.textContent!.trim() === 'Retry',
    )!;
    retry.click();
    await until(
      () => dialog.shadowRoot!.querySelector('sl-select'),
      'languages loaded after retry',
    );
    expect(api.callsOf('listTrainableLanguages')).to.have.length(2);
  });

  it('closes with Close and with Escape without creating', async () => {
    const { dialog, close } = await openDialog();
    close().click();
    await until(() => !dialog.open, 'closed by Close');
    dialog.show();
    await until(() => dialog.shadowRoot!.querySelector('sl-dialog')!.open, 'reopened');
    dialog.shadowRoot!.querySelector<SlInput>('sl-input')!.focus();
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.open, 'closed by Escape');
    expect(api.callsOf('createModel')).to.have.length(0);
  });

  it('shows a hostile adapter message as text', async () => {
    const { dialog, nameInput, select, create } = await openDialog();
    api.fail('createModel', 'server', HOSTILE_NAMES[0]!, { times: 1 });
    await typeName(nameInput, 'x');
    await chooseLanguage(select, 'English');
    create().click();
    await until(() => dialog.shadowRoot!.querySelector('sl-alert[part="error"]'), 'error shown');
    expect(textOf(dialog.shadowRoot!.querySelector('sl-alert[part="error"]'))).to.contain(
      HOSTILE_NAMES[0]!,
    );
    expect(dialog.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('is accessible when open', async () => {
    const { dialog } = await openDialog();
    await expect(dialog).to.be.accessible();
  });
});

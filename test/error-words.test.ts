import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type SlInput from '@shoelace-style/shoelace/dist/components/input/input.component.js';
import '../src/custom-models-provider.js';
import '../src/create-model-dialog.js';
import '../src/custom-model-details.js';
import '../src/translations/nl.js';
import '../src/translations/fr.js';
import '../src/translations/de.js';
import { InMemoryCustomModelsApi } from '../src/adapters.js';
import * as errors from '../src/api/errors.js';
import { CustomModelsApiError } from '../src/api/errors.js';
import { TrainingStatus, type CustomModel } from '../src/api/types.js';
import type { CreateModelDialog } from '../src/create-model-dialog.js';
import { en } from '../src/i18n/en.js';
import { nl } from '../src/i18n/nl.js';
import { fr } from '../src/i18n/fr.js';
import { de } from '../src/i18n/de.js';
import { RecordingApi } from './helpers/recording-api.js';
import { api as scriptix, reset, rejection, rule, MODELS } from './helpers/scriptix-mock.js';
import { disableShoelaceAnimations, textOf, until } from './helpers/shoelace.js';
import { findByRole } from './helpers/by-role.js';

disableShoelaceAnimations();

const medical: CustomModel = {
  id: '1',
  key: 'cm-1',
  name: 'Medical EN',
  baseLanguage: { id: '1', key: 'en-gb', name: 'English' },
  trainingStatus: TrainingStatus.NotRunning,
  lastModified: '2026-01-01T10:00:00.000Z',
};

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(CustomModelsApiError);
    return (error as CustomModelsApiError).code;
  }
  throw new Error('expected a refusal');
}

describe('errors in the user’s language', () => {
  let api: RecordingApi | undefined;
  afterEach(() => api?.dispose());

  it('gives each known refusal of the in-memory adapter its code', async () => {
    const mem = new InMemoryCustomModelsApi({
      models: [medical],
      latencyMs: 0,
      organization: { customModelLimit: 2 },
    });
    expect(await codeOf(mem.createModel({ name: 'medical en', languageId: '1' }))).to.equal(
      'duplicate-name',
    );
    expect(await codeOf(mem.getModel('nope'))).to.equal('unknown-model');
    await mem.createModel({ name: 'Second', languageId: '1' });
    expect(await codeOf(mem.createModel({ name: 'Third', languageId: '1' }))).to.equal(
      'plan-limit',
    );
    await mem.uploadDataset('1', new File(['x'], 'a.txt'));
    await mem.startTraining('1');
    expect(await codeOf(mem.startTraining('1'))).to.equal('model-busy');
    mem.dispose();
  });

  it('says a failed run’s known reason by code (empty transcript, no audio)', async () => {
    // An empty transcript the server took (an upload of one is refused now: see below).
    const mem = new InMemoryCustomModelsApi({
      models: [medical],
      latencyMs: 0,
      trainingTimeMs: 20,
      datasets: { '1': [{ id: 'ds-1', name: 'empty.txt', kind: 'transcript', sizeBytes: 0 }] },
    });
    await mem.startTraining('1');
    let failed = await mem.getModel('1');
    while (failed.trainingStatus !== TrainingStatus.Failed) {
      expect(failed.trainingStatus).to.be.oneOf([
        TrainingStatus.ReadyToRun,
        TrainingStatus.Running,
      ]);
      await new Promise((resolve) => setTimeout(resolve, 10));
      failed = await mem.getModel('1');
    }
    expect(failed.statusCode).to.equal('empty-transcript');
    expect(failed.statusMessage).to.contain('empty.txt');
    mem.dispose();
  });

  it('says an upload the server refuses by its code: an empty transcript, unreadable audio', async () => {
    const mem = new InMemoryCustomModelsApi({ models: [medical], latencyMs: 0 });
    expect(await codeOf(mem.uploadDataset('1', new File([''], 'empty.txt')))).to.equal(
      'empty-transcript',
    );
    expect(await codeOf(mem.uploadDataset('1', new File(['abcd'], 'broken.wav')))).to.equal(
      'unreadable-audio',
    );
    mem.dispose();
  });

  it('ScriptixApi gives codes for the refusals a status means on each call', async () => {
    await reset({ models: MODELS });
    await rule({
      method: 'GET',
      path: 'custom_models/99$',
      status: 404,
      body: { error: 'Not Found' },
    });
    expect((await rejection(scriptix().getModel('99'))).code).to.equal('unknown-model');
    await rule({
      method: 'POST',
      path: 'custom_models$',
      status: 409,
      body: { error: 'A model named "Medical EN" exists.', error_code: 'E_DUP' },
    });
    const duplicate = await rejection(
      scriptix().createModel({ name: 'Medical EN', languageId: '1' }),
    );
    expect(duplicate.code).to.equal('duplicate-name');
    expect(duplicate.message).to.equal('A model named "Medical EN" exists.');
    expect((duplicate.cause as CustomModelsApiError).code, 'the server’s code kept').to.equal(
      'E_DUP',
    );
    await rule({ method: 'POST', path: 'custom_models/5/run', status: 409, body: {} });
    expect((await rejection(scriptix().startTraining('5'))).code).to.equal('model-busy');
  });

  it('has a sentence for every known code in en, nl, fr and de', () => {
    const keys = [
      'cm.error.duplicateName',
      'cm.error.planLimit',
      'cm.error.modelBusy',
      'cm.error.emptyTranscript',
      'cm.error.noAudio',
      'cm.error.unreadableAudio',
      'cm.error.unknownModel',
    ] as const;
    expect(keys).to.have.length(
      (errors as { KNOWN_ERROR_CODES?: readonly unknown[] }).KNOWN_ERROR_CODES?.length ?? 0,
    );
    for (const catalogue of [nl, fr, de]) {
      for (const key of keys) {
        const text = (catalogue as Record<string, unknown>)[key];
        expect(text, key)
          .to.be.a('string')
          .and.not.equal((en as Record<string, unknown>)[key]);
      }
    }
  });

  it('under Dutch, a duplicate name shows a Dutch sentence under "Naam", with the service’s words beside it', async () => {
    api = new RecordingApi({ models: [medical] });
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="nl">
        <custom-models-provider .api=${api}
          ><create-model-dialog></create-model-dialog
        ></custom-models-provider>
      </div>`,
    );
    const dialog = wrapper.querySelector<CreateModelDialog>('create-model-dialog')!;
    dialog.show();
    await until(() => dialog.shadowRoot!.querySelector('sl-select'), 'languages loaded');
    const root = dialog.shadowRoot!;
    const name = root.querySelector<SlInput>('sl-input[name="name"]')!;
    expect(name.label).to.equal('Naam');
    name.focus();
    await sendKeys({ type: 'Medical EN' });
    const select = root.querySelector<HTMLElement & { value: string; open: boolean }>('sl-select')!;
    select.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => select.open, 'select opened');
    await sendKeys({ press: 'Enter' });
    await until(() => select.value, 'a language chosen');
    const create = [...root.querySelectorAll('sl-button')].find(
      (b) => b.textContent!.trim() === 'Maken',
    )!;
    create.click();
    await until(() => textOf(name).includes('Er bestaat') || !dialog.open, 'refused');
    await dialog.updateComplete;
    const help = textOf(name);
    expect(help).to.contain('Er bestaat al een aangepast model met deze naam.');
    expect(help, 'the service’s own words, as a detail').to.contain(
      'A custom model named "Medical EN" already exists.',
    );
    expect(help.indexOf('Er bestaat')).to.be.below(help.indexOf('A custom model named'));
    expect(name.getAttribute('aria-invalid')).to.equal('true');
  });

  it('under Dutch, renaming to a name already taken says so in Dutch, with the service’s words after', async () => {
    // Issue 24 #10: "the same for rename errors" (the adapter's English sentence under the name).
    api = new RecordingApi({
      models: [medical, { ...medical, id: '2', key: 'cm-2', name: 'Legal NL' }],
    });
    const provider = await fixture(
      html`<custom-models-provider .api=${api} lang="nl">
        <custom-model-details model-id="1"></custom-model-details>
      </custom-models-provider>`,
    );
    const details = provider.querySelector('custom-model-details')!;
    (await findByRole(details, 'button', { name: 'Model hernoemen' })).click();
    const input = await findByRole(details, 'textbox');
    await until(() => input.matches(':focus'), 'the name field focused');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'a' });
    await sendKeys({ up: 'Control' });
    await sendKeys({ type: 'Legal NL' });
    await sendKeys({ press: 'Enter' });
    await until(() => api!.callsOf('updateModel').length === 1, 'sent');
    await until(() => details.shadowRoot!.querySelector('.field-error'), 'refused');
    const said = textOf(details.shadowRoot!.querySelector('.field-error'));
    expect(said).to.equal(
      `${nl['cm.error.duplicateName']} De dienst meldde: A custom model named "Legal NL" already exists.`,
    );
    expect(said.startsWith('Er bestaat al een aangepast model met deze naam.')).to.equal(true);
  });

  it('under Dutch, a failed model says its known reason in Dutch under "Bericht van de dienst"', async () => {
    api = new RecordingApi({
      models: [
        {
          ...medical,
          trainingStatus: TrainingStatus.Failed,
          statusMessage: 'Training failed: transcript "session-12.txt" is empty.',
          statusCode: 'empty-transcript',
        },
      ],
    });
    const provider = await fixture(
      html`<custom-models-provider .api=${api} lang="nl">
        <custom-model-details model-id="1"></custom-model-details>
      </custom-models-provider>`,
    );
    const details = provider.querySelector('custom-model-details')!;
    await until(() => details.shadowRoot!.querySelector('.server-message'), 'failure shown');
    const message = details.shadowRoot!.querySelector('.server-message')!;
    expect(textOf(message)).to.contain('Bericht van de dienst');
    expect(textOf(message)).to.contain('Een transcriptie is leeg.');
    expect(textOf(message), 'the service’s words kept as a detail').to.contain('session-12.txt');
  });
});

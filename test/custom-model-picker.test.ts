import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type SlSelect from '@shoelace-style/shoelace/dist/components/select/select.js';
import '../src/custom-models-provider.js';
import '../src/custom-model-picker.js';
import {
  CustomModelPicker,
  CustomModelPickerChangeEvent,
  formatPickerValue,
  parsePickerValue,
} from '../src/custom-model-picker.js';
import type { CustomModel, Language } from '../src/api/types.js';
import { RecordingApi } from './helpers/recording-api.js';
import { contrastRatio, useShoelaceTheme } from './helpers/theme.js';

const LANGUAGES: Language[] = [
  { id: '1', key: 'en-gb', name: 'English' },
  { id: '2', key: 'nl-nl', name: 'Dutch' },
  { id: '3', key: 'de-de', name: 'German' },
];

const model = (
  id: string,
  name: string,
  language: number,
  trainingStatus: number,
): CustomModel => ({
  id,
  key: `cm-${id}`,
  name,
  baseLanguage: { ...LANGUAGES[language]! },
  trainingStatus,
  lastModified: '2026-01-01T10:00:00.000Z',
});

const MODELS = [
  model('10', 'Medical EN', 0, 4),
  model('11', 'Legal NL', 1, 4),
  model('12', 'Call centre EN', 0, 3),
  model('13', 'Finance DE', 2, 5),
  model('14', 'Radiology NL', 1, 1),
  model('15', 'Parliament NL', 1, 2),
  model('16', 'Aviation EN', 0, 4),
];

const apis: RecordingApi[] = [];
function recordingApi(
  models: CustomModel[] = MODELS,
  languages: Language[] = LANGUAGES,
): RecordingApi {
  const api = new RecordingApi({ models, languages, storage: null });
  apis.push(api);
  return api;
}

const select = (el: CustomModelPicker) => el.shadowRoot!.querySelector<SlSelect>('sl-select')!;
const optionEls = (el: CustomModelPicker) => [...el.shadowRoot!.querySelectorAll('sl-option')];
const labels = (el: CustomModelPicker) =>
  optionEls(el).map((o) => o.textContent!.replace(/\s+/g, ' ').trim());
const values = (el: CustomModelPicker) => optionEls(el).map((o) => o.value);
const statusText = (el: CustomModelPicker) =>
  el.shadowRoot!.querySelector('[part="status"]')!.textContent!.replace(/\s+/g, ' ').trim();

async function loaded(el: CustomModelPicker) {
  await waitUntil(
    () =>
      optionEls(el).length > 0 ||
      statusText(el) !== '' ||
      el.shadowRoot!.querySelector('[part="error"]'),
    'picker did not load',
  );
  await el.updateComplete;
  await select(el).updateComplete;
}

/** A picker inside a provider inside a native form. */
async function inForm(
  api: RecordingApi,
  picker = html`<custom-model-picker name="language"></custom-model-picker>`,
) {
  const form = await fixture<HTMLFormElement>(
    html`<form>
      <custom-models-provider .api=${api}>${picker}</custom-models-provider>
      <button type="submit">Upload</button>
    </form>`,
  );
  const el = form.querySelector('custom-model-picker')!;
  await loaded(el);
  return { form, el };
}

/** Chooses an option the way a mouse does: open the list, release on the option. */
async function chooseWithMouse(el: CustomModelPicker, value: string) {
  await select(el).show();
  const option = optionEls(el).find((o) => o.value === value)!;
  option.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, composed: true }));
}

/** What the form would send, through its submit event. */
async function submitted(form: HTMLFormElement): Promise<FormData | undefined> {
  let data: FormData | undefined;
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    data = new FormData(form);
  };
  form.addEventListener('submit', onSubmit);
  form.requestSubmit();
  await new Promise((r) => setTimeout(r));
  form.removeEventListener('submit', onSubmit);
  return data;
}

/** The focused element, through open shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

afterEach(() => {
  for (const api of apis.splice(0)) api.dispose();
});

describe('<custom-model-picker>', () => {
  it('lists every language with its successfully trained custom models grouped under it', async () => {
    const { el } = await inForm(recordingApi());
    expect(labels(el)).to.deep.equal([
      'English',
      'Aviation EN — English',
      'Medical EN — English',
      'Dutch',
      'Legal NL — Dutch',
      'German',
    ]);
    expect(values(el)).to.deep.equal(['1', '1:16', '1:10', '2', '2:11', '3']);
    expect(statusText(el)).to.equal('');
  });

  it('offers only models with status 4, asking the adapter for them with its signal', async () => {
    const api = recordingApi();
    const { el } = await inForm(api);
    const [call] = api.callsOf('listModels');
    expect(call!.args[0]).to.deep.include({
      page: 1,
      pageSize: 100,
      filters: { trainingStatus: [4] },
    });
    expect(call!.signal).to.be.instanceOf(AbortSignal);
    expect(labels(el).join('|')).not.to.match(/Call centre|Finance|Radiology|Parliament/);
  });

  it('filters on its own side when the adapter cannot filter by status', async () => {
    const api = recordingApi();
    api.capabilities = { sort: ['lastModified'], filters: ['name'] };
    const { el } = await inForm(api);
    const query = api.callsOf('listModels')[0]!.args[0] as Record<string, unknown>;
    expect(query).not.to.have.property('filters');
    expect(query).not.to.have.property('sort');
    expect(values(el)).to.deep.equal(['1', '1:16', '1:10', '2', '2:11', '3']);
  });

  it('pages through every successful model', async () => {
    const many = Array.from({ length: 260 }, (_, i) =>
      model(String(100 + i), `Model ${String(i).padStart(3, '0')}`, i % 3, i < 250 ? 4 : 3),
    );
    const api = recordingApi(many);
    const { el } = await inForm(
      api,
      html`<custom-model-picker name="language" filter-threshold="1000"></custom-model-picker>`,
    );
    expect(
      api.callsOf('listModels').map((c) => (c.args[0] as { page: number }).page),
    ).to.deep.equal([1, 2, 3]);
    expect(optionEls(el).filter((o) => o.classList.contains('model'))).to.have.length(250);
  });

  it('sets its value and fires a typed change event when the user chooses a model', async () => {
    const { el } = await inForm(recordingApi());
    const inputs: Event[] = [];
    el.addEventListener('input', (e) => inputs.push(e));
    setTimeout(() => void chooseWithMouse(el, '1:10'));
    const event = await oneEvent(el, 'change');
    expect(event).to.be.instanceOf(CustomModelPickerChangeEvent);
    const { detail } = event as CustomModelPickerChangeEvent;
    expect(detail.value).to.equal('1:10');
    expect(detail.language).to.deep.equal(LANGUAGES[0]);
    expect(detail.model).to.include({ id: '10', name: 'Medical EN' });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(inputs).to.have.length(1);
    expect(el.value).to.equal('1:10');
    expect(el.selection?.model?.name).to.equal('Medical EN');
  });

  it('can be used with the keyboard alone', async () => {
    const { el } = await inForm(recordingApi());
    el.focus();
    await sendKeys({ press: 'Enter' }); // opens the list
    await waitUntil(() => select(el).open);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const event = (await oneEvent(el, 'change')) as CustomModelPickerChangeEvent;
    expect(event.detail.value).to.equal('1:10');
    expect(event.detail.model?.name).to.equal('Medical EN');
  });

  it('keeps a custom model’s icon visible on the highlighted option, light and dark', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const removeLight = await useShoelaceTheme('light');
      const removeDark = theme === 'dark' ? await useShoelaceTheme('dark') : undefined;
      try {
        const { el } = await inForm(recordingApi());
        el.focus();
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => select(el).open);
        await sendKeys({ press: 'ArrowDown' }); // English, then Aviation EN
        const option = optionEls(el).find((o) => o.value === '1:16')!;
        await waitUntil(() => option.getAttribute('tabindex') === '0', 'not highlighted');
        await option.updateComplete;
        const icon = option.querySelector('sl-icon')!;
        const base = option.shadowRoot!.querySelector('[part="base"]')!;
        const iconColour = getComputedStyle(icon).color;
        const background = getComputedStyle(base).backgroundColor;
        // Non-text contrast (WCAG 1.4.11): at least 3:1 against the highlight.
        expect(
          contrastRatio(iconColour, background),
          `${theme}: ${iconColour} on ${background}`,
        ).to.be.at.least(3);
        await select(el).hide();
      } finally {
        removeDark?.();
        removeLight();
      }
    }
  });

  it('does not fire change when the value is set by script, and keeps Shoelace events inside', async () => {
    const { form, el } = await inForm(recordingApi());
    const heard: string[] = [];
    for (const type of ['change', 'sl-change', 'sl-show', 'sl-hide'])
      form.addEventListener(type, () => heard.push(type));
    el.value = '2:11';
    await el.updateComplete;
    expect(el.selection?.language).to.deep.equal(LANGUAGES[1]);
    expect(el.selection?.model).to.deep.include(MODELS[1]);
    await select(el).show();
    await select(el).hide();
    expect(heard).to.deep.equal([]);
  });

  describe('in a native form', () => {
    it('submits its value under its name', async () => {
      const { form, el } = await inForm(recordingApi());
      expect((await submitted(form))?.get('language')).to.equal('');
      await chooseWithMouse(el, '2:11');
      await waitUntil(() => el.value === '2:11');
      await el.updateComplete;
      expect((await submitted(form))?.get('language')).to.equal('2:11');
      el.value = '3';
      await el.updateComplete;
      expect((await submitted(form))?.get('language')).to.equal('3');
    });

    it('is cleared by a form reset (or goes back to its value attribute)', async () => {
      const { form, el } = await inForm(recordingApi());
      el.value = '1:10';
      await el.updateComplete;
      form.reset();
      await el.updateComplete;
      expect(el.value).to.equal('');
      expect(select(el).value).to.equal('');
      expect(new FormData(form).get('language')).to.equal('');

      const second = await inForm(
        recordingApi(),
        html`<custom-model-picker name="language" value="2"></custom-model-picker>`,
      );
      second.el.value = '1:16';
      await second.el.updateComplete;
      second.form.reset();
      await second.el.updateComplete;
      expect(second.el.value).to.equal('2');
      expect(second.el.selection?.language.name).to.equal('Dutch');
    });

    it('blocks submission while required and empty', async () => {
      const { form, el } = await inForm(
        recordingApi(),
        html`<custom-model-picker name="language" required></custom-model-picker>`,
      );
      expect(el.checkValidity()).to.equal(false);
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.validationMessage).to.equal('Please choose a language.');
      expect(form.checkValidity()).to.equal(false);
      expect(await submitted(form)).to.equal(undefined);

      el.value = '1';
      await el.updateComplete;
      expect(el.checkValidity()).to.equal(true);
      expect((await submitted(form))?.get('language')).to.equal('1');
    });

    it('shows its message and takes focus when a submit finds it required and empty', async () => {
      const { form, el } = await inForm(
        recordingApi(),
        html`<custom-model-picker name="language" required></custom-model-picker>`,
      );
      let submits = 0;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submits++;
      });
      const combobox = () => select(el).shadowRoot!.querySelector('[part~="combobox"]')!;
      const validBorder = getComputedStyle(combobox()).borderColor;
      const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
      submit.focus();
      submit.click();
      await el.updateComplete;
      await nextFrame();
      expect(submits).to.equal(0);

      // Focus is in the picker's control, as on a native required select.
      expect(deepActiveElement()).to.equal(select(el).displayInput);

      // The message is shown beside the picker, under its select.
      const message = el.shadowRoot!.querySelector<HTMLElement>('[part="invalid"]');
      expect(message, 'no message shown').to.not.equal(null);
      expect(message!.textContent!.trim()).to.equal('Please choose a language.');
      const box = message!.getBoundingClientRect();
      const pickerBox = el.getBoundingClientRect();
      const selectBox = select(el).getBoundingClientRect();
      expect(box.height).to.be.greaterThan(0);
      expect(box.top).to.be.at.least(selectBox.bottom - 1);
      expect(box.bottom).to.be.at.most(pickerBox.bottom + 1);
      // …and the select looks invalid (at the end of Shoelace's border transition).
      await waitUntil(
        () => getComputedStyle(combobox()).borderColor !== validBorder,
        'the select looks invalid',
      );

      // A choice makes it valid: the message goes.
      await chooseWithMouse(el, '1');
      await waitUntil(() => el.value === '1', 'no choice made');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="invalid"]')).to.equal(null);
      await select(el).updateComplete;
      select(el).blur();
      // Shoelace's border transition (its tokens are there even without a host theme) ends valid.
      await waitUntil(
        () => getComputedStyle(combobox()).borderColor === validBorder,
        `border back to valid (${getComputedStyle(combobox()).borderColor})`,
      );
      submit.click();
      expect(submits).to.equal(1);
    });

    it('is left out when disabled, also through a disabled fieldset', async () => {
      const api = recordingApi();
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <custom-models-provider .api=${api}>
            <fieldset disabled>
              <custom-model-picker name="language" value="1"></custom-model-picker>
            </fieldset>
          </custom-models-provider>
        </form>`,
      );
      const el = form.querySelector('custom-model-picker')!;
      await loaded(el);
      expect(new FormData(form).has('language')).to.equal(false);
      expect(select(el).disabled).to.equal(true);
      form.querySelector('fieldset')!.disabled = false;
      await el.updateComplete;
      expect(select(el).disabled).to.equal(false);
      expect(new FormData(form).get('language')).to.equal('1');
    });
  });

  it('uses the languages a host gives, without asking the adapter for them', async () => {
    const api = recordingApi();
    const host: Language[] = [{ id: 'en', key: 'en-GB', name: 'English (UK)' }];
    const { el } = await inForm(
      api,
      html`<custom-model-picker name="language" .languages=${host}></custom-model-picker>`,
    );
    expect(api.callsOf('listTrainableLanguages')).to.have.length(0);
    // Matched by key, so the host's id is used; models on other languages still get their group.
    expect(values(el)).to.deep.equal(['en', 'en:16', 'en:10', '2', '2:11']);
    expect(labels(el)).to.deep.equal([
      'English (UK)',
      'Aviation EN — English (UK)',
      'Medical EN — English (UK)',
      'Dutch',
      'Legal NL — Dutch',
    ]);
  });

  it('shows a loading state, then an empty state', async () => {
    const api = recordingApi([], []);
    api.delay('listModels', 300);
    const form = await fixture<HTMLElement>(
      html`<custom-models-provider .api=${api}>
        <custom-model-picker></custom-model-picker>
      </custom-models-provider>`,
    );
    const el = form.querySelector('custom-model-picker')!;
    await el.updateComplete;
    expect(statusText(el)).to.equal('Loading languages and custom models…');
    expect(select(el).disabled).to.equal(true);
    await waitUntil(() => statusText(el) === 'No languages are available.');
    expect(select(el).disabled).to.equal(true);
  });

  it('says when no custom model has finished training', async () => {
    const { el } = await inForm(recordingApi(MODELS.filter((m) => m.trainingStatus !== 4)));
    expect(labels(el)).to.deep.equal(['English', 'Dutch', 'German']);
    expect(statusText(el)).to.equal('No custom model has finished training yet.');
  });

  it('shows a load error with the adapter’s message, and Retry loads again', async () => {
    const api = recordingApi();
    api.fail('listModels', 'server', 'The service is temporarily unavailable.', { times: 1 });
    const { el } = await inForm(api);
    const error = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent!.replace(/\s+/g, ' ')).to.contain(
      'The languages and custom models could not be loaded. The service is temporarily unavailable.',
    );
    error.querySelector('sl-button')!.click();
    await waitUntil(() => optionEls(el).length === 6);
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
  });

  it('filters long lists as the user types, keeping the chosen option', async () => {
    const { el } = await inForm(
      recordingApi(),
      html`<custom-model-picker
        name="language"
        filter-threshold="3"
        value="2"
      ></custom-model-picker>`,
    );
    const filter = el.shadowRoot!.querySelector('sl-input')!;
    expect(filter.label).to.equal('Filter languages and custom models');
    filter.focus();
    await sendKeys({ type: 'médic' });
    await waitUntil(() => labels(el).length === 3);
    expect(labels(el)).to.deep.equal(['English', 'Medical EN — English', 'Dutch']);
    expect(statusText(el)).to.equal('3 matches');
    setTimeout(() => void sendKeys({ press: 'ArrowDown' }));
    await oneEvent(select(el), 'sl-after-show');
    expect(select(el).open).to.equal(true);

    filter.value = 'aviation';
    filter.dispatchEvent(new Event('sl-input'));
    await el.updateComplete;
    expect(labels(el)).to.deep.equal(['English', 'Aviation EN — English', 'Dutch']);
  });

  it('shows no filter field when the list is short', async () => {
    const { el } = await inForm(recordingApi());
    expect(el.shadowRoot!.querySelector('sl-input')).to.equal(null);
  });

  it('aborts loading when removed', async () => {
    const api = recordingApi();
    api.hang('listModels');
    const { el } = await inForm(api);
    const { signal } = api.callsOf('listModels')[0]!;
    el.remove();
    expect(signal!.aborted).to.equal(true);
  });

  it('has a value format that round-trips', () => {
    expect(formatPickerValue('2')).to.equal('2');
    expect(formatPickerValue('2', '17')).to.equal('2:17');
    expect(parsePickerValue(formatPickerValue('a:b c', 'x:y'))).to.deep.equal({
      languageId: 'a:b c',
      modelId: 'x:y',
    });
    expect(parsePickerValue('')).to.equal(null);
    expect(parsePickerValue('1:2:3')).to.equal(null);
  });

  it('is accessible', async () => {
    const { el } = await inForm(
      recordingApi(),
      html`<custom-model-picker
        name="language"
        required
        filter-threshold="3"
      ></custom-model-picker>`,
    );
    await expect(el).to.be.accessible();
  });
});

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { configureLocalization, msg, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement } from 'lit';
import shoelaceDe from '@shoelace-style/shoelace/dist/translations/de.js';
import shoelaceEn from '@shoelace-style/shoelace/dist/translations/en.js';
import '../src/custom-models-page.js';
import '../src/translations/nl.js';
import '../src/translations/fr.js';
import '../src/translations/de.js';
import type { CustomModelsPage } from '../src/custom-models-page.js';
import type { CustomModelDetails } from '../src/custom-model-details.js';
import type { CreateModelDialog } from '../src/create-model-dialog.js';
import type { DeleteModelDialog } from '../src/delete-model-dialog.js';
import type { ModelsGrid } from '../src/models-grid.js';
import { InMemoryCustomModelsApi } from '../src/adapters.js';
import type { CustomModel, Dataset } from '../src/api/types.js';
import { GUIDE_SHOWN_KEY } from '../src/custom-models-page/custom-models-page.component.js';
import { en } from '../src/i18n/en.js';
import { nl } from '../src/i18n/nl.js';
import { fr } from '../src/i18n/fr.js';
import { de } from '../src/i18n/de.js';
import { formatCount, plural } from '../src/i18n/catalogue.js';
import { LocalizeController, registerEnglish } from '../src/i18n/localize.js';
import { registerCustomModelsTranslation } from '../src/i18n/host-translations.js';
import { details as englishDetails } from '../src/i18n/en/details.js';
import { allElements } from './helpers/dom.js';
import { disableShoelaceAnimations, textOf, until } from './helpers/shoelace.js';

disableShoelaceAnimations();

type Catalogue = Record<string, unknown>;

const LAST_MODIFIED = new Date(Date.UTC(2026, 2, 12, 9, 30));
const UPLOADED = new Date(Date.UTC(2026, 1, 3, 15, 5));
const model = (id: string, name: string, status: number, key: string): CustomModel => ({
  id,
  key: `cm-${id}`,
  name,
  baseLanguage: { id, key, name: 'English' },
  trainingStatus: status,
  lastModified: LAST_MODIFIED.toISOString(),
});
const MODELS = [
  model('1', 'Medisch', 1, 'en-gb'),
  model('2', 'Juridisch', 4, 'nl-nl'),
  model('3', 'Pers', 3, 'de-de'),
];
const DATASETS: Dataset[] = [
  {
    id: 'd1',
    name: 'gesprek.wav',
    kind: 'audio',
    sizeBytes: 1_500_000,
    uploadedAt: UPLOADED.toISOString(),
  },
  {
    id: 'd2',
    name: 'gesprek.vtt',
    kind: 'transcript',
    sizeBytes: 2_048,
    uploadedAt: UPLOADED.toISOString(),
  },
];
/** Words that are data, not interface: model names and keys, file names. */
const DATA = new Set(
  [...MODELS.flatMap((m) => [m.name, m.key]), ...DATASETS.map((d) => d.name)]
    .join(' ')
    .toLowerCase()
    .match(/\p{L}+/gu),
);

/** Every word a catalogue can produce: its texts, and its functions called with sample values. */
function wordsOf(...catalogues: Catalogue[]): Set<string> {
  const words = new Set<string>();
  const add = (text: string) => {
    for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) words.add(word);
  };
  for (const catalogue of catalogues) {
    for (const [key, value] of Object.entries(catalogue)) {
      if (key.startsWith('$')) continue;
      if (typeof value === 'string') add(value);
      if (typeof value !== 'function') continue;
      for (const sample of [0, 1, 2, 1000, '\u0001']) {
        try {
          add(String((value as (...a: unknown[]) => string)(sample, sample, sample)));
        } catch {
          /* a sample of the wrong type: the others cover it */
        }
      }
    }
  }
  words.delete('nan');
  return words;
}

/** What a user sees or hears: every text node and label-like attribute, shadow trees included. */
function screenText(node: Element): string {
  const attributes = ['aria-label', 'title', 'placeholder', 'label', 'help-text', 'content'];
  const labels = allElements(node).flatMap((element) =>
    attributes.map((name) => element.getAttribute(name) ?? ''),
  );
  return `${textOf(node)} ${labels.join(' ')}`.replace(/\s+/g, ' ');
}

const ENGLISH = wordsOf(en, shoelaceEn as unknown as Catalogue);
/** English texts of two words or more, looked for whole. */
const ENGLISH_TEXTS = Object.values(en).filter(
  (value): value is string => typeof value === 'string' && /\p{L}+\s+\p{L}+/u.test(value),
);

/*
 * Words spelled the same in English and the language, so they may appear on its screen. Kept by
 * hand (not read from the catalogue under test, which would let an untranslated string through):
 * when a translation starts using another such word, add it here after checking it is meant.
 */
const SAME_EVERYWHERE = [
  // File types in the upload hint, the API and tag names in the no-adapter message, the feature
  // name "Force Alignment", language codes in the name examples ("Juridisch EN").
  ...['a', 'm', 'mp', 'wav', 'flac', 'vtt', 'srt', 'txt', 'jsonl', 'api', 'custom', 'models'],
  ...['provider', 'force', 'alignment', 'audio', 'en', 'nl'],
  // WER, the word error rate's abbreviation, is written so in every language.
  'wer',
];
const SAME_AS_ENGLISH: Record<string, string[]> = {
  nl: [
    ...['account', 'adapter', 'best', 'contact', 'data', 'dataset', 'datasets', 'element'],
    ...['enter', 'escape', 'filter', 'filters', 'gb', 'in', 'is', 'later', 'manifest', 'model'],
    ...['of', 'per', 'scroll', 'slide', 'start', 'status', 'support', 'train', 'training'],
    'upload',
  ],
  fr: [
    ...['actions', 'attention', 'base', 'file', 'format', 'go', 'message', 'notifications'],
    ...['option', 'options', 'page', 'possible', 's', 'service', 'session', 'transcription'],
    // English has it since "transcriptions can use it" (a trained model's meaning).
    'transcriptions',
    // "Jeu de test" (a test set).
    ...['test', 'type'],
  ],
  de: [
    ...['adapter', 'administrator', 'an', 'element', 'filter', 'gb', 'in', 'manifest', 'name'],
    ...['option', 'so', 'start', 'status', 'support', 'system', 'training', 'upgrade', 'upload'],
    'was',
    // "Test" is German too, and the Accuracy section's example names "test-01.wav".
    'test',
  ],
};

const LOCALES = [
  { code: 'nl', catalogue: nl, english: 'Engels', close: 'Sluiten' },
  { code: 'fr', catalogue: fr, english: 'Anglais', close: 'Fermer' },
  { code: 'de', catalogue: de, english: 'Englisch', close: 'Schließen' },
] as const;

/** English words and texts left on a screen in `code` (data and shared words aside). */
function englishLeft(text: string, code: string): string[] {
  const shared = new Set([...SAME_EVERYWHERE, ...SAME_AS_ENGLISH[code]!]);
  const words = new Set(text.toLowerCase().match(/\p{L}+/gu));
  const leftWords = [...words].filter((w) => ENGLISH.has(w) && !shared.has(w) && !DATA.has(w));
  const leftTexts = ENGLISH_TEXTS.filter((t) => t !== 'Force Alignment' && text.includes(t));
  return [...leftWords, ...leftTexts];
}

const dateTime = (code: string, date: Date) =>
  new Intl.DateTimeFormat(code, { dateStyle: 'medium', timeStyle: 'short' })
    .format(date)
    .replace(/\s+/g, ' ');

let apis: InMemoryCustomModelsApi[] = [];
beforeEach(() => localStorage.setItem(GUIDE_SHOWN_KEY, 'true'));
afterEach(() => {
  for (const api of apis) api.dispose();
  apis = [];
  localStorage.removeItem(GUIDE_SHOWN_KEY);
});

async function mountPage(lang: string) {
  const api = new InMemoryCustomModelsApi({
    models: MODELS,
    datasets: { '1': DATASETS },
    organization: { customModelLimit: 25, trainingCredits: 12 },
    storage: null,
  });
  apis.push(api);
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}><custom-models-page .api=${api}></custom-models-page></div>`,
  );
  const page = wrapper.querySelector<CustomModelsPage>('custom-models-page')!;
  const root = page.shadowRoot!;
  const grid = root.querySelector<ModelsGrid>('models-grid')!;
  await until(() => grid.shadowRoot!.querySelectorAll('tbody tr[data-id]').length === 3, 'rows');
  return { wrapper, page, root, grid };
}

/** Opens each filter popover (their dropdowns render on first open), then closes it. */
async function openEveryFilter(grid: ModelsGrid) {
  const triggers = [...grid.shadowRoot!.querySelectorAll<HTMLElement>('button.filter-trigger')];
  expect(triggers.length, 'filter triggers').to.be.greaterThan(0);
  for (const { dataset } of triggers) {
    const trigger = grid.shadowRoot!.querySelector<HTMLElement>(
      `button.filter-trigger[data-filter="${dataset.filter}"]`,
    )!;
    const shown = oneEvent(grid, 'sl-after-show');
    trigger.click();
    await shown;
    await grid.updateComplete;
    await grid
      .shadowRoot!.querySelector<HTMLElement & { hide(): Promise<void> }>(
        `sl-dropdown.filter[data-filter="${dataset.filter}"]`,
      )!
      .hide();
  }
}

describe('localisation', () => {
  for (const { code, catalogue, english, close } of LOCALES) {
    describe(code, () => {
      it('leaves no English on the list page, its filters and every dialog', async () => {
        const { page, root, grid } = await mountPage(code);
        await openEveryFilter(grid);
        let text = screenText(page);

        page.openGuide();
        await until(() => root.querySelector('custom-models-guide')!.open, 'guide open');

        page.openCreateDialog();
        const create = root.querySelector<CreateModelDialog>('create-model-dialog')!;
        await until(() => create.shadowRoot!.querySelectorAll('sl-option').length > 0, 'languages');
        text += screenText(page);
        create.hide();

        grid
          .shadowRoot!.querySelector<HTMLElement>('tr[data-id="2"] [data-action="delete"]')!
          .click();
        const remove = () => root.querySelector<DeleteModelDialog>('delete-model-dialog')!;
        await until(() => remove()?.open, 'delete dialog open');
        text += screenText(page);

        expect(englishLeft(text, code), 'English left').to.deep.equal([]);
        expect(text).to.contain(catalogue['cm.page.title']);
        expect(text, 'date in the locale').to.contain(dateTime(code, LAST_MODIFIED));
        expect(text, 'language name').to.contain(english);
        // Shoelace's own strings: the dialogs' close buttons.
        const dialog = remove().shadowRoot!.querySelector('sl-dialog')!;
        expect(dialog.getAttribute('lang')).to.equal(code);
        expect(
          dialog.shadowRoot!.querySelector('[part~="close-button"]')!.getAttribute('label'),
        ).to.equal(close);
      });

      it('leaves no English in one model’s details, with numbers and dates of the locale', async () => {
        const { page, root } = await mountPage(code);
        page.modelId = '1';
        const details = () => root.querySelector<CustomModelDetails>('custom-model-details');
        await until(() => details()?.shadowRoot?.querySelector('.datasets-table'), 'details');
        await until(
          () => details()!.shadowRoot!.querySelector('dataset-upload')?.shadowRoot,
          'upload',
        );
        const text = screenText(page);

        expect(englishLeft(text, code), 'English left').to.deep.equal([]);
        expect(text, 'date in the locale').to.contain(dateTime(code, LAST_MODIFIED));
        expect(text, 'upload date').to.contain(dateTime(code, UPLOADED));
        expect(text, 'language name').to.contain(english);
        expect(text, 'dataset count').to.contain(
          (catalogue['cm.details.datasetsCount'] as (n: number) => string)(2),
        );
        const credits = (catalogue['cm.details.confirmCost'] as (n: number) => string)(12);
        expect(text, 'credits').to.contain(credits.replace(/\s+/g, ' '));
      });
    });
  }

  it('switches live when an ancestor’s lang changes, Shoelace strings included', async () => {
    const { wrapper, page, root } = await mountPage('nl');
    const title = () => root.querySelector('h1')!.textContent!.trim();
    const banner = root.querySelector('sl-alert.banner')!;
    const closeLabel = () =>
      banner.shadowRoot!.querySelector('[part~="close-button"]')!.getAttribute('label');
    expect(title()).to.equal('Aangepaste modellen');
    await until(() => closeLabel() === 'Sluiten', 'Shoelace close in Dutch');

    wrapper.lang = 'fr';
    await until(() => title() === 'Modèles personnalisés', 'French title');
    await until(() => closeLabel() === 'Fermer', 'Shoelace close in French');
    expect(wrapper.querySelector('custom-models-page')).to.equal(page); // not re-mounted
    const grid = root.querySelector<ModelsGrid>('models-grid')!;
    await until(() => textOf(grid).includes(dateTime('fr', LAST_MODIFIED)), 'French dates');
    expect(textOf(grid)).to.contain('Anglais');

    wrapper.removeAttribute('lang');
    const documentLang = document.documentElement.lang;
    document.documentElement.lang = 'de';
    try {
      await until(() => title() === 'Benutzerdefinierte Modelle', 'German from the document');
      await until(() => closeLabel() === 'Schließen', 'Shoelace close in German');
    } finally {
      document.documentElement.lang = documentLang;
    }
  });

  it('gives a loading button’s spinner the locale too', async () => {
    const { root, grid } = await mountPage('de');
    apis[0]!.latencyMs = 30_000; // the delete stays pending for the rest of the test
    grid.shadowRoot!.querySelector<HTMLElement>('tr[data-id="2"] [data-action="delete"]')!.click();
    const dialog = () => root.querySelector<DeleteModelDialog>('delete-model-dialog')!;
    await until(() => dialog()?.open, 'delete dialog open');
    const confirm = dialog().shadowRoot!.querySelector<HTMLElement>('sl-button[variant="danger"]')!;
    confirm.click();
    await until(() => confirm.shadowRoot!.querySelector('sl-spinner'), 'spinner shown');
    const spinner = confirm.shadowRoot!.querySelector('sl-spinner')!;
    await until(() => spinner.getAttribute('lang') === 'de', 'spinner in German');
    await until(
      () =>
        spinner.shadowRoot!.querySelector('[aria-label]')?.getAttribute('aria-label') ===
        shoelaceDe.loading,
      'German "Loading"',
    );
  });

  it('works inside a host that uses @lit/localize, following lang set in its shadow root', async () => {
    const { setLocale, getLocale } = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['nl'],
      loadLocale: async () => ({ templates: { greeting: 'Welkom' } }),
    });
    const api = new InMemoryCustomModelsApi({ models: MODELS, storage: null });
    apis.push(api);
    class LitLocalizedHost extends LitElement {
      constructor() {
        super();
        updateWhenLocaleChanges(this);
      }
      override render() {
        return html`<div lang=${getLocale()}>
          <p>${msg('Welcome', { id: 'greeting' })}</p>
          <custom-models-page .api=${api}></custom-models-page>
        </div>`;
      }
    }
    customElements.define('lit-localized-host', LitLocalizedHost);
    const host = await fixture<LitLocalizedHost>(html`<lit-localized-host></lit-localized-host>`);
    const page = host.shadowRoot!.querySelector<CustomModelsPage>('custom-models-page')!;
    const title = () => page.shadowRoot!.querySelector('h1')!.textContent!.trim();
    expect(title()).to.equal('Custom models');

    await setLocale('nl');
    await host.updateComplete;
    expect(host.shadowRoot!.querySelector('p')!.textContent).to.equal('Welkom');
    await until(() => title() === 'Aangepaste modellen', 'our page follows the host’s lang');
    const grid = page.shadowRoot!.querySelector<ModelsGrid>('models-grid')!;
    await until(() => textOf(grid).includes('Laatst gewijzigd'), 'grid in Dutch');
    await setLocale('en');
    await until(() => title() === 'Custom models', 'back to English');
  });

  it('lets a host override one string and add a partial language that falls back to English', async () => {
    const { wrapper, root } = await mountPage('nl');
    const title = () => root.querySelector('h1')!.textContent!.trim();
    const caption = () => root.querySelector('.caption')!.textContent!.trim();
    registerCustomModelsTranslation({
      $code: 'nl',
      $name: 'Nederlands',
      $dir: 'ltr',
      'cm.page.title': 'Spraakmodellen',
    });
    try {
      await until(() => title() === 'Spraakmodellen', 'override shown');
      expect(caption()).to.equal(nl['cm.page.caption']);
    } finally {
      registerCustomModelsTranslation({ ...nl });
    }

    registerCustomModelsTranslation({
      $code: 'es',
      $name: 'Español',
      $dir: 'ltr',
      'cm.page.title': 'Modelos personalizados',
    });
    wrapper.lang = 'es-ES';
    await until(() => title() === 'Modelos personalizados', 'Spanish title (es for es-ES)');
    expect(caption()).to.equal(en['cm.page.caption']);
    const grid = textOf(root.querySelector('models-grid'));
    expect(grid).to.contain(dateTime('es-ES', LAST_MODIFIED));
    expect(grid).to.contain('Inglés');
    expect(grid, 'no key names').not.to.match(/cm\.\w/);
  });

  it("keeps a host's override of a string whose view loads later (the details' English)", async () => {
    class Reader extends LitElement {
      readonly localize = new LocalizeController(this);
    }
    if (!customElements.get('cm-test-reader')) customElements.define('cm-test-reader', Reader);
    const reader = await fixture<Reader>(html`<cm-test-reader lang="en"></cm-test-reader>`);
    const english = { $code: 'en', $name: 'English', $dir: 'ltr' } as const;
    registerCustomModelsTranslation({ ...english, 'cm.details.back': 'Back to our models' });
    try {
      // What the details' module does when the page first loads it, after the host's override.
      registerEnglish(englishDetails);
      reader.requestUpdate();
      await reader.updateComplete;
      expect(reader.localize.term('cm.details.back')).to.equal('Back to our models');
    } finally {
      registerCustomModelsTranslation({ ...english, 'cm.details.back': en['cm.details.back'] });
    }
  });

  it('writes plurals and counts the way each language does', () => {
    const files = (code: string, n: number, one: string, other: string) =>
      plural(code, n, { one: `# ${one}`, other: `# ${other}` });
    expect(files('nl', 1, 'bestand', 'bestanden')).to.equal('1 bestand');
    expect(files('nl', 3, 'bestand', 'bestanden')).to.equal('3 bestanden');
    expect(files('fr', 0, 'fichier', 'fichiers')).to.equal('0 fichier');
    expect(files('de', 0, 'Datei', 'Dateien')).to.equal('0 Dateien');
    expect(formatCount('nl', 1234)).to.equal('1.234');
    expect(formatCount('de', 1234)).to.equal('1.234');
    expect(formatCount('fr', 1234).replace(/\s/g, ' ')).to.equal('1 234');
    const refused = (c: Catalogue, n: number) =>
      (c['cm.upload.refusedTitle'] as (n: number) => string)(n);
    expect(refused(nl, 1)).to.equal('1 bestand is niet geüpload');
    expect(refused(de, 2)).to.equal('2 Dateien wurden nicht hochgeladen');
    expect(refused(fr, 1)).to.equal('1 fichier n’a pas été importé');
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import { LocalizeController as ShoelaceLocalizeController } from '@shoelace-style/localize';
import shoelaceNl from '@shoelace-style/shoelace/dist/translations/nl.js';
import '../src/custom-models-page.js';
import '../src/translations/nl.js';
import type { CustomModelsPage } from '../src/custom-models-page.js';
import { InMemoryCustomModelsApi } from '../src/adapters.js';
import { registerCustomModelsTranslation } from '../src/i18n/host-translations.js';
import { allElements } from './helpers/dom.js';
import { disableShoelaceAnimations, until } from './helpers/shoelace.js';

disableShoelaceAnimations();

/*
 * How the library reads Shoelace's translation registry (src/i18n/localize.ts): through the private
 * `getTranslationData` where it exists (pinned here), through the public `exists`/`term` where a
 * host's @shoelace-style/localize lacks it; and Shoelace's own elements get a `lang` copied onto
 * them only when the language is not the document's.
 */

type LookUp = (this: object, lang: string) => { primary?: object; secondary?: object };
type Method = (this: object, ...args: unknown[]) => unknown;
const prototype = ShoelaceLocalizeController.prototype as unknown as {
  getTranslationData?: LookUp;
  exists: Method;
  term: Method;
};

const apis: InMemoryCustomModelsApi[] = [];
afterEach(() => apis.splice(0).forEach((api) => api.dispose()));

async function mountPage(lang?: string) {
  const api = new InMemoryCustomModelsApi({ storage: null });
  apis.push(api);
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang ?? ''}><custom-models-page .api=${api}></custom-models-page></div>`,
  );
  const page = wrapper.querySelector<CustomModelsPage>('custom-models-page')!;
  const root = page.shadowRoot!;
  await until(() => root.querySelector('h1'), 'title');
  return { wrapper, root, title: () => root.querySelector('h1')!.textContent!.trim() };
}

/** Shoelace elements anywhere under `node`, shadow roots included. */
const shoelaceElements = (node: Node) =>
  allElements(node).filter((element) => element.localName.startsWith('sl-'));

describe('Shoelace translation registry', () => {
  it('still offers the lookup we read: the catalogues of a language and of its region', () => {
    registerCustomModelsTranslation({
      $code: 'qa',
      $name: 'Test',
      $dir: 'ltr',
      'cm.page.title': 'QA title',
    });
    registerCustomModelsTranslation({
      $code: 'qa-zz',
      $name: 'Test (ZZ)',
      $dir: 'ltr',
      'cm.page.caption': 'QA-ZZ caption',
    });
    expect(prototype.getTranslationData, 'getTranslationData').to.be.a('function');
    const host = { addController() {} } as unknown as ReactiveControllerHost & HTMLElement;
    const controller = new ShoelaceLocalizeController(host);
    const data = prototype.getTranslationData!.call(controller, 'qa-ZZ');
    expect(data.primary).to.include({ 'cm.page.caption': 'QA-ZZ caption' });
    expect(data.secondary).to.include({ 'cm.page.title': 'QA title' });
  });

  it('shows the same strings through the public API when the private lookup is gone', async () => {
    // As if Shoelace renamed its private method: its public `exists` and `term` still work.
    const { getTranslationData, exists, term } = prototype;
    const withLookUp = (method: Method): Method =>
      function (this: object, ...args) {
        Object.assign(this, { getTranslationData });
        try {
          return method.apply(this, args);
        } finally {
          delete (this as { getTranslationData?: LookUp }).getTranslationData;
        }
      };
    delete prototype.getTranslationData;
    prototype.exists = withLookUp(exists);
    prototype.term = withLookUp(term);
    try {
      const { wrapper, root, title } = await mountPage('nl-BE');
      // Dutch for a region of it, English for what Dutch lacks (none here: a host's partial one).
      expect(title()).to.equal('Aangepaste modellen');
      registerCustomModelsTranslation({
        $code: 'qb',
        $name: 'Partial',
        $dir: 'ltr',
        'cm.page.title': 'Partial title',
      });
      wrapper.lang = 'qb';
      await until(() => title() === 'Partial title', 'the partial language');
      expect(root.textContent).to.contain('Getting Started'); // English where it has none
    } finally {
      Object.assign(prototype, { getTranslationData, exists, term });
    }
  });

  it('leaves Shoelace elements alone while the language is the document’s', async () => {
    const documentLang = document.documentElement.lang;
    document.documentElement.lang = 'nl';
    try {
      const { wrapper, root, title } = await mountPage();
      await until(() => title() === 'Aangepaste modellen', 'Dutch from the document');
      const banner = root.querySelector('sl-alert.banner')!;
      const closeLabel = () =>
        banner.shadowRoot!.querySelector('[part~="close-button"]')!.getAttribute('label');
      await until(() => closeLabel() === shoelaceNl.close, 'Shoelace close in Dutch');
      const shoelace = shoelaceElements(root);
      expect(shoelace.length, 'Shoelace elements').to.be.greaterThan(5);
      expect(
        shoelace.filter((element) => element.hasAttribute('lang')).map((e) => e.localName),
        'no lang copied',
      ).to.deep.equal([]);

      // Another language on a wrapper: copied onto them, and kept in step once back.
      wrapper.lang = 'en';
      await until(() => title() === 'Custom models', 'English from the wrapper');
      await until(() => closeLabel() === 'Close', 'Shoelace close in English');
      expect(banner.getAttribute('lang')).to.equal('en');
      wrapper.removeAttribute('lang');
      await until(() => title() === 'Aangepaste modellen', 'Dutch again');
      await until(() => closeLabel() === shoelaceNl.close, 'Shoelace close in Dutch again');
    } finally {
      document.documentElement.lang = documentLang;
    }
  });
});

// The localStorage keys users already have, written out as literals on purpose: the other tests
// import the constants, so a renamed key would pass them while every user who saw the guide (or
// dismissed the banner) before an upgrade would see it again. `customModelsGuideShown` is the
// spec's name; `customModelsBannerDismissed` is documented in the README. Change them only with a
// migration from the old key.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/custom-models-page.js';
import type { CustomModelsPage } from '../src/custom-models-page.js';
import type { CustomModelsGuide } from '../src/custom-models-guide.js';
import { InMemoryCustomModelsApi } from '../src/adapters.js';
import { disableShoelaceAnimations, until } from './helpers/shoelace.js';

disableShoelaceAnimations();

const GUIDE_KEY = 'customModelsGuideShown';
const BANNER_KEY = 'customModelsBannerDismissed';

describe('stored keys, as users have them', () => {
  let api: InMemoryCustomModelsApi | undefined;
  let before: Set<string>;
  const keys = () => new Set(Object.keys(localStorage));
  beforeEach(() => {
    localStorage.removeItem(GUIDE_KEY);
    localStorage.removeItem(BANNER_KEY);
    before = keys();
  });
  afterEach(() => {
    api?.dispose();
    // Every key a test wrote, whatever its name: a renamed key must not carry over to the next test.
    for (const key of keys()) if (!before.has(key)) localStorage.removeItem(key);
  });

  async function mount() {
    api?.dispose();
    api = new InMemoryCustomModelsApi();
    const page = await fixture<CustomModelsPage>(
      html`<custom-models-page .api=${api}></custom-models-page>`,
    );
    await page.updateComplete;
    const root = page.shadowRoot!;
    return {
      page,
      root,
      // Whether the guide is open (it may load on demand: no element or not upgraded yet is closed).
      guideOpen: () => Boolean(root.querySelector<CustomModelsGuide>('custom-models-guide')?.open),
      banner: () => root.querySelector<HTMLElement>('[part="banner"]'),
      /** The page has loaded its data: the grid shows rows. */
      loaded: () =>
        until(
          () => root.querySelector('models-grid')?.shadowRoot?.querySelector('tbody tr[data-id]'),
          'rows shown',
        ),
    };
  }

  it(`records the first-visit guide under "${GUIDE_KEY}"`, async () => {
    const { guideOpen } = await mount();
    await until(guideOpen, 'the guide opens on a first visit');
    expect(localStorage.getItem(GUIDE_KEY)).to.equal('true');
  });

  it(`does not open the guide for a user whose storage has "${GUIDE_KEY}"`, async () => {
    localStorage.setItem(GUIDE_KEY, 'true');
    const { page, root, guideOpen, loaded } = await mount();
    await loaded();
    // The page decides on its first update; a first-visit guide opens once its module has loaded
    // and the page has updated. So: wait for that module, then ask for the create dialog, which
    // opens the same way, later. Once it is open, a guide asked for before it would be open too.
    await customElements.whenDefined('custom-models-guide');
    await new Promise((resolve) => setTimeout(resolve));
    page.openCreateDialog();
    await until(
      () => root.querySelector<HTMLElement & { open: boolean }>('create-model-dialog')?.open,
      'the create dialog opened after the page decided',
    );
    expect(guideOpen()).to.equal(false);
  });

  it(`records a dismissed banner under "${BANNER_KEY}"`, async () => {
    localStorage.setItem(GUIDE_KEY, 'true');
    const { banner } = await mount();
    await until(() => banner(), 'banner shown');
    banner()!.shadowRoot!.querySelector<HTMLElement>('[part~="close-button"]')!.click();
    await until(() => localStorage.getItem(BANNER_KEY) === 'true', 'dismissal stored');
  });

  it(`does not show the banner to a user whose storage has "${BANNER_KEY}"`, async () => {
    localStorage.setItem(GUIDE_KEY, 'true');
    localStorage.setItem(BANNER_KEY, 'true');
    const { root, loaded } = await mount();
    await loaded();
    expect(root.querySelector('[part="banner"]')).to.equal(null);
  });
});

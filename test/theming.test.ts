import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type SlButton from '@shoelace-style/shoelace/dist/components/button/button.component.js';
import '../src/custom-models-page.js';
import type { CustomModelsPage } from '../src/custom-models-page.js';
import { GUIDE_SHOWN_KEY } from '../src/custom-models-page/custom-models-page.component.js';
import { RecordingApi } from './helpers/recording-api.js';
import { disableShoelaceAnimations, until } from './helpers/shoelace.js';

disableShoelaceAnimations();

function useStylesheet(href: string): Promise<() => void> {
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
  document.head.append(link);
  return new Promise((resolve, reject) => {
    link.onload = () => resolve(() => link.remove());
    link.onerror = () => reject(new Error(`${href} did not load`));
  });
}

/** Every element in the page, through every shadow root. */
function allElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    found.push(el);
    if (el.shadowRoot) found.push(...allElements(el.shadowRoot));
  }
  return found;
}

describe('theming and icons', () => {
  let api: RecordingApi;
  let removeTheme: (() => void) | undefined;

  beforeEach(() => localStorage.setItem(GUIDE_SHOWN_KEY, 'true'));
  afterEach(async () => {
    api?.dispose();
    removeTheme?.();
    removeTheme = undefined;
    document.documentElement.classList.remove('sl-theme-light', 'sl-theme-dark');
    await emulateMedia({ colorScheme: 'light' });
    localStorage.removeItem(GUIDE_SHOWN_KEY);
  });

  async function mountPage(style = '') {
    api = new RecordingApi();
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style=${style}><custom-models-page .api=${api}></custom-models-page></div>`,
    );
    const page = wrapper.querySelector<CustomModelsPage>('custom-models-page')!;
    const grid = page.shadowRoot!.querySelector('models-grid')!;
    await until(() => grid.shadowRoot?.querySelector('tbody tr[data-id]'), 'rows');
    return page;
  }

  const newModelButton = (page: CustomModelsPage) =>
    [...page.shadowRoot!.querySelectorAll<SlButton>('sl-button')].find(
      (b) => b.variant === 'primary',
    )!;
  const background = (button: SlButton) =>
    getComputedStyle(button.shadowRoot!.querySelector('[part~="base"]')!).backgroundColor;

  it("follows a host's brand colour through Shoelace's tokens, without touching the source", async () => {
    removeTheme = await useStylesheet(
      '/node_modules/@shoelace-style/shoelace/dist/themes/light.css',
    );
    const page = await mountPage('--sl-color-primary-600: rgb(124, 58, 237)');
    await until(
      () => background(newModelButton(page)) === 'rgb(124, 58, 237)',
      'brand colour applied',
    );
  });

  it('themes/auto.css follows prefers-color-scheme unless the host sets the theme class', async () => {
    removeTheme = await useStylesheet('/themes/auto.css');
    const page = await mountPage();
    const token = () =>
      getComputedStyle(page).getPropertyValue('--sl-color-neutral-0').replace(/\s+/g, ' ').trim();
    await emulateMedia({ colorScheme: 'light' });
    const light = token();
    await emulateMedia({ colorScheme: 'dark' });
    await until(() => token() !== light, 'dark tokens when the system prefers dark');
    const dark = token();
    document.documentElement.classList.add('sl-theme-light');
    await until(() => token() === light, 'the host forces light');
    document.documentElement.classList.replace('sl-theme-light', 'sl-theme-dark');
    await emulateMedia({ colorScheme: 'light' });
    await until(() => token() === dark, 'the host forces dark');
  });

  it('renders every icon with no network request', async () => {
    performance.clearResourceTimings();
    const page = await mountPage();
    // Open what shows the most icons: the guide and the create dialog.
    page.openGuide();
    page.openCreateDialog();
    await until(
      () => allElements(page.shadowRoot!).some((el) => el.tagName === 'SL-SELECT'),
      'dialog content',
    );
    const icons = allElements(document.body).filter((el) => el.tagName === 'SL-ICON');
    expect(icons.length).to.be.greaterThan(10);
    for (const icon of icons) {
      expect(icon.getAttribute('library'), icon.getAttribute('name') ?? '').to.be.oneOf([
        'custom-models',
        'system',
      ]);
    }
    await until(
      () => icons.every((icon) => icon.shadowRoot?.querySelector('svg')),
      'every icon drawn',
    );
    const requested = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => /\.svg(\?|$)|\/icons\//.test(name));
    expect(requested).to.deep.equal([]);
  });
});

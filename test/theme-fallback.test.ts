import { expect, fixture, html } from '@open-wc/testing';
import '../src/custom-models-page.js';
import type { CustomModelsPage } from '../src/custom-models-page.js';
import { GUIDE_SHOWN_KEY } from '../src/custom-models-page/custom-models-page.component.js';
import { RecordingApi } from './helpers/recording-api.js';
import { disableShoelaceAnimations, textOf, until } from './helpers/shoelace.js';
import { useShoelaceTheme } from './helpers/theme.js';

disableShoelaceAnimations();

/*
 * A host that loads no stylesheet at all: the elements fall back to the light theme's tokens
 * (the grid's Columns menu used to be drawn see-through over the rows). A host's theme still wins.
 */

/** The colour's alpha: 1 for opaque, 0 for transparent. */
const alpha = (color: string) => {
  const match = /rgba\([^)]*,\s*([\d.]+)\)/.exec(color);
  return match ? Number(match[1]) : color === 'transparent' ? 0 : 1;
};
const channels = (color: string) => (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);

describe('with no theme from the host', () => {
  let api: RecordingApi;
  let removeTheme: (() => void) | undefined;

  beforeEach(() => localStorage.setItem(GUIDE_SHOWN_KEY, 'true'));
  afterEach(() => {
    api?.dispose();
    removeTheme?.();
    removeTheme = undefined;
    localStorage.removeItem(GUIDE_SHOWN_KEY);
  });

  async function openColumnsMenu() {
    api = new RecordingApi();
    const page = await fixture<CustomModelsPage>(
      html`<custom-models-page .api=${api}></custom-models-page>`,
    );
    const grid = page.shadowRoot!.querySelector('models-grid')!;
    await until(() => grid.shadowRoot!.querySelector('tbody tr[data-id]'), 'rows shown');
    const trigger = [...grid.shadowRoot!.querySelectorAll<HTMLElement>('button')].find(
      (b) => textOf(b) === 'Columns',
    )!;
    trigger.click();
    await until(() => grid.shadowRoot!.querySelector('sl-dropdown[open] sl-menu'), 'menu open');
    const menu = grid.shadowRoot!.querySelector('sl-menu')!;
    const newButton = [...page.shadowRoot!.querySelectorAll('sl-button')].find(
      (b) => textOf(b) === 'New Custom Model',
    )!;
    return { page, menu, newButton };
  }

  it("draws the Columns menu opaque and the buttons in the light theme's colours", async () => {
    const { menu, newButton } = await openColumnsMenu();
    await until(
      () => alpha(getComputedStyle(menu).backgroundColor) === 1,
      `the menu's panel is opaque (${getComputedStyle(menu).backgroundColor})`,
    );
    expect(channels(getComputedStyle(menu).backgroundColor)).to.deep.equal([255, 255, 255]);
    const base = newButton.shadowRoot!.querySelector('[part~="base"]')!;
    // Shoelace's light primary (sky 600), white label.
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(2, 132, 199)');
    expect(getComputedStyle(base).color).to.equal('rgb(255, 255, 255)');
  });

  it("leaves the host's theme to win: dark menu under Shoelace's dark theme", async () => {
    removeTheme = await useShoelaceTheme('dark');
    const { menu } = await openColumnsMenu();
    const [r = 255, g = 255, b = 255] = channels(getComputedStyle(menu).backgroundColor);
    expect(Math.max(r, g, b), 'dark panel').to.be.lessThan(60);
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import '../src/custom-models-provider.js';
import '../src/custom-models-page.js';
import '../src/custom-model-picker.js';
import '../src/model-status-badge.js';
import { GUIDE_SHOWN_KEY } from '../src/custom-models-page/custom-models-page.component.js';
import { RecordingApi } from './helpers/recording-api.js';
import { disableShoelaceAnimations, until } from './helpers/shoelace.js';

disableShoelaceAnimations();

/*
 * A portal's container styles inherited text properties for its own content (centred, spaced,
 * upper-case, italic, unbreakable text). They stop at our elements' :host: cells, labels and
 * buttons look as they do in a plain container. Colour still inherits, on purpose.
 */

const HOSTILE = `
  .portal {
    text-align: center;
    white-space: nowrap;
    letter-spacing: 3px;
    word-spacing: 12px;
    line-height: 3;
    text-transform: uppercase;
    font-style: italic;
    font-weight: 700;
    text-indent: 40px;
    font-variant: small-caps;
    color: rgb(120, 20, 60);
  }
`;

const PROPERTIES = [
  'text-align',
  'white-space',
  'letter-spacing',
  'word-spacing',
  'line-height',
  'text-transform',
  'font-style',
  'font-weight',
  'text-indent',
  'font-variant-caps',
] as const;

type Styles = Record<string, Record<string, string>>;

describe('host CSS stops at :host', () => {
  let apis: RecordingApi[] = [];

  beforeEach(() => localStorage.setItem(GUIDE_SHOWN_KEY, 'true'));
  afterEach(() => {
    apis.forEach((api) => api.dispose());
    apis = [];
    localStorage.removeItem(GUIDE_SHOWN_KEY);
  });

  /** Renders the page, a picker and a badge in a container of `className`; reads their text styles. */
  async function stylesIn(className: string): Promise<{ styles: Styles; page: HTMLElement }> {
    const api = new RecordingApi();
    apis.push(api);
    const container = await fixture<HTMLElement>(
      html`<div>
        <style>
          ${HOSTILE}
        </style>
        <div class=${className}>
          <custom-models-provider .api=${api}>
            <custom-models-page></custom-models-page>
            <custom-model-picker name="language"></custom-model-picker>
            <model-status-badge status="4"></model-status-badge>
          </custom-models-provider>
        </div>
      </div>`,
    );
    const page = container.querySelector<HTMLElement>('custom-models-page')!;
    const root = page.shadowRoot!;
    const grid = root.querySelector('models-grid')!.shadowRoot!;
    await until(() => grid.querySelector('tbody tr[data-id] td'), 'rows shown');
    const picker = container.querySelector('custom-model-picker')!.shadowRoot!;
    await until(() => picker.querySelector('sl-select'), 'picker shown');
    const select = picker.querySelector('sl-select')!;
    await until(() => select.shadowRoot?.querySelector('[part~="form-control-label"]'), 'label');
    const badge = container.querySelector('model-status-badge')!.shadowRoot!;
    const newButton = [...root.querySelectorAll('sl-button')].find((b) =>
      b.textContent!.includes('New Custom Model'),
    )!;
    const targets: Record<string, Element | null | undefined> = {
      title: root.querySelector('h1'),
      'banner text': root.querySelector('[part="banner"]'),
      'button label': newButton.shadowRoot!.querySelector('[part~="label"]'),
      'column header': grid.querySelector('thead th'),
      'name cell': grid.querySelector('tbody tr[data-id] td'),
      'pager text': grid.querySelector('[part~="pager"], .pager'),
      'picker label': select.shadowRoot!.querySelector('[part~="form-control-label"]'),
      'picker value': select.shadowRoot!.querySelector('[part~="display-input"]'),
      badge: badge.querySelector('span') ?? badge.firstElementChild,
    };
    const styles: Styles = {};
    for (const [name, element] of Object.entries(targets)) {
      expect(element, name).to.not.equal(null);
      const computed = getComputedStyle(element!);
      styles[name] = Object.fromEntries(PROPERTIES.map((p) => [p, computed.getPropertyValue(p)]));
    }
    return { styles, page };
  }

  it('cells, labels and buttons look as in a plain container; colour still inherits', async () => {
    const plain = await stylesIn('plain');
    const hostile = await stylesIn('portal');
    expect(hostile.styles).to.deep.equal(plain.styles);
    expect(getComputedStyle(hostile.page).color).to.equal('rgb(120, 20, 60)');
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/custom-models-page.js';
import '../src/models-grid.js';
import type { CustomModelsPage, ModelsGrid } from '../src/index.js';
import { InMemoryCustomModelsApi } from '../src/adapters.js';
import {
  BANNER_DISMISSED_KEY,
  GUIDE_SHOWN_KEY,
} from '../src/custom-models-page/custom-models-page.component.js';
import { disableShoelaceAnimations, until } from './helpers/shoelace.js';

// Layout as the user sees it, measured in real Chromium: the element's own width decides
// (container queries), so the tests size a wrapper as a host portal's column would.
disableShoelaceAnimations();
window.addEventListener('error', (event) => {
  if (String(event.message).includes('ResizeObserver loop')) event.stopImmediatePropagation();
});

const apis: InMemoryCustomModelsApi[] = [];
function api() {
  const value = new InMemoryCustomModelsApi({ latencyMs: 0 });
  apis.push(value);
  return value;
}
afterEach(() => {
  while (apis.length) apis.pop()!.dispose();
  localStorage.removeItem(BANNER_DISMISSED_KEY);
});
before(() => localStorage.setItem(GUIDE_SHOWN_KEY, 'true'));
after(() => setViewport({ width: 800, height: 600 }));

async function gridAt(width: number): Promise<ModelsGrid> {
  const wrapper = await fixture<HTMLElement>(
    html`<div style="width: ${width}px"><models-grid .api=${api()}></models-grid></div>`,
  );
  const grid = wrapper.querySelector('models-grid')!;
  await until(() => grid.shadowRoot!.querySelector('tbody tr[data-id]'), 'rows shown');
  await grid.updateComplete;
  return grid;
}

function inside(box: DOMRect, el: Element | Range | null | undefined, what: string) {
  expect(el, what).to.not.equal(null);
  const r = el!.getBoundingClientRect();
  expect(r.width, `${what} has a size`).to.be.greaterThan(0);
  expect(r.left, `${what} left`).to.be.at.least(box.left - 0.5);
  expect(r.right, `${what} right`).to.be.at.most(box.right + 0.5);
}

/** Nothing in `root` (shadow roots included) reaches past `box`, except inside a scroller. */
function overflowing(root: ParentNode, box: DOMRect): string[] {
  const out: string[] = [];
  const walk = (node: ParentNode) => {
    for (const el of Array.from(node.children)) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && (r.right > box.right + 0.5 || r.left < box.left - 0.5))
        out.push(`${el.tagName.toLowerCase()}.${el.className} ${r.left}–${r.right}`);
      if (el.classList.contains('scroller') && el.scrollWidth > el.clientWidth + 1)
        out.push(`the grid's rows scroll sideways (${el.scrollWidth} > ${el.clientWidth})`);
      if (el.shadowRoot) walk(el.shadowRoot);
      walk(el);
    }
  };
  walk(root);
  return out;
}

describe('responsive layout', () => {
  it('at 1280 px every header cell holds its label, sort, info and filter buttons (nothing clipped)', async () => {
    await setViewport({ width: 1280, height: 800 });
    for (const lang of ['en', 'nl', 'fr', 'de']) {
      const grid = await gridAt(1240);
      grid.lang = lang;
      await grid.updateComplete;
      for (const th of grid.shadowRoot!.querySelectorAll<HTMLElement>('thead th')) {
        if (getComputedStyle(th).display === 'none') continue;
        const cell = th.getBoundingClientRect();
        for (const control of th.querySelectorAll('button, .label')) {
          const r = control.getBoundingClientRect();
          if (!r.width) continue;
          expect(r.right, `${lang} ${th.className}: ${control.className}`).to.be.at.most(
            cell.right + 0.5,
          );
        }
      }
    }
  });

  it("at 390 px the first row's name, status and actions lie inside the grid's box", async () => {
    const grid = await gridAt(390);
    const box = grid.getBoundingClientRect();
    const row = grid.shadowRoot!.querySelector('tbody tr[data-id]')!;
    inside(box, row.querySelector('.open.name'), 'name');
    inside(box, row.querySelector('.c-trainingStatus .badge'), 'status');
    inside(box, row.querySelector('.action.edit'), 'edit');
    inside(box, row.querySelector('.action.delete'), 'delete');
    // The date's text (the cell's own): its range, not the cell's box.
    const date = document.createRange();
    date.selectNodeContents(row.querySelector('.c-lastModified')!);
    inside(box, date, 'last modified');
  });

  it('in a 320 px window nothing in the page reaches past its box or scrolls sideways', async () => {
    await setViewport({ width: 320, height: 640 });
    const page = await fixture<CustomModelsPage>(
      html`<custom-models-page
        style="display:block; width: 304px"
        .api=${api()}
      ></custom-models-page>`,
    );
    const grid = () => page.shadowRoot!.querySelector('models-grid')!;
    await until(() => grid().shadowRoot!.querySelector('tbody tr[data-id]'), 'rows shown');
    await grid().updateComplete;
    expect(overflowing(page.shadowRoot!, page.getBoundingClientRect())).to.deep.equal([]);
    expect(document.documentElement.scrollWidth).to.be.at.most(
      document.documentElement.clientWidth,
    );
  });

  it('column positions are equal before and after a filter', async () => {
    const grid = await gridAt(1100);
    const positions = () =>
      Array.from(grid.shadowRoot!.querySelectorAll('thead th')).map((th) =>
        Math.round(th.getBoundingClientRect().left),
      );
    const before = positions();
    grid.filters = { name: 'Radio' };
    await until(
      () => grid.shadowRoot!.querySelectorAll('tbody tr[data-id]').length < 12,
      'filtered rows',
    );
    await grid.updateComplete;
    expect(positions()).to.deep.equal(before);
  });

  it('the headers and the tooltip read as the seed writes them, not in capitals', async () => {
    const grid = await gridAt(1100);
    const th = (id: string) => grid.shadowRoot!.querySelector<HTMLElement>(`thead th.c-${id}`)!;
    expect(th('trainingStatus').innerText.trim()).to.equal('Training Status');
    expect(th('lastModified').innerText.trim()).to.equal('Last Modified');
    expect(getComputedStyle(th('baseLanguage')).textTransform).to.equal('none');
  });

  it('on a narrow page the banner is a short summary that Read more opens', async () => {
    const page = await fixture<CustomModelsPage>(
      html`<custom-models-page
        style="display:block; width: 390px"
        .api=${api()}
      ></custom-models-page>`,
    );
    await page.updateComplete;
    const banner = page.shadowRoot!.querySelector<HTMLElement>('.banner')!;
    const toggle = banner.querySelector<HTMLButtonElement>('.banner-toggle')!;
    // <sl-alert>'s host is display: contents; its box is the base part.
    const box = () => banner.shadowRoot!.querySelector('[part~="base"]')!.getBoundingClientRect();
    await until(() => box().height > 0, 'banner shown');
    expect(box().height).to.be.below(200);
    expect(banner.querySelector<HTMLElement>('.banner-more')!.offsetHeight).to.equal(0);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await page.updateComplete;
    expect(banner.querySelector<HTMLElement>('.banner-more')!.offsetHeight).to.be.greaterThan(0);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
  });

  it('on a wide page the whole banner shows and the toggle does not', async () => {
    const page = await fixture<CustomModelsPage>(
      html`<custom-models-page
        style="display:block; width: 1100px"
        .api=${api()}
      ></custom-models-page>`,
    );
    await page.updateComplete;
    const banner = page.shadowRoot!.querySelector<HTMLElement>('.banner')!;
    const base = () => banner.shadowRoot!.querySelector('[part~="base"]')!;
    await until(() => base().getBoundingClientRect().height > 0, 'banner shown');
    expect(banner.querySelector<HTMLElement>('.banner-more')!.offsetHeight).to.be.greaterThan(0);
    expect(banner.querySelector<HTMLElement>('.banner-toggle')!.offsetHeight).to.equal(0);
  });
});

describe('zoomed windows', () => {
  /** The page in a window of `width` × `height` CSS px, its rows shown. */
  async function pageIn(width: number, height: number) {
    await setViewport({ width, height });
    const page = await fixture<CustomModelsPage>(
      html`<custom-models-page .api=${api()}></custom-models-page>`,
    );
    const grid = page.shadowRoot!.querySelector('models-grid')!;
    await until(() => grid.shadowRoot!.querySelector('tbody tr[data-id]'), 'rows shown');
    await grid.updateComplete;
    return { page, grid, scroller: grid.shadowRoot!.querySelector<HTMLElement>('.scroller')! };
  }

  it('at 200 % (640 × 400) the grid is no small box of rows: the page scrolls as a whole', async () => {
    const { grid, scroller } = await pageIn(640, 400);
    const rows = [...grid.shadowRoot!.querySelectorAll('tbody tr[data-id]')];
    expect(rows.length).to.be.greaterThan(5);
    // No scroll region inside the page's scroll: every row of the page lies in the grid's box.
    expect(scroller.scrollHeight, 'the rows scroll inside the grid').to.be.at.most(
      scroller.clientHeight + 1,
    );
    const box = grid.getBoundingClientRect();
    expect(rows.at(-1)!.getBoundingClientRect().bottom).to.be.at.most(box.bottom + 0.5);
    expect(document.documentElement.scrollHeight).to.be.greaterThan(400);
  });

  it('in a tall window the grid keeps the seed’s 79vh box, the rows scrolling inside it', async () => {
    const { grid } = await pageIn(1280, 800);
    expect(Math.round(grid.getBoundingClientRect().height)).to.equal(Math.round(800 * 0.79));
  });

  it('at 400 % (320 × 200) nothing reaches past the page or scrolls sideways', async () => {
    const { page, grid } = await pageIn(320, 200);
    expect(overflowing(page.shadowRoot!, page.getBoundingClientRect())).to.deep.equal([]);
    expect(document.documentElement.scrollWidth).to.be.at.most(
      document.documentElement.clientWidth,
    );
    const row = grid.shadowRoot!.querySelector('tbody tr[data-id]')!;
    const box = grid.getBoundingClientRect();
    inside(box, row.querySelector('.open.name'), 'name');
    inside(box, row.querySelector('.action.delete'), 'delete');
  });
});

describe('responsive details', () => {
  it('at 390 px the datasets list keeps each file name whole and its upload date', async () => {
    await import('../src/custom-model-details.js');
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 390px">
        <custom-model-details model-id="1" .api=${api()}></custom-model-details>
      </div>`,
    );
    const details = wrapper.querySelector('custom-model-details')!;
    await until(() => details.shadowRoot!.querySelector('.datasets-table tbody tr'), 'datasets');
    const row = details.shadowRoot!.querySelector('.datasets-table tbody tr')!;
    const name = row.querySelector<HTMLElement>('.file-name')!;
    const lineHeight = parseFloat(getComputedStyle(name).lineHeight);
    expect(name.getBoundingClientRect().height, 'one line').to.be.below(lineHeight * 1.5);
    const uploaded = row.querySelector<HTMLElement>('.uploaded')!;
    expect(uploaded.offsetHeight).to.be.greaterThan(0);
    inside(details.getBoundingClientRect(), uploaded, 'upload date');
    inside(details.getBoundingClientRect(), row.querySelector('.delete-dataset'), 'delete');
  });
});

describe('focus rings', () => {
  it("the rename pencil's ring stands clear of the name and of its icon", async () => {
    await import('../src/custom-model-details.js');
    const { useShoelaceTheme } = await import('./helpers/theme.js');
    const removeTheme = await useShoelaceTheme('light');
    try {
      await pencilRingClear();
    } finally {
      removeTheme();
    }
  });
});

/** Tabs to the rename pencil and measures its ring against the name's text and the icon. */
async function pencilRingClear() {
  const { sendKeys } = await import('@web/test-runner-commands');
  const details = await fixture<HTMLElement>(
    html`<custom-model-details model-id="1" .api=${api()}></custom-model-details>`,
  );
  await until(() => details.shadowRoot!.querySelector('.rename'), 'header shown');
  (details.shadowRoot!.querySelector('[part="back"]') as HTMLElement).focus();
  await sendKeys({ press: 'Tab' });
  const rename = details.shadowRoot!.querySelector('.rename')!;
  const base = rename.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
  expect(base.matches(':focus-visible'), 'the pencil has keyboard focus').to.equal(true);
  const style = getComputedStyle(base);
  const reach = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth);
  const ring = base.getBoundingClientRect();
  const text = document.createRange();
  text.selectNodeContents(details.shadowRoot!.querySelector('[part="name"]')!);
  const textRight = text.getBoundingClientRect().right;
  expect(ring.left - reach - textRight, 'gap between the name and the ring').to.be.at.least(2);
  const icon = rename.shadowRoot!.querySelector('sl-icon')!.getBoundingClientRect();
  const inner = ring.left - parseFloat(style.outlineOffset);
  expect(icon.left - inner, 'gap between the ring and the icon').to.be.at.least(2);
}

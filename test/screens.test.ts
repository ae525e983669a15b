import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/custom-models-page.js';
import '../src/translations/nl.js';
import '../src/translations/fr.js';
import '../src/translations/de.js';
import type { CustomModelsPage, ModelsGrid } from '../src/index.js';
import { InMemoryCustomModelsApi } from '../src/adapters.js';
import { TrainingStatus, type CustomModel } from '../src/api/types.js';
import {
  BANNER_DISMISSED_KEY,
  GUIDE_SHOWN_KEY,
} from '../src/custom-models-page/custom-models-page.component.js';
import { findByRole } from './helpers/by-role.js';
import { disableShoelaceAnimations, until } from './helpers/shoelace.js';

// Issue 24, "Screens": what a user saw on the page at 390 and 1280 px, measured in Chromium
// (boxes, scroll heights and what lies under a point), not judged from screenshots.
disableShoelaceAnimations();
window.addEventListener('error', (event) => {
  if (String(event.message).includes('ResizeObserver loop')) event.stopImmediatePropagation();
});

const apis: InMemoryCustomModelsApi[] = [];
function api(options: ConstructorParameters<typeof InMemoryCustomModelsApi>[0] = {}) {
  const value = new InMemoryCustomModelsApi({ latencyMs: 0, ...options });
  apis.push(value);
  return value;
}
before(() => localStorage.setItem(GUIDE_SHOWN_KEY, 'true'));
afterEach(() => {
  while (apis.length) apis.pop()!.dispose();
  localStorage.removeItem(BANNER_DISMISSED_KEY);
});
after(async () => {
  localStorage.removeItem(GUIDE_SHOWN_KEY);
  await setViewport({ width: 800, height: 600 });
});

/** The demo page (the in-memory adapter's demo models) in a window `width` px wide. */
async function demoPage(width: number, height = 844, adapter = api()) {
  await setViewport({ width, height });
  const page = await fixture<CustomModelsPage>(
    html`<custom-models-page .api=${adapter}></custom-models-page>`,
  );
  const grid = page.shadowRoot!.querySelector<ModelsGrid>('models-grid')!;
  await until(() => grid.shadowRoot?.querySelector('tbody tr[data-id]'), 'rows shown');
  await grid.updateComplete;
  return { page, grid, root: page.shadowRoot! };
}

/** The element a pointer at (x, y) would hit, through shadow roots. */
function deepElementAt(x: number, y: number): Element | null {
  let element = document.elementFromPoint(x, y);
  while (element?.shadowRoot) {
    const inner = element.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === element) break;
    element = inner;
  }
  return element;
}

/** Whether `node` is `container` or inside it, through shadow roots and slots. */
function isWithin(node: Node | null, container: Node): boolean {
  let current: Node | null = node;
  while (current) {
    if (current === container) return true;
    current =
      (current as Element).assignedSlot ??
      current.parentNode ??
      (current instanceof ShadowRoot ? current.host : null);
  }
  return false;
}

describe('screens (issue 24)', () => {
  it('#14 at 390 px the page ends where its content ends: no blank scroll past the grid', async () => {
    const { page } = await demoPage(390);
    const contentBottom = page.getBoundingClientRect().bottom + window.scrollY;
    const body = getComputedStyle(document.body);
    const slack = parseFloat(body.marginBottom) + parseFloat(body.paddingBottom) + 1;
    expect(document.documentElement.scrollHeight).to.be.at.most(Math.ceil(contentBottom + slack));
  });

  for (const width of [390, 1280]) {
    it(`#15 at ${width} px the Training Status filter is drawn over the header rows, not under them`, async () => {
      const { grid } = await demoPage(width);
      const trigger = await findByRole(grid, 'button', { name: 'Filter Training Status' });
      trigger.click();
      const panel = await findByRole(grid, 'dialog', { name: 'Filter Training Status' });
      await until(() => panel.getBoundingClientRect().height > 0, 'the popover shown');
      const box = panel.getBoundingClientRect();
      // Its centre, and a grid of points over all of it: every one hits the popover.
      const covered: string[] = [];
      for (const fx of [0.5, 0.1, 0.3, 0.7, 0.9]) {
        for (const fy of [0.5, 0.05, 0.15, 0.3, 0.7, 0.95]) {
          const x = box.left + box.width * fx;
          const y = box.top + box.height * fy;
          const hit = deepElementAt(x, y);
          if (!isWithin(hit, panel)) {
            covered.push(`(${Math.round(x)}, ${Math.round(y)}): ${hit?.tagName} ${hit?.className}`);
          }
        }
      }
      expect(covered, 'points of the popover covered by something else').to.deep.equal([]);
    });
  }

  /*
   * A model for each month, on the 28th at 10:58 and 22:58: the widest dates a locale writes
   * (the longest month names, two-digit days and hours, AM and PM).
   */
  const wideDates = (): CustomModel[] =>
    Array.from({ length: 24 }, (_, index) => ({
      id: String(index + 1),
      key: `cm-wide-${index + 1}`,
      name: `Model ${index + 1}`,
      baseLanguage: { id: '1', key: 'en-gb', name: 'English' },
      trainingStatus: TrainingStatus.Success,
      lastModified: new Date(2025, index % 12, 28, index < 12 ? 10 : 22, 58).toISOString(),
    }));

  for (const lang of ['en', 'nl', 'fr', 'de']) {
    it(`#16 at 1280 px (${lang}) no Last Modified date is clipped, and Name keeps the most room`, async () => {
      document.documentElement.lang = lang;
      try {
        const { grid } = await demoPage(1280, 900, api({ models: wideDates() }));
        const clipped: string[] = [];
        const cells = [...grid.shadowRoot!.querySelectorAll<HTMLElement>('td.c-lastModified')];
        expect(cells.length).to.equal(24);
        for (const cell of cells) {
          const time = cell.querySelector('time')!;
          const style = getComputedStyle(cell);
          const contentRight = cell.getBoundingClientRect().right - parseFloat(style.paddingRight);
          // The time's inline box is as wide as its whole text, shown or clipped.
          if (time.getBoundingClientRect().right > contentRight + 0.5)
            clipped.push(time.textContent!);
        }
        expect(clipped, 'dates cut off').to.deep.equal([]);
        const width = (column: string) =>
          grid.shadowRoot!.querySelector(`th.c-${column}`)!.getBoundingClientRect().width;
        expect(width('name')).to.be.greaterThan(width('lastModified'));
      } finally {
        document.documentElement.lang = '';
      }
    });
  }

  it('#16 at 1280 px the details header shows a long model key whole, on one line', async () => {
    const adapter = api();
    const { items: models } = await adapter.listModels({ page: 1, pageSize: 100 });
    const longest = [...models].sort((a, b) => b.key.length - a.key.length)[0]!;
    await setViewport({ width: 1280, height: 900 });
    const page = await fixture<CustomModelsPage>(
      html`<custom-models-page .api=${adapter} model-id=${longest.id}></custom-models-page>`,
    );
    let key: HTMLElement | null = null;
    await until(() => {
      const details = page.shadowRoot!.querySelector('custom-model-details');
      key = details?.shadowRoot?.querySelector<HTMLElement>('code.key') ?? null;
      return key?.textContent === longest.key;
    }, 'the key shown');
    const range = document.createRange();
    range.selectNodeContents(key!);
    const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
    expect(lines.size, `${longest.key} on ${lines.size} lines`).to.equal(1);
    expect(key!.scrollWidth).to.be.at.most(key!.clientWidth);
  });
});

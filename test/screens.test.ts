import { expect, fixture, html, oneEvent } from '@open-wc/testing';
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
      // The popover's parts load on first use: a loaded machine may take a while.
      const panel = await findByRole(grid, 'dialog', { name: 'Filter Training Status' }, 8000);
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
          const text = document.createRange();
          text.selectNodeContents(cell);
          const style = getComputedStyle(cell);
          const contentRight = cell.getBoundingClientRect().right - parseFloat(style.paddingRight);
          // The text's range is as wide as its whole text, shown or clipped.
          if (text.getBoundingClientRect().right > contentRight + 0.5)
            clipped.push(cell.textContent!);
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

  /** The pager's controls and the row actions a user can see in the window now. */
  function controlsInView(grid: ModelsGrid): HTMLElement[] {
    const root = grid.shadowRoot!;
    const controls = [
      ...root.querySelectorAll<HTMLElement>('[part="pager"] sl-select, [part="pager"] button'),
      ...root.querySelectorAll<HTMLElement>('tbody .action'),
    ];
    const scroller = root.querySelector('.scroller')!.getBoundingClientRect();
    return controls.filter((control) => {
      const r = control.getBoundingClientRect();
      const inWindow = r.width > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
      // A row action scrolled out of the grid's own box is not shown.
      const inGrid =
        !control.classList.contains('action') ||
        (r.top >= scroller.top && r.bottom <= scroller.bottom);
      return inWindow && inGrid;
    });
  }

  const overlaps = (a: DOMRect, b: DOMRect) =>
    a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

  async function deleteFirstDeletable(root: ShadowRoot, grid: ModelsGrid) {
    const before = grid.shadowRoot!.querySelectorAll('tbody tr[data-id]').length;
    const remove = grid.shadowRoot!.querySelector<HTMLElement>(
      'tbody .action.delete:not([aria-disabled="true"])',
    )!;
    remove.click();
    const dialog = root.querySelector('delete-model-dialog')!;
    const confirm = await findByRole(dialog, 'button', { name: 'Delete' });
    // The row goes when the store has refetched, which can be before the modal has closed: its
    // overlay over the grid and its scroll lock on the page would be measured as the toasts'.
    const closed = oneEvent(dialog, 'sl-after-hide');
    confirm.click();
    await until(
      () => grid.shadowRoot!.querySelectorAll('tbody tr[data-id]').length === before - 1,
      'the row gone',
    );
    await closed;
  }

  for (const [width, height] of [
    [390, 844],
    [1280, 900],
  ] as const) {
    it(`#17 at ${width} px toasts never cover the pager or the row actions`, async () => {
      const { page, root, grid } = await demoPage(width, height);
      await until(() => grid.shadowRoot!.querySelector('tbody .action.delete'), 'delete offered');
      await deleteFirstDeletable(root, grid);
      await deleteFirstDeletable(root, grid);
      page.notify('danger', 'The service could not save the last change; try again in a minute.');
      const toasts = () => [...root.querySelectorAll<HTMLElement>('[part="toast"]')];
      await until(() => toasts().length >= 2, 'toasts shown');
      await page.updateComplete;
      const problems: string[] = [];
      for (const scroll of ['top', 'bottom'] as const) {
        window.scrollTo(0, scroll === 'top' ? 0 : document.documentElement.scrollHeight);
        await new Promise((done) => requestAnimationFrame(done));
        const shown = toasts();
        expect(shown.length, 'a toast is shown').to.be.greaterThan(0);
        for (const toast of shown) {
          const r = toast.getBoundingClientRect();
          expect(
            r.top >= 0 && r.bottom <= window.innerHeight,
            'the toast is in the window',
          ).to.equal(true);
        }
        const controls = controlsInView(grid);
        expect(controls.length, 'pager and actions in view').to.be.greaterThan(2);
        for (const control of controls) {
          const box = control.getBoundingClientRect();
          const name =
            control.getAttribute('aria-label') ??
            control.getAttribute('label') ??
            control.className;
          for (const toast of shown) {
            if (overlaps(box, toast.getBoundingClientRect()))
              problems.push(`${scroll}: a toast over ${name}`);
          }
          const hit = deepElementAt(box.left + box.width / 2, box.top + box.height / 2);
          if (!isWithin(hit, control))
            problems.push(`${scroll}: ${name} under ${hit?.tagName}.${hit?.className}`);
        }
      }
      expect(problems).to.deep.equal([]);
      window.scrollTo(0, 0);
    });
  }

  it('#17 two toasts at most: a new notice replaces the oldest passing one, or waits for a place', async () => {
    const { page, root } = await demoPage(1280, 900);
    const shown = () =>
      [...root.querySelectorAll('[part="toast"] .message')].map((message) => message.textContent);
    page.notify('success', 'One.');
    page.notify('success', 'Two.');
    page.notify('success', 'Three.');
    await page.updateComplete;
    expect(shown()).to.deep.equal(['Two.', 'Three.']);

    page.notify('danger', 'Failed A.');
    page.notify('danger', 'Failed B.');
    await page.updateComplete;
    expect(shown()).to.deep.equal(['Failed A.', 'Failed B.']);
    // Both stay until closed: the next notice waits, and shows when one is closed.
    page.notify('success', 'Four.');
    await page.updateComplete;
    expect(shown()).to.deep.equal(['Failed A.', 'Failed B.']);
    const close = await findByRole(root.querySelector('[part="toast"]')!, 'button', {
      name: 'Dismiss',
    });
    close.click();
    await page.updateComplete;
    expect(shown()).to.deep.equal(['Failed B.', 'Four.']);
  });

  it('#19 the guide\'s "Only have audio files" step links Force Alignment as the banner does', async () => {
    const { page, root } = await demoPage(1280, 900);
    const requests: Event[] = [];
    page.addEventListener('force-alignment-requested', (event) => {
      requests.push(event);
      event.preventDefault();
    });
    (await findByRole(root, 'button', { name: 'Getting Started' })).click();
    const guide = root.querySelector('custom-models-guide')!;
    await until(() => guide.shadowRoot?.querySelector('sl-dialog[open]'), 'the guide open');
    await findByRole(guide, 'dialog', { name: 'Getting started with custom models' });
    const link = await findByRole(guide, 'button', { name: 'Force Alignment' });
    const step = [...guide.shadowRoot!.querySelectorAll('[part="section"]')][2]!;
    expect(isWithin(link, step), 'in the "Only have audio files" step').to.equal(true);
    const closed = oneEvent(guide, 'sl-after-hide');
    link.click();
    expect(requests.length, 'one force-alignment-requested, as from the banner').to.equal(1);
    expect(requests[0]!.cancelable).to.equal(true);
    // The user goes to Force Alignment: the guide closes.
    await closed;
    expect(guide.open).to.equal(false);

    // With the host's address, a link to it in the guide as in the banner.
    page.forceAlignmentHref = '/workspace/force-alignment';
    await page.updateComplete;
    (await findByRole(root, 'button', { name: 'Getting Started' })).click();
    await until(() => guide.shadowRoot?.querySelector('sl-dialog[open]'), 'the guide open again');
    await findByRole(guide, 'dialog', { name: 'Getting started with custom models' });
    const anchor = await findByRole(guide, 'link', { name: 'Force Alignment' });
    expect(anchor.getAttribute('href')).to.equal('/workspace/force-alignment');
    const banner = await findByRole(root.querySelector('[part="banner"]')!, 'link', {
      name: 'Force Alignment',
    });
    expect(banner.getAttribute('href')).to.equal('/workspace/force-alignment');
  });

  it('at 390 px the first load shows its placeholder bars', async () => {
    await setViewport({ width: 390, height: 844 });
    const page = await fixture<CustomModelsPage>(
      html`<custom-models-page .api=${api({ latencyMs: 60_000 })}></custom-models-page>`,
    );
    const grid = page.shadowRoot!.querySelector<ModelsGrid>('models-grid')!;
    await until(() => grid.shadowRoot?.querySelector('.skeleton'), 'placeholders rendered');
    const box = grid.getBoundingClientRect();
    const bars = [...grid.shadowRoot!.querySelectorAll('.skeleton')].map((bar) =>
      bar.getBoundingClientRect(),
    );
    const shown = bars.filter((r) => r.width >= 32 && r.height >= 8 && r.right <= box.right);
    expect(shown.length, 'bars with a size, inside the grid').to.equal(bars.length);
  });
});

/*
 * Issue 27: the rows out of the scroll box are not laid out or painted (`content-visibility:
 * auto`), and the page stays whole for everyone who does not look at it: every row in the
 * accessibility tree with its text, actions and row index (as a screen reader gets it: the test
 * browser runs with Chromium's screen-reader accessibility mode, web-test-runner.config.mjs),
 * found by the browser's find, reached and used from the keyboard, also the rows far below the
 * scroll box; a new page keeps the scroll position and the rows' place. The name is text that
 * truncates, not a button.
 */
import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import '../src/custom-models-provider.js';
import '../src/models-grid.js';
import type { ModelsGrid } from '../src/models-grid.js';
import type { ModelOpenEvent } from '../src/events/events.js';
import { InMemoryCustomModelsApi } from '../src/adapters.js';
import type { CustomModel } from '../src/api/types.js';
import { until } from './helpers/shoelace.js';

const PAGE = 100;

function makeModels(count: number): CustomModel[] {
  return Array.from({ length: count }, (_, i) => ({
    id: String(i + 1),
    key: `cm-model-${i + 1}`,
    name: `Model ${String(i + 1).padStart(3, '0')}`,
    baseLanguage: { id: '2', key: 'nl-nl', name: 'Dutch' },
    trainingStatus: 4,
    lastModified: new Date(Date.UTC(2025, 0, 1 + (i % 28), 12, 30)).toISOString(),
  }));
}

const rowsOf = (grid: ModelsGrid) => [
  ...grid.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr[data-id]'),
];
const scroller = (grid: ModelsGrid) => grid.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
/** False while the browser skips the row's layout and paint (its contents are not rendered). */
const rendered = (row: HTMLTableRowElement) =>
  row.cells[0]!.checkVisibility({ contentVisibilityAuto: true });
/** Out of the scroll box: below its bottom edge. */
const below = (grid: ModelsGrid, row: HTMLTableRowElement) =>
  row.getBoundingClientRect().top > scroller(grid).getBoundingClientRect().bottom;
/** The browser's find in page (not in the DOM typings). */
const findInPage = (text: string) =>
  (window as unknown as { find(text: string): boolean }).find(text);

async function frames(count = 3) {
  for (let i = 0; i < count; i++) await nextFrame();
}

async function gridOf(models: CustomModel[]) {
  const api = new InMemoryCustomModelsApi({ models, latencyMs: 0, role: 'ORGADMIN' });
  const provider = await fixture(
    html`<custom-models-provider .api=${api}
      ><models-grid page-size=${PAGE}></models-grid
    ></custom-models-provider>`,
  );
  const grid = provider.querySelector('models-grid')!;
  await until(() => rowsOf(grid).length === PAGE, 'rows shown');
  await until(() => rowsOf(grid)[0]!.querySelector('[data-action="delete"]'), 'role known');
  await grid.updateComplete;
  await frames();
  return grid;
}

interface AxNode {
  role: string;
  name: string;
  children?: AxNode[];
}
function find(node: AxNode, test: (node: AxNode) => boolean, found: AxNode[] = []): AxNode[] {
  if (test(node)) found.push(node);
  for (const child of node.children ?? []) find(child, test, found);
  return found;
}

describe('models-grid: every row, also those far below the scroll box', () => {
  it('keeps every row in the accessibility tree, with aria-rowcount and aria-rowindex', async () => {
    const grid = await gridOf(makeModels(PAGE * 2));
    const table = grid.shadowRoot!.querySelector('table')!;
    expect(table.getAttribute('aria-rowcount')).to.equal(String(PAGE * 2 + 1));
    expect(rowsOf(grid).map((row) => row.getAttribute('aria-rowindex'))).to.deep.equal(
      Array.from({ length: PAGE }, (_, i) => String(i + 2)),
    );
    // The rows far below the scroll box are skipped: not laid out or painted.
    const skipped = rowsOf(grid).filter((row) => !rendered(row));
    expect(skipped.length, 'rows skipped').to.be.greaterThan(PAGE / 4);
    expect(skipped).to.include(rowsOf(grid).at(-1)!);
    expect(below(grid, rowsOf(grid).at(-1)!)).to.equal(true);
    // The accessibility tree (as a screen reader's snapshot flattens it): every row's text and
    // actions, the skipped rows' too.
    const snapshot = (await a11ySnapshot({})) as unknown as AxNode;
    const texts = find(snapshot, (node) => node.role === 'StaticText').map((node) => node.name);
    const buttons = find(snapshot, (node) => node.role === 'button').map((node) => node.name);
    for (let i = 1; i <= PAGE; i++) {
      const name = `Model ${String(i).padStart(3, '0')}`;
      expect(texts, name).to.include(name);
      expect(buttons, name).to.include.members([`Edit ${name}`, `Delete ${name}`]);
    }
  });

  it('finds the text of a row far below the scroll box (find in page)', async () => {
    const grid = await gridOf(makeModels(PAGE));
    expect(below(grid, rowsOf(grid).at(-1)!)).to.equal(true);
    getSelection()!.removeAllRanges();
    expect(findInPage('Model 100')).to.equal(true);
  });

  it('moves by arrow keys into rows below the scroll box, and opens the model with Enter', async () => {
    const grid = await gridOf(makeModels(PAGE));
    const rows = rowsOf(grid);
    const edit = (i: number) => rows[i]!.querySelector<HTMLElement>('[data-action="edit"]')!;
    expect(below(grid, rows[90]!)).to.equal(true);
    edit(89).focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(grid.shadowRoot!.activeElement).to.equal(edit(90));
    await frames();
    const box = scroller(grid).getBoundingClientRect();
    const focused = edit(90).getBoundingClientRect();
    expect(focused.top >= box.top && focused.bottom <= box.bottom, 'scrolled into view').to.equal(
      true,
    );
    const opened = oneEvent(grid, 'model-open');
    await sendKeys({ press: 'Enter' });
    expect(((await opened) as ModelOpenEvent).detail.id).to.equal('91');
  });

  it('keeps the scroll position when the next page replaces the rows', async () => {
    const grid = await gridOf(makeModels(PAGE * 2));
    const box = scroller(grid);
    box.scrollTop = 1200;
    await frames();
    const before = box.scrollTop;
    expect(before).to.be.greaterThan(1000);
    grid.page = 2;
    await until(() => rowsOf(grid)[0]!.dataset.id === String(PAGE + 1), 'page 2 shown');
    await grid.updateComplete;
    await frames();
    expect(box.scrollTop).to.be.closeTo(before, 1);
    // And every row keeps its place: the rows under the fold have the height of the rendered ones.
    box.scrollTop = box.scrollHeight;
    await frames();
    const heights = new Set(rowsOf(grid).map((row) => Math.round(row.offsetHeight)));
    expect([...heights]).to.have.length(1);
  });

  it('shows the name as truncating text, opened by a click or by its Edit button', async () => {
    const long = { ...makeModels(1)[0]!, name: `Model ${'long '.repeat(80)}end` };
    const grid = await gridOf([long, ...makeModels(PAGE).slice(1)]);
    const cell = rowsOf(grid)[0]!.querySelector<HTMLElement>('.c-name')!;
    const text = cell.querySelector<HTMLElement>('.open.name')!;
    expect(cell.querySelector('button')).to.equal(null);
    expect(getComputedStyle(text).textOverflow).to.equal('ellipsis');
    expect(text.scrollWidth).to.be.greaterThan(text.clientWidth);
    expect(text.title).to.equal(long.name);
    // The cell reads as the name; the row's one way in by keyboard is Edit, named after it.
    const snapshot = (await a11ySnapshot({})) as unknown as AxNode;
    expect(
      find(snapshot, (node) => node.name === long.name).map((node) => node.role),
    ).to.deep.equal(['StaticText']);
    expect(find(snapshot, (node) => node.role === 'button').map((node) => node.name)).to.include(
      `Edit ${long.name}`,
    );
    const clicked = oneEvent(grid, 'model-open');
    text.click();
    expect(((await clicked) as ModelOpenEvent).detail.id).to.equal('1');
  });
});

/*
 * The grid's rows as the browser holds them (issue 16): no whitespace-only texts, no component
 * and no shadow root per row, and a status badge that looks and reads exactly like
 * `<model-status-badge>`, themed by the same custom properties, in light and dark.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/custom-models-provider.js';
import '../src/models-grid.js';
import '../src/model-status-badge.js';
import type { ModelsGrid } from '../src/models-grid.js';
import type { ModelStatusBadge } from '../src/model-status-badge.js';
import { InMemoryCustomModelsApi } from '../src/adapters.js';
import { TRAINING_STATUSES, type CustomModel } from '../src/api/types.js';
import { generateModels } from '../src/adapters/in-memory/demo-data.js';
import { until } from './helpers/shoelace.js';
import { useShoelaceTheme } from './helpers/theme.js';

const rowsOf = (grid: ModelsGrid) => [...grid.shadowRoot!.querySelectorAll('tbody tr[data-id]')];

async function gridOf(models: CustomModel[], pageSize = models.length, style = '') {
  const api = new InMemoryCustomModelsApi({ models, latencyMs: 0 });
  const provider = await fixture(
    html`<div style=${style}>
      <custom-models-provider .api=${api}
        ><models-grid page-size=${pageSize}></models-grid
      ></custom-models-provider>
    </div>`,
  );
  const grid = provider.querySelector('models-grid')!;
  await until(() => rowsOf(grid).length === Math.min(models.length, pageSize), 'rows shown');
  await grid.updateComplete;
  return grid;
}

/** One model per status (and one the badge does not know), in that order. */
const oneOfEach = () =>
  [...TRAINING_STATUSES, 9].map((status, i) => ({
    ...generateModels(1, i + 1)[0]!,
    id: String(i + 1),
    name: `Model ${i + 1}`,
    trainingStatus: status as CustomModel['trainingStatus'],
  }));

/** What a badge looks like: its box and text colours, its indicator's shape. */
function look(badge: Element, indicator: Element | null, pseudo: string | null) {
  const box = getComputedStyle(badge);
  const dot = getComputedStyle(indicator ?? badge, pseudo);
  return {
    color: box.color,
    background: box.backgroundColor,
    border: `${box.borderTopWidth} ${box.borderTopStyle} ${box.borderTopColor}`,
    radius: box.borderTopLeftRadius,
    font: `${box.fontSize} ${box.fontWeight} ${box.lineHeight}`,
    padding: box.padding,
    size: `${badge.getBoundingClientRect().height}`,
    dot: `${dot.width} ${dot.height} ${dot.borderTopLeftRadius} ${dot.borderTopWidth} ${dot.backgroundColor} ${dot.transform}`,
  };
}

async function standaloneLook(status: unknown, style = '') {
  const holder = await fixture(
    html`<div style=${style}>
      <model-status-badge status=${status as number}></model-status-badge>
    </div>`,
  );
  const el = holder.querySelector<ModelStatusBadge>('model-status-badge')!;
  await el.updateComplete;
  const root = el.shadowRoot!;
  return {
    look: look(root.querySelector('[part=base]')!, root.querySelector('[part=indicator]'), null),
    text: root.textContent!.replace(/\s+/g, ' ').trim(),
  };
}

function rowLook(row: Element) {
  const badge = row.querySelector('.c-trainingStatus .badge')!;
  return {
    look: look(badge, null, '::before'),
    text: badge.textContent!.replace(/\s+/g, ' ').trim(),
  };
}

describe('<models-grid> rows in the DOM', () => {
  it('100 rows hold no whitespace-only text, no marker comment, no component and no shadow root', async () => {
    const grid = await gridOf(generateModels(100, 3), 100);
    const body = grid.shadowRoot!.querySelector('tbody')!;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    let blank = 0;
    while (walker.nextNode()) if (!walker.currentNode.textContent!.trim()) blank++;
    expect(blank, 'whitespace-only texts').to.equal(0);
    // Lit's markers: the body's own only (the rows are one directive, not a list of templates).
    const comments = document.createTreeWalker(body, NodeFilter.SHOW_COMMENT);
    let markers = 0;
    while (comments.nextNode()) {
      markers++;
      expect(comments.currentNode.parentNode, 'a marker inside a row').to.equal(body);
    }
    expect(markers, 'marker comments').to.be.at.most(1);
    const elements = [...body.querySelectorAll('*')];
    expect(elements.filter((e) => e.localName.includes('-')).map((e) => e.localName)).to.deep.equal(
      [],
    );
    expect(elements.filter((e) => e.shadowRoot).length, 'shadow roots').to.equal(0);
    // The Key column is hidden by default: its cells are not rendered at all.
    expect(body.querySelectorAll('.c-key').length).to.equal(0);
  });

  it('a row holds 22 nodes: its icons inline SVG, its note only when queued (issue 27)', async () => {
    const grid = await gridOf(oneOfEach());
    const nodes = (row: Element) => {
      const walker = document.createTreeWalker(row, NodeFilter.SHOW_ALL);
      let count = 0;
      while (walker.nextNode()) count++;
      return count + 1;
    };
    for (const row of rowsOf(grid)) {
      const queued = row.querySelector('.badge')!.getAttribute('data-status') === '2';
      // tr, 5 cells; name span and text; badge, hidden prefix and text, label and text; language
      // span and text; the date's text; Edit and Delete, each a button, an svg and a path. A
      // queued row adds its note (a span and its text).
      expect(nodes(row), row.textContent!).to.equal(queued ? 24 : 22);
      expect(!!row.querySelector('.status-note'), 'a note only when queued').to.equal(queued);
      for (const svg of row.querySelectorAll('.action svg'))
        expect(svg.matches('svg.icon[aria-hidden="true"]')).to.equal(true);
    }
    // The note follows the status: it goes when the model leaves Ready to Run.
    const queuedRow = rowsOf(grid).find(
      (row) => row.querySelector('.badge')!.getAttribute('data-status') === '2',
    )!;
    expect(queuedRow.querySelector('.status-note')!.textContent).to.equal('queued');
    // No CSS image in a row: nothing for img-src to refuse (README, Content Security Policy).
    for (const element of queuedRow.querySelectorAll('*'))
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(element, pseudo);
        expect(`${style.maskImage} ${style.backgroundImage}`).to.not.include('url(');
      }
  });

  it("draws the actions' icons in the forced colours (Windows High Contrast)", async () => {
    const grid = await gridOf(oneOfEach());
    const forced = (active: boolean) =>
      executeServerCommand<{ emulated: boolean }, { active: boolean }>('forced-colors', { active });
    try {
      expect((await forced(true)).emulated, 'forced colours emulated').to.equal(true);
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      for (const button of rowsOf(grid)[0]!.querySelectorAll<HTMLElement>('.action')) {
        const svg = button.querySelector('svg')!;
        // The icon is filled with the button's (forced) text colour, an opaque one.
        const fill = getComputedStyle(svg).fill;
        expect(fill, button.dataset.action).to.equal(getComputedStyle(button).color);
        expect(fill).to.match(/^rgb\(/);
        const box = svg.getBoundingClientRect();
        expect(box.width, 'the icon has a size').to.be.greaterThan(8);
      }
    } finally {
      await forced(false);
    }
  });

  it('a row reused for a model that is not queued loses its note, and gets it back', async () => {
    // Sorted by name: page 1 is A (Success) and B (Ready to Run), page 2 C and D (Success).
    const models = ['A', 'B', 'C', 'D'].map((name, i) => ({
      ...generateModels(1, i + 1)[0]!,
      id: String(i + 1),
      name,
      trainingStatus: (name === 'B' ? 2 : 4) as CustomModel['trainingStatus'],
    }));
    const grid = await gridOf(models, 2);
    grid.sort = 'name:asc';
    const second = () => rowsOf(grid)[1]!;
    await until(() => second().getAttribute('data-id') === '2', 'B on page 1');
    const row = second();
    expect(row.querySelector('.status-note')!.textContent).to.equal('queued');
    grid.page = 2;
    await until(() => second().getAttribute('data-id') === '4', 'D on page 2');
    expect(second(), 'the same row, reused').to.equal(row);
    expect(row.querySelector('.status-note')).to.equal(null);
    grid.page = 1;
    await until(() => second().getAttribute('data-id') === '2', 'B again');
    expect(row.querySelector('.status-note')!.textContent).to.equal('queued');
  });

  it("each row's status badge looks and reads like <model-status-badge> of that status", async () => {
    const grid = await gridOf(oneOfEach());
    for (const row of rowsOf(grid)) {
      const id = row.getAttribute('data-id')!;
      const status = oneOfEach()[Number(id) - 1]!.trainingStatus;
      const standalone = await standaloneLook(status);
      expect(rowLook(row), `status ${status}`).to.deep.equal(standalone);
    }
  });

  it('in the dark theme too', async () => {
    const remove = await useShoelaceTheme('dark');
    try {
      const grid = await gridOf(oneOfEach());
      const row = rowsOf(grid)[2]!;
      expect(rowLook(row)).to.deep.equal(await standaloneLook(3));
      expect(rowLook(rowsOf(grid)[4]!)).to.deep.equal(await standaloneLook(5));
    } finally {
      remove();
    }
  });

  it('a badge colour a host sets on an ancestor themes the rows and the standalone badge', async () => {
    const theme =
      '--cm-status-success-background: rgb(237, 233, 254); --cm-status-success-color: rgb(76, 29, 149)';
    const grid = await gridOf(oneOfEach(), 10, theme);
    const inRow = rowLook(rowsOf(grid)[3]!).look;
    const standalone = (await standaloneLook(4, theme)).look;
    for (const look of [inRow, standalone]) {
      expect(look.background).to.equal('rgb(237, 233, 254)');
      expect(look.color).to.equal('rgb(76, 29, 149)');
    }
  });

  it('shows the Key cells once the Key column is shown, and the key itself', async () => {
    const grid = await gridOf(oneOfEach());
    grid.hiddenColumns = [];
    await grid.updateComplete;
    const first = rowsOf(grid)[0]!;
    expect(first.querySelector('.c-key .open.key')!.textContent).to.equal(oneOfEach()[0]!.key);
    expect(rowsOf(grid).every((row) => row.querySelector('.c-key'))).to.equal(true);
  });
});

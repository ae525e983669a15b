import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/custom-models-provider.js';
import '../src/custom-model-details.js';
import '../src/translations/nl.js';
import type { CustomModelDetails } from '../src/custom-model-details.js';
import type { CustomModel, Dataset, Evaluation } from '../src/api/types.js';
import { ItemsApi, betterItems, itemsFrom } from './helpers/accuracy-items.js';

// Issue 24 #18: at 390 px the Accuracy tables clipped "Errors by kind" (its columns past the
// edge, behind a sideways scroll) and broke file names mid-word. Measured in Chromium.

const NAMES = [
  'customer-service-escalation-2024-05-01.wav',
  'warehouse_noise_interview_long_name.wav',
  'short.wav',
];
const model: CustomModel = {
  id: 'm1',
  key: 'cm-m1',
  name: 'Support calls',
  baseLanguage: { id: '2', key: 'nl-nl', name: 'Dutch' },
  trainingStatus: 4,
  lastModified: '2024-05-01T10:00:00.000Z',
};
const items = itemsFrom(
  NAMES.map((name) => ({
    name: name.replace(/\.wav$/, ''),
    words: 20,
    base: [2, 1, 1] as [number, number, number],
    custom: [1, 0, 0] as [number, number, number],
  })),
);
const score = (wer: number) => ({ wer, words: 60, substitutions: 6, deletions: 3, insertions: 3 });
// The totals and the deprecated per-file scores too, for a view that reads those.
const extra: Partial<Evaluation> = {
  base: score(0.2),
  custom: score(0.05),
  files: NAMES.map((name) => ({ name, base: score(0.2), custom: score(0.05) })),
};
const datasets: Dataset[] = NAMES.flatMap((name, i) => [
  { id: `a${i}`, name, kind: 'test-set', sizeBytes: 90_000 },
  { id: `t${i}`, name: name.replace(/\.wav$/, '.txt'), kind: 'test-set', sizeBytes: 900 },
]);

const text = (node: Element) => node.textContent?.replace(/\s+/g, ' ').trim();

let api: ItemsApi;
afterEach(() => api?.dispose());
after(() => setViewport({ width: 800, height: 600 }));

async function details(width: number, lang = 'en', testItems = items) {
  await setViewport({ width, height: 800 });
  api = new ItemsApi(testItems, {
    models: [model],
    datasets: { m1: datasets },
    measured: true,
    extra,
  });
  const provider = await fixture(
    html`<custom-models-provider .api=${api} lang=${lang}>
      <custom-model-details model-id="m1"></custom-model-details>
    </custom-models-provider>`,
  );
  const el = provider.querySelector('custom-model-details') as CustomModelDetails;
  await waitUntil(() => el.shadowRoot!.querySelector('table.breakdown'), 'the result shows', {
    timeout: 4000,
  });
  await el.updateComplete;
  return el;
}

/** The text nodes of the innermost elements under `root` (shadow roots included) showing `text`. */
function textNodes(root: Node, text: string): Text[] {
  const found: Text[] = [];
  const walk = (node: Node) => {
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    const inner = [...node.childNodes].filter((child) => child.textContent?.includes(text));
    if (
      node instanceof Element &&
      node.textContent!.trim() === text &&
      !inner.some((c) => c instanceof Element && c.textContent!.trim() === text)
    ) {
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) found.push(walker.currentNode as Text);
      return;
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
  return found;
}

/** The words of a text node (runs of letters and digits) that wrap onto two lines. */
function brokenWords(node: Text): string[] {
  const text = node.textContent!;
  const broken: string[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const tops = new Set<number>();
    for (let k = 0; k < match[0].length; k++) {
      const range = document.createRange();
      range.setStart(node, match.index! + k);
      range.setEnd(node, match.index! + k + 1);
      const rect = range.getBoundingClientRect();
      if (rect.width > 0) tops.add(Math.round(rect.top));
    }
    if (tops.size > 1) broken.push(match[0]);
  }
  return broken;
}

describe('custom-model-details: Accuracy at 390 px (issue 24 #18)', () => {
  for (const width of [390, 320]) {
    it(`shows every column of "Errors by kind" without a sideways scroll at ${width} px`, async () => {
      const el = await details(width);
      const section = el.shadowRoot!.querySelector('[part="accuracy"]')!;
      const box = section.getBoundingClientRect();
      const table = el.shadowRoot!.querySelector<HTMLTableElement>('table.breakdown')!;
      expect(table.caption?.textContent).to.contain('Errors by kind');
      const scroller = table.closest('.table-scroll') as HTMLElement;
      expect(scroller.scrollWidth, 'the table fits its box').to.be.at.most(
        scroller.clientWidth + 1,
      );
      for (const cell of table.querySelectorAll('th, td, caption')) {
        const r = cell.getBoundingClientRect();
        expect(r.right, `"${cell.textContent?.trim()}" ends inside the section`).to.be.at.most(
          box.right + 0.5,
        );
      }
    });
  }

  // Found walking the journey in Dutch: "Basismodel" and "Aangepast model" kept on one line made
  // the "Fixed/Broken by the custom model" tables wider than the page (92 px at 390 px, 15 at 768).
  for (const [lang, width] of [
    ['nl', 390],
    ['nl', 768],
    ['en', 390],
  ] as const) {
    it(`keeps every table of the result inside the section, in ${lang} at ${width} px`, async () => {
      const el = await details(width, lang);
      const section = el.shadowRoot!.querySelector('[part="accuracy"]')!;
      const box = section.getBoundingClientRect();
      const tables = [...section.querySelectorAll<HTMLTableElement>('table')];
      expect(
        tables.filter((table) => table.matches('.confusions')).length,
        'the tables of fixed and broken words are shown',
      ).to.be.greaterThan(0);
      for (const table of tables) {
        for (const cell of table.querySelectorAll('th, td, caption')) {
          const r = cell.getBoundingClientRect();
          expect(r.right, `"${cell.textContent?.trim()}" ends inside the section`).to.be.at.most(
            box.right + 0.5,
          );
        }
      }
      const page = document.documentElement;
      expect(page.scrollWidth, 'no sideways scroll').to.be.at.most(page.clientWidth);
    });
  }

  for (const width of [390, 320]) {
    it(`shows every column of "Words fixed and broken" inside the section at ${width} px`, async () => {
      const el = await details(width);
      const box = el.shadowRoot!.querySelector('[part="accuracy"]')!.getBoundingClientRect();
      const tables = [...el.shadowRoot!.querySelectorAll<HTMLTableElement>('table.confusions')];
      expect(tables).to.have.length(2);
      // Long words among the pairs ("bestelling" heard as "bestellingx").
      expect(tables[0]!.textContent).to.contain('bestellingx');
      for (const table of tables) {
        for (const cell of table.querySelectorAll('th, td, caption')) {
          const r = cell.getBoundingClientRect();
          expect(r.right, `"${cell.textContent?.trim()}" ends inside the section`).to.be.at.most(
            box.right + 0.5,
          );
        }
      }
    });
  }

  it('keeps the rows of the shorter of "fixed" and "broken" their own height side by side (1280 px)', async () => {
    const el = await details(1280);
    const [fixed, broken] = [
      ...el.shadowRoot!.querySelectorAll<HTMLTableElement>('table.confusions'),
    ];
    // Side by side, and one list longer than the other.
    expect(fixed!.getBoundingClientRect().top).to.be.closeTo(
      broken!.getBoundingClientRect().top,
      1,
    );
    expect(fixed!.tBodies[0]!.rows.length).to.not.equal(broken!.tBodies[0]!.rows.length);
    for (const table of [fixed!, broken!])
      for (const row of table.tBodies[0]!.rows)
        expect(row.getBoundingClientRect().height, text(row)).to.be.below(40);
  });

  it('lines up every row of "Errors by kind": each cell as tall as its row', async () => {
    const el = await details(320);
    const rows = el.shadowRoot!.querySelectorAll('table.breakdown tr');
    let wrapped = 0;
    for (const row of rows) {
      const height = row.getBoundingClientRect().height;
      if (height > 40) wrapped++;
      for (const cell of row.children) {
        expect(getComputedStyle(cell).display, `${cell.className}`).to.equal('table-cell');
        expect(cell.getBoundingClientRect().height).to.be.closeTo(height, 1);
      }
    }
    // At 320 px "Normalised WER" takes two lines: its numbers' cells grow with it.
    expect(wrapped, 'a row on two lines').to.be.greaterThan(0);
  });

  // The Dutch result story at 390 px (longer words among the pairs: "(niets gezegd)",
  // "(weggelaten)", "bestellingx"): the fixed table's least width is past the section's, so it
  // scrolls in a region of its own, as "Errors by kind" does, and the page does not.
  it('scrolls a table of fixed or broken words in its own region, never the page (nl, 390 px)', async () => {
    const el = await details(390, 'nl', betterItems());
    const tables = [...el.shadowRoot!.querySelectorAll<HTMLTableElement>('table.confusions')];
    expect(tables).to.have.length(2);
    const page = document.documentElement;
    expect(page.scrollWidth, 'no sideways scroll of the page').to.be.at.most(page.clientWidth);
    const section = el.shadowRoot!.querySelector('[part="accuracy"]')!.getBoundingClientRect();
    for (const table of tables) {
      const region = table.closest<HTMLElement>('.table-scroll');
      const shown = (region ?? table).getBoundingClientRect();
      expect(
        shown.right,
        'the table, or the region it scrolls in, ends inside the section',
      ).to.be.at.most(section.right + 0.5);
    }
  });

  it('breaks no test item name mid-word', async () => {
    const el = await details(390);
    const section = el.shadowRoot!.querySelector('[part="accuracy"]')!;
    let seen = 0;
    for (const name of [...NAMES, ...NAMES.map((n) => n.replace(/\.wav$/, ''))]) {
      for (const node of textNodes(section, name)) {
        seen++;
        expect(brokenWords(node), `${name}: words broken across lines`).to.deep.equal([]);
      }
    }
    expect(seen, 'the names are shown').to.be.greaterThan(0);
  });
});

// The grid against a plain innerHTML table of the same rows, one variant per page load:
// `?variant=grid|plain|lit&rows=100`. The page prepares data and a warm adapter, then waits for the
// driver (bench/grid.mjs) to call `__bench.render()`, `.swap()` (next page), `.sort()` (click the
// Name header), each resolving once the rows are laid out and the next frame has run. The `handed*`
// operations start with the grid already mounted and waiting for its page (the adapter's answer is
// ready but held back): they time only the page handed to it → the rows painted.
import '../../src/custom-models-provider.js';
import '../../src/models-grid.js';
import { generateModels } from '../../src/adapters/in-memory/demo-data.js';
import { InMemoryCustomModelsApi } from '../../src/adapters.js';
import type { CustomModel, ModelQuery } from '../../src/api/types.js';
import type { ModelsGrid } from '../../src/models-grid.js';
import { html, render } from 'lit';
import { nextFrame, yieldTask } from './timing.js';

const params = new URLSearchParams(location.search);
const variant = params.get('variant') ?? 'grid';
const rows = Number(params.get('rows') ?? 100);
const host = document.querySelector('#host')!;
const STATUS = ['', 'Not Running', 'Ready to Run', 'Running', 'Success', 'Failed'];

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/* --- the limit: the same rows as one innerHTML string, no framework ------------------------- */

const date = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });
const plainRows = (models: readonly CustomModel[]) =>
  models
    .map(
      (m) =>
        `<tr data-id="${m.id}"><td><button>${escape(m.name)}</button></td><td><span>${STATUS[Number(m.trainingStatus)] ?? ''}</span></td>` +
        `<td><button>${escape(m.baseLanguage.name)}</button></td><td><time>${date.format(new Date(m.lastModified))}</time></td>` +
        `<td><button aria-label="Edit">✎</button><button aria-label="Delete">🗑</button></td></tr>`,
    )
    .join('');

/* --- a minimal Lit table: the same rows as one Lit template, no component, no CSS ------------ */

const litRows = (models: readonly CustomModel[]) =>
  models.map(
    (m) =>
      html`<tr data-id=${m.id}>
        <td><button>${m.name}</button></td>
        <td><span>${STATUS[Number(m.trainingStatus)] ?? ''}</span></td>
        <td><button>${m.baseLanguage.name}</button></td>
        <td><time>${date.format(new Date(m.lastModified))}</time></td>
        <td><button aria-label="Edit">✎</button><button aria-label="Delete">🗑</button></td>
      </tr>`,
  );

function litTable(models: readonly CustomModel[]) {
  render(
    html`<table>
      <thead>
        <tr>
          <th><button>Name</button></th>
          <th>Training Status</th>
          <th>Base Language</th>
          <th>Last Modified</th>
          <th>Actions</th>
        </tr>
      </thead>
      <tbody>
        ${litRows(models)}
      </tbody>
    </table>`,
    host as HTMLElement,
  );
}

function plainTable(models: readonly CustomModel[]) {
  if (variant === 'lit') return litTable(models);
  host.innerHTML = `<table><thead><tr><th><button>Name</button></th><th>Training Status</th><th>Base Language</th><th>Last Modified</th><th>Actions</th></tr></thead><tbody>${plainRows(models)}</tbody></table>`;
}

function plainBody(models: readonly CustomModel[]) {
  if (variant === 'lit') return litTable(models);
  host.querySelector('tbody')!.innerHTML = plainRows(models);
}

/* --- an adapter whose next answer can be held back, then handed over ------------------------- */

class HeldApi extends InMemoryCustomModelsApi {
  holding = false;
  private release?: () => void;
  /** Resolves once a held request is waiting (its answer already computed). */
  waiting?: Promise<void>;
  private waitingDone?: () => void;

  hold() {
    this.holding = true;
    this.waiting = new Promise((resolve) => (this.waitingDone = resolve));
  }

  /** Hands the held answer to the store (the clock of the handed* operations starts here). */
  hand() {
    this.holding = false;
    this.release?.();
    this.release = undefined;
  }

  override async listModels(...args: Parameters<InMemoryCustomModelsApi['listModels']>) {
    const page = await super.listModels(...args);
    if (this.holding) {
      await new Promise<void>((resolve) => {
        this.release = resolve;
        this.waitingDone?.();
      });
    }
    return page;
  }
}

/* --- the grid ---------------------------------------------------------------------------------- */

let grid: ModelsGrid | undefined;

async function gridShows(firstId: string) {
  const body = () => grid!.shadowRoot?.querySelectorAll('tbody tr[data-id]');
  for (;;) {
    const list = body();
    if (list && list.length === rows && (list[0] as HTMLElement).dataset.id === firstId) break;
    await yieldTask();
  }
  await grid!.updateComplete;
}

async function main() {
  const models = generateModels(rows * 3, 7);
  const api = new HeldApi({ models, latencyMs: 0 });
  const query = (page: number, sorted = false): ModelQuery => ({
    page,
    pageSize: rows,
    ...(sorted ? { sort: { field: 'name', direction: 'asc' } } : {}),
  });
  // Warm the adapter for every query the run makes: measure rendering only.
  const [first, second, byName] = await Promise.all([
    api.listModels(query(1)),
    api.listModels(query(2)),
    api.listModels(query(1, true)),
  ]);
  await api.getSession();

  const measure = async (action: () => Promise<void> | void) => {
    const start = performance.now();
    await action();
    void document.body.offsetHeight; // force style and layout
    const renderMs = performance.now() - start;
    await nextFrame();
    return { renderMs, frameMs: performance.now() - start };
  };

  /** Mounts the grid (outside any measurement); with `held`, its first page waits to be handed. */
  const mount = async (held: boolean) => {
    if (held) api.hold();
    const provider = document.createElement('custom-models-provider');
    provider.api = api;
    grid = document.createElement('models-grid');
    grid.pageSize = rows;
    provider.append(grid);
    host.append(provider);
    if (held) await settled();
  };
  /** The held request is waiting and the grid has rendered everything it does meanwhile. */
  const settled = async () => {
    await api.waiting;
    for (let i = 0; i < 5; i++) {
      await grid!.updateComplete;
      await yieldTask();
    }
    await nextFrame();
  };

  const bench = {
    /** Mounts the grid and holds its first page: untimed set-up of `handedRender`. */
    prepareHanded: async () => {
      if (variant === 'grid') await mount(true);
    },
    handedRender: () =>
      measure(async () => {
        if (variant !== 'grid') return plainTable(first.items);
        api.hand();
        await gridShows(first.items[0]!.id);
      }),
    /** Asks for page 2 and holds it: untimed set-up of `handedSwap`. */
    prepareHandedSwap: async () => {
      if (variant !== 'grid') return;
      api.hold();
      grid!.page = 2;
      await settled();
    },
    handedSwap: () =>
      measure(async () => {
        if (variant !== 'grid') return plainBody(second.items);
        api.hand();
        await gridShows(second.items[0]!.id);
      }),
    /** Back on page 1, then sorts by name and holds the sorted page: set-up of `handedSort`. */
    prepareHandedSort: async () => {
      if (variant !== 'grid') return;
      grid!.page = 1;
      await gridShows(first.items[0]!.id);
      api.hold();
      grid!.shadowRoot!.querySelector<HTMLElement>('th.c-name button.sort')!.click();
      await settled();
    },
    handedSort: () =>
      measure(async () => {
        if (variant !== 'grid') return plainBody(byName.items);
        api.hand();
        await gridShows(byName.items[0]!.id);
      }),
    render: () =>
      measure(async () => {
        if (variant !== 'grid') return plainTable(first.items);
        await mount(false);
        await gridShows(first.items[0]!.id);
      }),
    swap: () =>
      measure(async () => {
        if (variant !== 'grid') return plainBody(second.items);
        grid!.page = 2;
        await gridShows(second.items[0]!.id);
      }),
    sort: () =>
      measure(async () => {
        // The adapter is warm, so both variants get the sorted rows ready: measure rendering only.
        if (variant !== 'grid') return plainBody(byName.items);
        grid!.page = 1;
        grid!.shadowRoot!.querySelector<HTMLElement>('th.c-name button.sort')!.click();
        await gridShows(byName.items[0]!.id);
      }),
    /** Elements only, light and shadow trees (the figure before every node was counted). */
    elements: () => document.querySelectorAll('*').length + countShadowNodes(document.body),
    /** Every node of what was rendered (elements, texts, comments), through shadow roots. */
    nodes: () => countEveryNode(host),
    /** Of those, whitespace-only texts and comments (Lit's markers). */
    nodeKinds: () => countEveryNode(host, true),
    rows: () =>
      variant !== 'grid'
        ? host.querySelectorAll('tbody tr').length
        : (grid?.shadowRoot?.querySelectorAll('tbody tr[data-id]').length ?? 0),
  };
  (window as unknown as { __bench: typeof bench }).__bench = bench;
}

function countShadowNodes(root: Element | ShadowRoot): number {
  let count = 0;
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) {
      count += el.shadowRoot.querySelectorAll('*').length + countShadowNodes(el.shadowRoot);
    }
  }
  return count;
}

/** Every node under `root` (not `root` itself), shadow trees included. */
function countEveryNode(root: Node, kinds = false): number | Record<string, number> {
  const tally = { nodes: 0, elements: 0, texts: 0, blankTexts: 0, comments: 0, shadowRoots: 0 };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      tally.nodes++;
      if (child.nodeType === Node.ELEMENT_NODE) {
        tally.elements++;
        const shadow = (child as Element).shadowRoot;
        if (shadow) {
          tally.shadowRoots++;
          walk(shadow);
        }
      } else if (child.nodeType === Node.TEXT_NODE) {
        tally.texts++;
        if (!child.nodeValue!.trim()) tally.blankTexts++;
      } else if (child.nodeType === Node.COMMENT_NODE) tally.comments++;
      walk(child);
    }
  };
  walk(root);
  return kinds ? tally : tally.nodes;
}

void main();

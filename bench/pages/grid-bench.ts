// The grid against a plain innerHTML table of the same rows, one variant per page load:
// `?variant=grid|plain&rows=100`. The page prepares data and a warm adapter, then waits for the
// driver (bench/grid.mjs) to call `__bench.render()`, `.swap()` (next page), `.sort()` (click the
// Name header), each resolving once the rows are laid out and the next frame has run.
import '../../src/custom-models-provider.js';
import '../../src/models-grid.js';
import { generateModels } from '../../src/adapters/in-memory/demo-data.js';
import { InMemoryCustomModelsApi } from '../../src/adapters.js';
import type { CustomModel, ModelQuery } from '../../src/api/types.js';
import type { ModelsGrid } from '../../src/models-grid.js';
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

function plainTable(models: readonly CustomModel[]) {
  host.innerHTML = `<table><thead><tr><th><button>Name</button></th><th>Training Status</th><th>Base Language</th><th>Last Modified</th><th>Actions</th></tr></thead><tbody>${plainRows(models)}</tbody></table>`;
}

function plainBody(models: readonly CustomModel[]) {
  host.querySelector('tbody')!.innerHTML = plainRows(models);
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
  const api = new InMemoryCustomModelsApi({ models, latencyMs: 0 });
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

  const bench = {
    render: () =>
      measure(async () => {
        if (variant === 'plain') return plainTable(first.items);
        const provider = document.createElement('custom-models-provider');
        provider.api = api;
        grid = document.createElement('models-grid');
        grid.pageSize = rows;
        provider.append(grid);
        host.append(provider);
        await gridShows(first.items[0]!.id);
      }),
    swap: () =>
      measure(async () => {
        if (variant === 'plain') return plainBody(second.items);
        grid!.page = 2;
        await gridShows(second.items[0]!.id);
      }),
    sort: () =>
      measure(async () => {
        // The adapter is warm, so both variants get the sorted rows ready: measure rendering only.
        if (variant === 'plain') return plainBody(byName.items);
        grid!.page = 1;
        grid!.shadowRoot!.querySelector<HTMLElement>('th.c-name button.sort')!.click();
        await gridShows(byName.items[0]!.id);
      }),
    nodes: () => document.querySelectorAll('*').length + countShadowNodes(document.body),
    rows: () =>
      variant === 'plain'
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

void main();

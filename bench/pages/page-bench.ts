// The whole `<custom-models-page>` on the in-memory adapter with no latency, one sample per page
// load. `__bench.connect()`: from appending the page until its grid's first 25 rows are painted;
// `__bench.pageSize()`: choosing 100 rows per page in the pager until the 100 rows are painted.
// A returning visitor: the guide was seen before (it opens by itself only on the first visit).
import '../../src/custom-models-page.js';
import { GUIDE_SHOWN_KEY } from '../../src/custom-models-page/custom-models-page.component.js';
import { generateModels } from '../../src/adapters/in-memory/demo-data.js';
import { InMemoryCustomModelsApi } from '../../src/adapters.js';
import { nextFrame, yieldTask } from './timing.js';

localStorage.setItem(GUIDE_SHOWN_KEY, 'true');
const api = new InMemoryCustomModelsApi({ models: generateModels(300, 3), latencyMs: 0 });
const page = document.createElement('custom-models-page');
const grid = () => page.shadowRoot?.querySelector('models-grid');
const rows = () => grid()?.shadowRoot?.querySelectorAll('tbody tr[data-id]').length ?? 0;

async function until(count: number) {
  while (rows() !== count) await yieldTask();
  await grid()!.updateComplete;
  void document.body.offsetHeight;
}

const bench = {
  async connect() {
    const start = performance.now();
    page.api = api;
    document.body.append(page);
    await until(25);
    const renderMs = performance.now() - start;
    await nextFrame();
    return { renderMs, frameMs: performance.now() - start };
  },
  async pageSize() {
    const start = performance.now();
    const select = grid()!.shadowRoot!.querySelector<HTMLElement & { value: string }>(
      '.page-size-select',
    )!;
    select.value = '100';
    select.dispatchEvent(new Event('sl-change', { bubbles: true, composed: true }));
    await until(100);
    const renderMs = performance.now() - start;
    await nextFrame();
    return { renderMs, frameMs: performance.now() - start };
  },
};
(window as unknown as { __bench: typeof bench }).__bench = bench;

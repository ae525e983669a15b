import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ModelQuery } from '../api/types.js';
import { MutationController } from '../controllers/mutation-controller.js';
import type { CustomModelsStore } from '../store/custom-models-store.js';
import { lastPage } from './pager.js';

/** How many pages the grid reads to find a model it is asked to show, at most. */
export const REVEAL_PAGE_LIMIT = 10;

export type RevealHost = ReactiveControllerHost & HTMLElement;

/**
 * Brings one model's row into view (the model just created): finds the page that holds it under
 * the grid's current sort and filters (the current page first, then from the last page back, where
 * a server puts a new model), shows that page, and scrolls its row into view. Pages are read
 * through the store (shared with what the grid shows, aborted with the grid or by a newer reveal).
 */
export class RevealController implements ReactiveController {
  private readonly reads: MutationController;
  private pending?: { id: string; resolve: (row: HTMLTableRowElement | undefined) => void };

  constructor(
    private readonly host: RevealHost,
    private readonly store: () => CustomModelsStore | undefined,
    private readonly query: () => ModelQuery,
    private readonly showPage: (page: number) => void,
  ) {
    this.reads = new MutationController(host);
    host.addController(this);
  }

  /** Resolves with the row once shown; undefined when the model is not in the first pages read. */
  async reveal(id: string): Promise<HTMLTableRowElement | undefined> {
    const store = this.store();
    if (!store) return undefined;
    this.reads.abort();
    this.settle(undefined);
    const query = this.query();
    const found = await this.reads.run((signal) => findPage(store, query, id, signal));
    if (!found?.ok || found.value === undefined) return undefined;
    const shown = new Promise<HTMLTableRowElement | undefined>((resolve) => {
      this.pending = { id, resolve };
    });
    if (found.value !== query.page) this.showPage(found.value);
    else this.host.requestUpdate();
    return shown;
  }

  /** After each render: the row asked for, once the page that holds it is drawn, is scrolled to. */
  hostUpdated(): void {
    const id = this.pending?.id;
    if (id === undefined) return;
    const row = [
      ...(this.host.shadowRoot?.querySelectorAll<HTMLTableRowElement>('tr[data-id]') ?? []),
    ].find((tr) => tr.dataset.id === id);
    if (!row) return;
    row.scrollIntoView({ block: 'center', inline: 'nearest' });
    this.settle(row);
  }

  hostDisconnected(): void {
    this.settle(undefined);
  }

  private settle(row: HTMLTableRowElement | undefined) {
    const pending = this.pending;
    this.pending = undefined;
    pending?.resolve(row);
  }
}

/** The number of the page that holds the model under this query, if one of the pages read does. */
async function findPage(
  store: CustomModelsStore,
  query: ModelQuery,
  id: string,
  signal: AbortSignal,
): Promise<number | undefined> {
  const holds = (page: { items: readonly { id: string }[] }) =>
    page.items.some((model) => String(model.id) === id);
  const first = await store.loadPage(query, { signal });
  if (holds(first)) return query.page;
  const last = lastPage(first.total, query.pageSize);
  let read = 1;
  for (let page = last; page >= 1 && read < REVEAL_PAGE_LIMIT; page--) {
    if (page === query.page) continue;
    read++;
    if (holds(await store.loadPage({ ...query, page }, { signal }))) return page;
  }
  return undefined;
}

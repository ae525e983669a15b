import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { guard } from 'lit/directives/guard.js';
import { forbiddenReason } from '../api/status-rules.js';
import {
  canDelete,
  type CustomModel,
  type FilterField,
  type ModelFilters,
  type ModelPage,
  type ModelQuery,
  type SortField,
} from '../api/types.js';
import { ResourceController } from '../controllers/resource-controller.js';
import { languagesResource, sessionResource } from '../controllers/store-resources.js';
import {
  GridStateChangeEvent,
  ModelCreateRequestEvent,
  ModelDeleteRequestEvent,
  ModelOpenEvent,
} from '../events/events.js';
import { CustomModelsElement } from '../internal/base-element.js';
import { hostStyles, visuallyHidden } from '../internal/styles.js';
import {
  COLUMN_DEFS,
  DEFAULT_HIDDEN_COLUMNS,
  GRID_COLUMNS,
  HIDEABLE_COLUMNS,
  parseColumns,
  type GridColumn,
} from './columns.js';
import type { TextFilterField } from './filter-popover.js';
import {
  DEFAULT_PAGE_SIZE,
  DEFAULT_REFRESH_INTERVAL,
  filtersConverter,
  formatSort,
  hasFilters,
  MAX_PAGE_SIZE,
  normalizeFilters,
  parseSort,
  positiveInt,
  sameFilters,
  supportedFilters,
  supportedSorts,
  TEXT_FILTER_DEBOUNCE,
} from './grid-state.js';
import { gridHostStyles } from './models-grid.styles.js';
import { lastPage, renderPager, type PagerTarget } from './pager.js';
import { pagerStyles } from './pager.styles.js';
import { DELETE_REASON_ID, renderRows, renderSkeletonRows } from './rows.js';
import { rowStyles } from './rows.styles.js';
import { renderState, type StateView } from './states.js';
import { stateStyles } from './states.styles.js';
import { tableStyles } from './table.styles.js';
import { renderHeaderCell, type HeaderView } from './header.js';
import { renderToolbar, type ToolbarView } from './toolbar.js';
import { toolbarStyles } from './toolbar.styles.js';

import '@shoelace-style/shoelace/dist/components/alert/alert.js';
import '@shoelace-style/shoelace/dist/components/button/button.js';
import '@shoelace-style/shoelace/dist/components/icon/icon.js';
import '@shoelace-style/shoelace/dist/components/input/input.js';
import '@shoelace-style/shoelace/dist/components/option/option.js';
import '@shoelace-style/shoelace/dist/components/select/select.js';
import '@shoelace-style/shoelace/dist/components/tag/tag.js';
import '@shoelace-style/shoelace/dist/components/tooltip/tooltip.js';

const SKELETON_ROWS = 8;

/**
 * The server-driven grid of an organisation's custom models: Name, Training Status, Base Language,
 * Last Modified and Actions (plus Key, hidden until shown from the Columns menu). Paging, sorting
 * and filtering are asked of the adapter, one page at a time; a newer request aborts the older one.
 *
 * Name, Base Language and Key cells, and the Edit action, fire `model-open`. Delete is rendered
 * only for ORGADMIN and SYSOP sessions and fires `model-delete-request`: the grid never deletes by
 * itself; on a model the status rules keep from deletion (Running) it is shown disabled, described
 * by its reason. While a row on the page is Ready to Run or Running, the page refreshes quietly
 * every `refresh-interval` ms (paused while the document is hidden), through the store's one poll.
 *
 * The rows come from the adapter's store: a model renamed, trained or deleted anywhere on the same
 * adapter changes here at once; a created or deleted one makes the page be fetched again. Until the
 * session's role is known, Delete is not shown.
 *
 * @tag models-grid
 * @summary The server-driven data grid of custom models, with paging, sorting, filters and actions.
 *
 * @fires model-open - {@link ModelOpenEvent} A name, base-language or key cell, or Edit, was activated. Cancelable.
 * @fires model-delete-request - {@link ModelDeleteRequestEvent} Delete was activated; detail `{ model }`. Cancelable.
 * @fires model-create-request - {@link ModelCreateRequestEvent} The empty state's "New Custom Model" was activated.
 * @fires grid-state-change - {@link GridStateChangeEvent} The user changed page, page size, sort or filters; detail `{ page, pageSize, sort, filters }`.
 *
 * @csspart toolbar - The bar above the table: search, active filters, refresh, columns menu.
 * @csspart search - The name search box.
 * @csspart active-filters - The list of active filter chips.
 * @csspart viewport - The scrolling box around the table.
 * @csspart table - The `<table>`.
 * @csspart header - The `<thead>`.
 * @csspart header-cell - Each column header cell.
 * @csspart sort-button - The button in a sortable header.
 * @csspart body - The `<tbody>`.
 * @csspart filter-panel - The content of a column's filter popover.
 * @csspart progress - The progress bar shown while a page loads.
 * @csspart state - The empty, filtered-empty, error or no-adapter message.
 * @csspart pager - The bar below the table: rows per page, range, page buttons.
 * @csspart range - The "1–25 of 150" text.
 *
 * @cssproperty --cm-grid-height - Height of the whole grid; the table scrolls inside it. Default: `79vh`.
 * @cssproperty --cm-grid-background - Background of the table. Default: `--sl-color-neutral-0`.
 * @cssproperty --cm-grid-stripe-background - Background of every other row. Default: `--sl-color-neutral-50`.
 * @cssproperty --cm-grid-hover-background - Background of the row under the pointer. Default: `--sl-color-primary-50`.
 * @cssproperty --cm-grid-header-background - Background of the sticky header. Default: `--sl-color-neutral-100`.
 * @cssproperty --cm-grid-header-color - Text colour of the header. Default: `--sl-color-neutral-700`.
 * @cssproperty --cm-grid-border-color - Lines between rows and around the grid. Default: `--sl-color-neutral-200`.
 * @cssproperty --cm-grid-border-radius - Corner radius of the grid. Default: `--sl-border-radius-medium`.
 * @cssproperty --cm-grid-cell-padding - Padding of the (dense) cells. Default: `0.25rem 0.75rem`.
 * @cssproperty --cm-grid-font-size - Text size of the cells. Default: `--sl-font-size-small`.
 * @cssproperty --cm-grid-link-color - Colour of the Name cell's text. Default: `--sl-color-primary-700`.
 */
export class ModelsGrid extends CustomModelsElement {
  // In the order of the one stylesheet they were split from: rules of equal specificity win by order.
  static override styles = [
    hostStyles,
    visuallyHidden,
    gridHostStyles,
    toolbarStyles,
    tableStyles,
    rowStyles,
    stateStyles,
    pagerStyles,
  ];

  /** The 1-based page shown. */
  @property({ type: Number }) page = 1;

  /** Rows per page: 25 (default), 50, 75 or 100 from the pager; any 1–1000 from a host. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = DEFAULT_PAGE_SIZE;

  /**
   * The sort as `field:direction`, e.g. `name:asc` or `lastModified:desc`; empty for the server's
   * order. Fields: `name`, `trainingStatus`, `baseLanguage`, `lastModified`. A field the adapter does
   * not declare is ignored.
   */
  @property() sort = '';

  /**
   * Active filters: `{ name?, key?, trainingStatus?: number[], baseLanguageKey? }`. As an attribute,
   * JSON (`filters='{"trainingStatus":[3]}'`). Fields the adapter does not declare are ignored.
   */
  @property({ converter: filtersConverter }) filters: ModelFilters = {};

  /** Milliseconds between background refreshes while a visible row is Ready to Run or Running. */
  @property({ type: Number, attribute: 'refresh-interval' }) refreshInterval =
    DEFAULT_REFRESH_INTERVAL;

  /** Columns to hide, space separated (`key`, `trainingStatus`, `baseLanguage`, `lastModified`). Default: `key`. */
  @property({
    attribute: 'hidden-columns',
    converter: {
      fromAttribute: parseColumns,
      toAttribute: (value: GridColumn[]) => value.join(' '),
    },
  })
  hiddenColumns: GridColumn[] = [...DEFAULT_HIDDEN_COLUMNS];

  /** Accessible name of the table. Default: "Custom models". */
  @property() label = '';

  @state() private drafts: Partial<Record<TextFilterField, string>> = {};
  /** Popovers opened at least once: their controls are rendered from then on, not before. */
  @state() private openedFilters: ReadonlySet<FilterField> = new Set();
  @state() private columnsMenuOpened = false;

  /** The current page, read from the store; the last one stays while the next loads. */
  private readonly rows = new ResourceController<ModelQuery, ModelPage>(this, {
    store: () => this.store,
    key: () => this.currentQuery(),
    resources: () => ['lists'],
    fetch: (store, query, signal) => store.loadPage(query, { signal }),
    read: (store, query) => store.page(query),
    keepPrevious: true,
    live: (query) => ({
      pages: () => [query],
      interval: () => positiveInt(this.refreshInterval, DEFAULT_REFRESH_INTERVAL),
      // Nobody sees a hidden grid (the page shows a model's details over it).
      active: () => this.checkVisibility(),
    }),
  });

  private readonly sessionState = sessionResource(this, () => this.store);
  /** Loaded when the base-language filter is first opened. */
  @state() private languagesWanted = false;
  private readonly languages = languagesResource(
    this,
    () => this.store,
    () => this.languagesWanted,
  );
  private readonly debounceTimers = new Map<TextFilterField, ReturnType<typeof setTimeout>>();

  /** Reloads the current page from the adapter (rows stay on screen meanwhile). */
  async refresh(): Promise<void> {
    await this.rows.refresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const timer of this.debounceTimers.values()) clearTimeout(timer);
    this.debounceTimers.clear();
    this.drafts = {};
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The page ran past the end (models were deleted, or a host asked for page 99): show the last.
    const query = this.currentQuery();
    const loaded = this.store?.page(query);
    if (loaded && loaded.items.length === 0 && loaded.total > 0 && query.page > 1) {
      const last = lastPage(loaded.total, query.pageSize);
      if (last !== query.page) this.page = last;
    }
  }

  /** The query the current properties ask for, limited to what the adapter can serve. */
  private currentQuery(): ModelQuery {
    const capabilities = this.adapter?.capabilities;
    const query: ModelQuery = {
      page: positiveInt(this.page, 1),
      pageSize: positiveInt(this.pageSize, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
    };
    const sort = parseSort(this.sort);
    if (sort && supportedSorts(capabilities).has(sort.field)) query.sort = sort;
    const filters = normalizeFilters(this.filters, supportedFilters(capabilities));
    if (Object.keys(filters).length) query.filters = filters;
    return query;
  }

  /** The session's role; undefined while unknown. */
  private get sessionRole(): string | undefined {
    return this.sessionState.value?.role;
  }

  private loadLanguages(): void {
    this.languagesWanted = true;
  }

  // --- user actions: set the state, then tell the host ----------------------------------------

  private commit(changes: {
    page?: number;
    pageSize?: number;
    sort?: string;
    filters?: ModelFilters;
  }): void {
    if (changes.page !== undefined) this.page = changes.page;
    if (changes.pageSize !== undefined) this.pageSize = changes.pageSize;
    if (changes.sort !== undefined) this.sort = changes.sort;
    if (changes.filters !== undefined) this.filters = changes.filters;
    this.dispatchEvent(
      new GridStateChangeEvent({
        page: positiveInt(this.page, 1),
        pageSize: positiveInt(this.pageSize, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
        sort: formatSort(parseSort(this.sort)),
        filters: normalizeFilters(this.filters),
      }),
    );
  }

  private readonly navigate = (to: PagerTarget) => {
    const total = this.rows.value?.total;
    const size = positiveInt(this.pageSize, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    const last = total === undefined ? Infinity : lastPage(total, size);
    const current = positiveInt(this.page, 1);
    const target =
      to === 'first' ? 1 : to === 'previous' ? current - 1 : to === 'next' ? current + 1 : last;
    const page = Math.max(1, Math.min(target, last));
    if (Number.isFinite(page) && page !== current) this.commit({ page });
  };

  private readonly setPageSize = (pageSize: number) => {
    if (pageSize === this.pageSize) return;
    this.commit({ pageSize, page: 1 });
  };

  /** None → ascending → descending → none; another column starts ascending. */
  private readonly cycleSort = (field: SortField) => {
    const current = parseSort(this.sort);
    let next = '';
    if (current?.field !== field) next = `${field}:asc`;
    else if (current.direction === 'asc') next = `${field}:desc`;
    this.commit({ sort: next, page: 1 });
  };

  private setFilter(field: FilterField, value: ModelFilters[FilterField]): void {
    const next = normalizeFilters({ ...this.filters, [field]: value });
    if (sameFilters(next, this.filters)) return;
    this.commit({ filters: next, page: 1 });
  }

  private readonly onText = (field: TextFilterField, value: string, immediate: boolean) => {
    clearTimeout(this.debounceTimers.get(field));
    this.debounceTimers.delete(field);
    this.drafts = { ...this.drafts, [field]: value };
    const apply = () => {
      this.debounceTimers.delete(field);
      const { [field]: _applied, ...rest } = this.drafts;
      this.drafts = rest;
      this.setFilter(field, value);
    };
    if (immediate) apply();
    else this.debounceTimers.set(field, setTimeout(apply, TEXT_FILTER_DEBOUNCE));
  };

  private readonly clearFilter = (field: FilterField) => {
    if (field === 'name' || field === 'key') {
      clearTimeout(this.debounceTimers.get(field));
      this.debounceTimers.delete(field);
      const { [field]: _dropped, ...rest } = this.drafts;
      this.drafts = rest;
    }
    this.setFilter(field, undefined);
  };

  private readonly clearAllFilters = () => {
    for (const timer of this.debounceTimers.values()) clearTimeout(timer);
    this.debounceTimers.clear();
    this.drafts = {};
    if (!hasFilters(this.filters)) return;
    this.commit({ filters: {}, page: 1 });
  };

  private readonly toggleColumn = (column: GridColumn, visible: boolean) => {
    const hidden = new Set(this.hiddenColumns);
    if (visible) hidden.delete(column);
    else hidden.add(column);
    this.hiddenColumns = GRID_COLUMNS.filter((c) => hidden.has(c));
  };

  private open(id: string): void {
    this.dispatchEvent(new ModelOpenEvent({ id }));
  }

  private findModel(id: string | undefined): CustomModel | undefined {
    return id === undefined ? undefined : this.rows.value?.items.find((model) => model.id === id);
  }

  /** One listener for every row: cells with `data-open` and buttons with `data-action`. */
  private readonly onBodyClick = (event: MouseEvent) => {
    const target = event.target as HTMLElement;
    const row = target.closest<HTMLTableRowElement>('tr[data-id]');
    const id = row?.dataset.id;
    if (!row || id === undefined) return;
    const action = target.closest<HTMLElement>('[data-action]')?.dataset.action;
    if (action === 'edit') {
      this.open(id);
    } else if (action === 'delete') {
      const model = this.findModel(id);
      // Forbidden by the status rules: the button says why, and nothing is asked.
      if (model && canDelete(this.sessionRole) && !forbiddenReason('delete', model.trainingStatus))
        this.dispatchEvent(new ModelDeleteRequestEvent({ model }));
    } else if (target.closest('td[data-open]')) {
      this.open(id);
    }
  };

  /** Arrow up / down move to the same column in the next or previous row. */
  private readonly onBodyKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const cell = (event.target as HTMLElement).closest('td');
    const row = cell?.parentElement as HTMLTableRowElement | null;
    if (!cell || !row) return;
    const sibling = (
      event.key === 'ArrowDown' ? row.nextElementSibling : row.previousElementSibling
    ) as HTMLTableRowElement | null;
    const next =
      sibling?.cells[cell.cellIndex]?.querySelector<HTMLElement>('button, sl-icon-button');
    if (!next) return;
    event.preventDefault();
    next.focus();
  };

  private readonly languageLabel = (language: Partial<CustomModel['baseLanguage']>) =>
    this.store?.languageLabel(this.localize.lang(), language) ?? language.name ?? '';

  /** A dropdown to open once rendered: its trigger was activated before it existed. */
  private pendingDropdown?: string;

  /** The popovers' Shoelace components, loaded on the first open of one (popover-parts.ts). */
  private popoverParts?: Promise<unknown>;

  private readonly firstOpenFilter = (field: FilterField) => {
    if (field === 'baseLanguageKey') this.loadLanguages();
    this.popoverParts ??= import('./popover-parts.js');
    void this.popoverParts.then(() => {
      if (this.openedFilters.has(field)) return;
      this.pendingDropdown = `sl-dropdown.filter[data-filter="${field}"]`;
      this.openedFilters = new Set([...this.openedFilters, field]);
    });
  };

  private readonly firstOpenColumnsMenu = () => {
    this.popoverParts ??= import('./popover-parts.js');
    void this.popoverParts.then(() => {
      if (this.columnsMenuOpened) return;
      this.pendingDropdown = 'sl-dropdown.columns-menu';
      this.columnsMenuOpened = true;
    });
  };

  /** Opens the dropdown just created for an activated trigger, focus on its (new) trigger. */
  private openPendingDropdown(): void {
    const selector = this.pendingDropdown;
    this.pendingDropdown = undefined;
    const dropdown = selector
      ? this.shadowRoot!.querySelector<HTMLElement & { show(): Promise<void> }>(selector)
      : null;
    if (!dropdown) return;
    dropdown.querySelector<HTMLElement>('[slot="trigger"]')?.focus();
    void (dropdown as unknown as { updateComplete: Promise<unknown> }).updateComplete.then(() => {
      if (dropdown.isConnected) void dropdown.show();
    });
  }

  /** The pager button that had focus when this update began (see `updated`). */
  private focusedPageButton?: string;

  protected override update(changed: PropertyValues<this>): void {
    const active = this.shadowRoot?.activeElement as HTMLElement | null | undefined;
    this.focusedPageButton = active?.dataset.page;
    super.update(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.pendingDropdown) this.openPendingDropdown();
    // A focused pager button that has just been disabled (Next on reaching the last page) would
    // drop focus to the body: keyboard users keep their place on the button that still moves.
    const to = this.focusedPageButton;
    this.focusedPageButton = undefined;
    if (!to) return;
    const was = this.shadowRoot!.querySelector<HTMLButtonElement>(`[data-page="${to}"]`);
    if (!was?.disabled) return;
    const forward = to === 'next' || to === 'last';
    for (const name of forward ? ['previous', 'first'] : ['next', 'last']) {
      const button = this.shadowRoot!.querySelector<HTMLButtonElement>(`[data-page="${name}"]`);
      if (button && !button.disabled) {
        button.focus();
        return;
      }
    }
  }

  // --- rendering -------------------------------------------------------------------------------

  /**
   * The rows, re-rendered only when what they show changes: not when only the loading state, the
   * toolbar, a popover or the pager does (a page swap renders twice, loading and loaded).
   */
  private renderBody(items: readonly CustomModel[], firstRowIndex: number, deletable: boolean) {
    const lang = this.localize.lang();
    return guard([items, firstRowIndex, deletable, lang], () =>
      renderRows(
        {
          localize: this.localize,
          firstRowIndex,
          canDelete: deletable,
          languageLabel: this.languageLabel,
        },
        items,
      ),
    );
  }

  override render() {
    const adapter = this.adapter;
    const capabilities = adapter?.capabilities;
    const sorts = supportedSorts(capabilities);
    const filterFields = supportedFilters(capabilities);
    const filters = normalizeFilters(this.filters, filterFields);
    const hidden = new Set(this.hiddenColumns);
    const columns = GRID_COLUMNS.filter(
      (column) => !hidden.has(column) || !HIDEABLE_COLUMNS.includes(column),
    );
    const result = this.rows.value;
    const page = positiveInt(this.page, 1);
    const pageSize = positiveInt(this.pageSize, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    const loading = this.rows.loading;
    const error = this.rows.error;
    const firstLoad = !result && !error && !!adapter;

    const view: ToolbarView = {
      localize: this.localize,
      filters,
      drafts: this.drafts,
      languages: this.languages.value,
      languageLabel: this.languageLabel,
      onText: this.onText,
      onStatuses: (statuses) => this.setFilter('trainingStatus', statuses),
      onLanguage: (key) => this.setFilter('baseLanguageKey', key),
      onClear: this.clearFilter,
      onOpen: (field) => {
        if (field === 'baseLanguageKey') this.loadLanguages();
        if (!this.openedFilters.has(field))
          this.openedFilters = new Set([...this.openedFilters, field]);
      },
      onFirstOpen: this.firstOpenFilter,
      openedFilters: this.openedFilters,
      columnsMenuOpened: this.columnsMenuOpened,
      onColumnsMenuOpen: this.firstOpenColumnsMenu,
      canSearch: filterFields.has('name'),
      hiddenColumns: hidden,
      canRefresh: !!adapter,
      onRefresh: () => void this.refresh(),
      onClearAll: this.clearAllFilters,
      onToggleColumn: this.toggleColumn,
    };

    const header: HeaderView = {
      ...view,
      sort: parseSort(this.sort),
      canSort: (field) => sorts.has(field),
      canFilter: (field) => filterFields.has(field),
      onSort: this.cycleSort,
    };
    const states: StateView = {
      localize: this.localize,
      onRetry: () => void this.refresh(),
      onCreate: () => this.dispatchEvent(new ModelCreateRequestEvent()),
      onClearFilters: this.clearAllFilters,
    };

    const tableClasses: Record<string, boolean> = { loading: loading && !!result };
    for (const column of HIDEABLE_COLUMNS) tableClasses[`hide-${column}`] = hidden.has(column);

    return html`
      ${renderToolbar(view)}
      <span id=${DELETE_REASON_ID} class="visually-hidden"
        >${this.localize.term('cm.rules.deleteTraining')}</span
      >
      <div part="viewport" class="viewport">
        <div
          part="progress"
          class="progress"
          role="progressbar"
          aria-label=${this.localize.term('cm.grid.loadingModels')}
          ?hidden=${!loading}
        >
          <div class="progress-indicator"></div>
        </div>
        <div class="scroller">
          <table
            part="table"
            class=${classMap(tableClasses)}
            aria-rowcount=${result && result.items.length ? result.total + 1 : nothing}
            aria-busy=${loading ? 'true' : 'false'}
          >
            <caption class="visually-hidden">
              ${this.label || this.localize.term('cm.grid.label')}
            </caption>
            <thead part="header">
              <tr aria-rowindex="1">
                ${GRID_COLUMNS.map((column) => renderHeaderCell(header, COLUMN_DEFS[column]))}
              </tr>
            </thead>
            <tbody part="body" @click=${this.onBodyClick} @keydown=${this.onBodyKeydown}>
              ${
                !adapter
                  ? renderState(states, columns.length, 'no-adapter')
                  : error
                    ? renderState(states, columns.length, 'error', error)
                    : firstLoad
                      ? renderSkeletonRows(Math.min(SKELETON_ROWS, pageSize), columns.length)
                      : result && result.items.length === 0
                        ? renderState(
                            states,
                            columns.length,
                            hasFilters(filters) ? 'filtered-empty' : 'empty',
                          )
                        : this.renderBody(
                            result?.items ?? [],
                            (page - 1) * pageSize + 2,
                            canDelete(this.sessionRole),
                          )
              }
            </tbody>
          </table>
        </div>
      </div>
      ${renderPager({
        localize: this.localize,
        page,
        pageSize,
        total: result?.total,
        disabled: !result,
        onNavigate: this.navigate,
        onPageSize: this.setPageSize,
      })}
    `;
  }
}

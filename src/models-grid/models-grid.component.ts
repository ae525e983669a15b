import { nothing, type PropertyValues } from 'lit';
import { html } from '../internal/compact-html.js';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { forbiddenReason } from '../api/status-rules.js';
import {
  canDelete,
  type CustomModel,
  type ModelFilters,
  type ModelPage,
  type ModelQuery,
} from '../api/types.js';
import { ResourceController } from '../controllers/resource-controller.js';
import { languagesResource, sessionResource } from '../controllers/store-resources.js';
import { pageName } from '../store/model-cache.js';
import {
  ModelCreateRequestEvent,
  ModelDeleteRequestEvent,
  ModelOpenEvent,
} from '../events/events.js';
import { CustomModelsElement } from '../internal/base-element.js';
import { renderSessionError } from '../internal/session-error.js';
import { hostStyles, visuallyHidden } from '../internal/styles.js';
import {
  DEFAULT_HIDDEN_COLUMNS,
  GRID_COLUMNS,
  HIDEABLE_COLUMNS,
  offeredColumns,
  parseColumns,
  type GridColumn,
} from './columns.js';
import { DateColumnWidth } from './date-column.js';
import { PrepareFormats } from './prepare-formats.js';
import { GridActions } from './grid-actions.js';
import { GridFocus } from './grid-focus.js';
import {
  DEFAULT_PAGE_SIZE,
  DEFAULT_REFRESH_INTERVAL,
  filtersConverter,
  hasFilters,
  MAX_PAGE_SIZE,
  normalizeFilters,
  parseSort,
  positiveInt,
  supportedFilters,
  supportedSorts,
} from './grid-state.js';
import { LazyPopovers } from './lazy-popovers.js';
import { gridStyles } from './models-grid.styles.js';
import { lastPage, renderPager } from './pager.js';
import { DELETE_REASON_ID, renderRows, renderSkeletonRows } from './rows.js';
import { RevealController } from './reveal.js';
import { renderState, type StateView } from './states.js';
import type { HeaderView } from './header.js';
import { renderTable } from './table.js';
import { renderToolbar, type ToolbarView } from './toolbar.js';

import '@shoelace-style/shoelace/dist/components/alert/alert.js';
import '@shoelace-style/shoelace/dist/components/button/button.js';
import '@shoelace-style/shoelace/dist/components/icon/icon.js';
import '@shoelace-style/shoelace/dist/components/input/input.js';
import '@shoelace-style/shoelace/dist/components/option/option.js';
import '@shoelace-style/shoelace/dist/components/select/select.js';

const SKELETON_ROWS = 8;

/**
 * The server-driven grid of an organisation's custom models: Name, Training Status, Base Language,
 * Last Modified and Actions (plus Key, and Accuracy (the custom model's word error rate) for an
 * adapter whose models say it, hidden until shown from the Columns menu). Paging, sorting
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
 * @cssproperty --cm-grid-height - Height of the whole grid; the table scrolls inside it. Default: `79vh`,
 * and in windows under 30rem tall (a zoomed laptop) the rows' own height, the page scrolling as a whole.
 * @cssproperty --cm-grid-background - Background of the table, and of the layer that dims its rows while the next page loads. Default: `--sl-color-neutral-0`.
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
  static override styles = [hostStyles, visuallyHidden, gridStyles];

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

  /**
   * Milliseconds between background refreshes while a visible row is Ready to Run or Running.
   * Left at its default, the adapter's `capabilities.pollIntervalMs` applies when it gives one.
   */
  @property({ type: Number, attribute: 'refresh-interval' }) refreshInterval =
    DEFAULT_REFRESH_INTERVAL;

  /**
   * Columns to hide, space separated (`key`, `trainingStatus`, `baseLanguage`, `lastModified`,
   * `wordErrorRate`). Default: `key wordErrorRate`. `wordErrorRate` is the Accuracy column (the
   * custom model's word error rate), offered only when the adapter's models say it
   * (`capabilities.wordErrorRate` or `evaluations`).
   */
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

  /**
   * Leaves out the grid's own "Your organization could not be loaded" alert (with Retry), for a
   * host that says it elsewhere. `<custom-models-page>` sets it: the page says it once, above.
   */
  @property({ type: Boolean, attribute: 'hide-session-error' }) hideSessionError = false;

  /**
   * Id of a model just created: its row is marked "New" (an accent, and the word after its name,
   * read by screen readers) wherever paging and sorting put it, and setting it brings its row into
   * view (the page that holds it under the current sort and filters, then the row scrolled to).
   * `<custom-models-page>` sets it after Create and clears it when a model is opened.
   */
  @property({ attribute: 'new-model-id' }) newModelId = '';

  /** The current page, read from the store; the last one stays while the next loads. */
  private readonly rows = new ResourceController<ModelQuery, ModelPage>(this, {
    store: () => this.store,
    key: () => this.currentQuery(),
    resources: (query) => [pageName(query)],
    fetch: (store, query, signal) => store.loadPage(query, { signal }),
    read: (store, query) => store.page(query),
    keepPrevious: true,
    live: (query) => ({
      pages: () => [query],
      // The default gives way to the adapter's hint (ScriptixApi: 20 s); a host's value wins.
      interval: () =>
        this.refreshInterval === DEFAULT_REFRESH_INTERVAL
          ? undefined
          : positiveInt(this.refreshInterval, DEFAULT_REFRESH_INTERVAL),
      defaultInterval: DEFAULT_REFRESH_INTERVAL,
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

  /** The user's changes to page, size, sort, filters and columns. */
  private readonly actions = new GridActions(this, () => this.rows.value?.total);
  /** The filter popovers and the Columns menu, rendered the first time they are asked for. */
  private readonly popovers = new LazyPopovers(this, (field) => {
    if (field === 'baseLanguageKey') this.loadLanguages();
  });
  /** Arrow keys between rows, and focus kept on the pager. */
  private readonly keyboard = new GridFocus(this);
  /** @internal Last Modified as wide as the language's widest date (date-column.ts). */
  readonly dateColumn = new DateColumnWidth(this, () => this.localize.lang());
  /** @internal The rows' date and language formatters, built while the first page loads. */
  readonly formats = new PrepareFormats(
    this,
    () => this.localize.lang(),
    () => !!this.adapter && !this.rows.value && !this.rows.error,
  );

  private readonly revealer = new RevealController(
    this,
    () => this.store,
    () => this.currentQuery(),
    (page) => this.actions.goTo(page),
  );
  /**
   * The row of `newModelId` once brought into view (undefined when not found in the pages read).
   * @internal
   */
  revealed: Promise<HTMLTableRowElement | undefined> = Promise.resolve(undefined);

  /** Reloads the current page from the adapter (rows stay on screen meanwhile). */
  async refresh(): Promise<void> {
    await this.rows.refresh();
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
    if (changed.has('newModelId') && this.newModelId)
      this.revealed = this.revealer.reveal(this.newModelId);
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

  // --- row actions -----------------------------------------------------------------------------

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

  private readonly languageLabel = (language: Partial<CustomModel['baseLanguage']>) =>
    this.store?.languageLabel(this.localize.lang(), language) ?? language.name ?? '';

  // --- rendering -------------------------------------------------------------------------------

  /**
   * The rows, re-rendered only when what they show changes: not when only the loading state, the
   * toolbar, a popover or the pager does (a page swap renders twice, loading and loaded).
   */
  private renderBody(
    items: readonly CustomModel[],
    firstRowIndex: number,
    deletable: boolean,
    showKey: boolean,
    showAccuracy: boolean,
  ) {
    const lang = this.localize.lang();
    const newId = this.newModelId || undefined;
    return guard([items, firstRowIndex, deletable, showKey, showAccuracy, lang, newId], () =>
      renderRows(
        {
          localize: this.localize,
          firstRowIndex,
          canDelete: deletable,
          showKey,
          showAccuracy,
          languageLabel: this.languageLabel,
          newId,
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
    const menuColumns = offeredColumns(capabilities);
    // A column the adapter cannot fill (Accuracy without word error rates) is never shown.
    const hidden = new Set(this.hiddenColumns);
    if (!menuColumns.includes('wordErrorRate')) hidden.add('wordErrorRate');
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
      drafts: this.actions.drafts.values,
      languages: this.languages.value,
      languageLabel: this.languageLabel,
      onText: this.actions.drafts.onText,
      onStatuses: (statuses) => this.actions.setFilter('trainingStatus', statuses),
      onLanguage: (key) => this.actions.setFilter('baseLanguageKey', key),
      onClear: this.actions.clearFilter,
      onOpen: this.popovers.filterOpened,
      onFirstOpen: this.popovers.firstOpenFilter,
      openedFilters: this.popovers.openedFilters,
      columnsMenuOpened: this.popovers.columnsMenuOpened,
      onColumnsMenuOpen: this.popovers.firstOpenColumnsMenu,
      canSearch: filterFields.has('name'),
      hiddenColumns: hidden,
      menuColumns,
      canRefresh: !!adapter,
      onRefresh: () => void this.refresh(),
      onClearAll: this.actions.clearAllFilters,
      onToggleColumn: this.actions.toggleColumn,
    };

    const header: HeaderView = {
      ...view,
      sort: parseSort(this.sort),
      canSort: (field) => sorts.has(field),
      canFilter: (field) => filterFields.has(field),
      onSort: this.actions.cycleSort,
    };
    const states: StateView = {
      localize: this.localize,
      onRetry: () => void this.refresh(),
      onCreate: () => this.dispatchEvent(new ModelCreateRequestEvent()),
      onClearFilters: this.actions.clearAllFilters,
    };

    const body = !adapter
      ? renderState(states, columns.length, 'no-adapter')
      : error
        ? renderState(states, columns.length, 'error', error)
        : firstLoad
          ? renderSkeletonRows(Math.min(SKELETON_ROWS, pageSize), columns)
          : result && result.items.length === 0
            ? renderState(states, columns.length, hasFilters(filters) ? 'filtered-empty' : 'empty')
            : this.renderBody(
                result?.items ?? [],
                (page - 1) * pageSize + 2,
                canDelete(this.sessionRole),
                !hidden.has('key'),
                !hidden.has('wordErrorRate'),
              );

    // Without the session the role is unknown and Delete stays hidden: say why, with Retry
    // (unless told that it is said elsewhere: the page says it once above the grid).
    return html`
      ${
        this.hideSessionError
          ? nothing
          : renderSessionError(this.localize, this.sessionState, this.store)
      }
      ${renderToolbar(view)}
      <span id=${DELETE_REASON_ID} class="visually-hidden"
        >${this.localize.term('cm.rules.deleteTraining')}</span
      >
      ${renderTable({
        localize: this.localize,
        label: this.label || this.localize.term('cm.grid.label'),
        loading: loading,
        dimmed: loading && !!result,
        rowCount: result && result.items.length ? result.total + 1 : undefined,
        hiddenColumns: hidden,
        header: header,
        body: body,
        onBodyClick: this.onBodyClick,
        onBodyKeydown: this.keyboard.onBodyKeydown,
      })}
      ${renderPager({
        localize: this.localize,
        page,
        pageSize,
        total: result?.total,
        disabled: !result,
        onNavigate: this.actions.navigate,
        onPageSize: this.actions.setPageSize,
      })}
    `;
  }
}

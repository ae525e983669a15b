import type { ReactiveControllerHost } from 'lit';
import type { FilterField, ModelFilters, SortField } from '../api/types.js';
import { GridStateChangeEvent } from '../events/events.js';
import { GRID_COLUMNS, type GridColumn } from './columns.js';
import {
  DEFAULT_PAGE_SIZE,
  formatSort,
  hasFilters,
  MAX_PAGE_SIZE,
  normalizeFilters,
  parseSort,
  positiveInt,
  sameFilters,
} from './grid-state.js';
import { lastPage, type PagerTarget } from './pager.js';
import { TextFilterDrafts } from './text-filter-drafts.js';

/** The grid's properties that the user's changes set. */
export interface GridStateHost extends ReactiveControllerHost, HTMLElement {
  page: number;
  pageSize: number;
  sort: string;
  filters: ModelFilters;
  hiddenColumns: GridColumn[];
}

/**
 * What the user changes from the toolbar, the headers and the pager: each change sets the grid's
 * properties, then tells the host app with `grid-state-change` (a host setting them fires nothing).
 */
export class GridActions {
  /** Text filters, applied after a pause in typing. */
  readonly drafts: TextFilterDrafts;

  /** `total` is the number of models the current query matches, once known. */
  constructor(
    private readonly host: GridStateHost,
    private readonly total: () => number | undefined,
  ) {
    this.drafts = new TextFilterDrafts(host, (field, value) => this.setFilter(field, value));
  }

  private commit(changes: {
    page?: number;
    pageSize?: number;
    sort?: string;
    filters?: ModelFilters;
  }): void {
    const host = this.host;
    if (changes.page !== undefined) host.page = changes.page;
    if (changes.pageSize !== undefined) host.pageSize = changes.pageSize;
    if (changes.sort !== undefined) host.sort = changes.sort;
    if (changes.filters !== undefined) host.filters = changes.filters;
    host.dispatchEvent(
      new GridStateChangeEvent({
        page: positiveInt(host.page, 1),
        pageSize: positiveInt(host.pageSize, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
        sort: formatSort(parseSort(host.sort)),
        filters: normalizeFilters(host.filters),
      }),
    );
  }

  /** Relative moves are resolved against the current page, so rapid clicks add up. */
  readonly navigate = (to: PagerTarget) => {
    const total = this.total();
    const size = positiveInt(this.host.pageSize, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    const last = total === undefined ? Infinity : lastPage(total, size);
    const current = positiveInt(this.host.page, 1);
    const target =
      to === 'first' ? 1 : to === 'previous' ? current - 1 : to === 'next' ? current + 1 : last;
    const page = Math.max(1, Math.min(target, last));
    if (Number.isFinite(page) && page !== current) this.commit({ page });
  };

  /** Shows a page the grid chose for the user (the one holding the model just created). */
  readonly goTo = (page: number) => {
    if (page !== positiveInt(this.host.page, 1)) this.commit({ page });
  };

  readonly setPageSize = (pageSize: number) => {
    if (pageSize === this.host.pageSize) return;
    this.commit({ pageSize, page: 1 });
  };

  /** None → ascending → descending → none; another column starts ascending. */
  readonly cycleSort = (field: SortField) => {
    const current = parseSort(this.host.sort);
    let next = '';
    if (current?.field !== field) next = `${field}:asc`;
    else if (current.direction === 'asc') next = `${field}:desc`;
    this.commit({ sort: next, page: 1 });
  };

  setFilter(field: FilterField, value: ModelFilters[FilterField]): void {
    const next = normalizeFilters({ ...this.host.filters, [field]: value });
    if (sameFilters(next, this.host.filters)) return;
    this.commit({ filters: next, page: 1 });
  }

  readonly clearFilter = (field: FilterField) => {
    if (field === 'name' || field === 'key') this.drafts.drop(field);
    this.setFilter(field, undefined);
  };

  readonly clearAllFilters = () => {
    this.drafts.clear();
    if (!hasFilters(this.host.filters)) return;
    this.commit({ filters: {}, page: 1 });
  };

  /** Columns are the grid's own view: no event. */
  readonly toggleColumn = (column: GridColumn, visible: boolean) => {
    const hidden = new Set(this.host.hiddenColumns);
    if (visible) hidden.delete(column);
    else hidden.add(column);
    this.host.hiddenColumns = GRID_COLUMNS.filter((c) => hidden.has(c));
  };
}

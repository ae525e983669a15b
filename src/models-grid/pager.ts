import { html } from '../internal/compact-html.js';
import type { LocalizeController } from '../i18n/localize.js';
import { formatNumber } from './format.js';
import { icon } from './icons.js';
import { PAGE_SIZES } from './grid-state.js';

export type PagerTarget = 'first' | 'previous' | 'next' | 'last';

export interface PagerView {
  localize: LocalizeController;
  page: number;
  pageSize: number;
  /** Total matches, once known. */
  total?: number;
  /** Nothing to page through (no adapter, first load, error). */
  disabled: boolean;
  /** Relative moves are resolved by the host against its current page, so rapid clicks add up. */
  onNavigate: (to: PagerTarget) => void;
  onPageSize: (size: number) => void;
}

/** Last page for a total (at least 1). */
export function lastPage(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/**
 * "1–25 of 150", rows per page, first / previous / next / last. The page buttons are plain
 * `<button>`s styled as Shoelace's icon button, the icon inline SVG (icons.ts).
 */
export function renderPager(view: PagerView) {
  const { localize, page, pageSize, total, disabled } = view;
  const lang = localize.lang();
  const pages = total === undefined ? page : lastPage(total, pageSize);
  const num = (n: number) => formatNumber(lang, n);
  const range =
    total === undefined
      ? ''
      : total === 0
        ? localize.term('cm.grid.rangeEmpty')
        : localize.term(
            'cm.grid.range',
            num(Math.min((page - 1) * pageSize + 1, total)),
            num(Math.min(page * pageSize, total)),
            num(total),
          );
  const sizes: number[] = PAGE_SIZES.includes(pageSize as (typeof PAGE_SIZES)[number])
    ? [...PAGE_SIZES]
    : [...PAGE_SIZES, pageSize].sort((a, b) => a - b);
  const atStart = disabled || page <= 1;
  const atEnd = disabled || total === undefined || page >= pages;

  return html`<div part="pager" class="pager">
    <div class="page-size">
      <sl-select
        class="page-size-select"
        size="small"
        hoist
        placement="top"
        label=${localize.term('cm.grid.rowsPerPage')}
        .value=${String(pageSize)}
        ?disabled=${disabled && total === undefined}
        @sl-change=${(event: Event) => {
          const size = Number((event.target as HTMLSelectElement).value);
          if (size && size !== pageSize) view.onPageSize(size);
        }}
      >
        ${sizes.map((size) => html`<sl-option value=${String(size)}>${num(size)}</sl-option>`)}
      </sl-select>
    </div>
    <span class="range" part="range" role="status">${range}</span>
    <div class="page-nav" role="group" aria-label=${localize.term('cm.grid.pagination')}>
      <button
        type="button"
        class="icon-button"
        data-page="first"
        aria-label=${localize.term('cm.grid.firstPage')}
        ?disabled=${atStart}
        @click=${() => view.onNavigate('first')}
      >
        ${icon('chevron-double-left')}
      </button>
      <button
        type="button"
        class="icon-button"
        data-page="previous"
        aria-label=${localize.term('cm.grid.previousPage')}
        ?disabled=${atStart}
        @click=${() => view.onNavigate('previous')}
      >
        ${icon('chevron-left')}
      </button>
      <span class="page-of">${localize.term('cm.grid.pageOf', num(page), num(pages))}</span>
      <button
        type="button"
        class="icon-button"
        data-page="next"
        aria-label=${localize.term('cm.grid.nextPage')}
        ?disabled=${atEnd}
        @click=${() => view.onNavigate('next')}
      >
        ${icon('chevron-right')}
      </button>
      <button
        type="button"
        class="icon-button"
        data-page="last"
        aria-label=${localize.term('cm.grid.lastPage')}
        ?disabled=${atEnd}
        @click=${() => view.onNavigate('last')}
      >
        ${icon('chevron-double-right')}
      </button>
    </div>
  </div>`;
}

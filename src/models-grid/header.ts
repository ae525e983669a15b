import { nothing } from 'lit';
import { html } from '../internal/compact-html.js';
import type { FilterField, ModelSort, SortField } from '../api/types.js';
import type { ColumnDef } from './columns.js';
import { icon } from './icons.js';
import { renderFilterPopover, type FilterView } from './filter-popover.js';

export interface HeaderView extends FilterView {
  sort?: ModelSort;
  canSort: (field: SortField) => boolean;
  canFilter: (field: FilterField) => boolean;
  onSort: (field: SortField) => void;
}

type Tooltip = HTMLElement & { show(): Promise<void>; updateComplete: Promise<unknown> };

/** Loaded on the first `wakeTooltip`. */
let tooltipPart: Promise<unknown> | undefined;
/** Tooltips the pointer or focus came to while their component loads (and has not left). */
const wanted = new WeakSet<Element>();

/**
 * The Base Language tooltip is an `<sl-tooltip>` whose component is loaded the first time the
 * pointer or focus comes to it (tooltip-part.ts): until then the element waits undefined around its
 * button (`display: contents`, as the defined one, table.styles.ts), the same look, and the button
 * says the text as its name either way. Once defined it shows itself if the pointer or focus is
 * still there, and from then on it handles hover and focus itself.
 */
function wakeTooltip(event: Event) {
  const tooltip = event.currentTarget as Tooltip;
  if (tooltip.matches(':defined')) return;
  wanted.add(tooltip);
  tooltipPart ??= import('./tooltip-part.js');
  void tooltipPart.then(async () => {
    if (!tooltip.matches(':defined')) return;
    await tooltip.updateComplete;
    if (wanted.has(tooltip)) await tooltip.show();
  });
}

/** The pointer or focus left the tooltip (not for its button's icon) before it was defined. */
function leaveTooltip(event: Event) {
  const tooltip = event.currentTarget as Tooltip;
  const to = (event as FocusEvent).relatedTarget as Node | null;
  if (!tooltip.matches(':defined') && !(to && tooltip.contains(to))) wanted.delete(tooltip);
}

/**
 * One column header: sort button with `aria-sort`, the Base Language info tooltip, the filter.
 * Icons are inline SVG (icons.ts), not `<sl-icon>`s: no shadow root per header.
 */
export function renderHeaderCell(view: HeaderView, column: ColumnDef) {
  const { localize } = view;
  const label = localize.term(column.label);
  const sortable = column.sort && view.canSort(column.sort) ? column.sort : undefined;
  const direction = sortable && view.sort?.field === sortable ? view.sort.direction : undefined;
  const ariaSort = !sortable
    ? nothing
    : direction === 'asc'
      ? 'ascending'
      : direction === 'desc'
        ? 'descending'
        : 'none';
  const info = localize.term('cm.grid.baseLanguageInfo');
  return html`<th scope="col" part="header-cell" class="c-${column.id}" aria-sort=${ariaSort}>
    <div class="th">
      ${
        sortable
          ? html`<button
              type="button"
              part="sort-button"
              class=${direction ? 'sort sorted' : 'sort'}
              data-sort=${sortable}
              title=${localize.term('cm.grid.sortBy', label)}
              @click=${() => view.onSort(sortable)}
            >
              <span>${label}</span>
              ${icon(
                direction === 'asc'
                  ? 'arrow-up'
                  : direction === 'desc'
                    ? 'arrow-down'
                    : 'arrow-down-up',
                'sort-icon',
              )}
            </button>`
          : html`<span class="label">${label}</span>`
      }
      ${
        column.id === 'baseLanguage'
          ? html`<sl-tooltip
              content=${info}
              hoist
              @mouseover=${wakeTooltip}
              @focusin=${wakeTooltip}
              @mouseout=${leaveTooltip}
              @focusout=${leaveTooltip}
            >
              <button type="button" class="info" aria-label=${info}>${icon('info-circle')}</button>
            </sl-tooltip>`
          : nothing
      }
      ${column.filter && view.canFilter(column.filter.field) ? renderFilterPopover(view, column) : nothing}
    </div>
  </th>`;
}

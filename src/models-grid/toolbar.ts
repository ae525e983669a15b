import { nothing } from 'lit';
import { html } from '../internal/compact-html.js';
import type { FilterField, ModelFilters } from '../api/types.js';
import { COLUMN_DEFS, FILTER_COLUMN, type GridColumn } from './columns.js';
import type { FilterView } from './filter-popover.js';
import { caretIcon, icon } from './icons.js';

export interface ToolbarView extends FilterView {
  /** The adapter can filter by name: show the search box. */
  canSearch: boolean;
  hiddenColumns: ReadonlySet<GridColumn>;
  /** The Columns menu's columns: those the adapter can fill. */
  menuColumns: readonly GridColumn[];
  /** Something to refresh (an adapter is there). */
  canRefresh: boolean;
  onRefresh: () => void;
  onClearAll: () => void;
  onToggleColumn: (column: GridColumn, visible: boolean) => void;
  /**
   * The Columns menu has been asked for: its dropdown and items render from then on (not before,
   * they cost); until then the toolbar has the trigger button alone.
   */
  columnsMenuOpened: boolean;
  /** The trigger was activated before the menu exists: the host renders the menu and opens it. */
  onColumnsMenuOpen: () => void;
}

interface ActiveFilter {
  field: FilterField;
  text: string;
}

/** One chip per filter in force, in column order. */
export function activeFilters(view: FilterView, filters: ModelFilters): ActiveFilter[] {
  const { localize } = view;
  const out: ActiveFilter[] = [];
  const add = (field: FilterField, value: string) =>
    out.push({
      field,
      text: localize.term(
        'cm.grid.filter.active',
        localize.term(COLUMN_DEFS[FILTER_COLUMN[field]].label),
        value,
      ),
    });
  if (filters.name) add('name', filters.name);
  if (filters.key) add('key', filters.key);
  if (filters.trainingStatus?.length) {
    add(
      'trainingStatus',
      filters.trainingStatus
        .map((status) =>
          [1, 2, 3, 4, 5].includes(status)
            ? localize.term(`cm.status.${status as 1 | 2 | 3 | 4 | 5}`)
            : localize.term('cm.status.unknown'),
        )
        .join(', '),
    );
  }
  if (filters.baseLanguageKey)
    add('baseLanguageKey', view.languageLabel({ key: filters.baseLanguageKey }));
  return out;
}

/** Search box, active filter chips, refresh and the column menu. */
export function renderToolbar(view: ToolbarView) {
  const { localize } = view;
  const chips = activeFilters(view, view.filters);
  const search = view.drafts.name ?? view.filters.name ?? '';
  return html`<div part="toolbar" class="toolbar">
    ${
      view.canSearch
        ? html`<sl-input
            class="search hidden-label"
            part="search"
            type="search"
            size="small"
            clearable
            autocomplete="off"
            label=${localize.term('cm.grid.search')}
            placeholder=${localize.term('cm.grid.searchPlaceholder')}
            .value=${search}
            @sl-input=${(event: Event) => view.onText('name', (event.target as HTMLInputElement).value, false)}
            @sl-clear=${() => view.onText('name', '', true)}
            @keydown=${(event: KeyboardEvent) => {
              if (event.key === 'Enter')
                view.onText('name', (event.target as HTMLInputElement).value, true);
            }}
          >
            <sl-icon library="custom-models" name="search" slot="prefix"></sl-icon>
          </sl-input>`
        : nothing
    }
    ${
      chips.length
        ? html`<ul
              class="chips"
              part="active-filters"
              aria-label=${localize.term('cm.grid.activeFilters')}
            >
              ${chips.map(
                (chip) =>
                  html`<li class="chip" data-filter=${chip.field}>
                    ${chip.text}<button
                      type="button"
                      class="icon-button chip-remove"
                      aria-label=${localize.term('cm.grid.filter.remove', chip.text)}
                      @click=${() => view.onClear(chip.field)}
                    >
                      ${icon('x-lg')}
                    </button>
                  </li>`,
              )}
            </ul>
            <sl-button class="clear-all" size="small" variant="text" @click=${view.onClearAll}>
              ${localize.term('cm.grid.clearFilters')}
            </sl-button>`
        : nothing
    }
    <span class="spacer"></span>
    <button
      type="button"
      class="icon-button refresh"
      aria-label=${localize.term('cm.grid.refresh')}
      ?disabled=${!view.canRefresh}
      @click=${view.onRefresh}
    >
      ${icon('arrow-clockwise')}
    </button>
    ${renderColumnsMenu(view)}
  </div>`;
}

/** The Columns button: a plain button with Shoelace's small button look (toolbar.styles.ts). */
function columnsTrigger(view: ToolbarView, slot?: string) {
  return html`<button
    type="button"
    class="columns-trigger"
    slot=${slot ?? nothing}
    aria-haspopup=${slot ? nothing : 'true'}
    aria-expanded=${slot ? nothing : 'false'}
    aria-controls=${slot ? 'columns-menu' : nothing}
    @click=${slot ? nothing : view.onColumnsMenuOpen}
    @keydown=${
      slot
        ? nothing
        : (event: KeyboardEvent) => {
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault();
              view.onColumnsMenuOpen();
            }
          }
    }
  >
    ${icon('layout-three-columns')}
    <span class="columns-label">${view.localize.term('cm.grid.columns')}</span>
    ${caretIcon}
  </button>`;
}

/** The column menu: only its trigger until first asked for, then an `<sl-dropdown>` with the menu. */
function renderColumnsMenu(view: ToolbarView) {
  const { localize } = view;
  if (!view.columnsMenuOpened) return columnsTrigger(view);
  return html`<sl-dropdown class="columns-menu" placement="bottom-end" stay-open-on-select hoist>
    ${columnsTrigger(view, 'trigger')}
    <sl-menu
      id="columns-menu"
      @sl-select=${(
        event: CustomEvent<{ item: HTMLElement & { value: string; checked: boolean } }>,
      ) => {
        const item = event.detail.item;
        view.onToggleColumn(item.value as GridColumn, item.checked);
      }}
    >
      ${view.menuColumns.map(
        (column) =>
          html`<sl-menu-item
            type="checkbox"
            value=${column}
            ?checked=${!view.hiddenColumns.has(column)}
            >${localize.term(COLUMN_DEFS[column].label)}</sl-menu-item
          >`,
      )}
    </sl-menu>
  </sl-dropdown>`;
}

import { html, nothing } from 'lit';
import type { FilterField, ModelFilters } from '../api/types.js';
import { COLUMN_DEFS, FILTER_COLUMN, HIDEABLE_COLUMNS, type GridColumn } from './columns.js';
import type { FilterView } from './filter-popover.js';

export interface ToolbarView extends FilterView {
  /** The adapter can filter by name: show the search box. */
  canSearch: boolean;
  hiddenColumns: ReadonlySet<GridColumn>;
  /** Something to refresh (an adapter is there). */
  canRefresh: boolean;
  onRefresh: () => void;
  onClearAll: () => void;
  onToggleColumn: (column: GridColumn, visible: boolean) => void;
  /** The Columns menu has been opened: its items render from then on (not before, they cost). */
  columnsMenuOpened: boolean;
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
  if (filters.baseLanguageKey) add('baseLanguageKey', view.languageLabel(filters.baseLanguageKey));
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
                  html`<li>
                    <sl-tag
                      size="small"
                      pill
                      removable
                      data-filter=${chip.field}
                      @sl-remove=${() => view.onClear(chip.field)}
                      >${chip.text}</sl-tag
                    >
                  </li>`,
              )}
            </ul>
            <sl-button class="clear-all" size="small" variant="text" @click=${view.onClearAll}>
              ${localize.term('cm.grid.clearFilters')}
            </sl-button>`
        : nothing
    }
    <span class="spacer"></span>
    <sl-icon-button
      class="refresh"
      library="custom-models"
      name="arrow-clockwise"
      label=${localize.term('cm.grid.refresh')}
      ?disabled=${!view.canRefresh}
      @click=${view.onRefresh}
    ></sl-icon-button>
    <sl-dropdown
      class="columns-menu"
      placement="bottom-end"
      stay-open-on-select
      hoist
      @sl-show=${(event: Event) => {
        if (event.target === event.currentTarget) view.onColumnsMenuOpen();
      }}
    >
      <sl-button slot="trigger" size="small" caret>
        <sl-icon library="custom-models" name="layout-three-columns" slot="prefix"></sl-icon>
        ${localize.term('cm.grid.columns')}
      </sl-button>
      <sl-menu
        @sl-select=${(
          event: CustomEvent<{ item: HTMLElement & { value: string; checked: boolean } }>,
        ) => {
          const item = event.detail.item;
          view.onToggleColumn(item.value as GridColumn, item.checked);
        }}
      >
        ${
          view.columnsMenuOpened
            ? HIDEABLE_COLUMNS.map(
                (column) =>
                  html`<sl-menu-item
                    type="checkbox"
                    value=${column}
                    ?checked=${!view.hiddenColumns.has(column)}
                    >${localize.term(COLUMN_DEFS[column].label)}</sl-menu-item
                  >`,
              )
            : nothing
        }
      </sl-menu>
    </sl-dropdown>
  </div>`;
}

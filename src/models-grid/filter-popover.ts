import { html, nothing } from 'lit';
import {
  TRAINING_STATUSES,
  type FilterField,
  type Language,
  type ModelFilters,
} from '../api/types.js';
import type { LocalizeController } from '../i18n/localize.js';
import type { ColumnDef } from './columns.js';
import { icon } from './icons.js';

export type TextFilterField = 'name' | 'key';

export interface FilterView {
  localize: LocalizeController;
  /** The filters in force. */
  filters: ModelFilters;
  /** Text typed but not yet applied (debouncing). */
  drafts: Partial<Record<TextFilterField, string>>;
  /** Languages for the language filter, once loaded. */
  languages?: Language[];
  /** Localised name of a language key. */
  languageLabel: (language: Partial<Language>) => string;
  onText: (field: TextFilterField, value: string, immediate: boolean) => void;
  onStatuses: (statuses: number[]) => void;
  onLanguage: (key: string) => void;
  onClear: (field: FilterField) => void;
  onOpen: (field: FilterField) => void;
  /**
   * A filter's trigger was activated before its popover exists: the host renders the popover
   * (`openedFilters`) and opens it.
   */
  onFirstOpen: (field: FilterField) => void;
  /**
   * Filters whose popover has been opened: only those render their dropdown and its controls.
   * Before that the header shows the trigger button alone (see BENCHMARKS.md).
   */
  openedFilters: ReadonlySet<FilterField>;
}

/** Whether a filter field has a value in force. */
export function isFilterActive(filters: ModelFilters, field: FilterField): boolean {
  const value = filters[field];
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}

/** The funnel button in a column header and its popover. */
export function renderFilterPopover(view: FilterView, column: ColumnDef) {
  const filter = column.filter;
  if (!filter) return nothing;
  const { localize } = view;
  const label = localize.term(column.label);
  const active = isFilterActive(view.filters, filter.field);
  const onShow = (event: Event) => {
    if (event.target === event.currentTarget) view.onOpen(filter.field);
  };
  const onAfterShow = (event: Event) => {
    if (event.target !== event.currentTarget) return;
    const first = (event.currentTarget as HTMLElement).querySelector<HTMLElement>(
      '[data-autofocus]',
    );
    first?.focus();
  };
  const name = localize.term(active ? 'cm.grid.filterColumnActive' : 'cm.grid.filterColumn', label);
  const funnel = icon(active ? 'funnel-fill' : 'funnel');
  const triggerClass = active ? 'icon-button filter-trigger active' : 'icon-button filter-trigger';
  // Until first opened, only the trigger: a plain button. An `<sl-dropdown>` per header (with its
  // popup, and its trigger check forcing style and layout) was most of the grid's fixed first-render
  // cost; the dropdown is created the first time the user asks for it, and stays.
  if (!view.openedFilters.has(filter.field)) {
    return html`<button
      type="button"
      class=${triggerClass}
      data-filter=${filter.field}
      aria-label=${name}
      aria-haspopup="true"
      aria-expanded="false"
      @click=${() => view.onFirstOpen(filter.field)}
      @keydown=${(event: KeyboardEvent) => {
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          event.preventDefault();
          view.onFirstOpen(filter.field);
        }
      }}
    >
      ${funnel}
    </button>`;
  }
  const panelId = `filter-panel-${filter.field}`;
  return html`<sl-dropdown
    class="filter"
    data-filter=${filter.field}
    hoist
    placement="bottom-start"
    distance="4"
    @sl-show=${onShow}
    @sl-after-show=${onAfterShow}
  >
    <button
      type="button"
      slot="trigger"
      class=${triggerClass}
      data-filter=${filter.field}
      aria-label=${name}
      aria-controls=${panelId}
    >
      ${funnel}
    </button>
    <div
      id=${panelId}
      class="filter-panel"
      part="filter-panel"
      role="dialog"
      aria-label=${localize.term('cm.grid.filterColumn', label)}
    >
      ${
        filter.kind === 'text'
          ? renderText(view, filter.field as TextFilterField, label)
          : filter.kind === 'statuses'
            ? renderStatuses(view)
            : renderLanguage(view)
      }
      <div class="filter-actions">
        <sl-button size="small" ?disabled=${!active} @click=${() => view.onClear(filter.field)}>
          ${localize.term('cm.grid.filter.clear')}
        </sl-button>
      </div>
    </div>
  </sl-dropdown>`;
}

function renderText(view: FilterView, field: TextFilterField, column: string) {
  const value = view.drafts[field] ?? view.filters[field] ?? '';
  return html`<sl-input
    data-autofocus
    size="small"
    clearable
    autocomplete="off"
    label=${view.localize.term('cm.grid.filter.contains', column)}
    .value=${value}
    @sl-input=${(event: Event) => view.onText(field, (event.target as HTMLInputElement).value, false)}
    @sl-clear=${() => view.onText(field, '', true)}
    @keydown=${(event: KeyboardEvent) => {
      if (event.key === 'Enter') view.onText(field, (event.target as HTMLInputElement).value, true);
    }}
  ></sl-input>`;
}

function renderStatuses(view: FilterView) {
  const selected = new Set(view.filters.trainingStatus ?? []);
  const toggle = (status: number, checked: boolean) => {
    const next = new Set(selected);
    if (checked) next.add(status);
    else next.delete(status);
    view.onStatuses([...next].sort((a, b) => a - b));
  };
  return html`<fieldset class="status-options">
    <legend>${view.localize.term('cm.grid.filter.statuses')}</legend>
    ${TRAINING_STATUSES.map(
      (status, index) =>
        html`<sl-checkbox
          size="small"
          value=${String(status)}
          ?data-autofocus=${index === 0}
          .checked=${selected.has(status)}
          @sl-change=${(event: Event) => toggle(status, (event.target as HTMLInputElement).checked)}
          >${view.localize.term(`cm.status.${status}`)}</sl-checkbox
        >`,
    )}
  </fieldset>`;
}

function renderLanguage(view: FilterView) {
  const current = view.filters.baseLanguageKey ?? '';
  const languages = view.languages ?? [];
  const known = languages.some((language) => language.key === current);
  return html`<sl-select
    data-autofocus
    size="small"
    hoist
    clearable
    label=${view.localize.term('cm.grid.filter.language')}
    placeholder=${view.localize.term('cm.grid.filter.anyLanguage')}
    .value=${current}
    @sl-change=${(event: Event) => {
      // Only the select's own change; the dropdown around it fires none.
      if (event.target !== event.currentTarget) return;
      view.onLanguage(String((event.target as HTMLSelectElement).value ?? ''));
    }}
  >
    ${
      current && !known
        ? html`<sl-option value=${current}>${view.languageLabel({ key: current })}</sl-option>`
        : nothing
    }
    ${languages.map(
      (language) =>
        html`<sl-option value=${language.key}>${view.languageLabel(language)}</sl-option>`,
    )}
  </sl-select>`;
}

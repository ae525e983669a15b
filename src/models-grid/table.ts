import { nothing } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import type { LocalizeController } from '../i18n/localize.js';
import { html } from '../internal/compact-html.js';
import { COLUMN_DEFS, GRID_COLUMNS, HIDEABLE_COLUMNS, type GridColumn } from './columns.js';
import { renderHeaderCell, type HeaderView } from './header.js';

export interface TableView {
  localize: LocalizeController;
  /** The caption: the table's accessible name. */
  label: string;
  /** A request the user should see is running: progress bar, busy table. */
  loading: boolean;
  /** Rows are on screen while the next page loads: they dim. */
  dimmed: boolean;
  /** `aria-rowcount` (the matches and the header row), when the page has rows. */
  rowCount?: number;
  hiddenColumns: ReadonlySet<GridColumn>;
  header: HeaderView;
  /** What the body shows: rows, skeleton rows or a state row. */
  body: unknown;
  onBodyClick: (event: MouseEvent) => void;
  onBodyKeydown: (event: KeyboardEvent) => void;
}

/** The scrolling viewport: the loading bar over the table, its caption, header row and body. */
export function renderTable(view: TableView) {
  const { localize, loading } = view;
  const classes: Record<string, boolean> = { loading: view.dimmed };
  for (const column of HIDEABLE_COLUMNS) classes[`hide-${column}`] = view.hiddenColumns.has(column);
  return html`<div part="viewport" class="viewport">
    <div
      part="progress"
      class="progress"
      role="progressbar"
      aria-label=${localize.term('cm.grid.loadingModels')}
      ?hidden=${!loading}
    >
      <div class="progress-indicator"></div>
    </div>
    <div class="scroller">
      <table
        part="table"
        class=${classMap(classes)}
        aria-rowcount=${view.rowCount ?? nothing}
        aria-busy=${loading ? 'true' : 'false'}
      >
        <caption class="visually-hidden">
          ${view.label}
        </caption>
        <thead part="header">
          <tr aria-rowindex="1">
            ${GRID_COLUMNS.map((column) => renderHeaderCell(view.header, COLUMN_DEFS[column]))}
          </tr>
        </thead>
        <tbody part="body" @click=${view.onBodyClick} @keydown=${view.onBodyKeydown}>
          ${view.body}
        </tbody>
      </table>
    </div>
  </div>`;
}

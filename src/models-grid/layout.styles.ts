import { css } from 'lit';

/**
 * Column widths and the narrow layout, by the grid's own width (a container query: a portal may put
 * the grid in a column of a wide window).
 *
 * Wide: a fixed table layout. Widths come from the header cells, never from the rows, so a filter,
 * a search or a page change cannot move a column (or the popover open on it). Name takes what is
 * left; long names truncate, the full name is in the button's title and its accessible name.
 *
 * Narrow (under 44rem, which includes a 1280 px window at 200 % zoom): each row stacks. First line
 * the name and the actions, second line status, language and date. Only the row's layout changes
 * (the markup, its table semantics and the delegated clicks/keys stay), and nothing is behind a
 * sideways scroll. The header row wraps into a line of its sort buttons and filters.
 */
export const layoutStyles = css`
  :host {
    container: cm-grid / inline-size;
  }
  table {
    table-layout: fixed;
  }
  th.c-key {
    width: 9rem;
  }
  th.c-trainingStatus {
    width: 11.5rem;
  }
  /* Label, sort, info and filter buttons: narrower clipped the filter button. */
  th.c-baseLanguage {
    width: 12.5rem;
  }
  th.c-lastModified {
    width: 11rem;
  }
  th.c-wordErrorRate {
    width: 8rem;
  }
  th.c-actions {
    width: 5.25rem;
  }
  /* The buttons truncate themselves (and keep their focus ring); the date is plain text. */
  td.c-lastModified {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .open {
    max-width: 100%;
  }

  @container cm-grid (width < 44rem) {
    table,
    tbody {
      display: block;
    }
    thead {
      display: block;
      background: var(--_header-bg);
    }
    th[class] {
      position: static;
      display: block;
      width: auto;
      padding: 0.125rem 0.25rem;
      border-bottom: none;
      background: none;
    }
    th.c-actions {
      display: none;
    }
    tr {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      column-gap: 0.75rem;
      padding: 0.375rem 0.75rem;
      border-bottom: 1px solid var(--_border);
    }
    tbody td {
      display: block;
      padding: 0;
      border-bottom: none;
      background: none !important;
    }
    tbody tr:nth-child(even) {
      background: var(--_stripe);
    }
    tbody tr[data-id]:hover {
      background: var(--_hover);
    }
    /* Line one: the name (all the room there is) and the actions. */
    td.c-name {
      order: 0;
      flex: 1 1 0;
      min-width: 0;
      max-width: none;
    }
    td.c-actions {
      order: 1;
      width: auto;
    }
    tbody tr[data-id]::after {
      content: '';
      order: 2;
      flex-basis: 100%;
    }
    /* Line two: key, status, language, date and WER, wrapping when they must. */
    td.c-key,
    td.c-trainingStatus,
    td.c-baseLanguage,
    td.c-lastModified,
    td.c-wordErrorRate {
      order: 3;
    }
    /* The empty, error and no-adapter states: one cell across. */
    tbody tr:not([data-id]):not(.skeleton-row) td {
      flex: 1 1 100%;
    }
  }
`;

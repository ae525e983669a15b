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
  /*
   * Each value the narrow layout changes is read from a custom property, with the wide value as
   * fallback: the container query below sets them once, on the scroll box, and every row and cell
   * inherits them, so no row or cell has a rule of its own inside the query (its selectors are not
   * matched against 100 rows to be dropped by the query). Flex properties on table rows and cells
   * apply only once they are flex lines and items (narrow), so they are set here unconditionally.
   */
  table {
    display: var(--_n-block, table);
    table-layout: fixed;
  }
  tbody {
    display: var(--_n-block, table-row-group);
  }
  thead {
    display: var(--_n-block, table-header-group);
    background: var(--_n-thead-bg, none);
  }
  th {
    position: var(--_n-th-position, sticky);
    display: var(--_n-block, table-cell);
    padding: var(--_n-th-pad, var(--_pad));
    border-bottom: var(--_n-cell-border, 1px solid var(--_border));
    background: var(--_n-th-bg, var(--_header-bg));
  }
  th.c-key {
    width: var(--_n-width, 9rem);
  }
  th.c-trainingStatus {
    width: var(--_n-width, 11.5rem);
  }
  /* Label, sort, info and filter buttons: narrower clipped the filter button. */
  th.c-baseLanguage {
    width: var(--_n-width, 12.5rem);
  }
  th.c-lastModified {
    width: var(--_n-width, 11rem);
  }
  th.c-wordErrorRate {
    width: var(--_n-width, 8rem);
  }
  th.c-actions {
    display: var(--_n-th-actions, table-cell);
    width: var(--_n-width, 5.25rem);
  }
  /* The buttons truncate themselves (and keep their focus ring); the date is plain text. */
  td.c-lastModified {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .open {
    max-width: 100%;
  }
  /* Narrow: a row is a wrapping flex line (a table row has no padding, border or flex of its own). */
  tr {
    display: var(--_n-flex, table-row);
    flex-wrap: wrap;
    align-items: center;
    column-gap: 0.75rem;
    padding: 0.375rem 0.75rem;
    border-bottom: 1px solid var(--_border);
  }
  tbody td {
    display: var(--_n-block, table-cell);
    padding: var(--_n-td-pad, var(--_pad));
    border-bottom: var(--_n-cell-border, 1px solid var(--_border));
  }
  /* Line one: the name (all the room there is) and the actions. */
  td.c-name {
    order: 0;
    flex: 1 1 0;
    min-width: 0;
  }
  td.c-actions {
    order: 1;
    width: var(--_n-width, 1%);
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
  td.state {
    flex: 1 1 100%;
  }

  @container cm-grid (width < 44rem) {
    .scroller {
      --_n-block: block;
      --_n-flex: flex;
      --_n-thead-bg: var(--_header-bg);
      --_n-th-position: static;
      --_n-th-pad: 0.125rem 0.25rem;
      --_n-th-bg: none;
      --_n-th-actions: none;
      --_n-cell-border: none;
      --_n-width: auto;
      --_n-td-pad: 0;
    }
    /* The break between the two lines: on data rows, in the narrow layout only. */
    tbody tr[data-id]::after {
      content: '';
      order: 2;
      flex-basis: 100%;
    }
  }
`;

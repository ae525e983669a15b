import { css } from 'lit';

/**
 * Column widths and the narrow layout, by the grid's own width (a container query: a portal may put
 * the grid in a column of a wide window).
 *
 * Rows are flex lines, not table rows, in both layouts (the markup and its table semantics stay:
 * `<table>`, `<tr>`, `<td>`, `aria-rowindex`): a table row cannot skip the layout and paint of its
 * contents, a flex line can (`content-visibility: auto`, below), and about 60 of a 100-row page are
 * out of the scroll box. Wide, a row is one line of fixed-width cells, the widths of the header's:
 * a filter, a search or a page change cannot move a column (or the popover open on it). Name takes
 * what is left; long names truncate, the full name is in the cell's title. The line between rows is
 * the row's border, the cells centred in it: what the table looked like, pixel for pixel.
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
   * matched against 100 rows to be dropped by the query).
   */
  table,
  thead,
  tbody {
    display: block;
  }
  /* The header sticks as a whole (a sticky cell would stay inside its row). */
  thead {
    position: var(--_n-thead-position, sticky);
    top: 0;
    z-index: 2;
    background: var(--_header-bg);
  }
  th {
    display: block;
    padding: var(--_n-th-pad, var(--_pad));
    border-bottom: none;
  }
  /* A row is a flex line, its border the line under it; wide, one line of the header's widths. */
  tr {
    display: flex;
    flex-wrap: var(--_n-wrap, nowrap);
    align-items: center;
    column-gap: var(--_n-gap, 0);
    padding: var(--_n-row-pad, 0);
    border-bottom: 1px solid var(--_border);
  }
  tbody td {
    display: block;
    padding: var(--_n-td-pad, var(--_pad));
    border-bottom: none;
  }
  /*
   * Wide, out of the scroll box, a row's contents are not laid out or painted: it keeps its place
   * at the height it had (or a row's height until it has had one). It stays in the DOM, in find in
   * page and in the accessibility tree (BENCHMARKS.md, note 8), and comes back when it nears the
   * view, is focused or found. Narrow rows keep being painted: their heights vary (one, two or
   * three lines) and a contained row is painted at a whole pixel, which moved the text of the rows
   * under a row of fractional height by a fraction of a pixel.
   */
  tbody tr[data-id] {
    content-visibility: var(--_n-content-visibility, auto);
    contain-intrinsic-size: auto 2.0625rem;
  }
  /* Skeleton cells (.s-*, rows.ts) take the widths, not the narrow layout's order. */
  .c-name,
  .s-name {
    flex: var(--_n-name-flex, 1 1 0);
    min-width: var(--_n-name-min, 0);
  }
  .c-key,
  .c-trainingStatus,
  .c-baseLanguage,
  .c-lastModified,
  .c-wordErrorRate,
  .c-actions,
  .skeleton-row td {
    flex-shrink: var(--_n-shrink, 0);
  }
  .c-key,
  .s-key {
    width: var(--_n-width, 9rem);
  }
  .c-trainingStatus,
  .s-trainingStatus {
    width: var(--_n-width, 11.5rem);
  }
  /* Label, sort, info and filter buttons: narrower clipped the filter button. */
  .c-baseLanguage,
  .s-baseLanguage {
    width: var(--_n-width, 12.5rem);
  }
  /*
   * The widest date of the grid's language in the cells' font (date-column.ts, measured), and never
   * narrower than its header's label, sort and buttons need.
   */
  .c-lastModified,
  .s-lastModified {
    width: var(--_n-width, max(11rem, var(--_date-width, 0px)));
  }
  .c-wordErrorRate,
  .s-wordErrorRate {
    width: var(--_n-width, 8rem);
  }
  .c-actions,
  .s-actions {
    width: var(--_n-width, 5.25rem);
  }
  th.c-actions {
    display: var(--_n-th-actions, block);
  }
  /* The buttons truncate themselves (and keep their focus ring); the date is plain text. */
  td.c-lastModified {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .open {
    max-width: 100%;
  }
  /* Narrow, line one: the name (all the room there is) and the actions. */
  td.c-name {
    flex: 1 1 0;
    min-width: 0;
  }
  td.c-actions {
    order: var(--_n-actions-order, 0);
  }
  /* Narrow, line two: key, status, language, date and WER, wrapping when they must. */
  td.c-key,
  td.c-trainingStatus,
  td.c-baseLanguage,
  td.c-lastModified,
  td.c-wordErrorRate {
    order: var(--_n-second-line-order, 0);
  }
  /* The empty, error and no-adapter states: one cell across, no line under it when wide. */
  tbody tr.state-row {
    border-bottom-width: var(--_n-state-border, 0);
  }
  td.state {
    flex: 1 1 100%;
  }
  /*
   * Narrow, a cell is as wide as its content: the first load's placeholder bars (70 % of their
   * cell) had no width and could not be seen. A width of their own, a few to a line.
   */
  .skeleton {
    min-width: var(--_n-skeleton-width, 0);
  }

  @container cm-grid (width < 44rem) {
    .scroller {
      --_n-thead-position: static;
      --_n-wrap: wrap;
      --_n-gap: 0.75rem;
      --_n-row-pad: 0.375rem 0.75rem;
      --_n-content-visibility: visible;
      --_n-th-pad: 0.125rem 0.25rem;
      --_n-th-actions: none;
      --_n-name-flex: 0 1 auto;
      --_n-name-min: auto;
      --_n-shrink: 1;
      --_n-width: auto;
      --_n-td-pad: 0;
      --_n-actions-order: 1;
      --_n-second-line-order: 3;
      --_n-state-border: 1px;
      --_n-skeleton-cell: 2.375rem;
      --_n-skeleton-width: 5rem;
    }
    /* The break between the two lines: on data rows, in the narrow layout only. */
    tbody tr[data-id]::after {
      content: '';
      order: 2;
      flex-basis: 100%;
    }
  }
`;

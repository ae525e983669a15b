import { css } from 'lit';
import { visuallyHiddenDeclarations } from '../internal/styles.js';

/** The datasets section: the upload, the files' table, and its narrow layout (a container query). */
export const datasetsStyles = css`
  .datasets {
    display: grid;
    gap: var(--sl-spacing-medium, 1rem);
  }
  .section-head {
    display: flex;
    align-items: baseline;
    gap: var(--sl-spacing-small, 0.75rem);
  }
  .section-head h3 {
    font-size: var(--sl-font-size-large, 1.25rem);
    font-weight: var(--sl-font-weight-semibold, 600);
  }
  .count {
    color: var(--sl-color-neutral-600);
    font-size: var(--sl-font-size-small, 0.875rem);
  }
  .busy-reason {
    display: flex;
    align-items: center;
    gap: var(--sl-spacing-x-small, 0.5rem);
    padding: var(--sl-spacing-x-small, 0.5rem) var(--sl-spacing-small, 0.75rem);
    border-radius: var(--sl-border-radius-medium, 0.25rem);
    background: var(--sl-color-neutral-100, #f4f4f5);
    color: var(--sl-color-neutral-800);
    font-size: var(--sl-font-size-small, 0.875rem);
  }
  .busy-reason sl-icon {
    flex: none;
  }
  .empty {
    color: var(--sl-color-neutral-600);
    font-size: var(--sl-font-size-small, 0.875rem);
  }
  .datasets-table {
    width: 100%;
    border-collapse: collapse;
    font-size: var(--sl-font-size-small, 0.875rem);
  }
  .datasets-table th {
    text-align: start;
    color: var(--sl-color-neutral-600);
    font-size: var(--sl-font-size-x-small, 0.75rem);
    font-weight: var(--sl-font-weight-semibold, 600);

    border-bottom: 1px solid var(--sl-color-neutral-200, #e4e4e7);
  }
  .datasets-table th,
  .datasets-table td {
    padding: var(--sl-spacing-x-small, 0.5rem) var(--sl-spacing-small, 0.75rem);
    vertical-align: middle;
  }
  .datasets-table tbody tr + tr td {
    border-top: 1px solid var(--sl-color-neutral-100, #f4f4f5);
  }
  .datasets-table .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .datasets-table .uploaded {
    white-space: nowrap;
  }
  .datasets-totals {
    margin-block-start: var(--sl-spacing-x-small, 0.5rem);
    color: var(--sl-color-neutral-700);
    font-size: var(--sl-font-size-small, 0.875rem);
    font-variant-numeric: tabular-nums;
  }
  .datasets-table .actions {
    width: 1%;
    text-align: end;
  }
  .kind-inline {
    display: none;
  }
  .dataset-name {
    display: flex;
    align-items: center;
    gap: var(--sl-spacing-x-small, 0.5rem);
  }
  .dataset-name sl-icon {
    flex: none;
    color: var(--sl-color-neutral-600);
  }
  .file-name {
    overflow-wrap: anywhere;
    unicode-bidi: isolate;
  }
  .download {
    display: inline-flex;
    align-items: center;
    gap: var(--sl-spacing-2x-small, 0.25rem);
    min-width: 0;
    color: var(--sl-color-primary-700, #0369a1);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .download:hover {
    color: var(--sl-color-primary-800, #075985);
  }
  .download:focus-visible {
    outline: var(--sl-focus-ring, solid 3px hsl(198.6 88.7% 48.4% / 40%));
    outline-offset: var(--sl-focus-ring-offset, 1px);
    border-radius: var(--sl-border-radius-small, 0.125rem);
  }
  .dataset-name .download-icon {
    color: inherit;
  }
  .delete-dataset::part(base):hover {
    color: var(--sl-color-danger-600);
  }
  /* The list's own width decides (a portal may put the details in a column). */
  .datasets-list {
    container: cm-datasets / inline-size;
  }
  /*
   * Narrow: each file is a block. Name and delete on the first line, the name wrapping at its
   * hyphens and dots before anywhere else; kind, size and upload date under it. Nothing goes.
   */
  @container cm-datasets (width < 34rem) {
    .datasets-table,
    .datasets-table tbody {
      display: block;
    }
    .datasets-table thead {
      ${visuallyHiddenDeclarations}
    }
    .datasets-table tbody tr {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      column-gap: var(--sl-spacing-small, 0.75rem);
      padding-block: var(--sl-spacing-2x-small, 0.25rem);
    }
    .datasets-table tbody tr + tr {
      border-top: 1px solid var(--sl-color-neutral-100, #f4f4f5);
    }
    .datasets-table tbody tr + tr td {
      border-top: none;
    }
    .datasets-table td {
      display: block;
      padding: 0;
    }
    .datasets-table .name-cell {
      flex: 1 1 0;
      min-width: 0;
    }
    .datasets-table .actions {
      order: 1;
      width: auto;
    }
    .datasets-table tbody tr::after {
      content: '';
      order: 2;
      flex-basis: 100%;
    }
    .datasets-table .kind,
    .datasets-table .size,
    .datasets-table .duration,
    .datasets-table .uploaded {
      order: 3;
      color: var(--sl-color-neutral-600);
      font-size: var(--sl-font-size-x-small, 0.75rem);
      padding-inline-start: calc(1rem + var(--sl-spacing-x-small, 0.5rem));
    }
    .datasets-table .size,
    .datasets-table .duration,
    .datasets-table .uploaded {
      padding-inline-start: 0;
    }
    .file-name {
      overflow-wrap: break-word;
    }
  }
`;

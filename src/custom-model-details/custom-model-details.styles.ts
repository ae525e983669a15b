import { css } from 'lit';
import { hostStyles, visuallyHidden, visuallyHiddenDeclarations } from '../internal/styles.js';

export const detailsStyles = [
  hostStyles,
  visuallyHidden,
  css`
    :host {
      display: block;
      color: var(--sl-color-neutral-900);
      font-size: var(--sl-font-size-medium, 1rem);
      line-height: var(--sl-line-height-normal, 1.6);
    }
    h2,
    h3,
    h4,
    p {
      margin: 0;
    }
    .base {
      display: grid;
      gap: var(--cm-details-gap, var(--sl-spacing-large, 1.25rem));
    }
    .top {
      margin-inline-start: calc(-1 * var(--sl-spacing-small, 0.75rem));
    }
    /*
     * Back: Shoelace's label slot has a box over its button, so axe could not measure the text's
     * contrast ("needs review"); without the box it can, and primary-600 text is 4.1:1 on white,
     * under the 4.5:1 small text needs: one shade darker.
     */
    .back::part(label) {
      display: contents;
    }
    .back::part(base) {
      gap: var(--sl-spacing-x-small, 0.5rem);
      padding-inline-end: var(--sl-spacing-medium, 1rem);
      color: var(--sl-color-primary-700, #0369a1);
    }
    .panel {
      padding: var(--sl-spacing-large, 1.25rem);
      border: 1px solid var(--sl-color-neutral-200, #e4e4e7);
      border-radius: var(--sl-border-radius-large, 0.5rem);
      background: var(--cm-details-panel-background, var(--sl-color-neutral-0, #fff));
    }

    /* header */
    .title-row {
      display: flex;
      align-items: center;
      /* Wider than the pencil's focus ring reaches (offset + width), so the ring clears the name. */
      gap: var(--sl-spacing-x-small, 0.5rem);
      min-width: 0;
    }
    .name {
      font-size: var(--sl-font-size-x-large, 1.5rem);
      font-weight: var(--sl-font-weight-semibold, 600);
      line-height: 1.25;
      overflow-wrap: anywhere;
      unicode-bidi: isolate;
      cursor: text;
      min-width: 0;
    }
    .rename {
      font-size: 1.1rem;
      flex: none;
    }
    .rename-form {
      display: grid;
      grid-template-columns: minmax(0, 32rem) auto;
      align-items: start;
      gap: var(--sl-spacing-x-small, 0.5rem) var(--sl-spacing-small, 0.75rem);
    }
    .rename-form sl-input {
      font-size: var(--sl-font-size-large, 1.25rem);
    }
    /* The label is for assistive technology: the input stands where the name was. */
    .rename-form sl-input::part(form-control-label) {
      ${visuallyHiddenDeclarations}
    }
    .rename-actions {
      display: flex;
      gap: var(--sl-spacing-x-small, 0.5rem);
    }
    .field-error {
      color: var(--sl-color-danger-700, #b91c1c);
    }
    .facts {
      display: grid;
      /* auto-fill: the timings' row keeps the columns of the facts above it. */
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 12.5rem), 1fr));
      gap: var(--sl-spacing-medium, 1rem) var(--sl-spacing-large, 1.25rem);
      margin: var(--sl-spacing-medium, 1rem) 0 0;
    }
    .facts dt {
      color: var(--sl-color-neutral-600);
      font-size: var(--sl-font-size-x-small, 0.75rem);
      font-weight: var(--sl-font-weight-semibold, 600);
    }
    .facts dd {
      margin: var(--sl-spacing-3x-small, 0.125rem) 0 0;
      font-size: var(--sl-font-size-small, 0.875rem);
      overflow-wrap: anywhere;
    }
    .key-row {
      display: flex;
      align-items: center;
      gap: var(--sl-spacing-3x-small, 0.125rem);
      min-width: 0;
    }
    .key {
      font-family: var(--sl-font-mono, ui-monospace, monospace);
      font-size: var(--sl-font-size-x-small, 0.75rem);
      padding: 0.1rem 0.35rem;
      border-radius: var(--sl-border-radius-small, 0.125rem);
      background: var(--sl-color-neutral-100, #f4f4f5);
      overflow-wrap: anywhere;
      /* A cluster that cannot wrap (hundreds of combining marks) is clipped, not spilled. */
      min-width: 0;
      overflow: hidden;
    }

    /* status panel */
    .status-panel {
      display: grid;
      gap: var(--sl-spacing-medium, 1rem);
      border-inline-start: var(--cm-details-accent-width, 4px) solid var(--accent);
      --accent: var(--sl-color-neutral-400, #a1a1aa);
    }
    .status-panel[data-status='2'] {
      --accent: var(--sl-color-amber-500, #f59e0b);
    }
    .status-panel[data-status='3'] {
      --accent: var(--sl-color-sky-500, #0ea5e9);
    }
    .status-panel[data-status='4'] {
      --accent: var(--sl-color-emerald-500, #10b981);
    }
    .status-panel[data-status='5'] {
      --accent: var(--sl-color-red-500, #ef4444);
    }
    .status-title {
      font-size: var(--sl-font-size-large, 1.25rem);
      font-weight: var(--sl-font-weight-semibold, 600);
    }
    .status-text {
      display: grid;
      gap: var(--sl-spacing-medium, 1rem);
    }
    .status-text h4 {
      color: var(--sl-color-neutral-600);
      font-size: var(--sl-font-size-x-small, 0.75rem);
      font-weight: var(--sl-font-weight-semibold, 600);
    }
    .status-text p {
      max-width: 60rem;
      font-size: var(--sl-font-size-small, 0.875rem);
    }
    .server-message {
      display: grid;
      gap: var(--sl-spacing-3x-small, 0.125rem);
      margin-block-start: var(--sl-spacing-x-small, 0.5rem);
      padding: var(--sl-spacing-x-small, 0.5rem) var(--sl-spacing-small, 0.75rem);
      border-radius: var(--sl-border-radius-medium, 0.25rem);
      background: var(--sl-color-red-50, #fef2f2);
      color: var(--sl-color-red-800, #991b1b);
      font-size: var(--sl-font-size-small, 0.875rem);
    }
    .server-message > div {
      display: grid;
      gap: var(--sl-spacing-3x-small, 0.125rem);
    }
    .server-message > div + div {
      margin-block-start: var(--sl-spacing-x-small, 0.5rem);
    }
    .server-message dd {
      margin: 0;
    }
    .server-message-label {
      font-weight: var(--sl-font-weight-semibold, 600);
    }
    .training-log code {
      font-family: var(--sl-font-mono, ui-monospace, monospace);
      font-size: var(--sl-font-size-x-small, 0.75rem);
      overflow-wrap: anywhere;
      unicode-bidi: isolate;
    }
    .status-message {
      overflow-wrap: anywhere;
      white-space: pre-wrap;
    }
    .progress-row {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      align-items: center;
      gap: var(--sl-spacing-small, 0.75rem);
    }
    .training-progress {
      --height: 10px;
      --indicator-color: var(--sl-color-sky-600, #0284c7);
    }
    .progress-text {
      font-size: var(--sl-font-size-small, 0.875rem);
      font-variant-numeric: tabular-nums;
      color: var(--sl-color-neutral-700);
    }
    .train {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--sl-spacing-small, 0.75rem);
    }
    .train-reason {
      color: var(--sl-color-neutral-700);
      font-size: var(--sl-font-size-small, 0.875rem);
    }
    .live-error {
      color: var(--sl-color-warning-700, #b45309);
      font-size: var(--sl-font-size-small, 0.875rem);
    }
    .live-error:empty {
      display: none;
    }

    /* datasets */
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

    /* loading and problems */
    .loading {
      display: flex;
      align-items: center;
      gap: var(--sl-spacing-small, 0.75rem);
      padding: var(--sl-spacing-x-large, 1.75rem);
      color: var(--sl-color-neutral-700);
    }
    .problem {
      display: grid;
      justify-items: center;
      gap: var(--sl-spacing-small, 0.75rem);
      padding: var(--sl-spacing-2x-large, 2.25rem) var(--sl-spacing-large, 1.25rem);
      border: 1px solid var(--sl-color-neutral-200, #e4e4e7);
      border-radius: var(--sl-border-radius-large, 0.5rem);
      text-align: center;
    }
    .problem-icon {
      font-size: 2rem;
      color: var(--sl-color-warning-600, #d97706);
    }
    .problem-title {
      font-size: var(--sl-font-size-large, 1.25rem);
      font-weight: var(--sl-font-weight-semibold, 600);
    }
    .problem p {
      max-width: 36rem;
      color: var(--sl-color-neutral-700);
    }
    .problem-actions {
      display: flex;
      flex-wrap: wrap;
      justify-content: center;
      gap: var(--sl-spacing-x-small, 0.5rem);
      margin-block-start: var(--sl-spacing-x-small, 0.5rem);
    }
    .dialog-text + .dialog-text {
      margin-block-start: var(--sl-spacing-small, 0.75rem);
    }

    @media (max-width: 40rem) {
      .rename-form {
        grid-template-columns: 1fr;
      }
      .rename-actions {
        padding-block-start: 0;
      }
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
      .datasets-table .uploaded {
        order: 3;
        color: var(--sl-color-neutral-600);
        font-size: var(--sl-font-size-x-small, 0.75rem);
        padding-inline-start: calc(1rem + var(--sl-spacing-x-small, 0.5rem));
      }
      .datasets-table .size,
      .datasets-table .uploaded {
        padding-inline-start: 0;
      }
      .file-name {
        overflow-wrap: break-word;
      }
    }
  `,
];

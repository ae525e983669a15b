import { css } from 'lit';

/** The body rows (rows.ts): cells, the icon buttons (also the pager's and the toolbar's), skeletons. */
export const rowStyles = css`
  /* On the row, not on each of its cells: a table row's background is its cells' (wide) and a flex
     line's its own (narrow, layout.styles.ts). */
  tbody tr:nth-child(even) {
    background: var(--_stripe);
  }
  tbody tr[data-id]:hover {
    background: var(--_hover);
  }
  td {
    color: var(--sl-color-neutral-800, #27272a);
  }
  td[data-open] {
    cursor: pointer;
  }
  /*
   * The name, key and language: text that truncates (rows.ts), not buttons. A click on the cell
   * opens the model; the keyboard's way is the row's Edit button, named after the model.
   */
  .open {
    display: inline-block;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    unicode-bidi: isolate;
    vertical-align: middle;
  }
  .open.name {
    color: var(--_link);
    font-weight: var(--sl-font-weight-semibold, 600);
  }
  .open:hover {
    text-decoration: underline;
  }
  .open.key {
    font-family: var(--sl-font-mono, ui-monospace, monospace);
    font-size: 0.95em;
    color: var(--sl-color-neutral-700, #3f3f46);
  }
  .c-lastModified {
    white-space: nowrap;
    color: var(--sl-color-neutral-700, #3f3f46);
  }
  .c-actions {
    white-space: nowrap;
    text-align: end;
  }
  th.c-actions .th {
    justify-content: flex-end;
  }
  /*
   * Icon buttons: the row actions, the pager, refresh and the filter triggers are plain buttons
   * styled as Shoelace's icon button (rows.ts, pager.ts): no component, no shadow root per button.
   */
  .action,
  .icon-button {
    display: inline-flex;
    align-items: center;
    vertical-align: middle;
    margin: 0;
    padding: var(--sl-spacing-x-small, 0.5rem);
    border: none;
    border-radius: var(--sl-border-radius-medium, 0.25rem);
    background: none;
    font: inherit;
    font-size: 1rem;
    color: var(--sl-color-neutral-600, #52525b);
    cursor: pointer;
    transition: var(--sl-transition-x-fast, 100ms) color;
    -webkit-appearance: none;
    appearance: none;
  }
  .action {
    padding: 0.25rem;
  }
  /*
   * Inline SVG icons of the chrome (icons.ts) and of the row actions (rows.ts): the size of the
   * text, in its colour. The row actions' were CSS masks over the text colour: a mask is a layer
   * of its own to paint for each of the 200 buttons, about 7 ms of a first page (BENCHMARKS.md,
   * note 10).
   */
  .icon {
    display: block;
    flex: none;
    width: 1em;
    height: 1em;
    pointer-events: none;
  }
  .action:hover,
  .action:focus-visible,
  .icon-button:enabled:hover,
  .icon-button:enabled:focus-visible {
    color: var(--sl-color-primary-600, #0284c7);
  }
  .action:active,
  .icon-button:enabled:active {
    color: var(--sl-color-primary-700, #0369a1);
  }
  .action.delete:hover {
    color: var(--sl-color-danger-600, #dc2626);
  }
  /* Forbidden by the status rules: shown with its reason, not offered. */
  .action[aria-disabled='true'],
  .action[aria-disabled='true']:hover {
    color: var(--sl-color-neutral-400, #a1a1aa);
    cursor: not-allowed;
  }
  .icon-button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .action:focus,
  .icon-button:focus {
    outline: none;
  }
  .action:focus-visible,
  .icon-button:focus-visible {
    outline: var(--sl-focus-ring, solid 3px hsl(198.6 88.7% 48.4% / 40%));
    outline-offset: var(--sl-focus-ring-offset, 1px);
  }
  /* The model just created (rows.ts, markRow): an accent on its row and "New" after its name. */
  tbody tr[data-new] {
    background: var(--sl-color-success-50, #f0fdf4);
  }
  tbody tr[data-new] > td:first-child {
    box-shadow: inset 3px 0 0 var(--sl-color-success-600, #16a34a);
  }
  td[data-mark]::after {
    content: attr(data-mark);
    margin-inline-start: var(--sl-spacing-x-small, 0.5rem);
    padding: 0 var(--sl-spacing-2x-small, 0.25rem);
    border-radius: var(--sl-border-radius-small, 0.1875rem);
    background: var(--sl-color-success-100, #dcfce7);
    color: var(--sl-color-success-800, #166534);
    font-size: var(--sl-font-size-x-small, 0.75rem);
    font-weight: var(--sl-font-weight-semibold, 600);
    vertical-align: middle;
  }
  /* "queued" beside Ready to Run: secondary text, said after the label. */
  .status-note {
    margin-inline-start: var(--sl-spacing-2x-small, 0.25rem);
    font-size: var(--sl-font-size-x-small, 0.75rem);
    color: var(--sl-color-neutral-600);
  }
  /* The Accuracy cell (accuracy-cell.ts): "Not measured" and "Measuring…" quieter than a figure. */
  .c-wordErrorRate [data-state='none'],
  .c-wordErrorRate [data-state='measuring'] {
    color: var(--sl-color-neutral-600, #52525b);
  }
  table.hide-key .c-key,
  table.hide-trainingStatus .c-trainingStatus,
  table.hide-baseLanguage .c-baseLanguage,
  table.hide-lastModified .c-lastModified,
  table.hide-wordErrorRate .c-wordErrorRate {
    display: none;
  }

  /*
   * First-load placeholders: Shoelace's skeleton "sheen" look, drawn without a component each. The
   * sheen is a strip of the gradient tiled four times (16 widths of the placeholder, a tile of 4) that
   * a transform slides by 12 widths in 8 s: the same colours at every moment as Shoelace's
   * background-position animation of a 400% gradient (from 200% to -200%: from -6 to +6 widths), but
   * run by the compositor, not by style and paint on the main thread every frame while a page loads.
   */
  .skeleton {
    position: relative;
    overflow: hidden;
    width: 70%;
    height: 1rem;
    border-radius: var(--sl-border-radius-pill, 9999px);
  }
  .skeleton::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    width: 1600%;
    background: linear-gradient(
      270deg,
      var(--sl-color-neutral-300, #d4d4d8),
      var(--sl-color-neutral-200, #e4e4e7),
      var(--sl-color-neutral-200, #e4e4e7),
      var(--sl-color-neutral-300, #d4d4d8)
    );
    background-size: 25% 100%;
    animation: cm-sheen 8s ease-in-out infinite;
  }
  /* The strip's start at -14 widths (-6 less a tile's 8), then at -2 (+6 less 8). */
  @keyframes cm-sheen {
    0% {
      transform: translateX(-87.5%);
    }
    to {
      transform: translateX(-12.5%);
    }
  }
  @media (forced-colors: active) {
    .skeleton {
      forced-color-adjust: none;
      background: GrayText;
    }
    .skeleton::before {
      display: none;
    }
  }
  /* 2.375rem rows, the line under them included; narrow, cells of that height (layout.styles.ts). */
  .skeleton-row {
    min-height: 2.375rem;
  }
  .skeleton-row td {
    height: var(--_n-skeleton-cell, auto);
  }

  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      background: var(--sl-color-neutral-200, #e4e4e7);
    }
    .skeleton::before {
      display: none;
    }
  }
`;

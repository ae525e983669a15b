import { css, unsafeCSS } from 'lit';
import { icons } from '../icons/icons.js';
import { visuallyHiddenDeclarations } from '../internal/styles.js';

/** One of our own generated icons (never data) as a CSS image, for the row actions' masks. */
const iconUrl = (name: 'pencil' | 'trash3') =>
  unsafeCSS(`url("data:image/svg+xml,${encodeURIComponent(icons[name])}")`);

export const gridStyles = css`
  :host {
    --_border: var(--cm-grid-border-color, var(--sl-color-neutral-200, #e4e4e7));
    --_radius: var(--cm-grid-border-radius, var(--sl-border-radius-medium, 0.25rem));
    --_bg: var(--cm-grid-background, var(--sl-color-neutral-0, #fff));
    --_stripe: var(--cm-grid-stripe-background, var(--sl-color-neutral-50, #fafafa));
    --_hover: var(--cm-grid-hover-background, var(--sl-color-primary-50, #f0f9ff));
    --_header-bg: var(--cm-grid-header-background, var(--sl-color-neutral-100, #f4f4f5));
    --_header-color: var(--cm-grid-header-color, var(--sl-color-neutral-700, #3f3f46));
    --_pad: var(--cm-grid-cell-padding, 0.25rem 0.75rem);
    --_font-size: var(--cm-grid-font-size, var(--sl-font-size-small, 0.875rem));
    --_link: var(--cm-grid-link-color, var(--sl-color-primary-700, #0369a1));

    display: flex;
    flex-direction: column;
    height: var(--cm-grid-height, 79vh);
    min-height: 16rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--sl-color-neutral-900, #18181b);
    font-size: var(--_font-size);
    overflow: hidden;
  }

  /* Toolbar */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--sl-spacing-x-small, 0.5rem);
    padding: var(--sl-spacing-x-small, 0.5rem) var(--sl-spacing-small, 0.75rem);
    border-bottom: 1px solid var(--_border);
  }
  .search {
    flex: 0 1 18rem;
    min-width: 10rem;
  }
  /* Labelled for assistive technology, not shown: the placeholder or the text beside it says it. */
  .hidden-label::part(form-control-label) {
    ${visuallyHiddenDeclarations}
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--sl-spacing-2x-small, 0.25rem);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .spacer {
    flex: 1 1 auto;
  }
  /* The Columns button: Shoelace's small default button with a prefix icon and a caret. */
  .columns-trigger {
    display: inline-flex;
    align-items: center;
    min-height: var(--sl-input-height-small, 1.875rem);
    margin: 0;
    padding: 0 var(--sl-spacing-x-small, 0.5rem);
    border: var(--sl-input-border-width, 1px) solid var(--sl-input-border-color, #d4d4d8);
    border-radius: var(--sl-input-border-radius-small, 0.25rem);
    background-color: var(--sl-color-neutral-0, #fff);
    color: var(--sl-color-neutral-700, #3f3f46);
    font-family: var(--sl-input-font-family, inherit);
    font-size: var(--sl-button-font-size-small, 0.75rem);
    font-weight: var(--sl-font-weight-semibold, 600);
    line-height: calc(
      var(--sl-input-height-small, 1.875rem) - var(--sl-input-border-width, 1px) * 2
    );
    white-space: nowrap;
    user-select: none;
    -webkit-user-select: none;
    cursor: pointer;
    transition:
      var(--sl-transition-x-fast, 100ms) background-color,
      var(--sl-transition-x-fast, 100ms) color,
      var(--sl-transition-x-fast, 100ms) border,
      var(--sl-transition-x-fast, 100ms) box-shadow;
    -webkit-appearance: none;
    appearance: none;
  }
  .columns-trigger:hover {
    background-color: var(--sl-color-primary-50, #f0f9ff);
    border-color: var(--sl-color-primary-300, #7dd3fc);
    color: var(--sl-color-primary-700, #0369a1);
  }
  .columns-trigger:active {
    background-color: var(--sl-color-primary-100, #e0f2fe);
    border-color: var(--sl-color-primary-400, #38bdf8);
    color: var(--sl-color-primary-700, #0369a1);
  }
  .columns-trigger:focus {
    outline: none;
  }
  .columns-trigger:focus-visible {
    outline: var(--sl-focus-ring, solid 3px hsl(198.6 88.7% 48.4% / 40%));
    outline-offset: var(--sl-focus-ring-offset, 1px);
  }
  .columns-label {
    padding: 0 var(--sl-spacing-x-small, 0.5rem);
  }

  /* Table */
  .viewport {
    position: relative;
    flex: 1 1 auto;
    min-height: 0;
  }
  /* The loading bar: Shoelace's indeterminate progress bar look, plain markup. */
  .progress {
    position: absolute;
    inset: 0 0 auto 0;
    z-index: 3;
    height: var(--height, 3px);
    background-color: var(--track-color, transparent);
    overflow: hidden;
    pointer-events: none;
  }
  .progress-indicator {
    position: absolute;
    top: 0;
    height: 100%;
    background-color: var(--indicator-color, var(--sl-color-primary-600, #0284c7));
    animation: cm-indeterminate 2.5s infinite cubic-bezier(0.37, 0, 0.63, 1);
  }
  :host(:dir(rtl)) .progress-indicator {
    animation-name: cm-indeterminate-rtl;
  }
  @keyframes cm-indeterminate {
    0% {
      left: -50%;
      width: 50%;
    }
    75%,
    100% {
      left: 100%;
      width: 50%;
    }
  }
  @keyframes cm-indeterminate-rtl {
    0% {
      right: -50%;
      width: 50%;
    }
    75%,
    100% {
      right: 100%;
      width: 50%;
    }
  }
  @media (forced-colors: active) {
    .progress-indicator {
      forced-color-adjust: none;
      background-color: Highlight;
    }
  }
  .scroller {
    height: 100%;
    overflow: auto;
  }
  table {
    width: 100%;
    border-collapse: separate;
    border-spacing: 0;
    table-layout: auto;
  }
  table.loading tbody {
    opacity: 0.6;
    transition: opacity 150ms 150ms;
  }
  caption {
    caption-side: top;
  }
  th,
  td {
    padding: var(--_pad);
    text-align: start;
    vertical-align: middle;
    border-bottom: 1px solid var(--_border);
    line-height: 1.4;
  }
  th {
    position: sticky;
    top: 0;
    z-index: 2;
    background: var(--_header-bg);
    color: var(--_header-color);
    font-size: var(--sl-font-size-x-small, 0.75rem);
    font-weight: var(--sl-font-weight-semibold, 600);
    letter-spacing: 0.02em;
    text-transform: uppercase;
    white-space: nowrap;
  }
  .th {
    display: flex;
    align-items: center;
    gap: 0.125rem;
    min-height: 1.75rem;
  }
  .sort,
  .info,
  .open {
    all: unset;
    box-sizing: border-box;
    cursor: pointer;
    border-radius: var(--sl-border-radius-small, 0.125rem);
  }
  .sort {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    padding: 0.125rem 0.25rem;
    margin-inline-start: -0.25rem;
    font: inherit;
    letter-spacing: inherit;
    text-transform: inherit;
    color: inherit;
  }
  .sort:hover {
    color: var(--sl-color-neutral-900, #18181b);
  }
  .sort-icon {
    font-size: 0.8125rem;
    opacity: 0.45;
  }
  .sort.sorted .sort-icon {
    opacity: 1;
    color: var(--sl-color-primary-600, #0284c7);
  }
  .info {
    display: inline-flex;
    padding: 0.25rem;
    color: var(--sl-color-neutral-500, #71717a);
    font-size: 0.875rem;
  }
  .info:hover {
    color: var(--sl-color-primary-600, #0284c7);
  }
  .icon-button.filter-trigger {
    font-size: 0.8125rem;
    color: var(--sl-color-neutral-500, #71717a);
  }
  .icon-button.filter-trigger:hover,
  .icon-button.filter-trigger:focus-visible,
  .icon-button.filter-trigger[aria-expanded='true'] {
    color: var(--sl-color-primary-600, #0284c7);
  }
  .icon-button.filter-trigger.active {
    color: var(--sl-color-primary-600, #0284c7);
  }
  .sort:focus-visible,
  .info:focus-visible,
  .open:focus-visible {
    outline: var(--sl-focus-ring, solid 3px hsl(198.6 88.7% 48.4% / 40%));
    outline-offset: 1px;
  }
  .filter-panel {
    display: flex;
    flex-direction: column;
    gap: var(--sl-spacing-small, 0.75rem);
    min-width: 15rem;
    padding: var(--sl-spacing-small, 0.75rem);
    background: var(--sl-panel-background-color, var(--sl-color-neutral-0, #fff));
    border: 1px solid var(--sl-panel-border-color, var(--sl-color-neutral-200, #e4e4e7));
    border-radius: var(--sl-border-radius-medium, 0.25rem);
    box-shadow: var(--sl-shadow-large, 0 4px 12px rgb(0 0 0 / 0.15));
    font-size: var(--sl-font-size-small, 0.875rem);
    font-weight: normal;
    letter-spacing: normal;
    text-transform: none;
    color: var(--sl-color-neutral-900, #18181b);
  }
  .status-options {
    display: flex;
    flex-direction: column;
    gap: var(--sl-spacing-2x-small, 0.25rem);
    margin: 0;
    padding: 0;
    border: 0;
  }
  .status-options legend {
    padding: 0 0 var(--sl-spacing-2x-small, 0.25rem);
    font-size: var(--sl-input-label-font-size-small, 0.875rem);
  }
  .filter-actions {
    display: flex;
    justify-content: flex-end;
  }

  tbody tr:nth-child(even) td {
    background: var(--_stripe);
  }
  tbody tr[data-id]:hover td {
    background: var(--_hover);
  }
  td {
    color: var(--sl-color-neutral-800, #27272a);
  }
  td[data-open] {
    cursor: pointer;
  }
  .open {
    display: inline-block;
    /* A fixed cap: a percentage of an auto-sized cell would grow with a 10,000-character name. */
    max-width: min(24rem, 30vw);
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
  .c-name {
    max-width: 24rem;
  }
  .c-lastModified {
    white-space: nowrap;
    color: var(--sl-color-neutral-700, #3f3f46);
  }
  .c-actions {
    width: 1%;
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
  /* The icon: the SVG as a mask over the text colour, so hover and focus colours apply as before. */
  .action::before {
    content: '';
    display: block;
    width: 1em;
    height: 1em;
    background: currentColor;
    -webkit-mask: var(--_icon) center / contain no-repeat;
    mask: var(--_icon) center / contain no-repeat;
  }
  /* Inline SVG icons of the chrome (icons.ts): the size of the text, in its colour. */
  .icon {
    display: block;
    flex: none;
    width: 1em;
    height: 1em;
    pointer-events: none;
  }
  .action.edit {
    --_icon: ${iconUrl('pencil')};
  }
  .action.delete {
    --_icon: ${iconUrl('trash3')};
  }
  @media (forced-colors: active) {
    .action::before {
      forced-color-adjust: none;
      background: ButtonText;
    }
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
  table.hide-key .c-key,
  table.hide-trainingStatus .c-trainingStatus,
  table.hide-baseLanguage .c-baseLanguage,
  table.hide-lastModified .c-lastModified {
    display: none;
  }

  /* First-load placeholders: Shoelace's skeleton "sheen" look, drawn without a component each. */
  .skeleton {
    width: 70%;
    height: 1rem;
    border-radius: var(--sl-border-radius-pill, 9999px);
    background: linear-gradient(
      270deg,
      var(--sl-color-neutral-300, #d4d4d8),
      var(--sl-color-neutral-200, #e4e4e7),
      var(--sl-color-neutral-200, #e4e4e7),
      var(--sl-color-neutral-300, #d4d4d8)
    );
    background-size: 400% 100%;
    animation: cm-sheen 8s ease-in-out infinite;
  }
  @keyframes cm-sheen {
    0% {
      background-position: 200% 0;
    }
    to {
      background-position: -200% 0;
    }
  }
  @media (forced-colors: active) {
    .skeleton {
      forced-color-adjust: none;
      background: GrayText;
    }
  }
  .skeleton-row td {
    height: 2.375rem;
  }

  /* States */
  tbody tr.state-row td {
    background: transparent;
    border-bottom: 0;
    padding: var(--sl-spacing-x-large, 1.75rem) var(--sl-spacing-large, 1.25rem);
  }
  .empty {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--sl-spacing-x-small, 0.5rem);
    text-align: center;
  }
  .empty-icon {
    font-size: 2.25rem;
    color: var(--sl-color-neutral-400, #a1a1aa);
  }
  .empty-title {
    margin: 0;
    font-size: var(--sl-font-size-medium, 1rem);
    font-weight: var(--sl-font-weight-semibold, 600);
    color: var(--sl-color-neutral-900, #18181b);
  }
  .empty-text {
    margin: 0 0 var(--sl-spacing-x-small, 0.5rem);
    max-width: 32rem;
    color: var(--sl-color-neutral-600, #52525b);
  }
  .error-message {
    margin: var(--sl-spacing-2x-small, 0.25rem) 0 var(--sl-spacing-small, 0.75rem);
  }

  /* Pager */
  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: var(--sl-spacing-small, 0.75rem) var(--sl-spacing-large, 1.25rem);
    padding: var(--sl-spacing-2x-small, 0.25rem) var(--sl-spacing-small, 0.75rem);
    border-top: 1px solid var(--_border);
    color: var(--sl-color-neutral-700, #3f3f46);
  }
  .page-size {
    display: flex;
    align-items: center;
    gap: var(--sl-spacing-x-small, 0.5rem);
  }
  .page-size-select::part(form-control) {
    display: flex;
    align-items: center;
    gap: var(--sl-spacing-x-small, 0.5rem);
  }
  .page-size-select::part(form-control-label) {
    margin: 0;
    font-size: inherit;
    color: inherit;
    white-space: nowrap;
  }
  .page-size-select::part(form-control-input) {
    width: 5.5rem;
  }
  .range {
    font-variant-numeric: tabular-nums;
  }
  .page-nav {
    display: flex;
    align-items: center;
    gap: 0.125rem;
  }
  .page-of {
    padding: 0 var(--sl-spacing-x-small, 0.5rem);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  @media (prefers-reduced-motion: reduce) {
    table.loading tbody {
      transition: none;
    }
    .skeleton {
      animation: none;
      background: var(--sl-color-neutral-200, #e4e4e7);
    }
    /* A still bar across the top instead of a moving one: loading is still shown. */
    .progress-indicator {
      animation: none;
      left: 0;
      width: 100%;
      opacity: 0.6;
    }
  }
`;

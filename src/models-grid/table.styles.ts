import { css } from 'lit';

/**
 * The scrolling table, its loading bar and header cells (header.ts): sort buttons, the info
 * tooltip's button, the filter triggers and their popovers (filter-popover.ts).
 */
export const tableStyles = css`
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
  /*
   * Moved by a transform (the compositor's), not by left and width: Shoelace's bar animates those,
   * which costs style, layout and paint on the main thread every frame while a page loads. Half the
   * track wide, from just before its start to just past its end, as Shoelace's.
   */
  .progress-indicator {
    position: absolute;
    top: 0;
    inset-inline-start: 0;
    width: 50%;
    height: 100%;
    background-color: var(--indicator-color, var(--sl-color-primary-600, #0284c7));
    animation: cm-indeterminate 2.5s infinite cubic-bezier(0.37, 0, 0.63, 1);
  }
  :host(:dir(rtl)) .progress-indicator {
    animation-name: cm-indeterminate-rtl;
  }
  @keyframes cm-indeterminate {
    0% {
      transform: translateX(-100%);
    }
    75%,
    100% {
      transform: translateX(200%);
    }
  }
  @keyframes cm-indeterminate-rtl {
    0% {
      transform: translateX(100%);
    }
    75%,
    100% {
      transform: translateX(-200%);
    }
  }
  @media (forced-colors: active) {
    .progress-indicator {
      forced-color-adjust: none;
      background-color: Highlight;
    }
  }
  /*
   * Positioned: the containing block of the visually hidden texts in it (absolute: the caption,
   * and the rows' status prefix, whose own containing block is now the body, positioned for its
   * dim layer below), so they scroll inside it. Without it they were placed against the viewport
   * box and reached below the grid, into the page: the page scrolled into blank space.
   */
  .scroller {
    position: relative;
    height: 100%;
    overflow: auto;
  }
  table {
    width: 100%;
    border-collapse: separate;
    border-spacing: 0;
    table-layout: auto;
  }
  /*
   * Rows on screen while the next page loads dim under a layer of the grid's background at 40 %:
   * the look of the body at 60 % opacity over that background. The body's own opacity, faded, made
   * the browser restyle and re-attach the rows at every frame of the fade (about 40 ms of main
   * thread a page, BENCHMARKS.md note 11); the layer's opacity fades on the compositor.
   */
  tbody {
    position: relative;
  }
  tbody::after {
    content: '';
    position: absolute;
    inset: 0;
    background: var(--_bg);
    opacity: 0;
    pointer-events: none;
  }
  table.loading tbody::after {
    opacity: 0.4;
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
  /*
   * Sticky, its background and the widths: layout.styles.ts (the narrow layout changes them). No
   * z-index: a header cell is a flex item, and with one it was a stacking context that painted
   * the filter popover inside it under the next header cells (the thead has the z-index).
   */
  th {
    top: 0;
    color: var(--_header-color);
    font-size: var(--sl-font-size-x-small, 0.75rem);
    font-weight: var(--sl-font-weight-semibold, 600);
    white-space: nowrap;
  }
  .th {
    display: flex;
    align-items: center;
    gap: 0.125rem;
    min-height: 1.75rem;
  }
  .sort,
  .info {
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
  /* The Base Language tooltip before its component is loaded (header.ts): laid out as it is after. */
  sl-tooltip:not(:defined) {
    display: contents;
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
  .info:focus-visible {
    outline: var(--sl-focus-ring, solid 3px hsl(198.6 88.7% 48.4% / 40%));
    /* Room between the text and its ring (it drew on a name's letters). */
    outline-offset: 3px;
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

  @media (prefers-reduced-motion: reduce) {
    table.loading tbody::after {
      transition: none;
    }
    /* A still bar across the top instead of a moving one: loading is still shown. */
    .progress-indicator {
      animation: none;
      width: 100%;
      opacity: 0.6;
    }
  }
`;

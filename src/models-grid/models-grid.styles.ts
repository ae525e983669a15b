import { css } from 'lit';
import { rowBadgeStyles } from '../model-status-badge/model-status-badge.styles.js';
import { layoutStyles } from './layout.styles.js';
import { pagerStyles } from './pager.styles.js';
import { rowStyles } from './rows.styles.js';
import { stateStyles } from './states.styles.js';
import { tableStyles } from './table.styles.js';
import { toolbarStyles } from './toolbar.styles.js';

/** The grid's box, and the custom properties (`--cm-grid-*`) every region's styles read. */
export const gridHostStyles = css`
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
  }
  /*
   * A short window (a laptop at 200 % zoom is 640 × 400): a 79vh box would leave a slit of two or
   * three rows scrolling inside a page that scrolls too. The grid then takes its rows' height and
   * the page scrolls as a whole; a host's own --cm-grid-height still applies.
   */
  @media (max-height: 30rem) {
    :host {
      height: var(--cm-grid-height, auto);
    }
  }
  .session-error {
    margin: var(--sl-spacing-x-small, 0.5rem);
  }
`;

/**
 * The grid's styles, region by region, in the order of the one stylesheet they were split from:
 * rules of equal specificity win by order.
 */
export const gridStyles = [
  gridHostStyles,
  toolbarStyles,
  tableStyles,
  rowStyles,
  // The rows' status badges (rows.ts): one sheet for all of them.
  rowBadgeStyles,
  stateStyles,
  pagerStyles,
  layoutStyles,
];

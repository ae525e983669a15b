import { css } from 'lit';

/** The bar below the table (pager.ts): rows per page, range, page buttons. */
export const pagerStyles = css`
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
`;

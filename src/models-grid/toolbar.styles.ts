import { css } from 'lit';
import { visuallyHiddenDeclarations } from '../internal/styles.js';

/** The bar above the table (toolbar.ts): search, filter chips, refresh, the Columns button. */
export const toolbarStyles = css`
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
  /*
   * A filter in force: Shoelace's small pill tag, as plain markup, so its remove button can say
   * which filter it removes (sl-tag's says only "Remove").
   */
  .chip {
    display: inline-flex;
    align-items: center;
    height: 1.5rem;
    padding-inline: 0.75rem 0.125rem;
    border: 1px solid var(--_border);
    border-radius: 9999px;
    background: var(--_stripe);
    font-size: 0.75rem;
    white-space: nowrap;
  }
  .chip-remove {
    margin-inline-start: 0.25rem;
    padding: 0.125rem;
    border-radius: inherit;
    font-size: inherit;
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
`;

import { css } from 'lit';

export const pageStyles = css`
  :host {
    display: block;
    color: var(--cm-page-color, var(--sl-color-neutral-900));
    --cm-page-gap: var(--sl-spacing-large, 1.25rem);
  }
  .page {
    display: grid;
    gap: var(--cm-page-gap);
  }
  /* While the details' module loads (the details' own loading state, same look). */
  .details-loading {
    display: flex;
    align-items: center;
    gap: var(--sl-spacing-small, 0.75rem);
    padding: var(--sl-spacing-x-large, 1.75rem);
    color: var(--sl-color-neutral-700);
  }
  /* The list's own width decides its layout: a portal may put the page in a column. */
  .list {
    container: cm-page / inline-size;
  }
  .header {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: end;
    gap: var(--sl-spacing-small, 0.75rem) var(--sl-spacing-medium, 1rem);
  }
  h1 {
    margin: 0;
    font-size: var(--cm-page-title-font-size, var(--sl-font-size-2x-large, 1.875rem));
    font-weight: var(--sl-font-weight-bold, 700);
    line-height: 1.2;
  }
  h1:focus {
    outline: none;
  }
  .caption {
    margin: 0.25rem 0 0;
    color: var(--sl-color-neutral-600);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--sl-spacing-small, 0.75rem);
    align-items: center;
  }
  /* Under title and buttons, across both: the buttons keep their place. */
  .limit {
    grid-column: 1 / -1;
    margin: 0;
    color: var(--sl-color-warning-700);
    font-size: var(--sl-font-size-small);
  }
  /* The close button at the top of the text, as the icon (alertStyles). */
  sl-alert.banner::part(close-button) {
    align-self: flex-start;
    align-items: flex-start;
    padding-top: var(--sl-spacing-small, 0.75rem);
  }
  .banner-more {
    display: grid;
    gap: var(--sl-spacing-x-small);
  }
  .banner .banner-toggle {
    display: none;
    justify-self: start;
  }
  /* Narrow: a summary (title, introduction) and "Read more". */
  @container cm-page (width < 36rem) {
    .header {
      grid-template-columns: minmax(0, 1fr);
    }
    .banner:not(.expanded) .banner-more {
      display: none;
    }
    .banner .banner-toggle {
      display: inline;
    }
  }
  sl-alert.banner::part(message) {
    display: grid;
    gap: var(--sl-spacing-x-small);
  }
  .banner ul {
    margin: 0;
    padding-inline-start: 1.25rem;
    line-height: 1.6;
  }
  .banner .note {
    margin: 0;
    font-size: var(--sl-font-size-small);
    color: var(--sl-color-neutral-600);
  }
  .banner a,
  .banner .link {
    color: var(--sl-color-primary-700);
    text-decoration: underline;
    font: inherit;
    background: none;
    border: none;
    padding: 0;
    cursor: pointer;
  }
  .back {
    justify-self: start;
  }
  .placeholder {
    padding: var(--sl-spacing-x-large);
    border: 1px dashed var(--sl-color-neutral-300);
    border-radius: var(--sl-border-radius-large);
  }
  /*
   * At the top of the window, centred: the grid's box is 79vh, so its rows, row actions and pager
   * are below the band a toast takes at any scroll of the page (at the bottom or an end corner the
   * toasts covered the pager, "Rows per page" and the row actions). At most two show at once
   * (toast-controller.ts), compact.
   */
  .toasts {
    position: fixed;
    inset-block-start: var(--sl-spacing-small, 0.75rem);
    inset-inline: 0;
    margin-inline: auto;
    z-index: var(--cm-toast-z-index, var(--sl-z-index-toast, 950));
    display: flex;
    flex-direction: column;
    gap: var(--sl-spacing-x-small, 0.5rem);
    width: min(26rem, calc(100vw - 1.5rem));
    pointer-events: none;
  }
  .toast {
    pointer-events: auto;
    display: flex;
    gap: var(--sl-spacing-small);
    align-items: center;
    padding: var(--sl-spacing-x-small, 0.5rem) var(--sl-spacing-x-small, 0.5rem)
      var(--sl-spacing-x-small, 0.5rem) var(--sl-spacing-small, 0.75rem);
    border-radius: var(--sl-border-radius-medium, 0.25rem);
    border: 1px solid var(--sl-color-neutral-200);
    border-inline-start: 4px solid var(--toast-accent);
    background: var(--sl-panel-background-color, #fff);
    box-shadow: var(--sl-shadow-large);
    font-size: var(--sl-font-size-small);
    line-height: 1.4;
    --toast-accent: var(--sl-color-primary-600);
  }
  .toast[data-variant='success'] {
    --toast-accent: var(--sl-color-success-600);
  }
  .toast[data-variant='danger'] {
    --toast-accent: var(--sl-color-danger-600);
  }
  .toast[data-variant='warning'] {
    --toast-accent: var(--sl-color-warning-600);
  }
  .toast sl-icon {
    color: var(--toast-accent);
    font-size: 1.1rem;
    flex: none;
  }
  .toast .message {
    flex: 1;
    overflow-wrap: anywhere;
    padding-block: 0.15rem;
  }
`;

import { css } from 'lit';
import { visuallyHiddenDeclarations } from '../internal/styles.js';

/** The header: title row, rename form, key and facts. */
export const headerStyles = css`
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
  /*
   * The key is one token (\`cm-sports-commentary-es-0b6c\`): where the facts have two columns or
   * more it takes two, so it breaks only when no row could hold it (then anywhere, never spilled).
   */
  .header {
    container: cm-details-header / inline-size;
  }
  @container cm-details-header (width >= 26.5rem) {
    .key-fact {
      grid-column: span 2;
    }
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

  @media (max-width: 40rem) {
    .rename-form {
      grid-template-columns: 1fr;
    }
    .rename-actions {
      padding-block-start: 0;
    }
  }
`;

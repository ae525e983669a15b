import { css } from 'lit';

/** The empty, filtered-empty, error and no-adapter rows (states.ts). */
export const stateStyles = css`
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
`;

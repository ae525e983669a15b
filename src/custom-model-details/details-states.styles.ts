import { css } from 'lit';

/** Loading and problems: the loading row and the problem panel (not found, failed to load). */
export const statesStyles = css`
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
`;

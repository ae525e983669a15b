import { css } from 'lit';

/** The status panel: status, progress, the server message, the training log and the train action. */
export const statusPanelStyles = css`
  .status-panel {
    display: grid;
    gap: var(--sl-spacing-medium, 1rem);
    border-inline-start: var(--cm-details-accent-width, 4px) solid var(--accent);
    --accent: var(--sl-color-neutral-400, #a1a1aa);
  }
  .status-panel[data-status='2'] {
    --accent: var(--sl-color-amber-500, #f59e0b);
  }
  .status-panel[data-status='3'] {
    --accent: var(--sl-color-sky-500, #0ea5e9);
  }
  .status-panel[data-status='4'] {
    --accent: var(--sl-color-emerald-500, #10b981);
  }
  .status-panel[data-status='5'] {
    --accent: var(--sl-color-red-500, #ef4444);
  }
  .status-title {
    font-size: var(--sl-font-size-large, 1.25rem);
    font-weight: var(--sl-font-weight-semibold, 600);
  }
  .status-text {
    display: grid;
    gap: var(--sl-spacing-medium, 1rem);
  }
  .status-text h4 {
    color: var(--sl-color-neutral-600);
    font-size: var(--sl-font-size-x-small, 0.75rem);
    font-weight: var(--sl-font-weight-semibold, 600);
  }
  .status-text p {
    max-width: 60rem;
    font-size: var(--sl-font-size-small, 0.875rem);
  }
  .server-message {
    display: grid;
    gap: var(--sl-spacing-3x-small, 0.125rem);
    margin-block-start: var(--sl-spacing-x-small, 0.5rem);
    padding: var(--sl-spacing-x-small, 0.5rem) var(--sl-spacing-small, 0.75rem);
    border-radius: var(--sl-border-radius-medium, 0.25rem);
    background: var(--sl-color-red-50, #fef2f2);
    color: var(--sl-color-red-800, #991b1b);
    font-size: var(--sl-font-size-small, 0.875rem);
  }
  .server-message > div {
    display: grid;
    gap: var(--sl-spacing-3x-small, 0.125rem);
  }
  .server-message > div + div {
    margin-block-start: var(--sl-spacing-x-small, 0.5rem);
  }
  .server-message dd {
    margin: 0;
  }
  .server-message-label {
    font-weight: var(--sl-font-weight-semibold, 600);
  }
  .training-log code {
    font-family: var(--sl-font-mono, ui-monospace, monospace);
    font-size: var(--sl-font-size-x-small, 0.75rem);
    overflow-wrap: anywhere;
    unicode-bidi: isolate;
  }
  .status-message .error-detail {
    display: block;
    font-size: var(--sl-font-size-x-small, 0.75rem);
    color: var(--sl-color-neutral-700);
  }
  .status-message {
    overflow-wrap: anywhere;
    white-space: pre-wrap;
  }
  .progress-row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: center;
    gap: var(--sl-spacing-small, 0.75rem);
  }
  .training-progress {
    --height: 10px;
    --indicator-color: var(--sl-color-sky-600, #0284c7);
  }
  .progress-text {
    font-size: var(--sl-font-size-small, 0.875rem);
    font-variant-numeric: tabular-nums;
    color: var(--sl-color-neutral-700);
  }
  /* After Success: "Use this model" and "Measure accuracy" under the next step. */
  .next-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--sl-spacing-small, 0.75rem);
    margin-block-start: var(--sl-spacing-small, 0.75rem);
  }
  /*
   * "Train the Language" sits under the Datasets section (the data it trains on), and stays at the
   * bottom of the window while that section is on screen: the user who uploads at the bottom of the
   * section has it in view.
   */
  .with-data {
    display: grid;
    gap: var(--cm-details-gap, var(--sl-spacing-large, 1.25rem));
  }
  .with-data > .train {
    position: sticky;
    bottom: 0;
    z-index: 1;
    padding-block: var(--sl-spacing-small, 0.75rem);
    background: var(--cm-details-panel-background, var(--sl-color-neutral-0, #fff));
    border-block-start: 1px solid var(--sl-color-neutral-200, #e4e4e7);
  }
  .train {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--sl-spacing-small, 0.75rem);
  }
  .train-reason {
    color: var(--sl-color-neutral-700);
    font-size: var(--sl-font-size-small, 0.875rem);
  }
  .live-error {
    color: var(--sl-color-warning-700, #b45309);
    font-size: var(--sl-font-size-small, 0.875rem);
  }
  .live-error:empty {
    display: none;
  }
`;

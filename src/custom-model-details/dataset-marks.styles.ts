import { css } from 'lit';

/**
 * The marks of the Datasets table (no transcript, empty file, the failure's file) and the lists
 * of "Start training?": text with an icon, in the colours of a warning or a danger, never colour
 * alone.
 */
export const datasetMarksStyles = css`
  .dataset-mark {
    display: inline-flex;
    align-items: center;
    gap: var(--sl-spacing-3x-small, 0.125rem);
    margin-block-start: var(--sl-spacing-3x-small, 0.125rem);
    margin-inline-end: var(--sl-spacing-x-small, 0.5rem);
    padding: 0 var(--sl-spacing-x-small, 0.5rem);
    border-radius: var(--sl-border-radius-pill, 9999px);
    background: var(--sl-color-warning-50, #fffbeb);
    color: var(--sl-color-warning-800, #92400e);
    font-size: var(--sl-font-size-x-small, 0.75rem);
    line-height: var(--sl-line-height-dense, 1.4);
  }
  .dataset-mark[data-mark='culprit'] {
    background: var(--sl-color-danger-50, #fef2f2);
    color: var(--sl-color-danger-700, #b91c1c);
    font-weight: var(--sl-font-weight-semibold, 600);
  }
  .dataset-mark sl-icon {
    flex: none;
  }
  .training-warnings {
    margin-block-start: var(--sl-spacing-small, 0.75rem);
  }
  .training-warnings .warning-title {
    font-weight: var(--sl-font-weight-semibold, 600);
  }
  .warning-files {
    margin: var(--sl-spacing-2x-small, 0.25rem) 0 var(--sl-spacing-small, 0.75rem);
    padding-inline-start: var(--sl-spacing-large, 1.25rem);
  }
`;

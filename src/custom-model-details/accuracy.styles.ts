import { css } from 'lit';

/** The Accuracy section: explanation, states, chart and tables. */
export const accuracyStyles = css`
  .accuracy-explained,
  .accuracy-help,
  .accuracy-reason,
  .accuracy-when,
  .caption-help {
    color: var(--sl-color-neutral-600);
    font-size: var(--sl-font-size-small, 0.875rem);
  }
  .accuracy-summary {
    font-size: var(--sl-font-size-medium, 1rem);
    font-weight: var(--sl-font-weight-semibold, 600);
  }
  .accuracy-failed {
    border-inline-start: 4px solid var(--sl-color-danger-600);
    padding-inline-start: var(--sl-spacing-small, 0.75rem);
  }
  .accuracy-failed-title {
    display: flex;
    gap: var(--sl-spacing-x-small, 0.5rem);
    align-items: center;
    color: var(--sl-color-danger-700);
  }
  .accuracy-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--sl-spacing-small, 0.75rem);
    align-items: center;
    margin-top: var(--sl-spacing-medium, 1rem);
  }
  .chart {
    display: block;
    max-width: 40rem;
    color: var(--sl-color-neutral-800);
  }
  .chart text {
    fill: currentColor;
    font-size: 0.8125rem;
  }
  /* Outlined in the text colour: a printer that drops backgrounds still draws the bars. */
  .chart-bar {
    stroke: currentColor;
    stroke-width: 1;
  }
  .chart-bar.bar-base {
    fill: var(--sl-color-neutral-400);
  }
  .chart-bar.bar-custom {
    fill: var(--sl-color-primary-600);
  }
  /* A grid item of the details' layout: without this it grows to its widest table at 390 px. */
  .accuracy {
    min-width: 0;
  }
  .table-scroll {
    max-width: 100%;
    overflow-x: auto;
    margin-top: var(--sl-spacing-medium, 1rem);
  }
  .breakdown,
  .files {
    width: 100%;
    border-collapse: collapse;
    font-size: var(--sl-font-size-small, 0.875rem);
  }
  .breakdown caption,
  .files caption {
    text-align: start;
    font-weight: var(--sl-font-weight-semibold, 600);
    padding-bottom: var(--sl-spacing-x-small, 0.5rem);
  }
  .caption-help {
    display: block;
    font-weight: normal;
  }
  .breakdown th,
  .breakdown td,
  .files th,
  .files td {
    padding: var(--sl-spacing-2x-small, 0.25rem) var(--sl-spacing-small, 0.75rem);
    text-align: start;
    border-bottom: 1px solid var(--sl-color-neutral-200, #e4e4e7);
  }
  .breakdown .num,
  .files .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .files tbody th {
    font-weight: normal;
    overflow-wrap: anywhere;
  }
  .sort {
    font: inherit;
    font-weight: var(--sl-font-weight-semibold, 600);
    color: inherit;
    background: none;
    border: 0;
    padding: 0;
    cursor: pointer;
  }
  .sort:focus-visible {
    outline: var(--sl-focus-ring);
    outline-offset: 2px;
  }
  .sort-mark {
    display: inline-block;
    min-width: 1em;
    font-size: 0.75em;
  }
  .test-set-upload {
    display: block;
    margin-top: var(--sl-spacing-medium, 1rem);
  }
`;

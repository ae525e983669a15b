import { css } from 'lit';

/** The Accuracy section: explanation, states, chart and tables. */
export const accuracyStyles = css`
  .accuracy-explained,
  .accuracy-help,
  .accuracy-reason,
  .accuracy-when,
  .caption-help,
  .inspect-help {
    color: var(--sl-color-neutral-600);
    font-size: var(--sl-font-size-small, 0.875rem);
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
  .confusions {
    width: 100%;
    border-collapse: collapse;
    font-size: var(--sl-font-size-small, 0.875rem);
  }
  .breakdown caption,
  .confusions caption {
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
  .confusions th,
  .confusions td {
    padding: var(--sl-spacing-2x-small, 0.25rem) var(--sl-spacing-x-small, 0.5rem);
    text-align: start;
    border-bottom: 1px solid var(--sl-color-neutral-200, #e4e4e7);
  }
  .breakdown .num,
  .confusions .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .breakdown tbody th {
    font-weight: normal;
  }
  .breakdown th:first-child,
  .breakdown td:first-child,
  .confusions th:first-child,
  .confusions td:first-child {
    padding-inline-start: 0;
  }
  .confusions th:last-child,
  .confusions td:last-child {
    padding-inline-end: 0;
  }
  /* The models' names may wrap ("Aangepast model" over two lines): the numbers under them do not. */
  .breakdown thead th.num,
  .confusions thead th.num {
    white-space: normal;
  }

  /* Words fit a line; a long file name wraps between its parts (<wbr> after _ and .), not inside a word. */
  .file-name,
  .item-name,
  .word {
    overflow-wrap: break-word;
  }
  .test-set-upload {
    display: block;
    margin-top: var(--sl-spacing-small, 0.75rem);
  }
  /* "What it means / Next step", as the status panel writes them: small headings, 14 px text. */
  .accuracy-guide {
    display: grid;
    gap: var(--sl-spacing-medium, 1rem);
    margin-block: var(--sl-spacing-medium, 1rem);
  }
  .accuracy-guide h4,
  .step-title,
  .inspect h4,
  .confusion-pairs h4 {
    margin: 0 0 var(--sl-spacing-2x-small, 0.25rem);
    color: var(--sl-color-neutral-600);
    font-size: var(--sl-font-size-x-small, 0.75rem);
    font-weight: var(--sl-font-weight-semibold, 600);
  }
  .accuracy p,
  .accuracy li {
    font-size: var(--sl-font-size-small, 0.875rem);
  }
  .accuracy-guide p {
    max-width: 60rem;
    margin: 0;
  }
  .verdict-sentence strong {
    font-weight: var(--sl-font-weight-semibold, 600);
  }
  .verdict-rates,
  .verdict-size {
    margin-top: var(--sl-spacing-2x-small, 0.25rem);
  }
  /* The steps in order, numbered: test set, measure, result. */
  .accuracy-steps {
    list-style: none;
    margin: 0;
    padding: 0;
    counter-reset: step;
  }
  .accuracy-steps > .step {
    counter-increment: step;
    padding-block: var(--sl-spacing-medium, 1rem);
    border-top: 1px solid var(--sl-color-neutral-200, #e4e4e7);
    min-width: 0;
  }
  .step-title::before {
    content: counter(step) '. ';
  }
  .unpaired ul {
    margin: var(--sl-spacing-2x-small, 0.25rem) 0 0;
    padding-inline-start: var(--sl-spacing-large, 1.25rem);
  }
  .accuracy-export {
    display: flex;
    flex-wrap: wrap;
    gap: var(--sl-spacing-small, 0.75rem);
    align-items: baseline;
    margin-top: var(--sl-spacing-medium, 1rem);
  }
  .accuracy-export a {
    color: var(--sl-color-primary-700);
  }
`;

import { css } from 'lit';

/**
 * The word-by-word inspection: aligned lines, marks per kind (a letter, strike-through and
 * underline as well as colour, so no kind is told by colour alone), item list, confusion pairs.
 */
export const accuracyInspectStyles = css`
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0, 0, 0, 0);
    white-space: nowrap;
    border: 0;
  }
  .inspect,
  .confusion-pairs {
    margin-top: var(--sl-spacing-large, 1.25rem);
  }
  .inspect {
    container-type: inline-size;
  }
  .inspect-controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--sl-spacing-small, 0.75rem) var(--sl-spacing-large, 1.25rem);
    margin-block: var(--sl-spacing-small, 0.75rem);
  }
  .inspect-controls fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: var(--sl-spacing-2x-small, 0.25rem) var(--sl-spacing-small, 0.75rem);
    margin: 0;
    padding: 0;
    border: 0;
    font-size: var(--sl-font-size-small, 0.875rem);
  }
  .inspect-controls legend {
    float: left;
    margin-inline-end: var(--sl-spacing-x-small, 0.5rem);
    font-weight: var(--sl-font-weight-semibold, 600);
  }
  .inspect-controls label {
    display: inline-flex;
    gap: var(--sl-spacing-3x-small, 0.125rem);
    align-items: center;
  }
  .inspect-controls input:focus-visible,
  .item summary:focus-visible {
    outline: var(--sl-focus-ring);
    outline-offset: 2px;
  }
  .items {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .item {
    border-top: 1px solid var(--sl-color-neutral-200, #e4e4e7);
  }
  .item summary {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--sl-spacing-small, 0.75rem);
    align-items: baseline;
    padding-block: var(--sl-spacing-x-small, 0.5rem);
    cursor: pointer;
    font-size: var(--sl-font-size-small, 0.875rem);
  }
  .item-name {
    font-weight: var(--sl-font-weight-semibold, 600);
  }
  .item-rates,
  .line-wer,
  .utterance-time {
    color: var(--sl-color-neutral-600);
    font-variant-numeric: tabular-nums;
  }
  .item-gain[data-direction='gain'] {
    color: var(--sl-color-success-700);
  }
  .item-gain[data-direction='loss'] {
    color: var(--sl-color-danger-700);
  }
  .item-audio {
    display: block;
    width: 100%;
    max-width: 28rem;
    margin-block: var(--sl-spacing-x-small, 0.5rem);
  }
  .utterances {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .utterance-title {
    margin: var(--sl-spacing-x-small, 0.5rem) 0 0;
    font-weight: var(--sl-font-weight-semibold, 600);
  }
  .aligned {
    display: grid;
    gap: var(--sl-spacing-2x-small, 0.25rem);
    margin: var(--sl-spacing-x-small, 0.5rem) 0 var(--sl-spacing-small, 0.75rem);
    font-size: var(--sl-font-size-small, 0.875rem);
  }
  .aligned .line {
    display: grid;
    grid-template-columns: minmax(6rem, 9rem) 1fr;
    gap: var(--sl-spacing-small, 0.75rem);
  }
  .aligned dt {
    color: var(--sl-color-neutral-600);
  }
  .aligned dd {
    margin: 0;
    line-height: 1.9;
    overflow-wrap: break-word;
    min-width: 0;
  }
  @container (max-width: 30rem) {
    .aligned .line {
      grid-template-columns: 1fr;
      gap: 0;
    }
  }
  .op {
    border-radius: 2px;
    padding: 0 0.125rem;
    text-decoration-thickness: 2px;
  }
  .op del,
  del.op {
    text-decoration-line: line-through;
  }
  .op ins,
  ins.op {
    text-decoration-line: underline;
  }
  .op-substitute {
    background: var(--sl-color-warning-100, #fef3c7);
    outline: 1px solid var(--sl-color-warning-600, #d97706);
  }
  .op-substitute del {
    color: var(--sl-color-neutral-600);
    margin-inline-end: 0.25rem;
  }
  .op-delete {
    background: var(--sl-color-danger-100, #fee2e2);
    outline: 1px dashed var(--sl-color-danger-600, #dc2626);
    color: var(--sl-color-neutral-700);
  }
  .op-insert {
    background: var(--sl-color-primary-100, #e0f2fe);
    outline: 1px dotted var(--sl-color-primary-600, #0284c7);
  }
  .op-letter {
    font-size: 0.6875rem;
    font-weight: var(--sl-font-weight-semibold, 600);
    margin-inline-start: 0.0625rem;
    text-decoration: none;
    display: inline-block;
  }
  @media (forced-colors: active) {
    .op {
      outline-color: CanvasText;
    }
  }
  .scores-only,
  .unscored {
    color: var(--sl-color-neutral-600);
  }
  .confusion-tables {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    gap: var(--sl-spacing-medium, 1rem);
    /* Side by side, the shorter table keeps its rows' height (not stretched to the longer one). */
    align-items: start;
  }
  .confusion-tables > .table-scroll {
    min-width: 0;
    margin-top: 0;
  }
`;

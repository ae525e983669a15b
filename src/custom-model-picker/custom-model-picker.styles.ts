import { css } from 'lit';

export const pickerStyles = css`
  :host {
    display: block;
  }
  .filter {
    margin-block-end: var(--sl-spacing-x-small, 0.5rem);
  }
  sl-option.model::part(base) {
    padding-inline-start: var(--cm-picker-model-indent, var(--sl-spacing-x-large, 1.25rem));
  }
  sl-option.model::part(prefix) {
    color: var(--cm-picker-model-icon-color, var(--sl-color-primary-600, #0284c7));
  }
  /* The highlighted option (Shoelace gives only it tabindex 0) has the primary background: the
     icon takes the option's text colour there, or it would vanish into it. */
  sl-option.model[tabindex='0']::part(prefix) {
    color: inherit;
  }
  .wer {
    font-size: var(--sl-font-size-x-small, 0.75rem);
    font-variant-numeric: tabular-nums;
    /* The option's own colour: it turns white on the highlighted option. */
    color: inherit;
  }
  sl-option.group-start {
    border-block-start: solid 1px var(--sl-color-neutral-200, #e4e4e7);
    margin-block-start: var(--sl-spacing-2x-small, 0.25rem);
    padding-block-start: var(--sl-spacing-2x-small, 0.25rem);
  }
  sl-select.user-invalid::part(combobox) {
    border-color: var(--sl-color-danger-600, #dc2626);
  }
  .status {
    display: flex;
    align-items: center;
    gap: var(--sl-spacing-x-small, 0.5rem);
    margin-block-start: var(--sl-spacing-2x-small, 0.25rem);
    font-size: var(--sl-font-size-small, 0.875rem);
    color: var(--sl-color-neutral-600, #52525b);
  }
  .status:empty {
    margin: 0; /* stays in the tree: a live region must exist before it speaks */
  }
  .error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--sl-spacing-x-small, 0.5rem);
    margin-block-start: var(--sl-spacing-x-small, 0.5rem);
    font-size: var(--sl-font-size-small, 0.875rem);
    color: var(--sl-color-danger-700, #b91c1c);
  }
`;

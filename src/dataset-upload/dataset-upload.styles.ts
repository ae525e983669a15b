import { css } from 'lit';
import { hostStyles } from '../internal/styles.js';

export const uploadStyles = [
  hostStyles,
  css`
    :host {
      display: block;
      color: var(--sl-color-neutral-900);
      font-size: var(--sl-font-size-small, 0.875rem);
    }
    p {
      margin: 0;
    }
    .kind {
      margin-block-end: var(--sl-spacing-small, 0.75rem);
    }
    .kind::part(form-control-label) {
      font-size: var(--sl-font-size-small, 0.875rem);
      font-weight: var(--sl-font-weight-semibold, 600);
    }
    .drop-zone {
      display: grid;
      justify-items: center;
      gap: var(--sl-spacing-x-small, 0.5rem);
      padding: var(--sl-spacing-large, 1.25rem) var(--sl-spacing-medium, 1rem);
      border: 2px dashed
        var(--cm-upload-drop-zone-border-color, var(--sl-color-neutral-300, #d4d4d8));
      border-radius: var(--sl-border-radius-large, 0.5rem);
      background: var(--cm-upload-drop-zone-background, var(--sl-color-neutral-50, #fafafa));
      text-align: center;
      transition:
        border-color var(--sl-transition-fast, 150ms),
        background-color var(--sl-transition-fast, 150ms);
    }
    .drop-zone[data-dragging] {
      border-color: var(--cm-upload-drop-zone-active-color, var(--sl-color-primary-600, #0284c7));
      background: var(--sl-color-primary-50, #f0f9ff);
    }
    .drop-zone[data-disabled] {
      border-style: dotted;
      color: var(--sl-color-neutral-600);
    }
    .drop-icon {
      font-size: 2rem;
      color: var(--cm-upload-drop-zone-active-color, var(--sl-color-primary-600, #0284c7));
    }
    .drop-zone[data-disabled] .drop-icon {
      color: var(--sl-color-neutral-500);
    }
    .drop-text {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: center;
      gap: var(--sl-spacing-x-small, 0.5rem);
      font-weight: var(--sl-font-weight-semibold, 600);
    }
    .hint {
      max-width: 44rem;
      color: var(--sl-color-neutral-600);
      font-size: var(--sl-font-size-x-small, 0.75rem);
      line-height: 1.5;
    }
    .reason {
      color: var(--sl-color-neutral-700);
      font-weight: var(--sl-font-weight-semibold, 600);
    }
    sl-alert {
      margin-block-start: var(--sl-spacing-small, 0.75rem);
    }
    sl-alert ul {
      margin: var(--sl-spacing-2x-small, 0.25rem) 0 0;
      padding-inline-start: 1.1rem;
    }
    sl-alert p {
      margin-block-start: var(--sl-spacing-2x-small, 0.25rem);
    }
    .file-name {
      overflow-wrap: anywhere;
      unicode-bidi: isolate;
    }
    .summary:empty {
      display: none;
    }
    .summary {
      margin-block-start: var(--sl-spacing-small, 0.75rem);
      color: var(--sl-color-neutral-700);
    }
    .list {
      container: cm-upload-list / inline-size;
      list-style: none;
      margin: var(--sl-spacing-x-small, 0.5rem) 0 0;
      padding: 0;
      border: 1px solid var(--sl-color-neutral-200, #e4e4e7);
      border-radius: var(--sl-border-radius-medium, 0.25rem);
    }
    .file {
      display: grid;
      grid-template-columns: auto 1fr auto;
      align-items: center;
      gap: var(--sl-spacing-small, 0.75rem);
      padding: var(--sl-spacing-x-small, 0.5rem) var(--sl-spacing-small, 0.75rem);
    }
    .file + .file {
      border-top: 1px solid var(--sl-color-neutral-200, #e4e4e7);
    }
    .file-icon {
      font-size: 1.25rem;
      color: var(--sl-color-neutral-600);
    }
    .file-main {
      min-width: 0;
      display: grid;
      gap: var(--sl-spacing-3x-small, 0.125rem);
    }
    .file-line {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 0 var(--sl-spacing-small, 0.75rem);
    }
    .file-title {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: var(--sl-spacing-x-small, 0.5rem);
      min-width: 0;
    }
    .file-line .file-name {
      font-weight: var(--sl-font-weight-semibold, 600);
      min-width: 0;
    }
    .kind-tag {
      padding: 0 var(--sl-spacing-x-small, 0.5rem);
      border-radius: var(--sl-border-radius-pill, 9999px);
      background: var(--sl-color-primary-100, #e0f2fe);
      color: var(--sl-color-primary-800, #075985);
      font-size: var(--sl-font-size-x-small, 0.75rem);
      font-weight: var(--sl-font-weight-semibold, 600);
      white-space: nowrap;
    }
    .file-state {
      display: inline-flex;
      gap: var(--sl-spacing-x-small, 0.5rem);
      color: var(--sl-color-neutral-600);
      font-variant-numeric: tabular-nums;
    }
    .file[data-state='done'] .state-text {
      color: var(--sl-color-success-700);
    }
    .file[data-state='failed'] .state-text,
    .file-error {
      color: var(--sl-color-danger-700);
    }
    .file[data-state='refused'] .state-text {
      color: var(--sl-color-danger-700);
    }
    .file[data-state='held'] .state-text {
      color: var(--sl-color-warning-700);
    }
    .findings {
      list-style: none;
      margin: var(--sl-spacing-2x-small, 0.25rem) 0 0;
      padding: 0;
      font-size: var(--sl-font-size-small, 0.875rem);
      overflow-wrap: anywhere;
    }
    .finding {
      display: flex;
      gap: var(--sl-spacing-2x-small, 0.25rem);
      align-items: baseline;
    }
    .finding sl-icon {
      flex: none;
      position: relative;
      top: 0.125em;
    }
    .finding[data-severity='error'] sl-icon,
    .finding[data-severity='error'] .finding-where {
      color: var(--sl-color-danger-700);
    }
    .finding[data-severity='warning'] sl-icon,
    .finding[data-severity='warning'] .finding-where {
      color: var(--sl-color-warning-700);
    }
    .finding-where {
      font-weight: var(--sl-font-weight-semibold, 600);
    }
    /* The check's sentence and the uploads' are two lines, not one run-on line. */
    .preflight-summary {
      display: block;
    }
    .progress {
      --height: 6px;
    }
    .file-actions {
      display: flex;
      justify-content: flex-end;
      /* room for two buttons, so states line up whatever a row offers */
      min-width: calc(2 * (1.1rem + 2 * var(--sl-spacing-x-small, 0.5rem)));
      font-size: 1.1rem;
    }
    /* A narrow list (a phone): a held file's buttons go under its findings, which keep the
       row's width instead of a column a few words wide. */
    @container cm-upload-list (width < 30rem) {
      .file-actions {
        min-width: 0;
      }
      .file[data-state='held'] {
        grid-template-columns: auto 1fr;
      }
      .file[data-state='held'] .file-actions {
        grid-column: 2;
        justify-content: flex-start;
        align-items: center;
        gap: var(--sl-spacing-x-small, 0.5rem);
      }
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      justify-content: flex-end;
      gap: var(--sl-spacing-x-small, 0.5rem);
      margin-block-start: var(--sl-spacing-x-small, 0.5rem);
    }
    .actions:empty {
      display: none;
    }
  `,
];

import { css } from 'lit';
import { hostStyles, visuallyHidden } from '../internal/styles.js';
import { datasetsStyles } from './datasets-section.styles.js';
import { datasetMarksStyles } from './dataset-marks.styles.js';
import { headerStyles } from './details-header.styles.js';
import { statesStyles } from './details-states.styles.js';
import { statusPanelStyles } from './status-panel.styles.js';

/** The details' frame: the host, its grid of panels, the back link and the confirmations' text. */
const frameStyles = css`
  :host {
    display: block;
    color: var(--sl-color-neutral-900);
    font-size: var(--sl-font-size-medium, 1rem);
    line-height: var(--sl-line-height-normal, 1.6);
  }
  h2,
  h3,
  h4,
  p {
    margin: 0;
  }
  /* Headings take focus from script only (details-focus.ts), as the page's title does. */
  h2[tabindex='-1']:focus,
  h3[tabindex='-1']:focus {
    outline: none;
  }
  /* The details' frame (part="base"); not the Accuracy tables' "base" cells. */
  div.base {
    display: grid;
    gap: var(--cm-details-gap, var(--sl-spacing-large, 1.25rem));
  }
  .top {
    margin-inline-start: calc(-1 * var(--sl-spacing-small, 0.75rem));
  }
  /*
   * Back: Shoelace's label slot has a box over its button, so axe could not measure the text's
   * contrast ("needs review"); without the box it can, and primary-600 text is 4.1:1 on white,
   * under the 4.5:1 small text needs: one shade darker.
   */
  .back::part(label) {
    display: contents;
  }
  .back::part(base) {
    gap: var(--sl-spacing-x-small, 0.5rem);
    padding-inline-end: var(--sl-spacing-medium, 1rem);
    color: var(--sl-color-primary-700, #0369a1);
  }
  .panel {
    padding: var(--sl-spacing-large, 1.25rem);
    border: 1px solid var(--sl-color-neutral-200, #e4e4e7);
    border-radius: var(--sl-border-radius-large, 0.5rem);
    background: var(--cm-details-panel-background, var(--sl-color-neutral-0, #fff));
  }

  .dialog-text + .dialog-text {
    margin-block-start: var(--sl-spacing-small, 0.75rem);
  }
`;

/**
 * The details' styles, one module per part of the view; in this order, the cascade is the one the
 * single sheet had.
 */
export const detailsStyles = [
  hostStyles,
  visuallyHidden,
  frameStyles,
  headerStyles,
  statusPanelStyles,
  datasetsStyles,
  datasetMarksStyles,
  statesStyles,
];

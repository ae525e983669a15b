import { css } from 'lit';
import { inheritedTextReset } from './text-reset.js';

/** The declarations that hide content visually while keeping it for screen readers. */
export const visuallyHiddenDeclarations = css`
  position: absolute !important;
  width: 1px;
  height: 1px;
  padding: 0;
  margin: -1px;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
  border: 0;
`;

/** `.visually-hidden`: hidden visually, kept for screen readers. */
export const visuallyHidden = css`
  .visually-hidden {
    ${visuallyHiddenDeclarations}
  }
`;

/** Box-sizing, the host's font and colour, the inherited text reset; shared by every element. */
export const hostStyles = css`
  :host {
    box-sizing: border-box;
    font-family: var(--cm-font-family, var(--sl-font-sans, system-ui, sans-serif));
    ${inheritedTextReset}
  }
  :host *,
  :host *::before,
  :host *::after {
    box-sizing: inherit;
  }
  [hidden],
  :host([hidden]) {
    /* An element's own display rule would otherwise beat the hidden attribute. */
    display: none !important;
  }
`;

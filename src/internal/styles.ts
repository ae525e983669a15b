import { css } from 'lit';

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

/**
 * The inherited text properties a host's container may set for its own content (centred, spaced,
 * upper-case, italic, bold, unbreakable text) put back to their initial values at :host, so the
 * host's CSS stops there. Colour, `direction` and `lang` still inherit on purpose, the font family
 * through `--cm-font-family` (else Shoelace's `--sl-font-sans`), the font size as the host's.
 */
export const inheritedTextReset = css`
  text-align: start;
  text-indent: 0;
  text-transform: none;
  white-space: normal;
  letter-spacing: normal;
  word-spacing: normal;
  line-height: normal;
  font-style: normal;
  font-weight: normal;
  font-variant: normal;
  font-stretch: normal;
  text-shadow: none;
  word-break: normal;
  overflow-wrap: normal;
  hyphens: manual;
  cursor: auto;
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

import { css } from 'lit';

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

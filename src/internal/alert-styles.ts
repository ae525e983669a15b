import { css } from 'lit';

/** An alert's icon at the top of its text, not floating in the middle of a tall message. */
export const alertStyles = css`
  sl-alert::part(icon) {
    align-items: flex-start;
    padding-top: var(--sl-spacing-large, 1.25rem);
  }
`;

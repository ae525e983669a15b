import { css } from 'lit';

/** What the three modals share: footer layout, inline error, spacing. */
export const dialogStyles = css`
  sl-dialog::part(title) {
    font-size: var(--cm-dialog-title-font-size, var(--sl-font-size-large, 1.25rem));
    font-weight: var(--sl-font-weight-semibold, 600);
  }
  .footer {
    display: flex;
    justify-content: flex-end;
    gap: var(--sl-spacing-small, 0.75rem);
  }
  .error {
    margin-block-end: var(--sl-spacing-medium, 1rem);
  }
`;

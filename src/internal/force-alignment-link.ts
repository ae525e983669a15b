import { css, html } from 'lit';
import { ForceAlignmentRequestedEvent } from '../events/events.js';

/**
 * "Force Alignment", wherever the library names it (the page's banner, the guide's "Only have
 * audio files" step): a link to the host's `force-alignment-href`, or without one a button that
 * fires a cancelable `force-alignment-requested` from `host` for the host to route. `onFollow`
 * runs after either (the guide closes: the user is going there).
 */
export function renderForceAlignmentLink(
  host: HTMLElement,
  label: string,
  href: string | undefined,
  onFollow?: () => void,
) {
  return href
    ? html`<a class="force-alignment" href=${href} @click=${() => onFollow?.()}>${label}</a>`
    : html`<button
        type="button"
        class="link force-alignment"
        @click=${() => {
          host.dispatchEvent(new ForceAlignmentRequestedEvent());
          onFollow?.();
        }}
      >
        ${label}
      </button>`;
}

/** The link's look, as a link in running text (the button too). */
export const forceAlignmentLinkStyles = css`
  .force-alignment {
    color: var(--sl-color-primary-700);
    text-decoration: underline;
    font: inherit;
    background: none;
    border: none;
    padding: 0;
    cursor: pointer;
  }
`;

import { css, html, noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * An action the rules forbid, shown as most design systems show it: still focusable (a keyboard
 * user reaches it and hears why), `aria-disabled`, the reason as its accessible description, the
 * click refused.
 *
 * Shoelace's `disabled` makes the inner `<button>` natively disabled: it cannot take focus, and an
 * `aria-describedby` or `title` on `<sl-button>`/`<sl-icon-button>` stays on the host, outside the
 * shadow root the button is in, so no screen reader hears the reason (`<sl-icon-button>` forwards
 * neither; `<sl-button>` forwards only `title`). Shoelace forwards no ARIA attribute, so this sets
 * `aria-disabled` and `aria-description` on the control's `base` part (its documented inner
 * `<button>`), which Shoelace renders `aria-disabled="false"` and never rewrites while its own
 * `disabled` stays false.
 *
 * Use on the control element: `<sl-button ${forbidden(reason)}>`, with the reason in the user's
 * language (undefined: allowed), and add `forbiddenStyles` to the element's styles. To show the
 * reason on hover and focus, wrap the control in `withReason(reason, …)` (a tooltip); the upload
 * writes its reason under the button instead, and loads no tooltip for it.
 */
class ForbiddenDirective extends Directive {
  private control?: HTMLElement & { updateComplete?: Promise<unknown> };

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('forbidden() goes on an element.');
  }

  render(_reason: string | undefined) {
    return noChange;
  }

  override update(part: ElementPart, [reason]: [string | undefined]) {
    const control = part.element as HTMLElement & { updateComplete?: Promise<unknown> };
    if (this.control !== control) {
      this.control = control;
      // Capture, on the host: before the inner button's and the element's own click listeners.
      control.addEventListener('click', refuseWhileForbidden, true);
    }
    if (reason) control.setAttribute(FORBIDDEN_ATTRIBUTE, reason);
    else control.removeAttribute(FORBIDDEN_ATTRIBUTE);
    void describe(control);
    return noChange;
  }
}

const FORBIDDEN_ATTRIBUTE = 'data-forbidden';

function refuseWhileForbidden(event: Event): void {
  if (!(event.currentTarget as Element).hasAttribute(FORBIDDEN_ATTRIBUTE)) return;
  event.preventDefault();
  event.stopImmediatePropagation();
}

/** Puts the host's current state on its inner button, once Shoelace has rendered it. */
async function describe(control: HTMLElement & { updateComplete?: Promise<unknown> }) {
  await control.updateComplete;
  const base = control.shadowRoot?.querySelector('[part~="base"]');
  if (!base) return;
  const reason = control.getAttribute(FORBIDDEN_ATTRIBUTE);
  if (reason) {
    base.setAttribute('aria-disabled', 'true');
    base.setAttribute('aria-description', reason);
  } else if (base.hasAttribute('aria-description')) {
    base.setAttribute('aria-disabled', 'false');
    base.removeAttribute('aria-description');
  }
}

/** `<sl-button ${forbidden(reason)}>`: focusable, aria-disabled, described by `reason`, clicks refused. */
export const forbidden = directive(ForbiddenDirective);

/** A forbidden control looks as Shoelace draws a disabled one (its styles for `disabled`). */
export const forbiddenStyles = css`
  [data-forbidden]::part(base) {
    opacity: 0.5;
    cursor: not-allowed;
  }
`;

/**
 * `control` with its reason shown on hover and on focus (Shoelace's tooltip: the element that
 * renders this imports `sl-tooltip`). Always the same wrapper, so the control is not re-created
 * (and does not lose focus) when the reason comes or goes.
 */
export function withReason(reason: string | undefined, control: unknown) {
  return html`<sl-tooltip class="reason-tip" content=${reason ?? ''} ?disabled=${!reason} hoist
    >${control}</sl-tooltip
  >`;
}

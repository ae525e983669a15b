import { html, nothing } from 'lit';
import type { LocalizeController } from '../i18n/localize.js';
import { ICON_LIBRARY, type IconName } from '../icons/register.js';
import type { ToastController } from './toast-controller.js';

const TOAST_ICONS: Record<string, IconName> = {
  success: 'check-circle',
  danger: 'exclamation-triangle',
  warning: 'exclamation-triangle',
  primary: 'info-circle',
  neutral: 'info-circle',
};

/** The toast stack: one live region; errors are alerts, the rest status messages. */
export function renderToasts(localize: LocalizeController, toasts: ToastController) {
  return html`<div
    part="toasts"
    class="toasts"
    role="region"
    aria-label=${localize.term('cm.page.toasts')}
  >
    <div aria-live="polite" aria-relevant="additions" class="toast-list">
      ${toasts.visible.map(
        (toast) =>
          html`<div
            part="toast"
            class="toast"
            data-variant=${toast.variant}
            role=${toast.variant === 'danger' ? 'alert' : 'status'}
          >
            <sl-icon
              library=${ICON_LIBRARY}
              name=${TOAST_ICONS[toast.variant] ?? 'info-circle'}
              aria-hidden="true"
            ></sl-icon>
            <span class="message">${toast.message}</span>
            ${
              toast.action
                ? html`<sl-button
                    size="small"
                    @click=${() => {
                      toasts.dismiss(toast.id);
                      toast.action!.run();
                    }}
                    >${toast.action.label}</sl-button
                  >`
                : nothing
            }
            <sl-icon-button
              library=${ICON_LIBRARY}
              name="x-lg"
              label=${localize.term('cm.page.dismiss')}
              @click=${() => toasts.dismiss(toast.id)}
            ></sl-icon-button>
          </div>`,
      )}
    </div>
  </div>`;
}

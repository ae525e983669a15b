import { html, nothing } from 'lit';
import type { ResourceController } from '../controllers/resource-controller.js';
import type { Session } from '../api/types.js';
import type { LocalizeController } from '../i18n/localize.js';
import { ICON_LIBRARY } from '../icons/register.js';
import type { CustomModelsStore } from '../store/custom-models-store.js';
import { errorMessage } from './error-message.js';

/**
 * "Your organization could not be loaded", the reason and Retry: shown wherever the missing
 * session blocks something (the page's header, Create, the grid's Delete). Retry asks the store
 * again, so every view that waits for the session gets it.
 */
export function renderSessionError(
  localize: LocalizeController,
  session: ResourceController<'session', Session>,
  store: CustomModelsStore | undefined,
) {
  const error = session.error;
  if (!error || session.value) return nothing;
  return html`<sl-alert class="session-error" variant="warning" open>
    <sl-icon slot="icon" library=${ICON_LIBRARY} name="exclamation-triangle"></sl-icon>
    ${localize.term('cm.page.sessionError')} ${errorMessage(localize, error)}
    <sl-button size="small" @click=${() => store?.invalidate('session')}
      >${localize.term('cm.retry')}</sl-button
    >
  </sl-alert>`;
}

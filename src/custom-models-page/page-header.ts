import { html, nothing } from 'lit';
import type { LocalizeController } from '../i18n/localize.js';
import { ICON_LIBRARY } from '../icons/register.js';

export interface PageHeaderView {
  localize: LocalizeController;
  /** The plan's model limit, once the session is loaded. */
  limit?: number;
  limitReached: boolean;
  onGuide: () => void;
  onCreate: () => void;
}

/**
 * Title and caption, the two buttons, and (when the plan is full) the limit message on a row of its
 * own under both, so the buttons keep their place whether it shows or not.
 */
export function renderPageHeader(view: PageHeaderView) {
  const { localize, limitReached } = view;
  // Not a <header>: inside a host portal the page's banner landmark would be a second one.
  return html`<div class="header" part="header">
    <div class="heading">
      <h1 part="title" tabindex="-1">${localize.term('cm.page.title')}</h1>
      <p class="caption">${localize.term('cm.page.caption')}</p>
    </div>
    <div class="actions">
      <sl-button @click=${view.onGuide}>
        <sl-icon slot="prefix" library=${ICON_LIBRARY} name="question-circle"></sl-icon>
        ${localize.term('cm.page.gettingStarted')}
      </sl-button>
      <sl-button
        variant="primary"
        class="new-model"
        ?disabled=${limitReached}
        aria-describedby=${limitReached ? 'limit' : nothing}
        @click=${view.onCreate}
      >
        <sl-icon slot="prefix" library=${ICON_LIBRARY} name="plus-lg"></sl-icon>
        ${localize.term('cm.page.newModel')}
      </sl-button>
    </div>
    ${
      limitReached
        ? html`<p class="limit" id="limit">
            <sl-icon
              library=${ICON_LIBRARY}
              name="exclamation-triangle"
              aria-hidden="true"
            ></sl-icon>
            <span>${localize.term('cm.page.limitReached', view.limit ?? 0)}</span>
          </p>`
        : nothing
    }
  </div>`;
}

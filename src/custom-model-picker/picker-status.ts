import { html, nothing } from 'lit';
import type { LocalizeController } from '../i18n/localize.js';
import { ICON_LIBRARY } from '../icons/register.js';
import { errorMessage } from '../internal/error-message.js';

/** Where the options stand: nothing to read, loading, an error, or ready. */
export type LoadState = 'idle' | 'loading' | 'ready' | 'error';

export interface StatusView {
  localize: LocalizeController;
  loadState: LoadState;
  /** An adapter is there and it has no trained model. */
  noModels: boolean;
  error: unknown;
  onRetry: () => void;
}

/**
 * The line under the select: loading, no adapter, no options, matches, no custom models. `total`
 * options are offered, `shown` of them through the filter while `filtering`.
 */
export function renderStatus(view: StatusView, total: number, shown: number, filtering: boolean) {
  const { localize, loadState } = view;
  if (loadState === 'loading') {
    return html`<sl-spinner aria-hidden="true"></sl-spinner>${localize.term('cm.picker.loading')}`;
  }
  // Idle: no adapter, and no languages of the host's own.
  if (loadState === 'idle') return localize.term('cm.noAdapter');
  if (loadState !== 'ready') return nothing;
  if (!total) return localize.term('cm.picker.empty');
  if (filtering) return localize.term('cm.picker.matches', shown);
  if (view.noModels) return localize.term('cm.picker.noModels');
  return nothing;
}

/** The load error with Retry. */
export function renderError(view: StatusView) {
  const { localize, error } = view;
  if (view.loadState !== 'error') return nothing;
  const reason = errorMessage(localize, error);
  return html`<div part="error" class="error" role="alert">
    <span>${localize.term('cm.picker.error')} ${reason}</span>
    <sl-button size="small" @click=${view.onRetry}>
      <sl-icon
        slot="prefix"
        library=${ICON_LIBRARY}
        name="arrow-clockwise"
        aria-hidden="true"
      ></sl-icon>
      ${localize.term('cm.retry')}
    </sl-button>
  </div>`;
}

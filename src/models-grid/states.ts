import { html } from '../internal/compact-html.js';
import type { LocalizeController } from '../i18n/localize.js';
import { errorMessage } from '../internal/error-message.js';

export type GridStateKind = 'empty' | 'filtered-empty' | 'error' | 'no-adapter';

export interface StateView {
  localize: LocalizeController;
  onRetry: () => void;
  onCreate: () => void;
  onClearFilters: () => void;
}

/** One full-width body row: empty, filtered-empty, error with Retry, or no adapter. */
export function renderState(
  view: StateView,
  colspan: number,
  kind: GridStateKind,
  error?: unknown,
) {
  const t = view.localize;
  let content;
  if (kind === 'error') {
    content = html`<sl-alert variant="danger" open class="error">
      <sl-icon library="custom-models" name="exclamation-triangle" slot="icon"></sl-icon>
      <strong>${t.term('cm.grid.error.title')}</strong>
      <p class="error-message">${errorMessage(t, error)}</p>
      <sl-button size="small" class="retry" @click=${view.onRetry}>
        <sl-icon library="custom-models" name="arrow-clockwise" slot="prefix"></sl-icon>
        ${t.term('cm.retry')}
      </sl-button>
    </sl-alert>`;
  } else if (kind === 'no-adapter') {
    content = html`<sl-alert variant="warning" open>
      <sl-icon library="custom-models" name="exclamation-triangle" slot="icon"></sl-icon>
      ${t.term('cm.noAdapter')}
    </sl-alert>`;
  } else if (kind === 'empty') {
    content = html`<div class="empty">
      <sl-icon library="custom-models" name="inbox" class="empty-icon" aria-hidden="true"></sl-icon>
      <p class="empty-title">${t.term('cm.grid.empty.title')}</p>
      <p class="empty-text">${t.term('cm.grid.empty.text')}</p>
      <sl-button variant="primary" size="small" class="create" @click=${view.onCreate}>
        <sl-icon library="custom-models" name="plus-lg" slot="prefix"></sl-icon>
        ${t.term('cm.grid.empty.create')}
      </sl-button>
    </div>`;
  } else {
    content = html`<div class="empty">
      <sl-icon
        library="custom-models"
        name="funnel"
        class="empty-icon"
        aria-hidden="true"
      ></sl-icon>
      <p class="empty-title">${t.term('cm.grid.filteredEmpty.title')}</p>
      <p class="empty-text">${t.term('cm.grid.filteredEmpty.text')}</p>
      <sl-button size="small" class="clear-filters" @click=${view.onClearFilters}>
        <sl-icon library="custom-models" name="x-lg" slot="prefix"></sl-icon>
        ${t.term('cm.grid.clearFilters')}
      </sl-button>
    </div>`;
  }
  return html`<tr class="state-row">
    <td colspan=${colspan} part="state" class="state" data-state=${kind}>${content}</td>
  </tr>`;
}

import '@shoelace-style/shoelace/dist/components/button/button.js';
import '@shoelace-style/shoelace/dist/components/dialog/dialog.js';
import type SlDialog from '@shoelace-style/shoelace/dist/components/dialog/dialog.component.js';
import { css, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { CustomModel } from '../api/types.js';
import { ModelDeletedEvent, NotifyEvent } from '../events/events.js';
import { CustomModelsElement } from '../internal/base-element.js';
import { dialogStyles } from '../internal/dialog-styles.js';
import { errorMessage } from '../internal/error-message.js';
import { hostStyles } from '../internal/styles.js';

/**
 * The "Delete confirmation" modal for one model: small, with a red Delete that has focus when it
 * opens; Cancel and Escape abort. Deleting calls the adapter; on success it fires `model-deleted`
 * and closes, on failure it closes and reports why through `custom-models-notify` (the page shows
 * it as an error toast), and the model stays.
 *
 * @tag delete-model-dialog
 * @summary The "Delete confirmation" modal.
 *
 * @fires model-deleted - The model was deleted. `detail.id` is its id.
 * @fires custom-models-notify - A delete failed; `detail.message` says why.
 * @event sl-after-hide - The modal has closed (from Shoelace's dialog).
 *
 * @csspart dialog - The Shoelace dialog.
 * @csspart name - The model's name in the message.
 *
 * @cssproperty --cm-delete-dialog-width - Width of the modal. Default: 26rem (small).
 */
export class DeleteModelDialog extends CustomModelsElement {
  static override styles = [
    hostStyles,
    dialogStyles,
    css`
      sl-dialog {
        --width: var(--cm-delete-dialog-width, 26rem);
      }
      p {
        margin: 0 0 var(--sl-spacing-x-small);
      }
      .name {
        font-weight: var(--sl-font-weight-semibold, 600);
        overflow-wrap: anywhere;
      }
      .irreversible {
        color: var(--sl-color-neutral-600);
        font-size: var(--sl-font-size-small);
      }
    `,
  ];

  /** Whether the modal is shown. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** The model to delete. */
  @property({ attribute: false }) model?: CustomModel;

  @state() private deleting = false;

  @query('sl-dialog') private dialog?: SlDialog;

  /** Opens the modal for `model`. */
  show(model?: CustomModel): void {
    if (model) this.model = model;
    this.open = true;
  }

  /** Closes the modal without deleting. */
  hide(): void {
    this.open = false;
  }

  private async confirm() {
    const api = this.adapter;
    const model = this.model;
    if (!api || !model || this.deleting) return;
    this.deleting = true;
    try {
      await api.deleteModel(model.id);
      this.open = false;
      this.dispatchEvent(new ModelDeletedEvent({ id: model.id }));
    } catch (error) {
      this.open = false;
      const reason = errorMessage(this.localize, error);
      this.dispatchEvent(
        new NotifyEvent({
          variant: 'danger',
          message: this.localize.term('cm.delete.failed', model.name, reason),
        }),
      );
    } finally {
      this.deleting = false;
    }
  }

  private onHide(event: Event) {
    if (event.target === this.dialog) this.open = false;
  }

  private onRequestClose(event: CustomEvent<{ source: string }>) {
    // Closing while the request runs would hide its outcome.
    if (event.target === this.dialog && this.deleting) event.preventDefault();
  }

  override render() {
    const name = this.model?.name ?? '';
    return html`<sl-dialog
      part="dialog"
      label=${this.localize.term('cm.delete.title')}
      ?open=${this.open}
      @sl-hide=${this.onHide}
      @sl-request-close=${this.onRequestClose}
    >
      <p>${this.localize.term('cm.delete.message')}</p>
      ${this.model ? html`<p class="name" part="name">${name}</p>` : nothing}
      <p class="irreversible">${this.localize.term('cm.delete.irreversible')}</p>
      <div slot="footer" class="footer">
        <sl-button ?disabled=${this.deleting} @click=${this.hide}
          >${this.localize.term('cm.delete.cancel')}</sl-button
        >
        <sl-button variant="danger" autofocus ?loading=${this.deleting} @click=${this.confirm}>
          ${this.localize.term('cm.delete.confirm')}
        </sl-button>
      </div>
    </sl-dialog>`;
  }
}

import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { forbiddenReason } from '../api/status-rules.js';
import type { CustomModel } from '../api/types.js';
import { MutationController } from '../controllers/mutation-controller.js';
import { ModelDeletedEvent, NotifyEvent } from '../events/events.js';
import { CustomModelsElement } from '../internal/base-element.js';
import { dialogStyles } from '../internal/dialog-styles.js';
import { errorMessage } from '../internal/error-message.js';
import { hostStyles } from '../internal/styles.js';

/**
 * The "Delete confirmation" modal for one model: small, with a red Delete that has focus when it
 * opens; Cancel and Escape close it, also while the delete runs (the call is then aborted). Deleting
 * goes through the store; on success it fires `model-deleted` and a `custom-models-notify` and
 * closes, on failure it closes and reports why through `custom-models-notify` (the page shows it as
 * an error toast), and the model stays. A model the status rules keep from deletion (training) cannot be confirmed.
 *
 * @tag delete-model-dialog
 * @summary The "Delete confirmation" modal.
 *
 * @fires model-deleted - The model was deleted. `detail.id` is its id.
 * @fires {NotifyEvent} custom-models-notify - Kind `model-deleted` ("Custom model deleted successfully"), or `model-delete-failed` with `detail.message` saying why. Cancelable: a page around shows it as a toast unless cancelled.
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

  private readonly mutations = new MutationController(this);

  /** Opens the modal for `model`. */
  show(model?: CustomModel): void {
    if (model) this.model = model;
    this.open = true;
  }

  /** Closes the modal without deleting (a delete in flight is aborted). */
  hide(): void {
    this.open = false;
  }

  /** The newest copy of the model (its status may have changed since the modal opened). */
  private get current(): CustomModel | undefined {
    const model = this.model;
    return (model && this.store?.model(String(model.id))) ?? model;
  }

  private async confirm() {
    const store = this.store;
    const model = this.current;
    if (!store || !model || this.mutations.busy) return;
    if (forbiddenReason('delete', model.trainingStatus)) return;
    const outcome = await this.mutations.run((signal) => store.deleteModel(model.id, { signal }));
    // Plain fields change below: render them.
    this.requestUpdate();
    if (!outcome) return; // closed (or removed) meanwhile: nothing more to say
    this.open = false;
    const about = { modelId: String(model.id), modelName: model.name };
    if (outcome.ok) {
      this.dispatchEvent(new ModelDeletedEvent({ id: model.id }));
      this.dispatchEvent(
        new NotifyEvent({
          kind: 'model-deleted',
          variant: 'success',
          message: this.localize.term('cm.delete.success'),
          ...about,
        }),
      );
      return;
    }
    const reason = errorMessage(this.localize, outcome.error);
    this.dispatchEvent(
      new NotifyEvent({
        kind: 'model-delete-failed',
        variant: 'danger',
        message: this.localize.term('cm.delete.failed', model.name, reason),
        ...about,
      }),
    );
  }

  private onClose() {
    this.open = false;
    this.mutations.abort();
  }

  override render() {
    const model = this.current;
    const reason = model ? forbiddenReason('delete', model.trainingStatus) : undefined;
    return html`<custom-models-confirm-dialog
      dialog-part="dialog"
      label=${this.localize.term('cm.delete.title')}
      confirm-label=${this.localize.term('cm.delete.confirm')}
      cancel-label=${this.localize.term('cm.delete.cancel')}
      width="var(--cm-delete-dialog-width, 26rem)"
      .open=${this.open}
      .busy=${this.mutations.busy}
      .confirmDisabled=${Boolean(reason)}
      .content=${html`<p>${this.localize.term('cm.delete.message')}</p>
        ${model ? html`<p class="name" part="name">${model.name ?? ''}</p>` : nothing}
        <p class="irreversible">
          ${reason ? this.localize.term(reason) : this.localize.term('cm.delete.irreversible')}
        </p>`}
      @confirm-dialog-confirm=${this.confirm}
      @confirm-dialog-close=${this.onClose}
    ></custom-models-confirm-dialog>`;
  }
}

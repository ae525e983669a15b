import '@shoelace-style/shoelace/dist/components/alert/alert.js';
import '@shoelace-style/shoelace/dist/components/button/button.js';
import '@shoelace-style/shoelace/dist/components/dialog/dialog.js';
import '@shoelace-style/shoelace/dist/components/icon/icon.js';
import type SlDialog from '@shoelace-style/shoelace/dist/components/dialog/dialog.component.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { DialogController } from '../controllers/dialog-controller.js';
import { ICON_LIBRARY } from '../icons/register.js';
import { CustomModelsElement } from '../internal/base-element.js';

/**
 * The library's one confirmation modal: the delete-model confirmation and the confirmations inside
 * a model's details. A message, Cancel, and a confirm button that has focus when it opens (red for
 * destructive ones). Cancel, Escape and the close button close it at any time, also while the
 * confirmed call runs: the owner aborts its call on `confirm-dialog-close`.
 *
 * It renders into its own light DOM, so it takes the styles (and `::part`s) of the element whose
 * shadow root it sits in; its Shoelace parts follow the nearest `lang` like every element's.
 *
 * @tag custom-models-confirm-dialog
 * @summary Internal: the confirmation modal the other elements use.
 *
 * @fires confirm-dialog-confirm - The confirm button was pressed. Does not bubble.
 * @fires confirm-dialog-close - The modal started closing (Cancel, Escape, close button, or `open` set false). Does not bubble.
 * @event sl-after-hide - The modal has closed (from Shoelace's dialog; its children's never escape).
 */
export class ConfirmDialog extends CustomModelsElement {
  /** Whether the modal is shown. */
  @property({ type: Boolean, reflect: true }) open = false;
  /** The title. */
  @property() label = '';
  /** Text of the confirm button. */
  @property({ attribute: 'confirm-label' }) confirmLabel = '';
  /** Text of the cancel button. */
  @property({ attribute: 'cancel-label' }) cancelLabel = '';
  /** `danger` for destructive confirmations (red), else `primary`. */
  @property() variant: 'danger' | 'primary' = 'danger';
  /** The confirmed call runs: the confirm button shows a spinner. */
  @property({ type: Boolean }) busy = false;
  /** The confirm button is disabled (the action cannot be done). */
  @property({ type: Boolean, attribute: 'confirm-disabled' }) confirmDisabled = false;
  /** Why the last attempt failed, shown above the message. */
  @property() error = '';
  /** The message. */
  @property({ attribute: false }) content?: TemplateResult | string;
  /**
   * Width of the modal, any CSS length (a `var()` too). Set through the CSSOM, not a `style`
   * attribute, which a strict `style-src` refuses.
   */
  @property() width = '28rem';
  /** Class of the inner `<sl-dialog>` and of its confirm button, for the owner's styles. */
  @property({ attribute: 'dialog-class' }) dialogClass = '';
  @property({ attribute: 'confirm-class' }) confirmClass = '';
  /** `part` of the inner `<sl-dialog>`, exposed through the owner's shadow root. */
  @property({ attribute: 'dialog-part' }) dialogPart = '';

  @query('sl-dialog') private dialog?: SlDialog;

  private readonly dialogs = new DialogController(this, { dialog: () => this.dialog });

  override createRenderRoot() {
    return this;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('open') && this.open) this.dialogs.opened();
    if (changed.has('open') && !this.open && changed.get('open')) {
      this.dispatchEvent(new Event('confirm-dialog-close'));
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('width')) this.dialog?.style.setProperty('--width', this.width);
  }

  private onHide(event: Event) {
    if (event.target === this.dialog) this.open = false;
  }

  override render() {
    return html`<sl-dialog
      class=${this.dialogClass || nothing}
      part=${this.dialogPart || nothing}
      label=${this.label}
      ?open=${this.open}
      @sl-hide=${this.onHide}
    >
      ${
        this.error
          ? html`<sl-alert class="error" variant="danger" open>
              <sl-icon slot="icon" library=${ICON_LIBRARY} name="exclamation-triangle"></sl-icon>
              ${this.error}
            </sl-alert>`
          : nothing
      }
      ${this.content ?? nothing}
      <div slot="footer" class="footer">
        <sl-button class="dialog-cancel" @click=${() => (this.open = false)}
          >${this.cancelLabel}</sl-button
        >
        <sl-button
          class=${this.confirmClass || nothing}
          variant=${this.variant}
          autofocus
          ?disabled=${this.confirmDisabled}
          ?loading=${this.busy}
          @click=${() => {
            if (!this.busy) this.dispatchEvent(new Event('confirm-dialog-confirm'));
          }}
          >${this.confirmLabel}</sl-button
        >
      </div>
    </sl-dialog>`;
  }
}

import '@shoelace-style/shoelace/dist/components/alert/alert.js';
import '@shoelace-style/shoelace/dist/components/button/button.js';
import '@shoelace-style/shoelace/dist/components/dialog/dialog.js';
import '@shoelace-style/shoelace/dist/components/icon/icon.js';
import '@shoelace-style/shoelace/dist/components/input/input.js';
import '@shoelace-style/shoelace/dist/components/option/option.js';
import '@shoelace-style/shoelace/dist/components/select/select.js';
import '@shoelace-style/shoelace/dist/components/spinner/spinner.js';
import type SlDialog from '@shoelace-style/shoelace/dist/components/dialog/dialog.component.js';
import type SlInput from '@shoelace-style/shoelace/dist/components/input/input.component.js';
import type SlSelect from '@shoelace-style/shoelace/dist/components/select/select.component.js';
import { css, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { CustomModelsApiError } from '../api/errors.js';
import { MAX_MODEL_NAME_LENGTH, type Language } from '../api/types.js';
import { DialogController } from '../controllers/dialog-controller.js';
import { MutationController } from '../controllers/mutation-controller.js';
import { languagesResource, sessionResource } from '../controllers/store-resources.js';
import { ModelCreatedEvent, NotifyEvent } from '../events/events.js';
import { ICON_LIBRARY } from '../icons/register.js';
import { CustomModelsElement } from '../internal/base-element.js';
import { dialogStyles } from '../internal/dialog-styles.js';
import { errorDetail, errorMessage } from '../internal/error-message.js';
import { renderSessionError } from '../internal/session-error.js';
import { alertStyles } from '../internal/alert-styles.js';
import { hostStyles } from '../internal/styles.js';

/**
 * The "New custom model" modal: a name and a trainable base language, then Create.
 *
 * A name left empty (after the field is left or cleared) says "Name is required" as the field's
 * description, marked invalid. Create stays offered: pressing it with a blank name or no language
 * says what is missing beside the field and moves focus there; while the organization loads it
 * sends nothing and says so (a failure to load it is shown with Retry). Create is disabled only
 * while a create runs. Enter in the name submits; a double click creates once. On success it fires
 * `model-created` and closes, showing what was submitted until it has closed, then clears; on
 * failure it stays open with what was typed, the adapter's message, field errors beside their
 * fields, and focus on the problem. Closing it while a create runs aborts the create. Focus returns
 * to the control that opened it.
 *
 * @tag create-model-dialog
 * @summary The "New custom model" modal.
 *
 * @fires model-created - A model was created. `detail.model` is the new model.
 * @fires {NotifyEvent} custom-models-notify - Kind `model-created` ("Custom model created successfully"), after `model-created`. Cancelable: a page around shows it as a toast unless cancelled.
 * @event sl-after-hide - The modal has closed (from Shoelace's dialog).
 *
 * @csspart dialog - The Shoelace dialog.
 * @csspart form - The form, id `create-custom-model-form`.
 * @csspart error - The alert that shows why a create failed.
 *
 * @cssproperty --cm-create-dialog-width - Width of the modal. Default: 32rem.
 * @cssproperty --cm-smoke-button-background - Background of the quiet Close button. Default: `--sl-color-neutral-100`.
 */
export class CreateModelDialog extends CustomModelsElement {
  static override styles = [
    hostStyles,
    alertStyles,
    dialogStyles,
    css`
      sl-dialog {
        --width: var(--cm-create-dialog-width, 32rem);
      }
      form {
        display: grid;
        gap: var(--sl-spacing-medium, 1rem);
      }
      .field-error {
        color: var(--sl-color-danger-700);
      }
      /* A field the server refused looks invalid, not only reads so. */
      sl-input[aria-invalid='true']::part(base),
      sl-select[aria-invalid='true']::part(combobox) {
        border-color: var(--sl-color-danger-600);
      }
      .error-detail {
        display: block;
        font-size: var(--sl-font-size-x-small, 0.75rem);
        color: var(--sl-color-neutral-700);
      }
      .languages-state {
        display: flex;
        gap: var(--sl-spacing-small);
        align-items: center;
        font-size: var(--sl-font-size-small);
      }
      /* The seed's "smoke" variant: a quiet grey button. */
      sl-button.smoke::part(base) {
        background: var(--cm-smoke-button-background, var(--sl-color-neutral-100));
        border-color: var(--cm-smoke-button-background, var(--sl-color-neutral-100));
      }
      .waiting {
        font-size: var(--sl-font-size-small);
        color: var(--sl-color-neutral-600);
        margin: 0;
      }
    `,
  ];

  /** Whether the modal is shown. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** What the user typed; kept when a create fails. */
  @state() private name = '';
  @state() private languageId = '';
  @state() private error?: string;
  /** The service's own words when a known refusal is said in ours (see errorDetail). */
  @state() private detail?: string;
  @state() private fieldErrors: Record<string, string> = {};
  /** Set after the user first leaves the name field, clears it or tries to submit: shows "required". */
  @state() private touched = false;
  /** Set when Create was pressed without a language: the select says so. */
  @state() private submitted = false;
  /** A create succeeded and the modal is closing: it shows what was submitted until it has closed. */
  @state() private closing = false;

  @query('sl-dialog') private dialog?: SlDialog;
  @query('sl-input[name="name"]') private nameInput?: SlInput;
  @query('sl-select[name="languageId"]') private languageSelect?: SlSelect;

  private readonly sessionState = sessionResource(this, () => this.store);
  private readonly languages = languagesResource(
    this,
    () => this.store,
    () => this.open || this.closing,
  );
  private readonly mutations = new MutationController(this);
  private readonly dialogs = new DialogController(this, { dialog: () => this.dialog });

  private get creating(): boolean {
    return this.mutations.busy;
  }

  protected override updated(): void {
    // The field's own validity says it too, so the textbox is invalid in the accessibility tree.
    const input = this.nameInput;
    if (input?.hasUpdated) input.setCustomValidity(this.nameProblem ?? '');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('open') && this.open) this.dialogs.opened();
    // Closed while a create runs: the create is aborted and shows nothing afterwards.
    if (changed.has('open') && !this.open) this.mutations.abort();
  }

  /** Opens the modal. */
  show(): void {
    this.open = true;
  }

  /** Closes the modal; what was typed stays for the next time unless a create succeeded. */
  hide(): void {
    this.open = false;
  }

  /** Clears the form. */
  reset(): void {
    this.name = '';
    this.languageId = '';
    this.error = undefined;
    this.detail = undefined;
    this.fieldErrors = {};
    this.touched = false;
    this.submitted = false;
  }

  private get trimmedName() {
    return this.name.trim();
  }

  private get nameProblem(): string | undefined {
    if (this.fieldErrors.name) return this.fieldErrors.name;
    if (!this.touched) return undefined;
    if (!this.trimmedName) return this.localize.term('cm.create.nameRequired');
    if (this.trimmedName.length > MAX_MODEL_NAME_LENGTH) {
      return this.localize.term('cm.create.nameTooLong', MAX_MODEL_NAME_LENGTH);
    }
    return undefined;
  }

  private get languageProblem(): string | undefined {
    if (this.fieldErrors.languageId) return this.fieldErrors.languageId;
    return this.submitted && !this.languageId
      ? this.localize.term('cm.create.languageRequired')
      : undefined;
  }

  /**
   * Why a create cannot be sent yet, or undefined. Create stays offered (a pale button explains
   * nothing to a keyboard or screen-reader user): pressing it says the reason where it applies.
   */
  private get blockedReason(): string | undefined {
    if (!this.sessionState.value) return this.localize.term('cm.create.waitingForOrganization');
    if (!this.trimmedName || this.trimmedName.length > MAX_MODEL_NAME_LENGTH) {
      return this.localize.term('cm.create.nameRequired');
    }
    if (!this.languageId) return this.localize.term('cm.create.languageRequired');
    return undefined;
  }

  private async submit(event: Event) {
    event.preventDefault();
    // Synchronous guard: a double click or Enter during a create sends one request.
    if (this.creating || this.closing) return;
    this.touched = true;
    this.submitted = true;
    if (this.blockedReason) {
      // Each problem is said beside its field (the organization's wait in its status line).
      await this.updateComplete;
      if (this.nameProblem) this.nameInput?.focus();
      else if (this.languageProblem) this.languageSelect?.focus();
      return;
    }
    const store = this.store;
    if (!store) return;
    this.error = undefined;
    this.fieldErrors = {};
    const input = { name: this.trimmedName, languageId: this.languageId };
    const result = await this.mutations.run((signal) => store.createModel(input, { signal }));
    // Plain fields change below: render them.
    this.requestUpdate();
    if (!result) return; // closed meanwhile: aborted, nothing to show
    if (result.ok) {
      const model = result.value;
      this.dispatchEvent(new ModelCreatedEvent({ model }));
      this.dispatchEvent(
        new NotifyEvent({
          kind: 'model-created',
          variant: 'success',
          message: this.localize.term('cm.create.success'),
          modelId: String(model.id),
          modelName: model.name,
        }),
      );
      // What was submitted stays on screen while the modal closes; it is cleared once closed.
      this.closing = true;
      this.open = false;
      return;
    }
    const error = result.error;
    const message = errorMessage(this.localize, error);
    const detail = errorDetail(this.localize, error);
    const fields = CustomModelsApiError.is(error) ? { ...(error.fieldErrors ?? {}) } : {};
    // A known refusal is said in the user's language beside its field too; the service's own
    // words follow it as a detail.
    if (detail) for (const field of Object.keys(fields)) if (fields[field]) fields[field] = message;
    this.fieldErrors = fields;
    this.detail = detail;
    // A sentence already shown beside its field is not repeated in the alert above the form.
    const besideField = Object.values(this.fieldErrors).some((text) => text === message);
    this.error = besideField ? undefined : message;
    // Fields are enabled again before focus moves to the one with the problem.
    await this.updateComplete;
    this.focusProblem();
  }

  private focusProblem() {
    if (this.fieldErrors.name) this.nameInput?.focus();
    else if (this.fieldErrors.languageId) this.languageSelect?.focus();
    else this.renderRoot.querySelector<HTMLElement>('sl-alert')?.focus();
  }

  private onHide(event: Event) {
    if (event.target === this.dialog) this.open = false;
  }

  private onAfterHide(event: Event) {
    if (event.target !== this.dialog || !this.closing) return;
    this.closing = false;
    this.reset();
  }

  private onRequestClose(event: CustomEvent<{ source: string }>) {
    // The overlay click must not throw away what was typed by accident.
    if (event.target === this.dialog && event.detail.source === 'overlay') event.preventDefault();
  }

  private renderLanguages() {
    const fieldError = this.languageProblem;
    const loading = () =>
      html`<div class="languages-state" role="status">
        <sl-spinner></sl-spinner>${this.localize.term('cm.loading')}
      </div>`;
    const languages = this.languages.value;
    if (!languages && this.languages.error) {
      return html`<sl-alert variant="danger" open>
        <sl-icon slot="icon" library=${ICON_LIBRARY} name="exclamation-triangle"></sl-icon>
        ${this.localize.term('cm.create.languagesError')}
        ${errorMessage(this.localize, this.languages.error)}
        <sl-button size="small" @click=${() => this.store?.reloadLanguages()}
          >${this.localize.term('cm.retry')}</sl-button
        >
      </sl-alert>`;
    }
    if (!languages) return loading();
    return languages.length === 0
      ? html`<sl-alert variant="warning" open
          >${this.localize.term('cm.create.languagesEmpty')}</sl-alert
        >`
      : html`<sl-select
          name="languageId"
          label=${this.localize.term('cm.create.language')}
          placeholder=${this.localize.term('cm.create.languagePlaceholder')}
          required
          hoist
          .value=${this.languageId}
          ?disabled=${this.creating || this.closing}
          aria-invalid=${fieldError ? 'true' : 'false'}
          @sl-change=${(e: Event) => {
            this.languageId = String((e.target as SlSelect).value);
            this.fieldErrors = { ...this.fieldErrors, languageId: '' };
          }}
        >
          ${languages.map(
            (language: Language) =>
              html`<sl-option value=${language.id}
                >${
                  this.store?.languageLabel(this.localize.lang(), language) ||
                  this.localize.term('cm.details.unknownValue')
                }</sl-option
              >`,
          )}
          ${fieldError ? html`<div slot="help-text" class="field-error">${fieldError}</div>` : nothing}
        </sl-select>`;
  }

  /** The service's own words under our sentence, quieter. */
  private renderDetail() {
    return this.detail
      ? html`<span class="error-detail"
          >${this.localize.term('cm.error.serviceSaid')} ${this.detail}</span
        >`
      : nothing;
  }

  override render() {
    const nameProblem = this.nameProblem;
    return html`<sl-dialog
      part="dialog"
      label=${this.localize.term('cm.create.title')}
      ?open=${this.open}
      @sl-hide=${this.onHide}
      @sl-after-hide=${this.onAfterHide}
      @sl-request-close=${this.onRequestClose}
    >
      ${
        this.error
          ? html`<sl-alert part="error" class="error" variant="danger" open tabindex="-1">
              <sl-icon slot="icon" library=${ICON_LIBRARY} name="exclamation-triangle"></sl-icon>
              <strong>${this.localize.term('cm.create.failed')}</strong><br />${this.error}
              ${this.renderDetail()}
            </sl-alert>`
          : nothing
      }
      <form id="create-custom-model-form" part="form" novalidate @submit=${this.submit}>
        <sl-input
          name="name"
          type="text"
          label=${this.localize.term('cm.create.name')}
          placeholder=${this.localize.term('cm.create.namePlaceholder')}
          required
          autocomplete="off"
          autofocus
          maxlength=${MAX_MODEL_NAME_LENGTH}
          .value=${this.name}
          ?disabled=${this.creating || this.closing}
          aria-invalid=${nameProblem ? 'true' : 'false'}
          @sl-input=${(e: Event) => {
            const before = this.name;
            this.name = (e.target as SlInput).value;
            // Cleared: say at once that a name is required.
            if (before.trim() && !this.name.trim()) this.touched = true;
            if (this.fieldErrors.name) this.fieldErrors = { ...this.fieldErrors, name: '' };
          }}
          @sl-blur=${() => {
            // Leaving the field (not closing the modal) says what it needs.
            if (this.open && !this.closing) this.touched = true;
          }}
        >
          <div slot="help-text" class=${nameProblem ? 'field-error' : ''}>
            ${nameProblem ?? this.localize.term('cm.create.nameHelp')}
            ${this.fieldErrors.name ? this.renderDetail() : nothing}
          </div>
        </sl-input>
        ${this.renderLanguages()}
        ${
          !this.sessionState.value && this.sessionState.error
            ? renderSessionError(this.localize, this.sessionState, this.store)
            : !this.sessionState.value && !this.creating
              ? html`<p class="waiting" role="status">
                  ${this.localize.term('cm.create.waitingForOrganization')}
                </p>`
              : nothing
        }
      </form>
      <div slot="footer" class="footer">
        <sl-button variant="default" class="smoke" data-variant="smoke" @click=${this.hide}>
          ${this.localize.term('cm.create.close')}
        </sl-button>
        <sl-button
          variant="primary"
          type="submit"
          form="create-custom-model-form"
          ?disabled=${this.creating || this.closing}
          ?loading=${this.creating}
        >
          ${this.localize.term('cm.create.create')}
        </sl-button>
      </div>
    </sl-dialog>`;
  }
}
